import type { Amount, Repair } from '../model.js';
import { agreement, applyPercentage } from '../rounding.js';
import { cellMissing } from './cells.js';
import { parseItalianNumber } from './numbers.js';
import type { ReadRow } from './table.js';

/** Whether a line's one figure is a percentage ("15%"), as a merged cell's centred text is. */
export function isPercentageAlone(token: string): boolean {
  return PERCENTAGE.test(token);
}

const PERCENTAGE = /^\d{1,3}(?:,\d+)?%$/;
const MISSING = cellMissing('percentage');

/** A percentage printed alone on its line inside a table ("15%"): a cell merged down its column, its text centred. */
export interface LonePercentage {
  token: string;
  line: number;
}

/**
 * The rows of a table whose percentage a cell merged down the column prints once, centred on a
 * line of its own ("15%" between two rows) or on the middle row's line (an odd number of rows): each row without a percentage takes it, when the
 * table prints no other value and the row's result is that share of its product (or of cost ×
 * hours), exactly or as a rounding. Any other row keeps its missing percentage.
 */
export function withPercentageMergedDown(rows: ReadRow[], lone: LonePercentage[]): ReadRow[] {
  // A row that only lacks its percentage, with no line of it alone nor a row it stands centred on, is a cell left empty.
  if (lone.length === 0 && !centredOnARow(rows)) return rows;
  const printed = new Map<string, { amount: Amount; line: number | null }>();
  for (const { token, line } of lone) {
    const amount = parseItalianNumber(token);
    if (amount) printed.set(amount.text, { amount, line });
  }
  for (const row of rows) {
    const percentage = row.resolution.cells.percentage;
    if (percentage && !printed.has(percentage.text)) printed.set(percentage.text, { amount: percentage, line: row.source.lines[0] ?? null });
  }
  if (printed.size !== 1) return rows;
  const [{ amount, line }] = [...printed.values()] as [{ amount: Amount; line: number | null }];
  return rows.map((row) => {
    const { hourlyCost, hours, product, percentage, result } = row.resolution.cells;
    if (percentage || !result || row.resolution.problem !== null) return row;
    const base = product?.value ?? (hourlyCost && hours ? hourlyCost.value.times(hours.value) : null);
    if (!base || agreement(result.value, applyPercentage(base, amount.value)) === 'different') return row;
    const repair: Repair = { kind: 'merged-cell', detail: `percentage ${amount.raw} printed once for the rows it spans${line === null ? '' : ` (line ${line})`}, as a merged cell does: the row's result is that share` };
    const repairs = [...row.repairs.filter((r) => r.kind !== MISSING.kind || r.detail !== MISSING.detail), repair];
    return { ...row, resolution: { ...row.resolution, cells: { ...row.resolution.cells, percentage: amount } }, repairs };
  });
}

/**
 * "D3 19,25 200 3.850,00 770,00" / "C3 16,45 300 4.935,00 20% 987,00" / "B5 15,20 250 3.800,00
 * 760,00": one row of three or more prints a percentage, the one in the middle, and every other
 * row none: a cell merged down the column, its text centred on the middle row's line.
 */
function centredOnARow(rows: ReadRow[]): boolean {
  if (rows.length < 3 || rows.some((row) => row.resolution.problem !== null)) return false;
  const printing = rows.flatMap((row, i) => (row.resolution.cells.percentage ? [i] : []));
  const middle = (rows.length - 1) / 2;
  return printing.length === 1 && Math.abs(printing[0]! - middle) <= 0.5;
}
