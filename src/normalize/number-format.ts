import type { Amount } from '../model.js';

/**
 * How a table prints its numbers: the Italian way ("4.308,00", a comma before the decimals) or
 * the English way ("4,308.00", a dot before them).
 */
export type NumberFormat = 'italian' | 'english';

/** What a table's figures show of their format: `mixed` when some can only be Italian and others only English. */
export type FormatShown = NumberFormat | 'mixed' | null;

/** "4,308.00", "1,234,567": a comma setting thousands apart, then a decimal point or another comma. */
const ONLY_ENGLISH = /^\d{1,3}(?:,\d{3})+\.\d+$|^\d{1,3}(?:,\d{3}){2,}$/;
/** "4.308,00", "1.234.567", "21,40", "20,5": a decimal comma with other than three digits, or after thousands. */
const ONLY_ITALIAN = /^\d{1,3}(?:\.\d{3})+,\d+$|^\d{1,3}(?:\.\d{3}){2,}$|^\d+,(?:\d{1,2}|\d{4,})$/;

/**
 * The format a figure can only be read in, or null when it reads alike, or reads in both ("300",
 * "21.40", "4,308", "1.500"). A figure printed with a percent sign counts as its digits.
 */
export function formatOf(token: string): NumberFormat | null {
  const digits = token.endsWith('%') ? token.slice(0, -1) : token;
  // Every figure that tells has a comma, or two dots.
  if (!digits.includes(',') && digits.indexOf('.') === digits.lastIndexOf('.')) return null;
  if (ONLY_ITALIAN.test(digits)) return 'italian';
  return ONLY_ENGLISH.test(digits) ? 'english' : null;
}

/**
 * What a table's figures show of their format, from those that can be read one way only. The
 * look stops at the first Italian one ("21,40" in an Italian plan's first row): whatever follows,
 * the table is then read the Italian way, and English figures in it stay unread (flagged).
 */
export function formatShown(tokenLists: Iterable<readonly string[]>): FormatShown {
  let shown: FormatShown = null;
  for (const tokens of tokenLists) {
    for (const token of tokens) {
      const format = formatOf(token);
      if (format === null || format === shown) continue;
      if (shown !== null) return 'mixed';
      if (format === 'italian') return 'italian';
      shown = format;
    }
  }
  return shown;
}

/** "4,308.00" → "4.308,00", "21.40" → "21,40": an English figure written the Italian way, and back. */
export function swapSeparators(text: string): string {
  if (!text.includes('.') && !text.includes(',')) return text;
  let out = '';
  for (const char of text) out += char === '.' ? ',' : char === ',' ? '.' : char;
  return out;
}

/** The figures of a text (a repair's detail) written the other way: "4.308,00" → "4,308.00"; words untouched. */
export function swapFiguresIn(text: string): string {
  return text.replace(/\d[\d.,]*\d/g, swapSeparators);
}

/** An amount read from an English figure written the Italian way, with the figure as printed. */
export function printedEnglish(amount: Amount): Amount {
  return { value: amount.value, text: amount.text, raw: swapSeparators(amount.raw) };
}
