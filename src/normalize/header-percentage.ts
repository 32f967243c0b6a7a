import type { Amount, Repair, StaffColumn } from '../model.js';
import { agreement, applyPercentage } from '../rounding.js';
import { sameCells, type RowReading } from './cells.js';
import { parseItalianNumber } from './numbers.js';
import type { ReadRow } from './table.js';

/**
 * A row under a header that prints the percentage once for every row ("RISULTATO (20%)"): its
 * percentage is the header's, with a repair that says where it was printed. The row's result is
 * then checked against it like any printed percentage. A row left unread is read the one way its
 * values make a result of that percentage ({@link readingOfShare}).
 */
export function withHeaderPercentage(row: ReadRow, printed: string, headerLine: number): ReadRow {
  const percentage = parseItalianNumber(printed);
  if (!percentage) return row;
  const repair: Repair = { kind: 'percentage-in-header', detail: `percentage ${printed} % printed once in the header (line ${headerLine}), for every row` };
  if (row.resolution.problem !== null) {
    const reading = readingOfShare(row.resolution.readings ?? [], percentage);
    if (!reading) return row;
    const kept = row.repairs.filter((r) => r.kind !== 'cells-unresolved');
    return { ...row, resolution: { cells: { ...reading.cells, percentage }, repairs: [], problem: null, score: 0 }, repairs: [...kept, repair] };
  }
  if (row.resolution.cells.percentage !== null) return row;
  const resolution = { ...row.resolution, cells: { ...row.resolution.cells, percentage } };
  return { ...row, resolution, repairs: [...row.repairs, repair] };
}

/**
 * Of an unread row's readings, the one that places every value but the percentage (not printed,
 * or not a column the header names) as printed, none split, with its result the header's percentage of its product or of cost × hours:
 * "C4 16,73 140 2.468,20 493,64" under "Costo ore progetto" and "Quota incentivante 20%", its
 * product not named, its cost × hours (2.342,20) not its product. The row is then checked like
 * any other: its product's error is said. Null unless exactly one reading is so.
 */
function readingOfShare(readings: readonly RowReading[], percentage: Amount): RowReading | null {
  const fitting = readings.filter((reading) => reading.splits.length === 0 && !reading.cells.percentage && reading.missing.every((column) => column === 'percentage') && resultIsShare(reading.cells, percentage));
  const [first] = fitting;
  return first && fitting.every((reading) => sameCells(reading, first)) ? first : null;
}

function resultIsShare({ hourlyCost, hours, product, result }: Record<StaffColumn, Amount | null>, percentage: Amount): boolean {
  if (!result || !product || !hourlyCost || !hours) return false;
  return [product.value, hourlyCost.value.times(hours.value)].some((base) => agreement(result.value, applyPercentage(base, percentage.value)) !== 'different');
}
