import { Decimal } from 'decimal.js';
import type { RuleId } from './gold.js';
import type { TableLayout } from './layout.js';
import { type Printed, ROUNDING_MODES, agreement, decimalsOf, printed, roundTo } from './numbers.js';
import type { Random } from './random.js';
import { type RowDraft, type TableDraft, pricedRate, showsProduct } from './staff.js';
import { PERCENTAGES } from './vocabulary.js';

/** A staff row as printed, with the findings the contract's rules raise on it. */
export interface StaffRowTruth {
  readonly grade: string;
  readonly hourlyCost: Printed;
  readonly hours: Printed;
  readonly product: Printed | null;
  readonly percentage: Printed;
  readonly result: Printed;
  readonly rules: RuleId[];
  /** Whether the product and percentage cells may be printed glued ("471420") and still be split by the arithmetic. */
  readonly glueable: boolean;
}

type Decimals = TableLayout['costDecimals'];

function shownDecimals(random: Random, style: Decimals, value: Decimal): number {
  const exact = decimalsOf(value);
  const two = Math.max(2, exact);
  if (style === 'two') return two;
  if (style === 'trimmed') return exact;
  return random.pick([exact, two]);
}

/** The printed cost with one digit of its integer part lost ("22,08" → "2,08"), if that makes a clear typo. */
function costTypo(random: Random, cost: Printed, hours: Decimal, product: Decimal): Printed | null {
  const [integer = '', fraction] = cost.value.toFixed(cost.decimals).split('.');
  const typos = [...integer]
    .map((_, i) => integer.slice(0, i) + integer.slice(i + 1))
    .filter((digits) => digits !== '' && !(digits.length > 1 && digits.startsWith('0')))
    .map((digits) => new Decimal(fraction === undefined ? digits : `${digits}.${fraction}`))
    .filter((typo) => typo.gte(1) && !typo.eq(cost.value) && agreement(product, [typo.times(hours)]) === 'different');
  return typos.length > 0 ? printed(random.pick(typos), cost.decimals) : null;
}

/** The exact product rounded to fewer decimals, as the contract's rounding policy allows. */
function roundedProduct(random: Random, exact: Decimal, style: Decimals): Printed | null {
  const decimals = random.int(0, decimalsOf(exact) - 1);
  const value = roundTo(exact, decimals, random.pick(ROUNDING_MODES));
  if (value.lte(0) || agreement(value, [exact]) !== 'rounded') return null;
  return printed(value, style === 'two' ? 2 : decimals);
}

/** A result no base explains, even by rounding: a wrong percentage, swapped digits, or a slip of 1, 10 or 100. */
function wrongResult(random: Random, bases: readonly Decimal[], percentage: number, exactProduct: Decimal): Decimal | null {
  const correct = bases[0];
  if (!correct) return null;
  const candidates: Decimal[] = PERCENTAGES.map(([other]) => other)
    .filter((other) => other !== percentage)
    .map((other) => exactProduct.times(other).div(100));
  const digits = correct.toFixed(decimalsOf(correct));
  for (let i = 0; i + 1 < digits.length; i++) {
    const [a, b] = [digits[i] ?? '', digits[i + 1] ?? ''];
    if (/\d/.test(a) && /\d/.test(b) && a !== b) candidates.push(new Decimal(digits.slice(0, i) + b + a + digits.slice(i + 2)));
  }
  for (const slip of ['1', '10', '100']) candidates.push(correct.plus(slip), correct.minus(slip));
  return random.shuffle(candidates).find((value) => value.gt(0) && agreement(value, bases) === 'different') ?? null;
}

/** A rounding of one of the bases that equals none of them. */
function roundedResult(random: Random, bases: readonly Decimal[]): Printed | null {
  for (const base of random.shuffle(bases)) {
    const exact = decimalsOf(base);
    if (exact < 1) continue;
    const decimals = exact > 2 && random.chance(0.7) ? 2 : random.int(0, exact - 1);
    const value = roundTo(base, decimals, random.pick(ROUNDING_MODES));
    if (value.gt(0) && agreement(value, bases) === 'rounded') return printed(value, decimals);
  }
  return null;
}

function build(random: Random, table: TableDraft, row: RowDraft, layout: TableLayout): StaffRowTruth | null {
  const rate = pricedRate(row);
  const hours = new Decimal(row.hours);
  const percentage = new Decimal(row.percentage);
  const exactProduct = rate.times(hours);
  let hourlyCost = printed(rate, shownDecimals(random, layout.costDecimals, rate));
  if (row.intent === 'cost-typo') {
    const typo = costTypo(random, hourlyCost, hours, exactProduct);
    if (!typo) return null;
    hourlyCost = typo;
  }

  let product: Printed | null = null;
  if (showsProduct(table, row)) {
    if (row.intent === 'product-mismatch') product = printed(exactProduct.div(100), 2);
    else if (row.intent === 'product-rounded') product = roundedProduct(random, exactProduct, layout.productDecimals);
    else product = printed(exactProduct, shownDecimals(random, layout.productDecimals, exactProduct));
    if (!product) return null;
  }

  const bases = [exactProduct, ...(product ? [product.value] : [])].map((base) => base.times(percentage).div(100));
  let result: Printed | null;
  if (row.intent === 'result-mismatch') {
    const wrong = wrongResult(random, bases, row.percentage, exactProduct);
    result = wrong ? printed(wrong, shownDecimals(random, layout.resultDecimals, wrong)) : null;
  } else if (row.intent === 'result-rounded') {
    result = roundedResult(random, bases);
  } else {
    // a slipped product is not what the author multiplied: the result follows the exact one
    const base = row.intent === 'product-mismatch' ? (bases[0] as Decimal) : random.pick(bases);
    result = printed(base, shownDecimals(random, layout.resultDecimals, base));
  }
  if (!result) return null;

  const rules: RuleId[] = [];
  if (!product) rules.push('missing-value');
  if (row.intent !== 'clean' && row.intent !== 'missing-value') rules.push(row.intent);
  const glueable =
    product !== null &&
    row.intent !== 'product-mismatch' &&
    row.intent !== 'product-rounded' &&
    (product.value.eq(hourlyCost.value.times(hours)) || result.value.eq(product.value.times(percentage).div(100)));
  return { grade: row.grade, hourlyCost, hours: printed(hours), product, percentage: printed(percentage), result, rules, glueable };
}

/**
 * Prints a drafted row: its values and the findings they imply. Where the intended finding cannot be
 * shown cleanly on this row (no digit to drop, no decimals to round), the row is printed clean instead;
 * that only ever adds rows at the plan rate, so prevailing rates stay as checked.
 */
export function materializeRow(random: Random, table: TableDraft, row: RowDraft, layout: TableLayout): StaffRowTruth {
  const truth = build(random, table, row, layout);
  if (truth) return truth;
  row.intent = 'clean';
  row.oddRate = null;
  const clean = build(random, table, row, layout);
  if (!clean) throw new Error('a clean row could not be printed');
  return clean;
}
