import { describe, expect, it } from 'vitest';
import { parseItalianNumber } from '../../src/normalize/numbers.js';
import { productColumnAsRowsShow, withProductFrom } from '../../src/normalize/product-column-order.js';
import { readPlan, staffValues } from '../helpers/plans.js';

/** A row's values as read in the header's order: cost, hours, product. */
const cells = (cost: string, hours: string, product: string) => ({
  hourlyCost: parseItalianNumber(cost),
  hours: parseItalianNumber(hours),
  product: parseItalianNumber(product),
  percentage: parseItalianNumber('20'),
  result: null,
});

describe('the product\'s column as the rows show it', () => {
  it('is the hours\' where every row holds with the two read the other way, and none as read', () => {
    expect(productColumnAsRowsShow([cells('19,45', '2.334,00', '120'), cells('16,95', '3.390,00', '200')])).toBe('hours');
  });

  it('is the cost\'s where every row holds with those two read the other way', () => {
    expect(productColumnAsRowsShow([cells('2.334,00', '120', '19,45'), cells('3.390,00', '200', '16,95')])).toBe('hourlyCost');
  });

  it('is the product\'s own, rounded products too, where rows hold as read', () => {
    expect(productColumnAsRowsShow([cells('19,45', '120', '2.334'), cells('16,95', '2.334,00', '120')])).toBeNull();
  });

  it.each([
    ['one row only', [cells('19,45', '2.334,00', '120')]],
    ['one row of two holding the other way', [cells('19,45', '2.334,00', '120'), cells('16,95', '3.390,00', '199')]],
    ['rows without all three values', [cells('19,45', '2.334,00', '120'), { ...cells('16,95', '3.390,00', '200'), product: null }]],
  ])('is not told with %s', (_, rows) => {
    expect(productColumnAsRowsShow(rows)).toBeNull();
  });

  it('moves the values and says so', () => {
    const moved = withProductFrom(cells('19,45', '2.334,00', '120'), 'hours')!;
    expect([moved.cells.hourlyCost?.text, moved.cells.hours?.text, moved.cells.product?.text]).toEqual(['19.45', '120', '2334.00']);
    expect(moved.repair).toMatchObject({ kind: 'columns-reordered', detail: expect.stringContaining('"2.334,00" read as the product and "120" as the hours') });
  });

  it('reads a table under a header stacked over lines whose rows print the product before the hours', () => {
    const doc = readPlan(
      [
        'Progetto n. 1 – Archivio',
        'Descrizione del progetto',
        'Costo',
        'Cat. Ore % Risultato',
        'orario totale',
        'D3 19,45 2.334,00 120 20 466,80',
        'C3 16,95 3.390,00 200 20 678,00',
        'Totale 1.144,80',
        'Il progetto alimenta il fondo di € 1.144,80.',
      ].join('\n'),
    );
    expect(staffValues(doc)).toEqual([
      ['D3', '19.45', '120', '2334.00', '20', '466.80'],
      ['C3', '16.95', '200', '3390.00', '20', '678.00'],
    ]);
    expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
