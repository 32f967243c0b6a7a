import type { StaffColumn } from '../model.js';
import { Decimal } from '../decimal.js';
import { announcedColumns } from './cells.js';
import { parseItalianNumber } from './numbers.js';
import type { RowDraft } from './row-draft.js';

/**
 * A row under a header with its hours split by period beside their total ("Ore I trim." …
 * "Ore IV trim.", "Totale ore"): "D2 22,35 30 30 30 30 120 2.682,00 20 536,40" without the
 * periods' hours, right before the total or right after it, where they add up to it. Null where
 * the row has not one figure a period more than the columns, or its periods do not add up: then
 * no reading of them is sure. The periods' hours stay in the row's raw text only.
 */
export function withoutPeriodHours(draft: RowDraft, periods: number, columns: StaffColumn[]): RowDraft | null {
  const announced = announcedColumns(columns);
  const hoursAt = announced.indexOf('hours');
  if (hoursAt < 0 || draft.tokens.length !== announced.length + periods || draft.pageNumber) return null;
  // The periods before the hours' total, then after it.
  for (const [from, total] of [
    [hoursAt, hoursAt + periods],
    [hoursAt + 1, hoursAt],
  ] as const) {
    if (addsUp(draft.tokens.slice(from, from + periods), draft.tokens[total]!)) {
      const keep = (_: unknown, at: number) => at < from || at >= from + periods;
      return { ...draft, tokens: draft.tokens.filter(keep), tokenLines: draft.tokenLines.filter(keep) };
    }
  }
  return null;
}

/** The periods' hours add up to the total printed beside them. */
function addsUp(parts: string[], total: string): boolean {
  const whole = parseItalianNumber(total);
  if (!whole) return false;
  let sum = new Decimal(0);
  for (const part of parts) {
    const hours = parseItalianNumber(part);
    if (!hours) return false;
    sum = sum.plus(hours.value);
  }
  return sum.equals(whole.value);
}
