import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects, staffValues } from '../helpers/plans.js';

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

  it('leaves no-break spaces that part cells as they are: "20 274,2" is a percentage and a result', () => {
    const doc = readProjects([{ number: 1, rows: [`D1${NBSP}22,85${NBSP}60${NBSP}1371,00${NBSP}20${NBSP}274,2`], total: 'Totale 274,2' }]);
    expect(staffValues(doc)).toEqual([['D1', '22.85', '60', '1371.00', '20', '274.2']]);
  });
});
