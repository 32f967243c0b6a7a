import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

describe('product-mismatch', () => {
  it('flags a product that is not cost × hours, with the exact product and the difference', () => {
    const doc = readProjects([{ number: 2, rows: ['C3 17,10 200 34,20 20 684', 'D3 20,30 100 2030,00 20 406'], total: 'Totale 1090' }]);
    expect(findingsOf(doc, 'product-mismatch')).toEqual([
      expect.objectContaining({ severity: 'error', project: 2, row: 1, field: 'product', printed: '34.20', expected: '3420', difference: '-3385.8' }),
    ]);
    expect(findingsOf(doc, 'product-mismatch')[0]!.message).toBe('Row 1 (C3): product 34,20 ≠ 17,10 × 200 = 3.420,00');
  });

  it('accepts exact products however printed, and leaves roundings to product-rounded', () => {
    const doc = readProjects([{ number: 1, rows: ['B1 14,35 200 2.870 20 574', 'D6 23,57 50 1178 20 235,7', 'C3 17,10 200 3.420,00 20 684'], total: 'Totale 1493,7' }]);
    expect(findingsOf(doc, 'product-mismatch')).toEqual([]);
  });
});
