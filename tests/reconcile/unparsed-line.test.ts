import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

describe('unparsed-line', () => {
  it('reports prose inside a table, and keeps it in unparsed', () => {
    const doc = readProjects([{ number: 1, rows: ['D3 20,30 100 2030,00 20 406', 'vedi la nota in calce', 'C3 17,10 200 3420,00 20 684'], total: 'Totale 1090' }]);
    expect(findingsOf(doc, 'unparsed-line')).toEqual([expect.objectContaining({ severity: 'warning', project: 1, row: null })]);
    expect(doc.unparsed).toEqual([expect.objectContaining({ text: 'vedi la nota in calce', reason: 'text inside a staff table' })]);
    expect(doc.projects[0]!.staff).toHaveLength(2);
  });

  it('reports a row whose glued values no split explains, keeping its raw text and no guessed value', () => {
    const doc = readProjects([{ number: 1, rows: ['D5 22,08 50 9999999 220,8'], total: 'Totale 220,8' }]);
    const [finding] = findingsOf(doc, 'unparsed-line');
    expect(finding).toMatchObject({ project: 1, row: 1 });
    const row = doc.projects[0]!.staff[0]!;
    expect(row.raw).toBe('D5 22,08 50 9999999 220,8');
    expect([row.product, row.percentage]).toEqual([null, null]);
    expect(row.repairs.map((r) => r.kind)).toEqual(['cells-unresolved']);
  });
});
