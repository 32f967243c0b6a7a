import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

const rows = ['D3 20,30 100 2030,00 20 406', 'C3 17,10 200 3420,00 20 684', 'D5 22,08 50 1104,00 20 220,8'];

describe('total-mismatch', () => {
  it('flags a total that leaves out rows and names the run of rows that accounts for it', () => {
    const doc = readProjects([{ number: 2, rows, total: 'Totale 220,8' }]);
    const [finding] = findingsOf(doc, 'total-mismatch');
    expect(finding).toMatchObject({ severity: 'error', project: 2, row: null, printed: '220.8', expected: '1310.8', difference: '-1090' });
    expect(finding!.message).toContain('rows 1–2 (1.090,00) are exactly what the total leaves out');
  });

  it('names a non-contiguous subset when no run explains the gap', () => {
    const doc = readProjects([{ number: 1, rows, total: 'Totale 684' }]);
    expect(findingsOf(doc, 'total-mismatch')[0]!.message).toContain('rows 1 and 3 (626,80)');
  });

  it('says nothing when the total is the sum', () => {
    const doc = readProjects([{ number: 1, rows, total: 'Totale 1.310,80' }]);
    expect(findingsOf(doc, 'total-mismatch')).toEqual([]);
  });
});

describe('total-mismatch message', () => {
  it('speaks of the one row\'s result where the table has one row', () => {
    const doc = readProjects([{ number: 1, rows: ['C1 16,05 100 1.605,00 20 321,00'], total: 'Totale 312,00' }]);
    expect(findingsOf(doc, 'total-mismatch').map((f) => f.message)).toEqual([expect.stringMatching(/^Project 1: printed total 312,00 ≠ the one row's result 321,00/)]);
  });
});
