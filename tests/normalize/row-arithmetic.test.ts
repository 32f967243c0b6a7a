import { describe, expect, it } from 'vitest';
import { parseItalianNumber } from '../../src/normalize/numbers.js';
import { arithmeticHolds } from '../../src/normalize/row-arithmetic.js';

const cells = (...texts: Array<string | null>) => {
  const [hourlyCost, hours, product, percentage, result] = texts.map((t) => (t === null ? null : parseItalianNumber(t)));
  return { hourlyCost: hourlyCost ?? null, hours: hours ?? null, product: product ?? null, percentage: percentage ?? null, result: result ?? null };
};

describe('a row\'s arithmetic holding', () => {
  it('holds when cost × hours = product and product × percentage / 100 = result, exactly or rounded', () => {
    expect(arithmeticHolds(cells('19,83', '300', '5949,00', '20', '1189,80'))).toBe(true);
    expect(arithmeticHolds(cells('19,83', '300', '5949', '20', '1190'))).toBe(true);
    expect(arithmeticHolds(cells('19,83', '300', null, '0,20', '1189,80'))).toBe(true);
  });

  it('does not hold when a relation breaks, or none can be checked', () => {
    expect(arithmeticHolds(cells('17,10', '200', '3420,00', '20', '648,00'))).toBe(false);
    expect(arithmeticHolds(cells('17,10', '200', null, null, '684,00'))).toBe(false);
  });

  it('does not hold for a joined number that no relation checks', () => {
    expect(arithmeticHolds(cells('5,70', '150', '855,00', null, '20 171,00'), ['20 171,00'])).toBe(false);
  });
});
