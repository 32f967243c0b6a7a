import { describe, expect, it } from 'vitest';
import { parseRateTable } from '../../src/reconcile/rates.js';

describe('an official rate table (--rates)', () => {
  it('reads "grade,hourly cost" lines, a header first or not, grades written without spaces in capitals', () => {
    expect(parseRateTable('grado;costo orario\nD 5;"22,08"\nc3,17.10\n').entries()).toEqual([
      ['D5', '22.08'],
      ['C3', '17.1'],
    ]);
    expect(parseRateTable('D5,22,08\n').entries()).toEqual([['D5', '22.08']]);
  });

  it.each([
    ['', 'no "grade,hourly cost" line'],
    ['grado,costo\n', 'no "grade,hourly cost" line'],
    ['D5,abc\n', 'line 1: "D5,abc" is not "grade,hourly cost"'],
    ['D5,22.08\nC3,diciassette\n', 'line 2: "C3,diciassette" is not "grade,hourly cost"'],
    ['D5,22.08\nD5,20.30\n', 'line 2: grade D5 has a second rate, 20.30 (the first: 22.08)'],
  ])('refuses %j: %s', (text, reason) => {
    expect(() => parseRateTable(text)).toThrow(reason);
  });

  it('takes a grade given twice at the same rate', () => {
    expect(parseRateTable('D5,22.08\nD5,"22,080"\n').entries()).toEqual([['D5', '22.08']]);
  });
});
