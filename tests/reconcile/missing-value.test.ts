import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects, readStaffTable } from '../helpers/plans.js';

describe('missing-value', () => {
  it('reports every product of a table without the product column, with the computed product', () => {
    const doc = readProjects([
      { number: 1, header: ['PERSONALE COSTO ORARIO', 'TOT. ORE PERCENTUALE RISULTATO'], rows: ['D5 22,08 180 16 635,904', 'C 3 17,1 150 15 384,75'], total: 'Totale 1020,654' },
    ]);
    expect(findingsOf(doc, 'missing-value').map((f) => [f.row, f.field, f.severity, f.printed, f.expected])).toEqual([
      [1, 'product', 'info', null, '3974.4'],
      [2, 'product', 'info', null, '2565'],
    ]);
    expect(doc.projects[0]!.staff[1]!.grade).toBe('C3');
  });

  it('reports a product left empty in a table that has the column', () => {
    const doc = readProjects([{ number: 11, rows: ['D5 22,08 70  15 231,84', 'D3 20,30 210 4263 15 639,45'], total: 'Totale 871,29' }]);
    expect(findingsOf(doc, 'missing-value')).toEqual([expect.objectContaining({ project: 11, row: 1, field: 'product', expected: '1545.6' })]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toEqual(['cell-missing']);
  });
});

describe('missing-value of a percentage', () => {
  it('gives the percentage the result is of the product, where it comes out exactly', () => {
    const doc = readProjects([{ number: 1, rows: ['C3 17,10 300 5130,00 1026,00'], total: 'Totale 1026,00' }]);
    expect(findingsOf(doc, 'missing-value')).toEqual([
      expect.objectContaining({ row: 1, field: 'percentage', expected: '20', message: 'Row 1 (C3): no percentage printed; the arithmetic gives 20%' }),
    ]);
  });

  it('gives none where it does not end (100 of 300: 33,333…%), in a table without a percentage column', () => {
    const doc = readStaffTable('PERSONALE COSTO ORARIO ORE PRODOTTO RISULTATO', 'C3 10,00 30 300,00 100,00', 'C1 16,05 100 1605,00 321,00', 'Totale 421,00');
    expect(findingsOf(doc, 'missing-value').map((f) => [f.row, f.field, f.expected])).toEqual([
      [1, 'percentage', null],
      [2, 'percentage', '20'],
    ]);
  });
});
