import { describe, expect, it } from 'vitest';
import { formatOf, formatShown, printedEnglish, swapFiguresIn, swapSeparators } from '../../src/normalize/number-format.js';
import { parseItalianNumber } from '../../src/normalize/numbers.js';

describe('the format a figure shows', () => {
  it.each([
    ['4,308.00', 'english'],
    ['1,077.00', 'english'],
    ['1,234,567', 'english'],
    ['4.308,00', 'italian'],
    ['21,40', 'italian'],
    ['20,5%', 'italian'],
    ['1.234.567', 'italian'],
    ['1234,5', 'italian'],
  ] as const)('%s can only be %s', (token, format) => {
    expect(formatOf(token)).toBe(format);
  });

  it.each(['300', '21.40', '4,308', '1.500', '20%', '4308.00'])('%s tells nothing: it reads alike, or both ways', (token) => {
    expect(formatOf(token)).toBeNull();
  });
});

describe('the format a table shows', () => {
  it('is English when some figure can only be English and none only Italian', () => {
    expect(formatShown([['21.40', '200', '4,280.00', '20', '856.00'], ['1,933.00']])).toBe('english');
  });

  it('is Italian from its first Italian figure, and mixed when an English one came before', () => {
    expect(formatShown([['21,40', '200', '4.280,00'], ['17.95', '240', '4,308.00']])).toBe('italian');
    expect(formatShown([['17.95', '240', '4,308.00'], ['21,40', '200', '4.280,00']])).toBe('mixed');
  });

  it('is none when every figure reads alike, or both ways', () => {
    expect(formatShown([['20.00', '1,500', '30,000', '10', '3,000']])).toBeNull();
  });
});

describe('English figures written the Italian way', () => {
  it('swaps the dot and the comma, and back', () => {
    expect(swapSeparators('4,308.00')).toBe('4.308,00');
    expect(swapSeparators(swapSeparators('1,077.00'))).toBe('1,077.00');
    expect(swapFiguresIn('"4.308,0025" read as 4.308,00 and 25, lines 4, 7')).toBe('"4,308.0025" read as 4,308.00 and 25, lines 4, 7');
  });

  it('keeps the figure as printed on the amount read', () => {
    const amount = printedEnglish(parseItalianNumber(swapSeparators('4,308.00'))!);
    expect([amount.raw, amount.text, amount.value.toFixed(2)]).toEqual(['4,308.00', '4308.00', '4308.00']);
  });
});
