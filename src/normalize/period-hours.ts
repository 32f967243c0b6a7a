import type { StaffColumn } from '../model.js';
import { Decimal } from '../decimal.js';
import { announcedColumns, resolveCells } from './cells.js';
import { formatItalian, parseItalianNumber } from './numbers.js';
import { arithmeticHolds } from './row-arithmetic.js';
import type { RowDraft } from './row-draft.js';

/**
 * A row under a header with its hours split by period beside their total ("Ore I trim." …
 * "Ore IV trim.", "Totale ore"): "D2 22,35 30 30 30 30 120 2.682,00 20 536,40" without the
 * periods' hours, right before the total or right after it, where they add up to it. Null where
 * the row has not one figure a period more than the columns, or its periods do not add up: then
 * no reading of them is sure. The periods' hours stay in the row's raw text only.
 */
export function withoutPeriodHours(draft: RowDraft, periods: number, columns: StaffColumn[]): RowDraft | null {
  for (const layout of periodLayouts(draft, periods, columns)) {
    if (addsUp(draft.tokens.slice(layout.from, layout.from + periods), draft.tokens[layout.total]!)) return withoutPeriods(draft, layout, periods);
  }
  return null;
}

/**
 * "B4 17,48 25 25 20 20 100 1.748,00 20 349,60" under "Ore I trim." … "IV trim.", "Totale ore":
 * why a row with a figure a period more than the columns is not read, where its periods add up
 * to the total neither before it nor after it: "the hours by period 25 + 25 + 20 + 20 = 90 do
 * not add up to the total hours 100", and, where cost × total hours = product holds, that too.
 * No rule of the contract tells of hours by period, so the row stays unread: the periods or the
 * total are misprinted, and nothing says which. Null where the row has not that many figures.
 */
export function periodsAmiss(draft: RowDraft, periods: number, columns: StaffColumn[]): string | null {
  const layouts = periodLayouts(draft, periods, columns);
  // The layout whose row holds by its total hours, else the periods before the total, as headers mostly print them.
  const holding = layouts.find((layout) => holdsWithout(draft, layout, periods, columns));
  const layout = holding ?? layouts[0];
  if (!layout) return null;
  const parts = draft.tokens.slice(layout.from, layout.from + periods);
  const sum = sumOf(parts);
  if (!sum) return null;
  const amiss = `the hours by period ${parts.join(' + ')} = ${formatItalian(sum)} do not add up to the total hours ${draft.tokens[layout.total]}`;
  return holding ? `${amiss}, though the row holds by its total hours (cost × hours = product, product × % = result): the periods or the total misprinted, no reading is sure` : `${amiss}: no reading is sure`;
}

/** Where a row's periods stand (from) and their total (total): the periods before the hours' total, then after it. */
interface PeriodLayout {
  from: number;
  total: number;
}

/** The places the periods and their total can stand in a row with a figure a period more than the columns; none for any other row. */
function periodLayouts(draft: RowDraft, periods: number, columns: StaffColumn[]): PeriodLayout[] {
  const announced = announcedColumns(columns);
  const hoursAt = announced.indexOf('hours');
  if (hoursAt < 0 || draft.tokens.length !== announced.length + periods || draft.pageNumber) return [];
  return [
    { from: hoursAt, total: hoursAt + periods },
    { from: hoursAt + 1, total: hoursAt },
  ];
}

function withoutPeriods(draft: RowDraft, layout: PeriodLayout, periods: number): RowDraft {
  const keep = (_: unknown, at: number) => at < layout.from || at >= layout.from + periods;
  return { ...draft, tokens: draft.tokens.filter(keep), tokenLines: draft.tokenLines.filter(keep) };
}

/** The row read without its periods, by its total hours, holds: cost × hours = product, product × % = result. */
function holdsWithout(draft: RowDraft, layout: PeriodLayout, periods: number, columns: StaffColumn[]): boolean {
  const resolution = resolveCells(withoutPeriods(draft, layout, periods).tokens, columns);
  return resolution.problem === null && arithmeticHolds(resolution.cells);
}

/** The sum of hours printed, null where one is no number. */
function sumOf(parts: string[]): Decimal | null {
  let sum = new Decimal(0);
  for (const part of parts) {
    const hours = parseItalianNumber(part);
    if (!hours) return null;
    sum = sum.plus(hours.value);
  }
  return sum;
}

/** The periods' hours add up to the total printed beside them. */
function addsUp(parts: string[], total: string): boolean {
  const whole = parseItalianNumber(total);
  const sum = sumOf(parts);
  return whole !== null && sum !== null && sum.equals(whole.value);
}
