import type { Decimal } from '../decimal.js';
import type { Amount, StaffColumn } from '../model.js';
import type { CellResolution } from './cells.js';
import { agreement, applyPercentage } from '../rounding.js';
import { tokensBetween, type RowDraft } from './row-draft.js';

/** How many persons of a grade a row counts: a whole number below a hundred ("1", "3"). */
const PERSONS = /^[1-9]\d?$/;

/**
 * A row under a header with a column of persons before its values ("Categoria N. unità Costo
 * orario Ore …"): "C3 2 17,10 250 4.275,00 20 855,00" without its count, the first value of its
 * first line, and the count. Null when that value is no count of persons; the count is left in the
 * row's raw text only.
 */
export function withoutCount(draft: RowDraft): { draft: RowDraft; persons: number } | null {
  const [first] = draft.tokens;
  if (first === undefined || !PERSONS.test(first) || draft.tokenLines[0] !== draft.lines[0]) return null;
  return { draft: tokensBetween(draft, 1, draft.tokens.length), persons: Number(first) };
}

/**
 * Whether a row of several persons, read without their count, has its hours a person's: cost ×
 * hours × persons makes its product ("C1 2 16,55 60 1.986,00", 60 hours each), or, without one,
 * its result at its percentage, where cost × hours does not. Such a row's hours are not the row's:
 * it is left unread.
 */
export function hoursPerPerson(cells: Record<StaffColumn, Amount | null>, persons: number): boolean {
  const { hourlyCost, hours, product, percentage, result } = cells;
  if (persons === 1 || !hourlyCost || !hours) return false;
  const holds = (base: Decimal) =>
    product ? agreement(product.value, base) !== 'different' : !!percentage && !!result && agreement(result.value, applyPercentage(base, percentage.value)) !== 'different';
  const asPrinted = hourlyCost.value.times(hours.value);
  return holds(asPrinted.times(persons)) && !holds(asPrinted);
}

/**
 * A row of several persons whose hours are each person's, left unread with why, every cell
 * empty: "C1 2 17,10 40 20 273,60" under "N. unità … Ore Percentuale Risultato" (2 × 17,10 × 40
 * × 20 % = 273,60) is read neither without its count (its hours are not the row's) nor with it,
 * where the count would stand in the cost's cell.
 */
export function hoursPerPersonUnread(resolution: CellResolution, persons: number): CellResolution {
  const cells = Object.fromEntries(Object.keys(resolution.cells).map((column) => [column, null])) as Record<StaffColumn, Amount | null>;
  const problem = `the hours are each of the ${persons} persons' (cost × hours × ${persons} makes the row), not the row's`;
  return { cells, repairs: [{ kind: 'cells-unresolved', detail: `values not assigned to columns: ${problem}` }], problem, score: 0 };
}
