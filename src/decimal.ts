import { Decimal as DecimalJs } from 'decimal.js';

/**
 * decimal.js, configured so that arithmetic on amounts is exact: by default it rounds every
 * result to 20 significant digits. A clone, so that other users of decimal.js are not affected.
 */
export const Decimal = DecimalJs.clone({ precision: 1_000_000 });
export type Decimal = DecimalJs;
