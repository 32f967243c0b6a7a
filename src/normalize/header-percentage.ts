import type { Amount, Repair } from '../model.js';
import { agreement, applyPercentage } from '../rounding.js';
import type { RowReading } from './cells.js';
import { parseItalianNumber } from './numbers.js';
import type { ReadRow } from './table.js';

/**
 * A row under a header that prints the percentage once for every row ("RISULTATO (20%)"): its
 * percentage is the header's, with a repair that says where it was printed. The row's result is
 * then checked against it like any printed percentage.
 */
export function withHeaderPercentage(row: ReadRow, printed: string, headerLine: number): ReadRow {
  const percentage = parseItalianNumber(printed);
  if (!percentage) return row;
  const read = row.resolution.problem === null ? row : readAsPrinted(row, percentage);
  if (read === null || read.resolution.cells.percentage !== null) return row;
  const repair: Repair = { kind: 'percentage-in-header', detail: `percentage ${printed} % printed once in the header (line ${headerLine}), for every row` };
  const resolution = { ...read.resolution, cells: { ...read.resolution.cells, percentage } };
  return { ...read, resolution, repairs: [...read.repairs, repair] };
}

/**
 * "Quota incentivo (20%)" over "C2 16,51 180 2.907,00 581,40": a row whose cost × hours does not
 * make its product (a cost mistyped), unread, read one value a column where its printed product
 * times the header's percentage makes its result: the rules then say what is wrong in it.
 */
function readAsPrinted(row: ReadRow, percentage: Amount): ReadRow | null {
  const holding = (row.resolution.readings ?? []).filter((reading) => reading.splits.length === 0 && reading.missing.length === 0 && resultHolds(reading, percentage));
  if (holding.length !== 1) return null;
  const kept = row.repairs.filter((r) => r.kind !== 'cells-unresolved');
  return { ...row, resolution: { cells: holding[0]!.cells, repairs: [], problem: null, score: 0 }, repairs: kept };
}

function resultHolds({ cells }: RowReading, percentage: Amount): boolean {
  const { hourlyCost, hours, product, result } = cells;
  if (!hourlyCost || !hours || !product || !result || cells.percentage !== null) return false;
  return agreement(result.value, applyPercentage(product.value, percentage.value)) !== 'different';
}
