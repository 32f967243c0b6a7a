/**
 * "� 1.990,00", "? 1.990,00", "�1.848,00", "415,80 �": a euro sign an earlier conversion could not
 * write, left as the replacement character (U+FFFD), or as a question mark where a figure with
 * cents follows it; and the minus sign (U+2212) a word processor prints for an empty cell ("−"),
 * which reads as the hyphen-minus. Written as the signs they stand for; the rest of the text as it is.
 */
export function withSignsRestored(text: string): string {
  if (!MAY_HOLD_LOST_SIGN.test(text)) return text;
  return text.replace(EURO_LOST, '€').replace(MINUS_SIGNS, '-');
}

const MAY_HOLD_LOST_SIGN = /[\ufffd?\u2212]/;
/** A figure in euro with its cents: "1.990,00", "23,10", "1 990,00". */
const EURO_FIGURE = String.raw`\d{1,3}(?:[. \u00a0\u202f]\d{3})*,\d\d(?!\d)`;
const EURO_LOST = new RegExp(String.raw`\ufffd(?=\s?\d)|(?<=,\d\d\s?)\ufffd|(?<=^|[\s(])\?(?=\s?${EURO_FIGURE})`, 'gm');
const MINUS_SIGNS = /\u2212/g;
