import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects, readStaffTable, staffValues } from '../helpers/plans.js';

const NBSP = '\u00a0';
const NARROW = '\u202f';

describe('thousands set apart by a no-break space', () => {
  it('reads a total whose groups a no-break space parts, though it is not the rows\' sum', () => {
    // 2.889,00 × 20% = 577,80; 14,30 × 181,7 = 2.598,31, × 20% = 519,662 (519,66 printed): 1.097,46, not 1.097,10.
    const doc = readProjects([
      { number: 1, declared: '1.097,10', rows: ['C1 16,05 180 2889,00 20 577,80', 'B3 14,30 181,7 2598,31 20 519,66'], total: `Totale €${NBSP}1${NBSP}097,10` },
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1097.10');
    expect(findingsOf(doc, 'total-mismatch')).toHaveLength(1);
    expect(findingsOf(doc, 'declared-mismatch')).toEqual([]);
  });

  it('reads a row with a narrow no-break space in its product, though its arithmetic does not hold', () => {
    // 16,56 × 180 = 2.980,80, not 2.997,00: a product-mismatch, on a row read whole.
    const doc = readProjects([{ number: 1, rows: [`C2 16,56 180 2${NARROW}997,00 20 599,40`], total: 'Totale 599,40' }]);
    expect(staffValues(doc)).toEqual([['C2', '16.56', '180', '2997.00', '20', '599.40']]);
    expect(findingsOf(doc, 'product-mismatch').map((f) => f.row)).toEqual([1]);
    expect(findingsOf(doc, 'unparsed-line')).toEqual([]);
  });

  it.each([
    ['a thin space', '\u2009'],
    ['a figure space', '\u2007'],
  ])('reads a row with %s in its product, as a narrow no-break space', (_, space) => {
    const doc = readProjects([{ number: 1, rows: [`C2 16,56 180 2${space}997,00 20 599,40`], total: 'Totale 599,40' }]);
    expect(staffValues(doc)).toEqual([['C2', '16.56', '180', '2997.00', '20', '599.40']]);
    expect(findingsOf(doc, 'product-mismatch').map((f) => f.row)).toEqual([1]);
  });

  it.each([' ', NBSP, '\u2009'])('reads a group of thousands that opens on a zero as part of the number before it, glued to the percentage: %j', (space) => {
    const doc = readProjects([{ number: 1, rows: [`D3 23,10 90 2${space}079,0020 415,80`], total: 'Totale 415,80' }]);
    expect(staffValues(doc)).toEqual([['D3', '23.10', '90', '2079.00', '20', '415.80']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a row with a no-break space in its product, though its arithmetic does not hold', () => {
    // 16,05 × 200 = 3.210,00, not 3.120,00.
    const doc = readProjects([{ number: 1, rows: [`C1\t€${NBSP}16,05\t200\t€${NBSP}3${NBSP}120,00\t20%\t€${NBSP}624,00`], total: 'Totale 624,00' }]);
    expect(staffValues(doc)).toEqual([['C1', '16.05', '200', '3120.00', '20', '624.00']]);
    expect(findingsOf(doc, 'product-mismatch').map((f) => f.row)).toEqual([1]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.detail)).toEqual([expect.stringContaining('a no-break space, which keeps a number whole')]);
  });

  it('leaves no-break spaces that part cells as they are, where the row holds so: "2 100,1" is a percentage and a result', () => {
    const doc = readProjects([{ number: 1, rows: [`D1${NBSP}22,85${NBSP}60${NBSP}1371,00${NBSP}20${NBSP}274,2`], total: 'Totale 274,2' }]);
    expect(staffValues(doc)).toEqual([['D1', '22.85', '60', '1371.00', '20', '274.2']]);
    const wrapped = readProjects([{ number: 1, rows: ['A1', '10,00', '500,5', '5005,00', `2${NBSP}100,1`], total: 'Totale 100,1' }]);
    expect(staffValues(wrapped)).toEqual([['A1', '10.00', '500.5', '5005.00', '2', '100.1']]);
  });
});

describe('one cell a line, a no-break space in a product', () => {
  const HEADER = 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO';
  const cellPerLine = (cells: string[]) => cells.flatMap((cell) => [cell, '']);

  it('reads the product whole and the result after it, the hours no page\'s number', () => {
    const doc = readStaffTable(HEADER, ...cellPerLine(['D1', '20,12', '100', `2${NBSP}012,00`, '20%', '402,40']), 'Totale 402,40');
    expect(staffValues(doc)).toEqual([['D1', '20.12', '100', '2012.00', '20', '402.40']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('keeps the hours where the product is mistaken too: a cost typo, not a page\'s number', () => {
    // 18,35 × 90 = 1.651,50; 1.667,70 ÷ 90 = 18,53, the rate of C1 in the rows above.
    const doc = readStaffTable(
      HEADER,
      'C1 18,53 100 1.853,00 20 370,60',
      'C1 18,53 50 926,50 20 185,30',
      ...cellPerLine(['C1', '18,35', '90', `1${NBSP}667,70`, '20%', '333,54']),
      'Totale 889,44',
    );
    expect(staffValues(doc)[2]).toEqual(['C1', '18.35', '90', '1667.70', '20', '333.54']);
    expect(findingsOf(doc, 'cost-typo').map((f) => f.row)).toEqual([3]);
  });
});
