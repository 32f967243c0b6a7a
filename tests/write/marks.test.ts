import { describe, expect, it } from 'vitest';
import { DocumentMarks } from '../../src/write/marks.js';
import { readPlan } from '../helpers/plans.js';

const project = (heading: string, row: string) =>
  [heading, 'Descrizione del progetto', 'Prima condizione: (a)', 'testo', 'PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE RISULTATO', row, ''];

describe('the cells findings mark', () => {
  it('marks the cell a finding names, in its project and row only', () => {
    const doc = readPlan([...project('Progetto n. 1 – A', 'D3 20,30 100 2030,00 20 406,00'), ...project('Progetto n. 2 – B', 'C1 17,00 50 85,00 10 85,00')].join('\n'));
    const marks = new DocumentMarks(doc);
    const [first, second] = doc.projects;
    expect(marks.staffCell(second!, 1, 'product')?.severity).toBe('error');
    expect(marks.staffCell(first!, 1, 'product')).toBeUndefined();
    expect(marks.rowFindings(second!, 1).map((d) => d.rule)).toEqual(['product-mismatch']);
  });

  it('tells apart two projects a plan prints with the same number, by where each finding stands', () => {
    const doc = readPlan([...project('Progetto n. 1 – A', 'D3 20,30 100 2030,00 20 406,00'), ...project('Progetto n. 1 bis – B', 'C1 17,00 50 85,00 10 85,00')].join('\n'));
    const marks = new DocumentMarks(doc);
    const [first, second] = doc.projects;
    expect([first!.number, second!.number]).toEqual([1, 1]);
    expect(marks.staffCell(second!, 1, 'product')?.severity).toBe('error');
    expect(marks.staffCell(first!, 1, 'product')).toBeUndefined();
    expect(marks.rowFindings(first!, 1)).toEqual([]);
  });
});
