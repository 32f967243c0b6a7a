import { describe, expect, it } from 'vitest';
import { findingsOf, readPlan, readProjects } from '../helpers/plans.js';

describe('missing-table', () => {
  it('reports a project without a staff table, with staff []', () => {
    const text = 'PIANO 2016\n\nProgetto N° 1 - Senza tabella\n\nPrima condizione: (a)\ntesto\n';
    const doc = readPlan(text);
    expect(doc.projects).toHaveLength(1);
    expect(doc.projects[0]!.staff).toEqual([]);
    expect(findingsOf(doc, 'missing-table')).toEqual([expect.objectContaining({ severity: 'warning', project: 1, row: null })]);
  });

  it('is not raised for a project with a table', () => {
    expect(findingsOf(readProjects([{ number: 1, rows: ['D3 20,30 100 2030,00 20 406'], total: 'Totale 406' }]), 'missing-table')).toEqual([]);
  });
});
