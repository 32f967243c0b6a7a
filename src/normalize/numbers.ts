import { compactDecimal, Decimal } from '../decimal.js';
import type { Amount } from '../model.js';

/** What may set thousands apart, as a character class's body: a dot, an apostrophe, a space. */
export const THOUSANDS_SEPARATORS = ".'’ \\u00a0";
const CURRENCY = /^(?:€|eur(?:o)?)\.?\s*/i;
/** A currency sign or word after the number: "18,56€", "934,90 euro". */
const TRAILING_CURRENCY = /\s*(?:€|\beuro)$/i;
const PERCENT = /\s*%$/;
/**
 * Digits in thousands groups, optionally a decimal comma: "1.234", "2.870", "1.234,56"; the groups
 * may be set apart by an apostrophe or a space instead ("1'299,20", "2 496,20"), the same one throughout.
 */
const GROUPED = new RegExp(`^\\d{1,3}(?:([${THOUSANDS_SEPARATORS}])\\d{3})(?:\\1\\d{3})*(?:,\\d+)?$`);
const GROUP_SEPARATORS = new RegExp(`[${THOUSANDS_SEPARATORS}]`, 'g');
/** Digits with an optional decimal comma: "34,20", "1234,5", "20". */
const PLAIN = /^\d+(?:,\d+)?$/;
/**
 * A decimal point with one, two or four-plus digits cannot be a thousands group: "20.3", "17.10";
 * nor one after four digits or more: "2787.054"; nor after thousands groups, a comma typed as a
 * dot: "6.496.00", "1.299.2".
 */
const DOT_DECIMAL = /^(?:\d+\.(?:\d{1,2}|\d{4,})|\d{4,}\.\d{3}|\d{1,3}(?:\.\d{3})+\.\d{1,2})$/;
/** The dots of a number's thousands groups, before its last dot. */
const GROUP_DOTS = /\.(?=.*\.)/g;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Superscript digits: footnote marks after an amount (`357,20⁴`), never digits of it. */
export const FOOTNOTE_MARKS = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'g');

/** "12" → "¹²": digits printed raised and small, as the superscript digits they are. */
export function asSuperscript(digits: string): string {
  return digits.replace(/\d/g, (digit) => SUPERSCRIPT_DIGITS.charAt(Number(digit)));
}

/**
 * Reads an Italian-printed number ("1.234,56", "1234,5", "2.870", "20%", "€ 1.234,56", "18,56€").
 * A dot followed by groups of three digits is a thousands separator ("2.870" is 2870), as
 * Italian documents print it. Returns null when the text is not a number.
 */
export function parseItalianNumber(raw: string): Amount | null {
  return readUndecorated(raw) ?? readDecorated(raw);
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const DOT = 46;

/**
 * The common case in one pass over the characters: digits with a decimal comma ("17,81") or in
 * thousands groups ("3.472,95"), nothing around them. Null for anything else, left to
 * {@link readDecorated}, which reads these forms alike (a property test holds the two equal).
 */
export function readUndecorated(raw: string): Amount | null {
  const length = raw.length;
  let comma = -1;
  let firstDot = -1;
  let lastDot = -1;
  for (let i = 0; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c === COMMA && comma < 0) comma = i;
    else if (c === DOT && comma < 0 && (lastDot < 0 || i - lastDot === 4)) {
      if (firstDot < 0) firstDot = i;
      lastDot = i;
    } else return null;
  }
  if (length === 0 || comma === 0 || comma === length - 1) return null;
  if (firstDot < 0) return new PrintedAmount(raw, stripLeadingZeros(comma < 0 ? raw : `${raw.slice(0, comma)}.${raw.slice(comma + 1)}`));
  // Thousands groups: one to three digits, then groups of three up to the comma or the end.
  if (firstDot === 0 || firstDot > 3 || (comma < 0 ? length : comma) - lastDot !== 4) return null;
  return new PrintedAmount(raw, stripLeadingZeros(raw.replace(ALL_DOTS, '').replace(',', '.')));
}

const ALL_DOTS = /\./g;

/** Any printed form: white space around, a currency sign or word, a percent sign, a dot as the decimal point. */
export function readDecorated(raw: string): Amount | null {
  const printed = raw.trim();
  let body = printed.replace(CURRENCY, '').replace(PERCENT, '').replace(TRAILING_CURRENCY, '').trim();
  if (body.startsWith('€')) body = body.slice(1).trim();
  if (body === '') return null;
  let canonical: string;
  if (PLAIN.test(body)) canonical = body.replace(',', '.');
  else if (GROUPED.test(body)) canonical = body.replace(GROUP_SEPARATORS, '').replace(',', '.');
  else if (DOT_DECIMAL.test(body)) canonical = body.replace(GROUP_DOTS, '');
  else return null;
  return new PrintedAmount(printed, stripLeadingZeros(canonical));
}

/**
 * A number as printed. Its exact value is made when first asked for: the row reader tries many
 * readings of a row's tokens and rules most of them out on their text alone.
 */
class PrintedAmount implements Amount {
  #value: Decimal | undefined;

  constructor(
    readonly raw: string,
    readonly text: string,
  ) {}

  get value(): Decimal {
    return (this.#value ??= compactDecimal(new Decimal(this.text)));
  }
}

const HOURS_AND_MINUTES = /^(\d{1,4}):([0-5]\d)$/;

/**
 * Hours printed as hours and minutes ("37:30"): the hours they are (37,5), when the minutes make
 * a decimal that ends (a multiple of three minutes; "37:20" is 37,333…, no amount). Null otherwise.
 */
export function parseHoursAndMinutes(raw: string): Amount | null {
  const match = HOURS_AND_MINUTES.exec(raw);
  if (!match) return null;
  const minutes = Number(match[2]);
  if (minutes % 3 !== 0) return null;
  const fraction = String(minutes / 60).slice(1);
  return new PrintedAmount(raw, stripLeadingZeros(`${match[1]}${fraction}`));
}

/** Reads a number that a cell split produced; stricter: no leading zero before digits ("020"). */
export function parseCellPart(raw: string): Amount | null {
  if (raw.charCodeAt(0) === DIGIT_0 && isDigit(raw.charCodeAt(1))) return null;
  return parseItalianNumber(raw);
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

function stripLeadingZeros(text: string): string {
  return text.startsWith('0') ? text.replace(/^0+(?=\d)/, '') : text;
}

/** A canonical amount text without its fraction's trailing zeros: one text for one value ("20.30" → "20.3", "20.00" → "20"). */
/** The decimals of a canonical amount text, trailing zeros included: "2496.20" → 2, "2496" → 0. */
export function placesOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

export function significantText(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Number of decimals of a value as printed, ignoring trailing zeros ("1178,50" → 1, "2.828,00" → 0). */
export function significantDecimals(value: Decimal): number {
  return value.decimalPlaces();
}

/** Formats a value the Italian way for messages: "3.420,00", "1.178,5", "0,171". */
export function formatItalian(value: Decimal, minDecimals = 0): string {
  const decimals = Math.max(minDecimals, value.decimalPlaces());
  const fixed = value.toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [intPart = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = groupThousands(intPart);
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "1234567" → "1.234.567", in one pass (a look-ahead regex is quadratic on long numbers). */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join('.');
}

/** Formats a money amount: at least two decimals, more when the exact value has them. */
export function formatMoney(value: Decimal): string {
  return formatItalian(value, 2);
}

/** The canonical dot-decimal text of an exact value, no exponent: what dataset.json holds. */
export function decimalText(value: Decimal): string {
  return value.toFixed();
}
