import { describe, expect, it } from 'vitest';
import type { Amount, StaffColumn } from '../../src/model.js';
import { percentageOfFraction } from '../../src/normalize/fraction-percentage.js';
import { parseItalianNumber } from '../../src/normalize/numbers.js';
import { readStaffTable, STAFF_HEADER, staffValues as values } from '../helpers/plans.js';

const row = (cost: string, hours: string, product: string | null, percentage: string, result: string): Record<StaffColumn, Amount | null> => ({
  hourlyCost: parseItalianNumber(cost),
  hours: parseItalianNumber(hours),
  product: product === null ? null : parseItalianNumber(product),
  percentage: parseItalianNumber(percentage),
  result: parseItalianNumber(result),
});

describe('a percentage printed as a fraction', () => {
  it.each([
    [row('20,30', '100', '2.030,00', '0,20', '406,00'), '20'],
    [row('20,30', '100', null, '0,125', '253,75'), '12.5'],
    [row('20,30', '100', '2.030,00', '0,2', '406'), '20'],
    // a mistyped product: cost × hours bears the fraction out
    [row('16,65', '90', '1.489,50', '0,20', '299,70'), '20'],
  ])('is read as the percentage the result bears out', (cells, text) => {
    const read = percentageOfFraction(cells);
    expect(read?.cells.percentage).toMatchObject({ text, raw: cells.percentage!.raw });
    expect(read?.repair.kind).toBe('percentage-as-fraction');
  });

  it.each([
    ['a small percentage the result bears out as printed', row('20,30', '100', '2.030,00', '0,5', '10,15')],
    ['a whole percentage', row('20,30', '100', '2.030,00', '20', '406,00')],
    ['a percent sign', row('20,30', '100', '2.030,00', '0,20%', '406,00')],
    ['a result that fits neither', row('20,30', '100', '2.030,00', '0,20', '400,00')],
  ])('is not read so with %s', (_, cells) => {
    expect(percentageOfFraction(cells)).toBeNull();
  });
});

describe('a fraction in a column of fractions', () => {
  const read = (...body: string[]) => readStaffTable(STAFF_HEADER, ...body);

  it('is read as the percentage it stands for where every other row\'s fraction is, and the row\'s wrong result is said', () => {
    // 3.154,00 × 20 % = 630,80, not 1.500,00.
    const doc = read('D1 21,32 100 2.132,00 0,20 426,40', 'B4 15,77 200 3.154,00 0,20 1.500,00', 'C1 17,64 150 2.646,00 0,20 529,20');
    expect(values(doc).map((v) => v[4])).toEqual(['20', '20', '20']);
    expect(doc.projects[0]!.staff[1]!.repairs.at(-1)?.detail).toBe('percentage printed as the fraction "0,20", read as 20 % as every other row\'s of the column: the row\'s result does not confirm it');
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['result-mismatch', 2]]);
  });

  it('is left as printed where another row prints a whole percentage', () => {
    const doc = read('D1 21,32 100 2.132,00 0,20 426,40', 'B4 15,77 200 3.154,00 0,5 1.500,00', 'C1 17,64 150 2.646,00 20 529,20');
    expect(values(doc).map((v) => v[4])).toEqual(['20', '0.5', '20']);
  });
});
