import type { Repair } from '../model.js';
import { parseItalianNumber } from './numbers.js';
import type { ReadRow } from './table.js';

/**
 * A row under a header that prints the percentage once for every row ("RISULTATO (20%)"): its
 * percentage is the header's, with a repair that says where it was printed. The row's result is
 * then checked against it like any printed percentage.
 */
export function withHeaderPercentage(row: ReadRow, printed: string, headerLine: number): ReadRow {
  const percentage = parseItalianNumber(printed);
  if (!percentage || row.resolution.problem !== null || row.resolution.cells.percentage !== null) return row;
  const repair: Repair = { kind: 'percentage-in-header', detail: `percentage ${printed} % printed once in the header (line ${headerLine}), for every row` };
  const resolution = { ...row.resolution, cells: { ...row.resolution.cells, percentage } };
  return { ...row, resolution, repairs: [...row.repairs, repair] };
}
