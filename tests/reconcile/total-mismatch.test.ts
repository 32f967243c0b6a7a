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

  it('names every row whose result is what the total leaves out, where two are alike', () => {
    const alike = ['D3 20,30 100 2030,00 20 406', 'C3 17,10 200 3420,00 20 684', 'C3 17,10 200 3420,00 20 684'];
    const doc = readProjects([{ number: 1, rows: alike, total: 'Totale 1.090,00' }]);
    expect(findingsOf(doc, 'total-mismatch')[0]!.message).toContain('; row 2 or 3 (684,00) is exactly what the total leaves out');
    const one = readProjects([{ number: 1, rows, total: 'Totale 1.090,00' }]);
    expect(findingsOf(one, 'total-mismatch')[0]!.message).toContain('; row 3 (220,80) is exactly what the total leaves out');
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

describe('total-mismatch beside a row left unread', () => {
  const several = ['D1 20,10 100 2.010,00 20 402,00', 'C1 2 17,10 40 1.368,00 20 273,60'];

  it('says nothing of a total the unread row may account for: the row is said unread instead', () => {
    const doc = readProjects([{ number: 1, rows: several, total: 'Totale 675,60' }]);
    expect(doc.projects[0]!.staff[1]!.result).toBeNull();
    expect(findingsOf(doc, 'unparsed-line')).toHaveLength(1);
    expect([...findingsOf(doc, 'total-mismatch'), ...findingsOf(doc, 'total-rounded')]).toEqual([]);
  });

  it('says nothing of a total whose excess over the rows read an unread line of the table prints: that row\'s result', () => {
    // "3 | …": a row whose grade a scan lost, said unread; the total is the rows' sum with its 502,50.
    const lost = readProjects([{ number: 1, rows: ['C2 19,10 200 3.820,00 20 764,00', '3 | 16,75 150 2.512,50 20 502,50'], total: 'Totale 1.266,50' }]);
    expect(findingsOf(lost, 'unparsed-line')).toHaveLength(1);
    expect(findingsOf(lost, 'total-mismatch')).toEqual([]);
    // An excess the unread line does not print is flagged.
    const other = readProjects([{ number: 1, rows: ['C2 19,10 200 3.820,00 20 764,00', '3 | 16,75 150 2.512,50 20 502,50'], total: 'Totale 1.266,60' }]);
    expect(findingsOf(other, 'total-mismatch')).toHaveLength(1);
  });

  it('still flags a total beside rows all read, whatever their values', () => {
    const doc = readProjects([{ number: 1, rows: [several[0]!, 'C1 17,10 80 1.368,00 20 273,60'], total: 'Totale 402,00' }]);
    expect(findingsOf(doc, 'total-mismatch')).toHaveLength(1);
  });
});

describe('total-mismatch below the rows read, beside a row left unread', () => {
  it('flags a total below the sum of the rows read: the unread row can only add to it', () => {
    const doc = readProjects([{ number: 1, rows: ['D1 20,10 100 2.010,00 20 402,00', 'C1 2 17,10 40 1.368,00 20 273,60', 'C3 17,10 200 3420,00 20 684'], total: 'Totale 402,00' }]);
    expect(findingsOf(doc, 'total-mismatch')).toMatchObject([{ printed: '402.00', expected: '1086' }]);
  });
});
