import type { Decimal } from '../decimal.js';
import type { Amount, Repair, SourceRef, StaffColumn } from '../model.js';
import { agreement, agreementOf, applyPercentage } from '../rounding.js';
import { announcedColumns, resolveCells, type CellResolution } from './cells.js';

/** What a row next to a line of figures tells about a merged cell they may share. */
export interface NearbyRow {
  grade: string | null;
  resolution: CellResolution;
  source: SourceRef;
}

const GRADE = /^[A-D][1-9]$/;

/** Where the row that prints the merged cell stands: above the figures, or below them when the cell's text is centred over the rows it spans. */
export type MergedFrom = 'above' | 'below';

/**
 * A line of figures next to a row, read as a row whose grade (and hourly cost) a merged cell
 * prints once, beside the first of the rows it spans, or centred (the figures above it):
 *   D2 18,56 350 6.496,00 20 1.299,20
 *            100 1.856,00 50   928,00
 * The figures are the row's cells but the cost: the cost carried over must make cost × hours
 * the product and the percentage of it the result. Printed with its cost, the row takes the
 * grade only when its cost is that row's. Either way the figures must not be a subtotal of the
 * rows above them (their results' sum).
 * `rowsAbove` are the table's rows above the figures, the nearest last.
 */
export function mergedCellRow(
  row: NearbyRow,
  from: MergedFrom,
  rowsAbove: NearbyRow[],
  numbers: string[],
  columns: StaffColumn[],
): { grade: string; resolution: CellResolution; repair: Repair } | null {
  const cost = row.resolution.cells.hourlyCost;
  if (!cost || row.resolution.problem !== null || row.grade === null || !GRADE.test(row.grade)) return null;
  const announced = announcedColumns(columns);
  if (announced[0] !== 'hourlyCost' || !(['hours', 'product', 'percentage', 'result'] as const).every((c) => announced.includes(c))) return null;
  // "2 150 2.620,50 20% 524,10": the row's number in a column of its own, then the figures but the cost.
  const numbered = numbers.length === announced.length && ROW_NUMBER.test(numbers[0]!);
  const read = readWith(cost, rowsAbove, numbers, columns, announced) ?? (numbered ? readWith(cost, rowsAbove, numbers.slice(1), columns, announced) : null);
  if (!read) return null;
  const lines = row.source.lines;
  const line = from === 'above' ? lines[lines.length - 1] : lines[0];
  const merged = read.costMerged ? `grade ${row.grade} and hourly cost ${cost.raw}` : `grade ${row.grade}`;
  const detail = `${merged} carried ${from === 'above' ? 'down' : 'up'} from line ${line}: printed once for this row and the one ${from}, as a merged cell does`;
  return { grade: row.grade, resolution: read.resolution, repair: { kind: 'merged-cell', detail } };
}

const ROW_NUMBER = /^\d{1,2}$/;

/** The figures read with the cost carried, or printed and the same: null unless the row's arithmetic holds so. */
function readWith(
  cost: Amount,
  rowsAbove: NearbyRow[],
  numbers: string[],
  columns: StaffColumn[],
  announced: StaffColumn[],
): { resolution: CellResolution; costMerged: boolean } | null {
  const costMerged = numbers.length === announced.length - 1;
  if (!costMerged && numbers.length !== announced.length) return null;
  const resolution = resolveCells(costMerged ? [cost.raw, ...numbers] : numbers, columns);
  if (resolution.problem !== null || resolution.repairs.length > 0) return null;
  const { hourlyCost, hours, product, percentage, result } = resolution.cells;
  if (!hourlyCost || !hours || !product || !percentage || !result || !hourlyCost.value.equals(cost.value)) return null;
  if (agreementOf(product, hourlyCost.value.times(hours.value)) === 'different') return null;
  if (agreementOf(result, applyPercentage(product.value, percentage.value)) === 'different') return null;
  if (sumsOfRowsAbove(rowsAbove, result.value)) return null;
  return { resolution, costMerged };
}

/**
 * Whether `result` is the sum of the results of the last rows above, two or more: a subtotal.
 * Figures equal to the row above's alone are a second row of the merged cell (two people of one
 * grade with the same hours): the printed total tells, if they are not.
 */
function sumsOfRowsAbove(rowsAbove: NearbyRow[], result: Decimal): boolean {
  let sum: Decimal | null = null;
  for (let i = rowsAbove.length - 1; i >= 0; i--) {
    const printed = rowsAbove[i]!.resolution.cells.result;
    if (!printed) return false;
    sum = sum === null ? printed.value : sum.plus(printed.value);
    if (i < rowsAbove.length - 1 && agreement(result, sum) !== 'different') return true;
  }
  return false;
}
