import type { Amount, Repair, StaffColumn } from '../model.js';
import { agreement, applyPercentage } from '../rounding.js';

/**
 * A percentage printed as a fraction ("0,20" for 20 %, as a spreadsheet shows a cell formatted as
 * a plain number), read as the percentage it stands for, when the row's result says so: the
 * result is the product (or cost × hours) times the fraction, and not a hundredth of that.
 * Null when the row's percentage is not such a fraction.
 */
export function percentageOfFraction(cells: Record<StaffColumn, Amount | null>): { cells: Record<StaffColumn, Amount | null>; repair: Repair } | null {
  const { percentage, result, product, hourlyCost, hours } = cells;
  if (!percentage || !result || percentage.raw.includes('%')) return null;
  const fraction = percentage.value;
  if (!fraction.isPositive() || !fraction.lessThan(1)) return null;
  // The printed product, or cost × hours where the product is missing or mistyped.
  const bases = [product?.value, hourlyCost && hours ? hourlyCost.value.times(hours.value) : undefined].filter((b) => b !== undefined);
  const base = bases.find((b) => agreement(result.value, b.times(fraction)) !== 'different');
  if (!base) return null;
  if (agreement(result.value, applyPercentage(base, fraction)) !== 'different') return null;
  const value = fraction.times(100);
  const read: Amount = { value, raw: percentage.raw, text: value.toFixed(Math.max(0, fraction.decimalPlaces() - 2)) };
  return {
    cells: { ...cells, percentage: read },
    repair: {
      kind: 'percentage-as-fraction',
      detail: `percentage printed as the fraction "${percentage.raw}", read as ${read.text} %: the result is the product times it`,
    },
  };
}
