/**
 * The values a row's printed tokens may stand for: each token read whole, and a glued token
 * ("4714,0015") read as the two or three cells it may hold, with what the row reader asks of each.
 */

import type { Amount } from '../model.js';
import { parseCellPart, parseHoursAndMinutes, parseItalianNumber } from './numbers.js';

/** A value one token (or half of a glued token) may stand for, with what the row reader asks of it. */
export interface Reading {
  amount: Amount;
  /** Printed with "%": only the percentage column takes it. */
  percentSign: boolean;
  /** Printed as hours and minutes ("37:30"): only the hours column takes it. */
  clock: boolean;
  positive: boolean;
  /** Above 0 and at most 100. */
  percentage: boolean;
  /** The value's decimals, ignoring trailing zeros. */
  places: number;
  /** A floating-point approximation of the value, to rule readings out before exact arithmetic. */
  approx: number;
}

const WHOLE_READINGS_LIMIT = 5_000;
/**
 * Tables repeat costs, hours and percentages ("17,81", "1.500", "20%"): what such a short token
 * reads as whole is kept. Products and results are longer and seldom recur: kept, they only
 * filled the map (normalising the bench's plans took about 7 % longer).
 */
const wholeReadings = new Map<string, Reading | null>();
const MAX_KEPT_TOKEN = 6;

/** A token read whole, or null when it is no number. */
export function wholeReadingOf(token: string): Reading | null {
  if (token.length > MAX_KEPT_TOKEN) return readWhole(token);
  let reading = wholeReadings.get(token);
  if (reading === undefined) {
    if (wholeReadings.size >= WHOLE_READINGS_LIMIT) wholeReadings.clear();
    reading = readWhole(token);
    wholeReadings.set(token, reading);
  }
  return reading;
}

function readWhole(token: string): Reading | null {
  const amount = parseItalianNumber(token) ?? parseHoursAndMinutes(token);
  return amount && readingOf(amount);
}

/** The ways a row's tokens read split in two or three, worked out for a token when first asked for. */
export class SplitReadings {
  private readonly byToken: Array<Array<[Reading, Reading]> | undefined> = [];
  private readonly inThreeByToken: Array<Array<[Reading, Reading, Reading]> | undefined> = [];

  constructor(private readonly tokens: string[]) {}

  at(index: number): Array<[Reading, Reading]> {
    return (this.byToken[index] ??= splitReadingsOf(this.tokens[index]!));
  }

  /** "2030,0020406" → 2030,00 | 20 | 406, "1627,0012,5203,38" → 1627,00 | 12,5 | 203,38: three cells glued. */
  inThree(index: number): Array<[Reading, Reading, Reading]> {
    return (this.inThreeByToken[index] ??= threeWayReadingsOf(this.tokens[index]!));
  }
}

/**
 * What the row reader asks of a value, worked out on its canonical text ("1234.50") in one pass:
 * no Decimal is needed. Trailing zeros of the fraction do not count as decimals.
 */
function readingOf(amount: Amount): Reading {
  const text = amount.text;
  const point = text.indexOf('.');
  let end = text.length;
  if (point >= 0) {
    while (end > point + 1 && text.charCodeAt(end - 1) === ZERO) end--;
    if (end === point + 1) end = point;
  }
  let positive = false;
  for (let i = 0; i < end && !positive; i++) positive = text.charCodeAt(i) > ZERO && text.charCodeAt(i) <= NINE;
  const wholeDigits = point < 0 ? end : point;
  const places = point < 0 || end === point ? 0 : end - point - 1;
  return {
    amount,
    percentSign: amount.raw.endsWith('%'),
    clock: amount.raw.includes(':'),
    positive,
    percentage: positive && (wholeDigits < 3 || (wholeDigits === 3 && places === 0 && text.startsWith('100'))),
    places,
    approx: Number(text),
  };
}

const ZERO = 48;
const NINE = 57;

/** Two glued cells of a staff row are never longer than this: longer tokens are not split. */
const MAX_GLUED_LENGTH = 24;

/** The ways one glued token reads as two numbers: "471420" → 4714 | 20, 47142 | 0, … */
function splitReadingsOf(token: string): Array<[Reading, Reading]> {
  const out: Array<[Reading, Reading]> = [];
  if (token.length > MAX_GLUED_LENGTH || token.includes(':')) return out;
  for (const at of cutsOf(token, 1)) {
    const left = parseCellPart(token.slice(0, at));
    const right = left && parseCellPart(token.slice(at));
    if (left && right) out.push([readingOf(left), readingOf(right)]);
  }
  return out;
}

/** The ways one glued token reads as three numbers, cut in two places. */
function threeWayReadingsOf(token: string): Array<[Reading, Reading, Reading]> {
  const out: Array<[Reading, Reading, Reading]> = [];
  if (token.length > MAX_GLUED_LENGTH || token.includes(':')) return out;
  for (const first of cutsOf(token, 1)) {
    const left = parseCellPart(token.slice(0, first));
    if (!left) continue;
    for (const second of cutsOf(token, first + 1)) {
      const middle = parseCellPart(token.slice(first, second));
      const right = middle && parseCellPart(token.slice(second));
      if (middle && right) out.push([readingOf(left), readingOf(middle), readingOf(right)]);
    }
  }
  return out;
}

/** Where a glued token may be cut, from `from` on: never beside a separator, and no cut after a "%", which ends the value before it. */
function cutsOf(token: string, from: number): number[] {
  const percent = token.indexOf('%');
  const lastCut = percent < 0 ? token.length - 1 : percent;
  const cuts: number[] = [];
  for (let at = Math.max(1, from); at <= lastCut; at++) {
    const before = token[at - 1];
    const after = token[at];
    if (before === '.' || before === ',' || after === '.' || after === ',' || after === '%') continue;
    cuts.push(at);
  }
  return cuts;
}
