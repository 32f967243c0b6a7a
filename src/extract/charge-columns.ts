import { cellStacks, withWordsBlanked } from './header-stacks.js';

/**
 * "… RISULTATO   ONERI RIFLESSI (23,80%)   TOTALE LORDO ENTE", "… RISULTATO IRAP (8,50%) CPDEL
 * (23,80%) COSTO COMPLESSIVO": columns after the result of what a row costs the body besides the
 * incentive (the employer's contributions and taxes on it, their sum). None is a staff row's value.
 */
export interface ChargeColumns {
  /** Their headings, left to right, as printed. */
  headings: string[];
  /** The header's lines without the charges' words: what names the staff row's columns. */
  rest: string[];
}

/**
 * The charge columns that end a header, after the result's heading (found by `resultHeading`) and
 * its tail ("QUOTA FONDO", "RISULTATO (20%)"): every word after them one of a charge's heading, or
 * its rate. Null where a word there is none, so a column we do not know is never read past. A
 * header whose cells its spacing shows is read by where its words stand; a typed one, by the line
 * that names the charges, the others' tails of rates ("ORARIO (23,80%) ENTE") left to them.
 */
export function chargeColumns(lines: string[], resultHeading: RegExp): ChargeColumns | null {
  if (!lines.some((line) => CHARGE_HINT.test(line.toLowerCase()))) return null;
  return lines.length > 1 && lines.some((line) => SPACED.test(line)) && !lines.some((line) => line.includes('\t'))
    ? spacedChargeColumns(lines, resultHeading)
    : typedChargeColumns(lines, resultHeading);
}

/**
 * "PERSONALE COSTO ORARIO … RISULTATO IRAP (8,50%) CPDEL (23,80%) COSTO COMPLESSIVO", or "COSTO
 * ONERI RIFLESSI TOTALE LORDO" over "PERSONALE ORE PRODOTTO % RISULTATO" over "ORARIO (23,80%)
 * ENTE" (a centred header taken out of a PDF line by line): the first line that ends on charges,
 * after the result's heading where it has it.
 */
function typedChargeColumns(lines: string[], resultHeading: RegExp): ChargeColumns | null {
  const results = lines.map((line) => lastMatch(line.toLowerCase(), resultHeading));
  if (results.every((result) => result === null)) return null;
  // The result's own line first: a heading over a group of charges may stand on a line above ("ONERI A CARICO DELL'ENTE" over "CPDEL IRAP").
  const order = [...lines.keys()].sort((a, b) => Number(results[a] === null) - Number(results[b] === null) || a - b);
  for (const k of order) {
    const line = lines[k]!;
    const lower = line.toLowerCase();
    const result = results[k];
    const from = result ? result.index + result[0].length : 0;
    const first = firstCharge(lower, from);
    if (!first) continue;
    const tail = lower.slice(first.index);
    if (/\d(?![\d,.]*\s*%)/.test(lower.slice(from, first.index)) || !onlyCharges(tail)) return null;
    const headings = [...tail.matchAll(CHARGE)].map((charge) => line.slice(first.index + charge.index, first.index + charge.index + charge[0].length));
    const rest = lines.map((other, j) => (j === k ? line.slice(0, first.index) : isChargesLine(other.toLowerCase()) ? '' : other.replace(CHARGE_TAIL, '')));
    return { headings, rest };
  }
  return null;
}

/**
 * "ONERI RIFLESSI" over "(23,80%)", "TOTALE LORDO" over "ENTE": the charges' columns start at the
 * leftmost charge named on any line, right of a result's heading; each line is cut half-way between
 * it and the end of the last word before it, and what stands right of the cut, stacked into its
 * columns, holds nothing but charges' headings.
 */
function spacedChargeColumns(lines: string[], resultHeading: RegExp): ChargeColumns | null {
  const lower = lines.map((line) => line.toLowerCase());
  let start = Infinity;
  for (const line of lower) {
    for (const result of line.matchAll(new RegExp(resultHeading.source, 'g'))) {
      const first = firstCharge(line, result.index + result[0].length);
      if (first) start = Math.min(start, first.index);
    }
  }
  if (start === Infinity) {
    // The result's heading on a line below the first charge's ("ONERI" over "RISULTATO  RIFLESSI"): the charge's own line.
    const results = lower.flatMap((line) => [...line.matchAll(new RegExp(resultHeading.source, 'g'))].map((m) => m.index + m[0].length));
    if (results.length === 0) return null;
    const resultEnd = Math.min(...results);
    for (const line of lower) {
      const first = firstCharge(line, resultEnd);
      if (first) start = Math.min(start, first.index);
    }
  }
  if (start === Infinity) return null;
  let leftEnd = 0;
  for (const line of lines) for (const word of line.matchAll(/\S+/g)) if (word.index + word[0].length < start) leftEnd = Math.max(leftEnd, word.index + word[0].length);
  const cut = Math.floor((leftEnd + start) / 2);
  const right = withWordsBlanked(lines, 0, cut);
  // Each column's words together: "COSTO" over "COMPLESSIVO", "CONTRIBUTI" over "A CARICO".
  const stacks = cellStacks(right) ?? [];
  if (!stacks.every((stack) => onlyCharges(stack.text.toLowerCase()))) return null;
  const headings = stacks.flatMap(({ text: stack }) => {
    const named = [...stack.toLowerCase().matchAll(CHARGE)];
    return named.length === 1 ? [stack] : named.map((charge) => stack.slice(charge.index, charge.index + charge[0].length));
  });
  if (headings.length === 0 || !NAMED_CHARGE.test(headings[0]!.toLowerCase())) return null;
  return { headings, rest: withWordsBlanked(lines, cut) };
}

/**
 * The first charge named after `from` in a lower-case line, past gross sums: one before it
 * ("RISULTATO LORDO", "RISULTATO TOTALE", "COSTO" of "COSTO ORARIO") is none.
 */
function firstCharge(lower: string, from: number): RegExpExecArray | null {
  CHARGE.lastIndex = from;
  let first = CHARGE.exec(lower);
  while (first && !NAMED_CHARGE.test(first[0])) first = CHARGE.exec(lower);
  CHARGE.lastIndex = 0;
  return first;
}

/** A line of charges' headings alone, in lower case, the first naming one: a heading over a group of them. */
function isChargesLine(lower: string): boolean {
  return firstCharge(lower, 0) !== null && onlyCharges(lower);
}

/** A text of charges' headings and their rates alone, in lower case. */
function onlyCharges(lower: string): boolean {
  return !/\p{L}|\d(?![\d,.]*\s*%)/u.test(lower.replace(CHARGE, ' ').replace(EMPLOYER_WORDS, ' ').replace(RATE, ' '));
}

const SPACED = /\S {2,}\S|^ /;

/** The last match of `pattern` in `text`. */
export function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  const all = new RegExp(pattern.source, 'g');
  let last: RegExpExecArray | null = null;
  for (let found = all.exec(text); found; found = all.exec(text)) last = found;
  return last;
}

const CHARGE_HINT = /oneri|contribut|irap|cpdel|inpdap|inps|inail|tfr/;
const NAMED_CHARGE = /^(?:oneri|contributi|irap|cpdel|inpdap|inps|inail|tfr)\b/;

const EMPLOYER = String.raw`(?:\bdell['’]\s?|\bdel\s+)?\b(?:ente|amm(?:inistrazione|\.ne|\.)?|datore(?:\s+di\s+lavoro)?)(?![a-zà-ÿ])`;
/**
 * A charge's heading: contributions ("ONERI RIFLESSI", "Contributi a carico dell'ente"), taxes
 * ("IRAP", "CPDEL"), or a gross sum ("TOTALE LORDO ENTE", "COSTO COMPLESSIVO"; "TOTALE", or
 * "COSTO" over "COMPLESSIVO" in a typed header, once another charge is named before it).
 */
const CHARGE = new RegExp(
  String.raw`\b(?:oneri|contributi)(?:\s+(?:riflessi|previdenziali|assistenziali|sociali|c\/\s?${EMPLOYER}|a\s+carico(?:\s+${EMPLOYER})?|${EMPLOYER}))*` +
    String.raw`|\b(?:irap|cpdel|inpdap|inps|inail|tfr)\b` +
    String.raw`|\b(?:totale|costo)\s+(?:lordo|complessivo|totale|generale)(?:\s+${EMPLOYER}|\s+dipendente)?\b` +
    String.raw`|\blordo(?:\s+${EMPLOYER}|\s+dipendente)?\b|\b(?:totale|costo)(?:\s+${EMPLOYER})?\b`,
  'g',
);

/** "ENTE" under "TOTALE LORDO", "A CARICO" under "ONERI", "COMPLESSIVO" under "COSTO": the words of a charge's heading a lower line carries on. */
const EMPLOYER_WORDS = new RegExp(String.raw`\b(?:a\s+carico|c\/|riflessi|previdenziali|sociali|complessivo|lordo)(?![a-zà-ÿ])|${EMPLOYER}`, 'g');

/** "(23,80%) ENTE" ending a line of a typed header under charges: their rates and words, carried on. */
const CHARGE_TAIL = new RegExp(String.raw`(?:\s*(?:${EMPLOYER_WORDS.source}|\(?\s*\d{1,3}(?:[,.]\d+)?\s?%\s*\)?))+\s*$`, 'i');

/** What may stand between charges' headings: their rates ("(23,80%)"), currency, brackets, rules and spaces. */
const RATE = /\(?\s*\d{1,3}(?:[,.]\d+)?\s?%\s*\)?|€|\beuro\b|[()|\-–/.:*]/g;
