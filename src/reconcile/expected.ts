import type { Decimal } from 'decimal.js';
import { compactDecimal } from '../decimal.js';
import type { StaffRow } from '../model.js';
import { agreementOf, applyPercentage, type Agreement } from '../rounding.js';
import { compareResult, type ResultComparison } from './comparisons.js';
import { rowArithmetic, type RateTable } from './rates.js';

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
  /** The printed product against the exact one; null when either is missing. */
  productAgreement: Agreement | null;
  /** The printed result against the exact and the printed product's share (see {@link compareResult}). */
  resultComparison: ResultComparison | null;
}

/**
 * Derives a row's expected values. A cost typo: printed cost × hours ≠ printed product (beyond
 * rounding), and the product is the grade's rate × hours (up to rounding): the cost is the wrong cell.
 */
export function expectRow(row: StaffRow, rates: RateTable): RowExpectation {
  const arithmetic = rowArithmetic(row);
  const hours = row.hours?.value ?? null;
  const rate = rates.rateOf(row.grade);
  const atRate = arithmetic?.printedProduct === 'different' && rate !== null && hours !== null && !rate.equals(row.hourlyCost!.value) ? rate.times(hours) : null;
  const atRateAgreement = atRate && row.product ? agreementOf(row.product, atRate) : null;
  const costTypo = atRateAgreement !== null && atRateAgreement !== 'different';
  const hourlyCost = costTypo ? rate : (row.hourlyCost?.value ?? null);
  const product = costTypo ? atRate : (arithmetic?.product ?? null);
  const result = product !== null && row.percentage ? compactDecimal(applyPercentage(product, row.percentage.value)) : null;
  const productAgreement = row.product && product ? (costTypo ? atRateAgreement : arithmetic!.printedProduct) : null;
  return { hourlyCost, product, result, costTypo, productAgreement, resultComparison: compareResult(row, { product, result }) };
}
