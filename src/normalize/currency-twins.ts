import { Decimal, Dividing } from '../decimal.js';
import type { DeclaredAmount } from '../extract/declared.js';

/** The lire to the euro, fixed on 31 December 1998. */
const LIRE_PER_EURO = new Decimal('1936.27');
/** A cent either way: a plan may have rounded the lire, or the euro, its own way. */
const CENT = new Decimal('0.01');

/**
 * "… di L. 4.557.000 (pari a € 2.353,49)": where the amount chosen has its twin among the
 * candidates, the same amount in the other currency, the one nearer the staff table's total
 * (`against`) in size: the table's own currency, whatever it differs by.
 */
export function inTheTablesCurrency(chosen: DeclaredAmount, candidates: DeclaredAmount[], against: Decimal): DeclaredAmount {
  const twin = candidates.find((c) => c !== chosen && sameInLireAndEuro(c.amount.value, chosen.amount.value));
  if (!twin || against.isZero()) return chosen;
  return nearerInSize(twin.amount.value, chosen.amount.value, against.abs()) ? twin : chosen;
}

/** Whether one of two amounts is the other in lire, converted at the fixed rate: 4.557.000 and 2.353,49. */
export function sameInLireAndEuro(a: Decimal, b: Decimal): boolean {
  const [lire, euro] = a.gt(b) ? [a, b] : [b, a];
  if (euro.lte(0)) return false;
  const converted = new Decimal(new Dividing(lire.toString()).div(LIRE_PER_EURO.toString()).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
  return converted.minus(euro).abs().lte(CENT);
}

/** Whether `a` is fewer times larger or smaller than `to` than `b` is, multiplied out: max(a, to) ÷ min(a, to) < max(b, to) ÷ min(b, to). */
function nearerInSize(a: Decimal, b: Decimal, to: Decimal): boolean {
  const [aHigh, aLow] = a.abs().gt(to) ? [a.abs(), to] : [to, a.abs()];
  const [bHigh, bLow] = b.abs().gt(to) ? [b.abs(), to] : [to, b.abs()];
  return aHigh.times(bLow).lt(bHigh.times(aLow));
}
