import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { asSuperscript, formatItalian, parseItalianNumber, readDecorated, readUndecorated } from '../../src/normalize/numbers.js';

describe('Italian numbers', () => {
  it.each(['1.003,20²', '524¹', '357,20⁴', '²', '1²3'])('%s, with superscript digits (footnote marks), is no amount: they are never its digits', (raw) => {
    expect(parseItalianNumber(raw)).toBeNull();
  });

  it('writes digits as superscript digits', () => {
    expect(asSuperscript('1234567890')).toBe('¹²³⁴⁵⁶⁷⁸⁹⁰');
  });

  it.each([
    ['1.234,56', '1234.56'],
    ['1234,5', '1234.5'],
    ['2.870', '2870'],
    ['34,20', '34.20'],
    ['20%', '20'],
    ['20 %', '20'],
    ['€ 1.234,56', '1234.56'],
    ['€13.937,85', '13937.85'],
    ['59.146,11', '59146.11'],
    ['1.545,60', '1545.60'],
    ['20,3', '20.3'],
    ['17.10', '17.10'],
    ['6.496.00', '6496.00'],
    ['1.299.2', '1299.2'],
    ['12.345.67', '12345.67'],
    ['2787.054', '2787.054'],
    ['0,5', '0.5'],
    ["1'299,20", '1299.20'],
    ['6’496,00', '6496.00'],
    ['2 496,20', '2496.20'],
    ['1\u00a0234', '1234'],
    ['18,56€', '18.56'],
    ['934,90 euro', '934.90'],
    ['€. 2.496,20', '2496.20'],
  ])('%s reads as %s, keeping the printed digits', (raw, text) => {
    const amount = parseItalianNumber(raw);
    expect(amount?.text).toBe(text);
    expect(amount?.value.equals(new Decimal(text))).toBe(true);
  });

  it.each(['', 'abc', '1,2,3', '1.23.4', '1.234.567.8901', '1.23.45', '1.234.5.6', '12,', ',5', '1 2345', "1.234'567", '1  234', '€', '12 34,5'])('%j is not a number', (raw) => {
    expect(parseItalianNumber(raw)).toBeNull();
  });

  it('formats the Italian way', () => {
    expect(formatItalian(new Decimal('3420'), 2)).toBe('3.420,00');
    expect(formatItalian(new Decimal('-4493.75'), 2)).toBe('-4.493,75');
    expect(formatItalian(new Decimal('4087.1865'), 2)).toBe('4.087,1865');
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 4 })])(
    'any amount printed the Italian way reads back exactly',
    (units, decimals) => {
      const value = new Decimal(units.toString()).dividedBy(new Decimal(10).pow(decimals));
      const printed = formatItalian(value, decimals);
      expect(parseItalianNumber(printed)?.value.equals(value)).toBe(true);
      const ungrouped = printed.replace(/\./g, '');
      if (decimals > 0 || !/^\d{1,3}$/.test(ungrouped)) expect(parseItalianNumber(ungrouped)?.value.equals(value)).toBe(true);
    },
  );

  test.prop([fc.oneof(fc.stringMatching(/^[0-9.,]{0,14}$/), fc.stringMatching(/^0?\d{1,4}(?:\.\d{2,4}){0,3}(?:,\d{0,3})?$/))], { numRuns: 3000 })(
    'the one-pass reader of plain and grouped digits reads what the general reader reads, or leaves it to it',
    (raw) => {
      const fast = readUndecorated(raw);
      const general = readDecorated(raw);
      if (fast) expect({ raw: fast.raw, text: fast.text }).toEqual({ raw: general?.raw, text: general?.text });
      else if (general) expect(general.text.includes('.') && /^(?:\d+|\d{1,3}(?:\.\d{3})+)\.\d+$/.test(raw)).toBe(true);
    },
  );
});
