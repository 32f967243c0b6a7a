import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

const rateRows = ['D5 22,08 100 2208,00 20 441,6', 'D5 22,08 50 1104,00 20 220,8'];

describe('cost-typo', () => {
  it('flags a cost that contradicts a product the grade rate explains, instead of a product mismatch', () => {
    const doc = readProjects([{ number: 1, rows: [...rateRows, 'D5 2,08 60 1324,80 20 264,96'], total: 'Totale 927,36' }]);
    const [typo, ...others] = findingsOf(doc, 'cost-typo');
    expect(others).toEqual([]);
    expect(typo).toMatchObject({ severity: 'error', project: 1, row: 3, field: 'hourlyCost', printed: '2.08', expected: '22.08', difference: '-20' });
    expect(typo!.message).toContain('22,08');
    expect(findingsOf(doc, 'product-mismatch')).toEqual([]);
    expect(findingsOf(doc, 'result-mismatch')).toEqual([]);
    expect(doc.projects[0]!.staff[2]!.expected).toEqual({ hourlyCost: '22.08', product: '1324.8', result: '264.96' });
  });

  it('says the product rounds the grade rate × hours, where it does, rather than that it divides into the rate', () => {
    const rows = ['C1 19,8125 40 792,50 20 158,50', 'C1 19,8125 80 1585,00 20 317,00', 'C1 18,8125 37 733,06 20 146,61'];
    const [typo] = findingsOf(readProjects([{ number: 1, rows, total: 'Totale 622,11' }]), 'cost-typo');
    expect(typo!.message).toContain('the printed product 733,06 is the C1 rate 19,8125 × 37 h = 733,0625 rounded');
    expect(typo!.message).not.toContain('÷');
  });

  it('is not raised when the product does not match the grade rate either', () => {
    const doc = readProjects([{ number: 1, rows: [...rateRows, 'D5 2,08 60 1000,00 20 200'], total: 'Totale 862,4' }]);
    expect(findingsOf(doc, 'cost-typo')).toEqual([]);
    expect(findingsOf(doc, 'product-mismatch')).toMatchObject([{ row: 3 }]);
  });

  it('needs a prevailing rate: one other row of the grade is not enough', () => {
    const doc = readProjects([{ number: 1, rows: ['D5 22,08 100 2208,00 20 441,6', 'D5 2,08 60 1324,80 20 264,96'], total: 'Totale 706,56' }]);
    expect(findingsOf(doc, 'cost-typo')).toEqual([]);
    expect(findingsOf(doc, 'product-mismatch')).toMatchObject([{ row: 2, printed: '1324.80', expected: '124.8' }]);
  });

  it('uses an official rate table when one is given', async () => {
    const { parseRateTable } = await import('../../src/reconcile/rates.js');
    const doc = readProjects([{ number: 1, rows: ['D5 2,08 60 1324,80 20 264,96'], total: 'Totale 264,96' }], {
      rates: parseRateTable('grade,hourly cost\nD5,"22,08"\n'),
    });
    expect(findingsOf(doc, 'cost-typo')).toMatchObject([{ row: 1, expected: '22.08' }]);
  });
});
