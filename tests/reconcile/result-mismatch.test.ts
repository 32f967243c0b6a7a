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

describe('result-mismatch message', () => {
  it('writes the percentage the Italian way, as printed', () => {
    // 1.305,75 × 7,5% = 97,93125, not 99,00.
    const doc = readProjects([{ number: 1, rows: ['C1 17,41 75 1305,75 7,5 99,00'], total: 'Totale 99,00' }]);
    expect(findingsOf(doc, 'result-mismatch').map((f) => f.message)).toEqual(['Row 1 (C1): result 99,00 ≠ 1.305,75 × 7,5% = 97,93125']);
  });
});
