import { Decimal } from '../decimal.js';
import type { Amount, SourceRef, StaffRow } from '../model.js';
import { agreement, agreementEitherWay } from '../rounding.js';
import { placesOf } from './numbers.js';

/** A total printed in a staff table: a subtotal, a section's total, or the table's. */
export interface PrintedTotal {
  amount: Amount;
  source: SourceRef;
  /** The words of its label ("Totale parziale"); '' for a total printed without one. */
  label: string;
  /** How many figures its line prints: "Totale ore e importi 700 12.481,00 2.496,20" has three. */
  figures: number;
}

/** "Totale complessivo", "Totale generale": a total of all the rows, after subtotals. */
const GRAND_TOTAL = /\b(?:complessiv[oa]|general[ei]|finale)\b/i;

/** "Totale parziale", "Subtotale", "Parziale": a total of some of the rows, which says so. */
const PARTIAL = /\bparzial[ei]\b|\bsub[-\s]?total[ei]\b/i;

/**
 * A project's printed total, from the totals printed in its tables in order. With several, the
 * last is the project's when its label says so ("Totale complessivo"), when it is the sum of the
 * others or of all the rows' results ("Totale I trimestre 327,00" … "Totale 672,20"), or when the
 * others all say they are partial and it does not ("Totale parziale 374,00",
 * then "Totale 536,10"); otherwise each total closes a section of the staff (a table, an office,
 * a page of subtotals) and the project's is their sum, printed as "a + b".
 */
export function projectTotal(totals: PrintedTotal[], sumOfAllResults: () => Decimal, rowSources: readonly SourceRef[]): { amount: Amount; source: SourceRef } | null {
  const last = totals.at(-1);
  if (!last) return null;
  if (totals.length === 1) return { amount: last.amount, source: last.source };
  const before = totals.slice(0, -1);
  const whole =
    GRAND_TOTAL.test(last.label) ||
    agreementEitherWay(last.amount.value, sumOf(before).amount.value) !== 'different' ||
    agreement(last.amount.value, sumOfAllResults()) !== 'different' ||
    (!PARTIAL.test(last.label) && before.every((t) => PARTIAL.test(t.label))) ||
    closesSections(last, before) ||
    closesSectionsWithoutRows(last, before, rowSources);
  return whole ? { amount: last.amount, source: last.source } : sumOf(totals);
}

/**
 * "Totale cat. D 436,95", "Totale cat. C 869,76", then "Totale 994,95": a total labelled by
 * nothing but its word after totals that each name their section, and more than any of them,
 * is the whole's, even where it leaves a row out.
 */
function closesSections(last: PrintedTotal, before: PrintedTotal[]): boolean {
  return BARE_TOTAL.test(last.label) && before.every((t) => !BARE_TOTAL.test(t.label) && t.amount.value.lessThan(last.amount.value));
}

const BARE_TOTAL = /^(?:totale|tot)(?: euro)?$/i;

/**
 * "Totale categoria D 749,60", rows, "Totale categoria C 672,60", then at once "Totale 749,60": a
 * total with no row printed between it and the total before closes no section of its own; it is
 * the whole's, even where it is no more than one of them (its difference with the rows' results
 * is then the finding). So where it is labelled by nothing but its word after totals that each
 * name their section, and, labelled otherwise ("Totale progetto", "Totale quota fondo"), after
 * totals that each close rows of their own (not a list of the offices' totals, the last of them).
 */
function closesSectionsWithoutRows(last: PrintedTotal, before: PrintedTotal[], rowSources: readonly SourceRef[]): boolean {
  const previous = before.at(-1);
  if (!previous || PARTIAL.test(last.label) || rowSources.some((row) => between(row, previous.source, last.source))) return false;
  if (BARE_TOTAL.test(last.label)) return !before.some((t) => BARE_TOTAL.test(t.label));
  return before.every((total, k) => rowSources.some((row) => between(row, before[k - 1]?.source ?? NOTHING_BEFORE, total.source)));
}

/** Before the first line: where the rows closed by a project's first total may start. */
const NOTHING_BEFORE: SourceRef = { lines: [0], page: 1 };

/** A row's source lies after one total's and before another's (lines are the document's, a PDF's rebuilt text's, across pages). */
function between(row: SourceRef, after: SourceRef, before: SourceRef): boolean {
  return row.lines.some((line) => line > Math.max(...after.lines) && line < Math.min(...before.lines));
}

/**
 * "Importo da destinare al fondo: € 757,54" under "Totale 657,54": the amount the project adds to
 * the fund, said after the table's total of its results, is no other total of the table, whether
 * it agrees with it or not (the declared amount's findings tell).
 */
export function declaredAfterTotal(label: string, before: PrintedTotal | undefined, sumOfProducts: () => Decimal): boolean {
  if (before === undefined || !THE_FUND.test(label) || THE_FUND.test(before.label) || OTHER_COLUMN.test(before.label)) return false;
  // "Totali 250 4.872,00": the hours' and the products' totals, the fund's share the results' after them.
  return !(before.figures >= 2 && before.amount.value.equals(sumOfProducts()));
}

const THE_FUND = /\bfondo\b|\bda destinar/i;

/** A label naming the hours' or the products' column: "Totale ore", "Totale prodotto". */
export const OTHER_COLUMN = /\b(?:ore|prodott[oi])\b/i;
const OTHER_COLUMNS = /\b(?:ore|prodott[oi])\b/gi;
/** A label naming the results' column: "Totale risultato", "Totale quota incentivo". */
const RESULT_COLUMN = /\b(?:risultat[oi]|quot[ae]|incentiv\w*|compens[oi])\b/i;

/**
 * The totals of the results among those a table prints: not a total of the hours or of the
 * products ("Totale ore 670"), unless its line prints a figure more than the columns it names
 * and three at least ("Totale ore e importi 700 12.481,00 2.496,20": the last is the results'),
 * or its figure is the sum of the rows' results ("TOTALE ORE 220 – TOTALE IMPORTO € 907,2"); never
 * a line of figures whose last is the sum of the products ("Totale 150 2.347,50": hours and products);
 * and, where a total says it is the results' ("Totale risultato 1.331,91"), not the totals
 * beside it that do not ("Totale 375 6.659,55": hours and products), unless they are the sum of
 * the rows' results.
 */
export function resultTotals(totals: PrintedTotal[], sums: () => ColumnSums): PrintedTotal[] {
  const ofResults = totals.filter(
    (t) => (RESULT_COLUMN.test(t.label) || !OTHER_COLUMN.test(t.label) || beyondColumnsNamed(t) || t.amount.value.equals(sums().results)) && !isSumOfProducts(t, sums),
  );
  if (!ofResults.some((t) => RESULT_COLUMN.test(t.label))) return ofResults;
  // "Totale servizi scolastici 520,10", then "Totale risultato 1.202,48": the office's subtotal of the results stays.
  return ofResults.filter((t) => RESULT_COLUMN.test(t.label) || t.amount.value.equals(sums().results));
}

/** The sums of a table's printed results and products. */
export interface ColumnSums {
  results: Decimal;
  products: Decimal;
}

/** "Totale 150 2.347,50": hours and the products' sum, which is not the results' too, under a label naming neither. */
function isSumOfProducts(total: PrintedTotal, sums: () => ColumnSums): boolean {
  return total.figures >= 2 && !RESULT_COLUMN.test(total.label) && total.amount.value.equals(sums().products) && !total.amount.value.equals(sums().results);
}

function beyondColumnsNamed(total: PrintedTotal): boolean {
  const named = total.label.match(OTHER_COLUMNS)?.length ?? 0;
  return total.figures >= MIN_FIGURES_BEYOND && total.figures > named;
}

const MIN_FIGURES_BEYOND = 3;

/** Totals added up: their value, their printed forms joined by " + ", all their lines. */
function sumOf(totals: PrintedTotal[]): { amount: Amount; source: SourceRef } {
  const [first, ...rest] = totals;
  if (!first) throw new RangeError('no totals to add');
  if (rest.length === 0) return { amount: first.amount, source: first.source };
  const value = rest.reduce((sum, t) => sum.plus(t.amount.value), first.amount.value);
  const places = Math.max(...totals.map((t) => placesOf(t.amount.text)));
  return {
    amount: { value, raw: totals.map((t) => t.amount.raw).join(' + '), text: value.toFixed(places) },
    source: { lines: totals.flatMap((t) => t.source.lines), page: totals[totals.length - 1]!.source.page },
  };
}


/** The sum of the rows' printed results: what a project's printed total and declared amount are checked against. */
export function sumOfResults(staff: readonly StaffRow[]): Decimal {
  return staff.reduce((sum, row) => (row.result ? sum.plus(row.result.value) : sum), new Decimal(0));
}
