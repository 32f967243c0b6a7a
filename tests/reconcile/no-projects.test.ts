import { describe, expect, it } from 'vitest';
import { findingsOf, readPlan, readProjects } from '../helpers/plans.js';

describe('no-projects', () => {
  it('reports a readable document without projects, inventing none', () => {
    const doc = readPlan('DETERMINAZIONE n. 12 del 2026\n\nIl dirigente determina di approvare il quadro economico.\nTotale 1.234,00\n');
    expect(doc.projects).toEqual([]);
    expect(findingsOf(doc, 'no-projects')).toEqual([expect.objectContaining({ severity: 'warning', project: null, row: null })]);
  });

  it('reports a document that lists projects without anything of a project, such as a decree approving them', () => {
    const doc = readPlan('DECRETO DEL SINDACO N. 14\n\nsono stati approvati i seguenti progetti:\nProgetto n. 1 – Tributi € 1.830,00\nProgetto n. 2 – Sportello € 1.397,20\n');
    expect(doc.projects).toEqual([]);
    expect(findingsOf(doc, 'no-projects')).toEqual([expect.objectContaining({ severity: 'warning', project: null, row: null })]);
  });

  it('is not raised for a plan', () => {
    expect(findingsOf(readProjects([{ number: 1, rows: ['D3 20,30 100 2030,00 20 406'], total: 'Totale 406' }]), 'no-projects')).toEqual([]);
  });
});
