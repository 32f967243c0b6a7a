import type { Amount, Repair, StaffColumn } from '../model.js';
import { agreement } from '../rounding.js';

type Cells = Record<StaffColumn, Amount | null>;

const MIN_ROWS = 2;

/**
 * The column the rows show holds the product, where the header put it elsewhere: a header whose
 * words are stacked over lines ("Costo" / "Cat. Ore % Risultato" / "orario totale"), read as
 * cost, hours, product, over rows printed as cost, product, hours ("D3 19,45 2.334,00 120 …").
 * Every row with the three values holds read so (19,45 × 120 = 2.334,00) and none as read; two
 * rows at least. Cost × hours is the same either way, so only the product's place is told here.
 * Null where the rows hold as read, or no other place makes them all hold.
 */
export function productColumnAsRowsShow(rows: Cells[]): 'hours' | 'hourlyCost' | null {
  const full = rows.filter((cells) => cells.hourlyCost && cells.hours && cells.product);
  if (full.length < MIN_ROWS || full.some((cells) => holds(cells.hourlyCost!, cells.hours!, cells.product!))) return null;
  if (full.every((cells) => holds(cells.hourlyCost!, cells.product!, cells.hours!))) return 'hours';
  if (full.every((cells) => holds(cells.hours!, cells.product!, cells.hourlyCost!))) return 'hourlyCost';
  return null;
}

function holds(a: Amount, b: Amount, product: Amount): boolean {
  return agreement(product.value, a.value.times(b.value)) !== 'different';
}

/** A row's cells with the product taken from the column `from` and that column's value from the product's, and the repair that says so. */
export function withProductFrom(cells: Cells, from: 'hours' | 'hourlyCost'): { cells: Cells; repair: Repair } | null {
  const moved = cells[from];
  const product = cells.product;
  if (!moved || !product) return null;
  const name = from === 'hours' ? 'the hours' : 'the hourly cost';
  const detail = `"${moved.raw}" read as the product and "${product.raw}" as ${name}: the header's words put them the other way, but every row of the table holds only so`;
  return { cells: { ...cells, product: moved, [from]: product }, repair: { kind: 'columns-reordered', detail } };
}
