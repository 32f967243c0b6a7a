import { Decimal } from 'decimal.js';
import type { Random } from './random.js';
import { BASE_RATES, CATEGORY_WEIGHTS, PERCENTAGES } from './vocabulary.js';

/** What a row is meant to show: clean, or the one finding injected into it. */
export type RowIntent =
  | 'clean'
  | 'product-mismatch'
  | 'cost-typo'
  | 'rate-outlier'
  | 'product-rounded'
  | 'missing-value'
  | 'result-mismatch'
  | 'result-rounded';

/** A staff row before its printed values exist. */
export interface RowDraft {
  readonly grade: string;
  /** The plan's hourly cost for the grade. */
  readonly rate: Decimal;
  readonly hours: number;
  readonly percentage: number;
  intent: RowIntent;
  /** The hourly cost a `rate-outlier` row is priced at instead of `rate`. */
  oddRate: Decimal | null;
}

/** How a table shows its product column. */
export type ProductColumn = 'present' | 'absent' | 'empty-cells';

/** A project's staff table before its printed values exist. */
export interface TableDraft {
  readonly project: number;
  readonly productColumn: ProductColumn;
  readonly rows: RowDraft[];
}

/** Whether a row prints its product cell. */
export function showsProduct(table: TableDraft, row: RowDraft): boolean {
  return table.productColumn === 'present' && row.intent !== 'missing-value';
}

/** Whether a row's printed cost × hours gives its printed product, up to rounding, or it prints none. */
export function arithmeticHolds(row: RowDraft): boolean {
  return row.intent !== 'cost-typo' && row.intent !== 'product-mismatch';
}

/** The hourly cost at which a row's arithmetic is priced. */
export function pricedRate(row: RowDraft): Decimal {
  return row.intent === 'rate-outlier' && row.oddRate ? row.oddRate : row.rate;
}

/** One hourly cost per grade for the whole plan: the base table moved by the year, to the cent. */
export function planRates(random: Random, year: number): Map<string, Decimal> {
  const drift = new Decimal(year - 2015).times('0.01').plus(random.pick(['-0.01', '0', '0', '0.01']));
  const rates = new Map<string, Decimal>();
  for (const [grade, base] of Object.entries(BASE_RATES)) {
    rates.set(grade, new Decimal(base).times(drift.plus(1)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  }
  return rates;
}

/** The grades that staff the plan's projects (a real office has a handful, not all 25). */
export function staffPool(random: Random, rates: ReadonlyMap<string, Decimal>): string[] {
  const size = random.int(5, 12);
  const pool = new Set<string>();
  while (pool.size < size) {
    const category = random.weighted(CATEGORY_WEIGHTS);
    pool.add(random.pick([...rates.keys()].filter((grade) => grade.startsWith(category))));
  }
  return [...pool];
}

/** Hours in the shapes plans use: mostly round tens and fifties, sometimes fives, rarely odd. */
function draftHours(random: Random): number {
  switch (random.weighted([['tens', 11], ['fifties', 4], ['fives', 3], ['odd', 2]] as const)) {
    case 'tens':
      return 10 * random.int(1, 90);
    case 'fifties':
      return 50 * random.int(1, 30);
    case 'fives':
      return 5 * random.int(1, 60);
    case 'odd':
      return random.int(3, 60);
  }
}

/** The clean rows of one table: grades from the pool, one or two percentages. */
export function draftRows(random: Random, pool: readonly string[], rates: ReadonlyMap<string, Decimal>): RowDraft[] {
  const count = random.weighted([[1, 1], [random.int(2, 4), 8], [random.int(5, 9), 6], [random.int(10, 20), 4], [random.int(21, 30), 1]]);
  const percentages = [random.weighted(PERCENTAGES), random.weighted(PERCENTAGES)];
  const mixed = random.chance(0.25);
  const favourites = random.shuffle(pool).slice(0, random.int(2, pool.length));
  return Array.from({ length: count }, () => {
    const grade = random.pick(favourites);
    const rate = rates.get(grade);
    if (!rate) throw new Error(`no rate for grade ${grade}`);
    const percentage = (mixed ? random.pick(percentages) : percentages[0]) ?? 20;
    return { grade, rate, hours: draftHours(random), percentage, intent: 'clean', oddRate: null };
  });
}
