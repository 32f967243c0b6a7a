import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseItalianNumber } from '../src/normalize/numbers.js';
import { agreement, agreementOf, isRoundingOf } from '../src/rounding.js';

const d = (s: string) => new Decimal(s);

describe('the rounding policy', () => {
  it.each([
    ['1178', '1178.50', true],
    ['2828.00', '2828.40', true],
    ['1322.30', '1322.25', true],
    ['4087.19', '4087.185', true],
    ['4087.18', '4087.185', true], // half-even and truncation
    ['198.33', '198.3375', true], // truncation
    ['34.20', '3420.00', false],
    ['1179', '1178.50', true], // half-up
    ['1177', '1178.50', false],
    ['1178.5', '1178.5', false], // equal is not a rounding
    ['1178.51', '1178.5', false], // more decimals than the exact value
  ])('%s rounds %s: %s', (printed, exact, expected) => {
    expect(isRoundingOf(d(printed), d(exact))).toBe(expected);
  });

  it('tells exact, rounded and different apart', () => {
    expect(agreement(d('2870'), d('2870.00'))).toBe('exact');
    expect(agreement(d('2650'), d('2649.60'))).toBe('rounded');
    expect(agreement(d('2651'), d('2649.60'))).toBe('different');
  });
});

describe('the agreement of a printed amount', () => {
  // Printed amounts with trailing and leading zeros, exact values made by multiplying, as the audit does.
  const printed = fc.stringMatching(/^0{0,2}\d{1,4}(?:,\d{1,4})?$/);
  const factor = fc.stringMatching(/^\d{1,3}(?:\.\d{1,3})?$/);
  test.prop([printed, printed, factor], { numRuns: 2000 })('is the agreement of its value', (raw, base, times) => {
    const amount = parseItalianNumber(raw)!;
    const exact = parseItalianNumber(base)!.value.times(new Decimal(times));
    expect(agreementOf(amount, exact)).toBe(agreement(amount.value, exact));
    expect(agreementOf(amount, amount.value.times(1))).toBe('exact');
  });
});
