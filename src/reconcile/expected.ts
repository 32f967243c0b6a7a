import type { Decimal } from 'decimal.js';
import type { StaffRow } from '../model.js';
import { agreement, applyPercentage } from '../rounding.js';
import type { RateTable } from './rates.js';

/** What the arithmetic says a row should hold, derived once and shared by the rules. */
export interface RowExpectation {
  /** The grade's rate when the printed cost is a typo (cost-typo), else the printed cost. */
  hourlyCost: Decimal | null;
  /** Exact product: expected cost × hours. */
  product: Decimal | null;
  /** Exact product × percentage / 100. */
  result: Decimal | null;
  /** The printed cost contradicts the row's own product, which the grade's rate explains. */
  costTypo: boolean;
}

/**
 * Derives a row's expected values. A cost typo: printed cost × hours ≠ printed product (beyond
 * rounding), and the product is the grade's rate × hours (up to rounding): the cost is the wrong cell.
 */
export function expectRow(row: StaffRow, rates: RateTable): RowExpectation {
  const cost = row.hourlyCost?.value ?? null;
  const hours = row.hours?.value ?? null;
  const rate = rates.rateOf(row.grade);
  const costTypo =
    cost !== null &&
    hours !== null &&
    row.product !== null &&
    rate !== null &&
    !rate.equals(cost) &&
    agreement(row.product.value, cost.times(hours)) === 'different' &&
    agreement(row.product.value, rate.times(hours)) !== 'different';
  const hourlyCost = costTypo ? rate : cost;
  const product = hourlyCost !== null && hours !== null ? hourlyCost.times(hours) : null;
  const result = product !== null && row.percentage ? applyPercentage(product, row.percentage.value) : null;
  return { hourlyCost, product, result, costTypo };
}
