import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

describe('product-rounded', () => {
  it('reports products rounded to fewer decimals as info', () => {
    const doc = readProjects([
      { number: 1, rows: ['D6 23,57 50 1178 20 235,7', 'C4 17,63 75 1322,30 20 264,45', 'D6 23,57 120 2.828 15 424,26'], total: 'Totale 924,41' },
    ]);
    expect(findingsOf(doc, 'product-rounded').map((f) => [f.row, f.severity, f.printed, f.expected])).toEqual([
      [1, 'info', '1178', '1178.5'],
      [2, 'info', '1322.30', '1322.25'],
      [3, 'info', '2828', '2828.4'],
    ]);
  });

  it('does not call a different product a rounding', () => {
    const doc = readProjects([{ number: 1, rows: ['C3 17,10 200 34,20 20 684'], total: 'Totale 684' }]);
    expect(findingsOf(doc, 'product-rounded')).toEqual([]);
  });
});
