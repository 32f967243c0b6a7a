import { Decimal } from 'decimal.js';

/** A number as a plan prints it: its value and how many decimals are shown ("17,10" → 17.1 shown with 2). */
export interface Printed {
  readonly value: Decimal;
  readonly decimals: number;
}

/** Decimals of a value without its trailing zeros (3420.00 → 0, 1178.50 → 1). */
export function decimalsOf(value: Decimal): number {
  return value.decimalPlaces();
}

/** A printed number; by default shown with exactly the decimals it has. */
export function printed(value: Decimal.Value, decimals?: number): Printed {
  const exact = new Decimal(value);
  return { value: exact, decimals: decimals ?? decimalsOf(exact) };
}

/** The gold (and dataset) form: dot decimals, printed digits kept, no thousands separator. */
export function goldText(number: Printed): string {
  return number.value.toFixed(number.decimals);
}

/** The Italian form: comma decimals, optionally a dot every three integer digits ("1.234,56"). */
export function italian(number: Printed, thousands = false, separator = '.'): string {
  const [integer = '', fraction] = number.value.toFixed(number.decimals).split('.');
  const grouped = thousands ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : integer;
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** The ways the contract lets a printed value round an exact one. */
export const ROUNDING_MODES = ['half-up', 'half-even', 'truncate'] as const;
/** Half-up, half-even or truncation. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_ROUNDING: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  truncate: Decimal.ROUND_DOWN,
};

/** `value` rounded to `decimals` places in the given mode. */
export function roundTo(value: Decimal, decimals: number, mode: RoundingMode): Decimal {
  return value.toDecimalPlaces(decimals, DECIMAL_ROUNDING[mode]);
}

/**
 * The contract's rounding policy: `shown` (read without trailing zeros, k decimals) rounds `exact`
 * when k is fewer than the decimals of `exact` and some mode rounds `exact` to `shown` at k places.
 */
export function isRoundingOf(shown: Decimal, exact: Decimal): boolean {
  const k = decimalsOf(shown);
  if (k >= decimalsOf(exact)) return false;
  return ROUNDING_MODES.some((mode) => roundTo(exact, k, mode).eq(shown));
}

/** How a printed value stands against what the arithmetic allows. */
export type Agreement = 'equal' | 'rounded' | 'different';

/** Equal to one of `candidates`, else a rounding of one of them, else different. */
export function agreement(shown: Decimal, candidates: readonly Decimal[]): Agreement {
  if (candidates.some((candidate) => candidate.eq(shown))) return 'equal';
  if (candidates.some((candidate) => isRoundingOf(shown, candidate))) return 'rounded';
  return 'different';
}
