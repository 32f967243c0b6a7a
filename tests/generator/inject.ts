import { Decimal } from 'decimal.js';
import type { RuleId } from './gold.js';
import { decimalsOf } from './numbers.js';
import type { Random } from './random.js';
import { type RowDraft, type TableDraft, arithmeticHolds, pricedRate, showsProduct } from './staff.js';

/** Row-level findings, in the order they are injected (rate-sensitive ones first). */
const ROW_RULES = [
  'cost-typo',
  'rate-outlier',
  'product-mismatch',
  'product-rounded',
  'missing-value',
  'result-mismatch',
  'result-rounded',
] as const satisfies readonly RuleId[];

interface Spot {
  readonly table: TableDraft;
  readonly row: RowDraft;
}

/** Rows of the grade, across the document, whose own arithmetic holds at the plan rate. */
function planRateRows(tables: readonly TableDraft[], grade: string): number {
  return tables
    .flatMap((table) => table.rows)
    .filter((row) => row.grade === grade && arithmeticHolds(row) && row.intent !== 'rate-outlier').length;
}

function eligible(rule: (typeof ROW_RULES)[number], spot: Spot, tables: readonly TableDraft[]): boolean {
  const { table, row } = spot;
  const exactProduct = row.rate.times(row.hours);
  switch (rule) {
    case 'cost-typo':
      return showsProduct(table, row) && planRateRows(tables, row.grade) >= 3;
    case 'rate-outlier':
      return showsProduct(table, row) && planRateRows(tables, row.grade) >= 4;
    case 'product-mismatch':
      // a decimal slip (3420,00 printed 34,20) reads naturally only for a whole-euro product
      return showsProduct(table, row) && exactProduct.isInteger() && exactProduct.gte(100);
    case 'product-rounded':
      return showsProduct(table, row) && decimalsOf(exactProduct) >= 1;
    case 'missing-value':
      return showsProduct(table, row);
    case 'result-mismatch':
      // without a product, nothing in the row could tell a wrong result from a misread cell
      return showsProduct(table, row);
    case 'result-rounded':
      return true;
  }
}

/** An hourly cost other than the grade's: a neighbouring grade's, or a few cents or euro off. */
function oddRate(random: Random, row: RowDraft, rates: ReadonlyMap<string, Decimal>): Decimal {
  const neighbours = [...rates.entries()]
    .filter(([grade, rate]) => grade[0] === row.grade[0] && !rate.eq(row.rate))
    .map(([, rate]) => rate);
  if (neighbours.length > 0 && random.chance(0.5)) return random.pick(neighbours);
  return row.rate.plus(random.pick(['0.01', '0.34', '0.50', '1.00', '-0.02', '-1.15']));
}

/**
 * Marks rows with the findings they are to show: for each allowed row rule, one or two rows that can
 * show it. Cost typos and rate outliers need a prevailing rate for their grade; where the document
 * would not give one (too few rows at the plan rate), they are taken back.
 */
export function injectRowFindings(
  random: Random,
  tables: readonly TableDraft[],
  allowed: ReadonlySet<RuleId>,
  rates: ReadonlyMap<string, Decimal>,
): void {
  const oddRates = new Map<string, Decimal>();
  for (const rule of ROW_RULES) {
    if (!allowed.has(rule)) continue;
    const spots = tables.flatMap((table) => table.rows.map((row) => ({ table, row })));
    let wanted = random.int(1, 2);
    for (const spot of random.shuffle(spots)) {
      if (wanted === 0) break;
      if (spot.row.intent !== 'clean' || !eligible(rule, spot, tables)) continue;
      spot.row.intent = rule;
      if (rule === 'rate-outlier') {
        const odd = oddRates.get(spot.row.grade) ?? oddRate(random, spot.row, rates);
        oddRates.set(spot.row.grade, odd);
        spot.row.oddRate = odd;
      }
      wanted--;
    }
  }
  keepPrevailingRates(tables);
}

/**
 * The contract's prevailing rate of a grade's rows: among rows whose arithmetic holds, the cost seen
 * most often, in at least two rows and strictly more often than any other.
 */
function prevailingRate(rows: readonly RowDraft[]): Decimal | null {
  const counts = new Map<string, number>();
  for (const row of rows.filter(arithmeticHolds)) {
    const key = pricedRate(row).toString();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return null;
  return new Decimal(first[0]);
}

/** Takes back cost typos and rate outliers of any grade whose prevailing rate is not its plan rate. */
function keepPrevailingRates(tables: readonly TableDraft[]): void {
  const rows = tables.flatMap((table) => table.rows);
  for (const grade of new Set(rows.map((row) => row.grade))) {
    const ofGrade = rows.filter((row) => row.grade === grade);
    const rateSensitive = ofGrade.filter((row) => row.intent === 'cost-typo' || row.intent === 'rate-outlier');
    if (rateSensitive.length === 0) continue;
    const prevailing = prevailingRate(ofGrade);
    const planRate = rateSensitive[0]?.rate;
    if (prevailing && planRate && prevailing.eq(planRate)) continue;
    for (const row of rateSensitive) {
      row.intent = 'clean';
      row.oddRate = null;
    }
  }
}
