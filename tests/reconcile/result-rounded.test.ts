import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

describe('result-rounded', () => {
  it('reports a result rounded to fewer decimals as info', () => {
    const doc = readProjects([{ number: 1, rows: ['C4 17,63 75 1322,25 15 198,34'], total: 'Totale 198,34' }]);
    expect(findingsOf(doc, 'result-rounded')).toEqual([
      expect.objectContaining({ severity: 'info', project: 1, row: 1, printed: '198.34', expected: '198.3375' }),
    ]);
    expect(findingsOf(doc, 'result-mismatch')).toEqual([]);
  });

  it('accepts truncation too, and nothing for an exact result', () => {
    const doc = readProjects([{ number: 1, rows: ['C4 17,63 75 1322,25 15 198,33', 'C5 18,26 57 1040,82 15 156,123'], total: 'Totale 354,453' }]);
    expect(findingsOf(doc, 'result-rounded').map((f) => f.row)).toEqual([1]);
  });
});

describe('result-rounded message', () => {
  it('writes the percentage the Italian way, as printed', () => {
    // 1.305,75 × 12,5% = 163,21875: 163,22 is its rounding.
    const doc = readProjects([{ number: 1, rows: ['C1 17,41 75 1305,75 12,5 163,22'], total: 'Totale 163,22' }]);
    expect(findingsOf(doc, 'result-rounded').map((f) => f.message)).toEqual(['Row 1 (C1): result 163,22 is 1.305,75 × 12,5% = 163,21875 rounded']);
  });
});
