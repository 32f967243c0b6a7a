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
