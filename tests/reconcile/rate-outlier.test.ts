import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

describe('rate-outlier', () => {
  it("flags a row whose arithmetic holds at another rate than its grade's, naming the grade that has it", () => {
    const doc = readProjects([
      { number: 1, rows: ['D5 22,08 100 2208 20 441,6', 'D5 22,08 50 1104 20 220,8', 'D3 20,30 30 609 20 121,8', 'D3 20,30 10 203 20 40,6'], total: 'Totale 824,8' },
      { number: 2, rows: ['D5 20,3 150 3045 20 609'], total: 'Totale 609' },
    ]);
    const [finding, ...others] = findingsOf(doc, 'rate-outlier');
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', project: 2, row: 1, printed: '20.3', expected: '22.08' });
    expect(finding!.message).toBe('Row 1 (D5): 20,30 an hour here, 22,08 in 2 other rows of D5; 20,30 is the D3 rate');
  });

  it('needs a rate in two rows, strictly more often than any other', () => {
    const tie = readProjects([{ number: 1, rows: ['C5 18,26 10 182,6 20 36,52', 'C5 18,60 10 186 20 37,2'], total: 'Totale 73,72' }]);
    expect(findingsOf(tie, 'rate-outlier')).toEqual([]);
  });

  it('compares costs exactly: 20,3 and 20,30 are one rate', () => {
    const doc = readProjects([{ number: 1, rows: ['D3 20,3 10 203 20 40,6', 'D3 20,30 10 203 20 40,6', 'D3 20,30 20 406 20 81,2'], total: 'Totale 162,4' }]);
    expect(findingsOf(doc, 'rate-outlier')).toEqual([]);
  });
});
