import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

describe('result-mismatch', () => {
  it('flags a result that is no share of the exact nor of the printed product', () => {
    const doc = readProjects([{ number: 3, rows: ['C3 17,10 200 3420,00 20 690', 'D3 20,30 100 2030,00 20 406'], total: 'Totale 1096' }]);
    expect(findingsOf(doc, 'result-mismatch')).toEqual([
      expect.objectContaining({ severity: 'error', project: 3, row: 1, field: 'result', printed: '690', expected: '684', difference: '6' }),
    ]);
  });

  it('accepts a result computed on the printed (rounded) product', () => {
    const doc = readProjects([{ number: 1, rows: ['D6 23,57 50 1178 20 235,6'], total: 'Totale 235,6' }]);
    expect(findingsOf(doc, 'result-mismatch')).toEqual([]);
    expect(findingsOf(doc, 'result-rounded')).toEqual([]);
  });
});
