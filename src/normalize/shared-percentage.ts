import type { Amount } from '../model.js';
import type { ReadRow } from './table.js';
import { plausible, readAs } from './total-witness.js';

/**
 * "C3 18,71 100 1.871,00 20 374,20" / "C1 17,64 150 2.646,00 20592,20": a row whose values no
 * reading makes hold, a percentage glued to a wrong result, where no total or declared amount
 * tells the reading, read the one way that gives it the percentage every other row of the table
 * prints (20 and 592,20): its findings then say the result is wrong. Only where every other row
 * is read and prints that percentage, and one plausible reading alone gives it.
 */
export function withTheOtherRowsPercentage(rows: ReadRow[]): ReadRow[] {
  const unread = rows.filter((row) => row.resolution.problem !== null);
  const row = unread[0];
  if (row === undefined || unread.length > 1 || !row.resolution.readings?.length) return rows;
  const shared = sharedPercentage(rows.filter((r) => r !== row));
  if (shared === null) return rows;
  const giving = row.resolution.readings.filter((reading) => plausible(reading) && reading.cells.percentage?.value.equals(shared.value));
  if (giving.length !== 1) return rows;
  const read = readAs(row, giving[0]!, `so it has the percentage every other row of the table prints (${shared.raw})`);
  return rows.map((r) => (r === row ? read : r));
}

/** The percentage every one of the rows prints, each read. */
function sharedPercentage(rows: ReadRow[]): Amount | null {
  const first = rows[0]?.resolution.cells.percentage;
  if (!first || rows.some((row) => row.resolution.problem !== null || !row.resolution.cells.percentage?.value.equals(first.value))) return null;
  return first;
}
