import type { Decimal } from 'decimal.js';
import type { Amount, StaffColumn } from '../model.js';
import { agreement, applyPercentage } from '../rounding.js';

/** A row's cells, as the row reader assigns them. */
type Cells = Record<StaffColumn, Amount | null>;

/**
 * Whether a row's cells satisfy every relation they can be checked by, exactly or as a rounding,
 * and at least one: cost × hours = product; product (cost × hours or the printed one) ×
 * percentage / 100 = result, the percentage perhaps printed as a fraction ("0,20"). Each of the
 * `mustTakePart` texts must be the raw text of a cell that a holding relation checks.
 */
export function arithmeticHolds(cells: Cells, mustTakePart: string[] = []): boolean {
  const relations = relationsOf(cells);
  if (!relations || relations.product === false || relations.resultOn === 'none') return false;
  if (relations.product === null && relations.resultOn === null) return false;
  const { hourlyCost, hours, product, percentage, result } = cells;
  const checked = [hourlyCost, hours, relations.product ? product : null, ...(relations.resultOn ? [percentage, result] : [])];
  return mustTakePart.every((text) => checked.some((cell) => cell?.raw === text));
}

/** Whether one relation at least of a row's cells holds (see {@link arithmeticHolds}): a row read right whose other value is wrong. */
export function someRelationHolds(cells: Cells): boolean {
  const relations = relationsOf(cells);
  return relations !== null && (relations.product === true || relations.resultOn === 'exact' || relations.resultOn === 'printed');
}

/**
 * The raw texts of the cells that take part in a relation of the row that holds, exactly or as a
 * rounding: cost, hours and product where cost × hours is the product; the percentage, the result
 * and the base they hold on (cost and hours, or the printed product).
 */
export function cellsInHoldingRelations(cells: Cells): string[] {
  const relations = relationsOf(cells);
  if (!relations) return [];
  const { hourlyCost, hours, product, percentage, result } = cells;
  const held: string[] = [];
  if (relations.product) held.push(hourlyCost!.raw, hours!.raw, product!.raw);
  if (relations.resultOn === 'exact') held.push(percentage!.raw, result!.raw, hourlyCost!.raw, hours!.raw);
  else if (relations.resultOn === 'printed') held.push(percentage!.raw, result!.raw, product!.raw);
  return held;
}

/**
 * Whether cost × hours makes the printed product, exactly or as a rounding; null for a row without
 * its cost, its hours or a product.
 */
export function productHolds({ hourlyCost, hours, product }: Cells): boolean | null {
  if (!hourlyCost || !hours || !product) return null;
  return agreement(product.value, hourlyCost.value.times(hours.value)) !== 'different';
}

/**
 * Which of a row's relations hold, exactly or as a rounding: cost × hours = product (null where the
 * row has no product), and the base the result is the percentage of, the exact product first, then
 * the printed one ('none' where neither; null where the row has no percentage or result). Null for
 * a row without its cost or hours.
 */
function relationsOf(cells: Cells): { product: boolean | null; resultOn: 'exact' | 'printed' | 'none' | null } | null {
  const { hourlyCost, hours, product, percentage, result } = cells;
  if (!hourlyCost || !hours) return null;
  const exact = hourlyCost.value.times(hours.value);
  if (!percentage || !result) return { product: productHolds(cells), resultOn: null };
  const shares = [percentage.value];
  if (!percentage.raw.includes('%') && percentage.value.lessThan(1)) shares.push(percentage.value.times(100));
  const holdsOn = (base: Decimal) => shares.some((share) => agreement(result.value, applyPercentage(base, share)) !== 'different');
  const resultOn = holdsOn(exact) ? 'exact' : product && holdsOn(product.value) ? 'printed' : 'none';
  return { product: productHolds(cells), resultOn };
}

/**
 * A row whose cost × hours is its product and whose percentage of it is its result to the cent,
 * judged on floating-point values: most rows, which no join can make hold better (a join moves a
 * value a thousandfold), told apart without decimal arithmetic.
 */
export function roughlyHolds({ hourlyCost, hours, product, percentage, result }: Cells): boolean {
  if (!hourlyCost || !hours) return false;
  const exact = Number(hourlyCost.text) * Number(hours.text);
  if (product && Math.abs(exact - Number(product.text)) > CENT) return false;
  if (!percentage || !result) return product !== null;
  const base = product ? Number(product.text) : exact;
  return Math.abs((base * Number(percentage.text)) / 100 - Number(result.text)) <= CENT;
}

const CENT = 0.01;
