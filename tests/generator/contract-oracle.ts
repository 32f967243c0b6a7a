import { Decimal } from 'decimal.js';
import type { Gold, GoldStaffRow } from './gold.js';

/**
 * A second, deliberately plain reading of the contract's reconciliation rules, applied to a gold
 * file's printed values. Tests use it to check that a generated gold lists exactly the findings its
 * values imply; it shares no code with the generator.
 */
export interface OracleFinding {
  rule: string;
  project: number;
  row: number | null;
}

const d = (text: string) => new Decimal(text);

/** p rounds x: p has fewer decimals than x, and half-up, half-even or truncation of x gives p. */
function rounds(p: Decimal, x: Decimal): boolean {
  const k = p.decimalPlaces();
  if (k >= x.decimalPlaces()) return false;
  return [Decimal.ROUND_HALF_UP, Decimal.ROUND_HALF_EVEN, Decimal.ROUND_DOWN].some((mode) => x.toDecimalPlaces(k, mode).eq(p));
}

function compare(p: Decimal, xs: Decimal[]): 'equal' | 'rounded' | 'different' {
  if (xs.some((x) => x.eq(p))) return 'equal';
  return xs.some((x) => rounds(p, x)) ? 'rounded' : 'different';
}

function arithmeticHolds(row: GoldStaffRow): boolean {
  if (row.product === null) return true;
  return compare(d(row.product), [d(row.hourlyCost).times(row.hours)]) !== 'different';
}

/** The findings the contract's rules raise on a document with the gold's printed values. */
export function contractFindings(gold: Gold): OracleFinding[] {
  const rows = gold.projects.flatMap((project) => project.staff);
  const prevailing = new Map<string, Decimal>();
  for (const grade of new Set(rows.map((row) => row.grade))) {
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (row.grade !== grade || !arithmeticHolds(row)) continue;
      const cost = d(row.hourlyCost).toString();
      counts.set(cost, (counts.get(cost) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const top = ranked[0];
    if (top && top[1] >= 2 && (ranked[1]?.[1] ?? 0) < top[1]) prevailing.set(grade, d(top[0]));
  }

  const findings: OracleFinding[] = [];
  for (const project of gold.projects) {
    const raise = (rule: string, row: number | null) => findings.push({ rule, project: project.number, row });
    let sum = new Decimal(0);
    for (const row of project.staff) {
      const cost = d(row.hourlyCost);
      const rate = prevailing.get(row.grade);
      const product = row.product === null ? null : d(row.product);
      sum = sum.plus(row.result);
      let expectedCost = cost;
      if (product === null) raise('missing-value', row.row);
      else if (!arithmeticHolds(row) && rate && product.eq(rate.times(row.hours))) {
        raise('cost-typo', row.row);
        expectedCost = rate;
      }
      const exactProduct = expectedCost.times(row.hours);
      if (product !== null && expectedCost === cost) {
        const verdict = compare(product, [exactProduct]);
        if (verdict === 'rounded') raise('product-rounded', row.row);
        if (verdict === 'different') raise('product-mismatch', row.row);
      }
      const bases = [exactProduct, ...(product ? [product] : [])].map((base) => base.times(row.percentage).div(100));
      const result = compare(d(row.result), bases);
      if (result === 'rounded') raise('result-rounded', row.row);
      if (result === 'different') raise('result-mismatch', row.row);
      if (arithmeticHolds(row) && rate && !cost.eq(rate)) raise('rate-outlier', row.row);
    }
    if (project.printedTotal !== null) {
      const total = compare(d(project.printedTotal), [sum]);
      if (total !== 'equal') raise(total === 'rounded' ? 'total-rounded' : 'total-mismatch', null);
    }
    if (project.declaredAmount !== null) {
      const declared = compare(d(project.declaredAmount), [project.printedTotal === null ? sum : d(project.printedTotal)]);
      if (declared !== 'equal') raise(declared === 'rounded' ? 'declared-rounded' : 'declared-mismatch', null);
    }
  }
  return findings;
}
