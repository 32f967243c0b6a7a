import { Decimal as DecimalJs } from 'decimal.js';

/**
 * decimal.js, configured so that arithmetic on amounts is exact: by default it rounds every
 * result to 20 significant digits. A clone, so that other users of decimal.js are not affected.
 */
export const Decimal = DecimalJs.clone({ precision: 1_000_000 });
export type Decimal = DecimalJs;

/**
 * decimal.js with enough digits for a division that may not end ("33,333…"), the one place a
 * bound is needed: under `Decimal`'s million digits, one such division would take seconds.
 */
export const Dividing = DecimalJs.clone({ precision: 40 });

/**
 * A copy of a value that will be kept. decimal.js builds a value's digits by pushing them into an
 * array one by one, which leaves the array with several times the room they need: about 250
 * bytes a value, against 130 for the copy. A plan keeps a value for every amount and every
 * expected value until its record is made, and the collector copies each of them.
 */
export function compactDecimal(value: Decimal): Decimal {
  return new Decimal(value);
}
