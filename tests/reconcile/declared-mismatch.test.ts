import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

const rows = ['D3 20,30 100 2030,00 20 406', 'C3 17,10 200 3420,00 20 684'];

describe('declared-mismatch', () => {
  it('flags a declared amount that differs from the printed total', () => {
    const doc = readProjects([{ number: 4, declared: '1.500,00', rows, total: 'Totale 1090' }]);
    expect(findingsOf(doc, 'declared-mismatch')).toEqual([
      expect.objectContaining({ severity: 'error', project: 4, row: null, printed: '1500.00', expected: '1090', difference: '410' }),
    ]);
  });

  it('compares with the sum of the results when the table has no total', () => {
    const doc = readProjects([{ number: 1, declared: '1.000,00', rows }]);
    expect(findingsOf(doc, 'declared-mismatch')).toMatchObject([{ expected: '1090' }]);
  });

  it('says nothing when the declared amount matches, and nothing without a declared amount', () => {
    expect(findingsOf(readProjects([{ number: 1, declared: '1.090,00', rows, total: 'Totale 1090' }]), 'declared-mismatch')).toEqual([]);
    expect(findingsOf(readProjects([{ number: 1, rows, total: 'Totale 1090' }]), 'declared-mismatch')).toEqual([]);
  });
});

describe('declared-mismatch without a printed total, beside a row left unread', () => {
  it('says nothing: the sum of the results leaves out what the unread row holds, which is said unread', () => {
    const doc = readProjects([{ number: 1, declared: '675,60', rows: ['D1 20,10 100 2.010,00 20 402,00', 'C1 2 17,10 40 1.368,00 20 273,60'] }]);
    expect(findingsOf(doc, 'unparsed-line')).toHaveLength(1);
    expect([...findingsOf(doc, 'declared-mismatch'), ...findingsOf(doc, 'declared-rounded')]).toEqual([]);
  });

  it('still compares with a printed total', () => {
    const doc = readProjects([{ number: 1, declared: '675,60', rows: ['D1 20,10 100 2.010,00 20 402,00', 'C1 2 17,10 40 1.368,00 20 273,60'], total: 'Totale 600,00' }]);
    expect(findingsOf(doc, 'declared-mismatch')).toHaveLength(1);
  });
});
