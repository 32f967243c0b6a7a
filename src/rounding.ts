import { Decimal } from './decimal.js';
import type { Amount } from './model.js';
import { significantText } from './normalize/numbers.js';

/** How a printed value relates to the exact value it stands for. */
export type Agreement = 'exact' | 'rounded' | 'different';

/**
 * The rounding policy of the contract: a printed value `p` is a rounding of an exact value `x`
 * when `p`, read without trailing zeros, has `k` decimals, fewer than `x` has, and `p` equals
 * `x` rounded half-up, rounded half-even, or truncated to `k` decimals.
 * So 1178 rounds 1178,50; 2.828,00 rounds 2828,40; 1322,30 rounds 1322,25; 34,20 does not round 3420.
 */
export function isRoundingOf(printed: Decimal, exact: Decimal): boolean {
  const k = printed.decimalPlaces();
  if (k >= exact.decimalPlaces()) return false;
  return [Decimal.ROUND_HALF_UP, Decimal.ROUND_HALF_EVEN, Decimal.ROUND_DOWN].some((mode) =>
    exact.toDecimalPlaces(k, mode).equals(printed),
  );
}

/** Compares a printed value with the exact one under the rounding policy. */
export function agreement(printed: Decimal, exact: Decimal): Agreement {
  if (printed.equals(exact)) return 'exact';
  return isRoundingOf(printed, exact) ? 'rounded' : 'different';
}

/** {@link agreement} of two printed amounts: either may be the rounded one. */
export function agreementEitherWay(a: Decimal, b: Decimal): Agreement {
  const forward = agreement(a, b);
  return forward === 'different' && agreement(b, a) === 'rounded' ? 'rounded' : forward;
}

/**
 * {@link agreement} of a printed amount. Most printed values are exact, and equal texts say so
 * without making the amount's Decimal; any other case is decided on the values.
 */
export function agreementOf(printed: Amount, exact: Decimal): Agreement {
  return significantText(printed.text) === exact.toFixed() ? 'exact' : agreement(printed.value, exact);
}

/** product × percentage / 100, exactly. */
export function applyPercentage(base: Decimal, percentage: Decimal): Decimal {
  return base.times(percentage).times(ONE_HUNDREDTH);
}

/** Multiplying by 0,01 is exact, like dividing by 100, and cheaper. */
const ONE_HUNDREDTH = new Decimal('0.01');

/** Beyond this magnitude, or below it but not zero, approximations are not trusted to rule anything out. */
const APPROX_RANGE = 1e100;
const MAX_APPROX_PLACES = 100;

/**
 * True when a printed value (`printed`, with `places` decimals) cannot agree with an exact value,
 * judged on floating-point approximations of both: an exact or rounded agreement keeps the two
 * within 10^-places of each other, and the margin covers the approximations' error (a few ulps
 * each) many times over. False means only "cannot tell": ask {@link agreement}.
 */
export function surelyDifferent(printed: number, places: number, exact: number): boolean {
  if (!(places <= MAX_APPROX_PLACES) || !inApproxRange(printed) || !inApproxRange(exact)) return false;
  const gap = Math.abs(printed - exact);
  return gap > 10 ** -places * (1 + 1e-9) + (Math.abs(printed) + Math.abs(exact)) * 1e-14;
}

function inApproxRange(value: number): boolean {
  const size = Math.abs(value);
  return size === 0 || (size < APPROX_RANGE && size > 1 / APPROX_RANGE);
}
