import type { Amount, Repair, StaffColumn } from '../model.js';
import { agreement, applyPercentage } from '../rounding.js';
import type { ReadRow } from './table.js';

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
  const read = asPercentage(percentage);
  return {
    cells: { ...cells, percentage: read },
    repair: {
      kind: 'percentage-as-fraction',
      detail: `percentage printed as the fraction "${percentage.raw}", read as ${read.text} %: the result is the product times it`,
    },
  };
}

function asPercentage(fraction: Amount): Amount {
  const value = fraction.value.times(100);
  return { value, raw: fraction.raw, text: value.toFixed(Math.max(0, fraction.value.decimalPlaces() - 2)) };
}

/**
 * "OSS B4 € 15,77 200 € 3.154,00 0,20 € 1.500,00" under rows whose results show their "0,20" is
 * 20 %: a fraction the row's wrong result cannot vouch for, read as the percentage it stands for
 * in the column, where every other row's percentage is a fraction the result bears out. The
 * row's findings then say its result is wrong.
 */
export function withFractionsOfTheColumn(rows: ReadRow[]): ReadRow[] {
  const isFraction = (row: ReadRow) => row.repairs.some((r) => r.kind === 'percentage-as-fraction');
  const printed = rows.filter((row) => row.resolution.problem === null && row.resolution.cells.percentage !== null);
  const unread = printed.filter((row) => !isFraction(row));
  if (unread.length === 0 || unread.length === printed.length || !unread.every((row) => isBareFraction(row.resolution.cells.percentage!))) return rows;
  return rows.map((row) => {
    if (!unread.includes(row)) return row;
    const percentage = asPercentage(row.resolution.cells.percentage!);
    const repair: Repair = {
      kind: 'percentage-as-fraction',
      detail: `percentage printed as the fraction "${percentage.raw}", read as ${percentage.text} % as every other row's of the column: the row's result does not confirm it`,
    };
    const resolution = { ...row.resolution, cells: { ...row.resolution.cells, percentage } };
    return { ...row, resolution, repairs: [...row.repairs, repair] };
  });
}

function isBareFraction(percentage: Amount): boolean {
  return !percentage.raw.includes('%') && percentage.value.isPositive() && percentage.value.lessThan(1);
}
