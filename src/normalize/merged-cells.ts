import type { Decimal } from '../decimal.js';
import type { Repair, SourceRef, StaffColumn } from '../model.js';
import { agreement, agreementOf, applyPercentage } from '../rounding.js';
import { announcedColumns, resolveCells, type CellResolution } from './cells.js';

/** What a row above tells about the merged cells it may share. */
export interface RowAbove {
  grade: string | null;
  resolution: CellResolution;
  source: SourceRef;
}

const GRADE = /^[A-D][1-9]$/;

/**
 * A line of figures right under a row, read as a row whose grade (and hourly cost) a merged
 * cell prints once, on the first of the rows it spans:
 *   D2 18,56 350 6.496,00 20 1.299,20
 *            100 1.856,00 50   928,00
 * The figures are the row's cells but the cost: the cost carried down must make cost × hours
 * the product and the percentage of it the result. Printed with its cost, the row takes the
 * grade above only when its cost is that row's. Either way the figures must not be a subtotal
 * of the rows above (their results' sum), nor the row above again.
 * `rowsAbove` are the table's rows so far, the one right above last.
 */
export function mergedCellRow(rowsAbove: RowAbove[], numbers: string[], columns: StaffColumn[]): { grade: string; resolution: CellResolution; repair: Repair } | null {
  const above = rowsAbove[rowsAbove.length - 1];
  const cost = above?.resolution.cells.hourlyCost;
  if (!above || !cost || above.resolution.problem !== null || above.grade === null || !GRADE.test(above.grade)) return null;
  const announced = announcedColumns(columns);
  if (announced[0] !== 'hourlyCost' || !(['hours', 'product', 'percentage', 'result'] as const).every((c) => announced.includes(c))) return null;
  const costMerged = numbers.length === announced.length - 1;
  if (!costMerged && numbers.length !== announced.length) return null;
  const resolution = resolveCells(costMerged ? [cost.raw, ...numbers] : numbers, columns);
  if (resolution.problem !== null || resolution.repairs.length > 0) return null;
  const { hourlyCost, hours, product, percentage, result } = resolution.cells;
  if (!hourlyCost || !hours || !product || !percentage || !result || !hourlyCost.value.equals(cost.value)) return null;
  if (agreementOf(product, hourlyCost.value.times(hours.value)) === 'different') return null;
  if (agreementOf(result, applyPercentage(product.value, percentage.value)) === 'different') return null;
  if (sumsOfRowsAbove(rowsAbove, result.value)) return null;
  const line = above.source.lines[above.source.lines.length - 1];
  const merged = costMerged ? `grade ${above.grade} and hourly cost ${cost.raw}` : `grade ${above.grade}`;
  const detail = `${merged} carried down from line ${line}: printed once for this row and the one above, as a merged cell does`;
  return { grade: above.grade, resolution, repair: { kind: 'merged-cell', detail } };
}

/** Whether `result` is the sum of the results of the last rows above, one or more: a subtotal, or a row printed twice. */
function sumsOfRowsAbove(rowsAbove: RowAbove[], result: Decimal): boolean {
  let sum: Decimal | null = null;
  for (let i = rowsAbove.length - 1; i >= 0; i--) {
    const printed = rowsAbove[i]!.resolution.cells.result;
    if (!printed) return false;
    sum = sum === null ? printed.value : sum.plus(printed.value);
    if (agreement(result, sum) !== 'different') return true;
  }
  return false;
}
