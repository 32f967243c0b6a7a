import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { compactDecimal, Decimal } from '../src/decimal.js';

describe('a compacted value', () => {
  const value = fc.stringMatching(/^-?\d{1,20}(?:\.\d{1,20})?$/).map((text) => new Decimal(text));
  test.prop([value, value])('is the same value, and the same value as a product', (a, b) => {
    for (const original of [a, a.times(b), a.plus(b)]) {
      const copy = compactDecimal(original);
      expect(copy).not.toBe(original);
      expect(copy.equals(original)).toBe(true);
      expect(copy.toFixed()).toBe(original.toFixed());
      expect(copy.decimalPlaces()).toBe(original.decimalPlaces());
    }
  });
});
