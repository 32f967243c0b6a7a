import type { Amount, Repair, StaffColumn } from '../model.js';
import { placesOf } from './numbers.js';

/** A staff row's grade and cells, as read in the usual order: hourly cost, then hours. */
export interface GradedCells {
  grade: string | null;
  cells: Record<StaffColumn, Amount | null>;
}

const MIN_ROWS = 2;

/**
 * Whether a table read in the usual order under a header that does not say it has its hours
 * printed before its hourly costs, as its rows show: cost × hours is the same either way, but
 * every hourly cost is printed with its cents where every hour is whole ("120 16,05": 120 hours
 * at 16,05 an hour; not "22 12,5", 22 € an hour for 12 hours and a half).
 * Within a grade the hourly cost is the same from row to row while hours vary: a table where
 * that holds more often of the column read as the cost keeps the usual order. So does a table
 * with fewer than two rows that have both values, or one where any row prints them otherwise.
 */
export function hoursPrintedFirst(rows: GradedCells[]): boolean {
  // `first` is the value printed first, read as the cost; `second` the one read as the hours.
  const pairs = rows.flatMap(({ grade, cells }) => (cells.hourlyCost && cells.hours ? [{ grade, first: cells.hourlyCost, second: cells.hours }] : []));
  if (pairs.length < MIN_ROWS) return false;
  // As printed: hours without decimals, hourly costs with their two ("20,00" has its cents, though nought).
  if (!pairs.every((p) => placesOf(p.first.text) === 0 && placesOf(p.second.text) === 2)) return false;
  const byGrade = new Map<string, typeof pairs>();
  for (const pair of pairs) if (pair.grade !== null) byGrade.set(pair.grade, [...(byGrade.get(pair.grade) ?? []), pair]);
  let firstSteady = 0;
  let secondSteady = 0;
  for (const ofGrade of byGrade.values()) {
    const first = allEqual(ofGrade.map((p) => p.first));
    const second = allEqual(ofGrade.map((p) => p.second));
    if (first && !second) firstSteady++;
    if (second && !first) secondSteady++;
  }
  return secondSteady >= firstSteady;
}

function allEqual(values: Amount[]): boolean {
  return values.every((v) => v.value.equals(values[0]!.value));
}

/** A row's cells with its hourly cost and hours exchanged, and the repair that says so; null without either. */
export function costAndHoursSwapped(
  cells: Record<StaffColumn, Amount | null>,
  against: 'unsaid' | 'header' = 'unsaid',
): { cells: Record<StaffColumn, Amount | null>; repair: Repair } | null {
  const { hourlyCost, hours } = cells;
  if (!hourlyCost && !hours) return null;
  const quoted = (amount: Amount | null) => (amount ? `"${amount.raw}"` : 'nothing');
  const why =
    against === 'unsaid'
      ? 'the header does not say which comes first, and the table’s rows have whole hours and hourly costs with cents'
      : `the header puts the hourly cost first, but every row prints there a whole number of ${MAX_HOURLY_COST} or more, no hour's cost, and after it a value with cents`;
  return {
    cells: { ...cells, hourlyCost: hours, hours: hourlyCost },
    repair: { kind: 'cost-hours-swapped', detail: `${quoted(hourlyCost)} read as the hours and ${quoted(hours)} as the hourly cost: ${why}` },
  };
}

/** No hour of a public employee's work costs this much: a value here read as a cost is hours. */
export const MAX_HOURLY_COST = 100;

/**
 * Whether a table whose header puts the hourly cost first prints its hours there all the same (the
 * text of a scan, its columns shuffled): every row as {@link hoursPrintedFirst} wants it, and
 * every value read as the cost one that no hour costs.
 */
export function hoursPrintedFirstAgainstHeader(rows: GradedCells[]): boolean {
  // Most tables fail the first test on their first row's texts, before any cost is made a Decimal.
  return hoursPrintedFirst(rows) && rows.every(({ cells }) => !cells.hourlyCost || !cells.hours || cells.hourlyCost.value.gte(MAX_HOURLY_COST));
}
