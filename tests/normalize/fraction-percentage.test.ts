import { describe, expect, it } from 'vitest';
import type { Amount, StaffColumn } from '../../src/model.js';
import { percentageOfFraction } from '../../src/normalize/fraction-percentage.js';
import { parseItalianNumber } from '../../src/normalize/numbers.js';

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
