import { Decimal } from 'decimal.js';
import type { RuleId } from './gold.js';
import type { ProjectLayout, TableLayout } from './layout.js';
import type { StaffRowTruth } from './materialize.js';
import { type Printed, ROUNDING_MODES, agreement, decimalsOf, printed, roundTo } from './numbers.js';
import type { Random } from './random.js';

/** A project's figures below its rows: the printed total and the declared amount, with their findings. */
export interface ProjectFigures {
  readonly printedTotal: Printed | null;
  readonly declaredAmount: Printed | null;
  readonly rules: RuleId[];
}

/** What `settleFigures` needs of a project. */
export interface ProjectRows {
  readonly staff: readonly StaffRowTruth[];
  readonly totalLine: TableLayout['totalLine'];
  readonly declaredSentence: ProjectLayout['declaredSentence'];
}

type TotalIntent = 'exact' | 'total-rounded' | 'total-mismatch';
type DeclaredIntent = 'equal' | 'declared-rounded' | 'declared-mismatch';

function sumOfResults(staff: readonly StaffRowTruth[]): Decimal {
  return staff.reduce((sum, row) => sum.plus(row.result.value), new Decimal(0));
}

function plainOrTwoDecimals(random: Random, value: Decimal): Printed {
  const exact = decimalsOf(value);
  return printed(value, exact <= 2 && random.chance(0.4) ? 2 : exact);
}

/** A total that leaves out a contiguous run of rows, as when a table grew after its total was written. */
function totalOmittingRows(random: Random, staff: readonly StaffRowTruth[], sum: Decimal): Printed | null {
  const longest = Math.min(2, Math.max(1, Math.floor(staff.length / 3)));
  for (let attempt = 0; attempt < 8; attempt++) {
    const first = random.int(0, staff.length - 1);
    const last = Math.min(staff.length - 1, first + random.int(1, longest) - 1);
    const total = sum.minus(sumOfResults(staff.slice(first, last + 1)));
    if (total.gt(0) && agreement(total, [sum]) === 'different') return plainOrTwoDecimals(random, total);
  }
  return null;
}

/** A rounding of `value` to fewer decimals (to cents when it has more than two). */
function roundingOf(random: Random, value: Decimal): Printed | null {
  const exact = decimalsOf(value);
  if (exact < 1) return null;
  const decimals = exact > 2 ? 2 : random.int(0, exact - 1);
  const rounded = roundTo(value, decimals, random.pick(ROUNDING_MODES));
  return rounded.gt(0) && agreement(rounded, [value]) === 'rounded' ? printed(rounded, decimals) : null;
}

/** A declared amount that no rounding explains: a slip of 1, 10 or 100 euro, or swapped digits. */
function differentAmount(random: Random, reference: Decimal): Printed | null {
  const candidates = ['1', '10', '100'].flatMap((slip) => [reference.plus(slip), reference.minus(slip)]);
  const digits = reference.toFixed(Math.min(2, decimalsOf(reference)));
  const swap = digits.search(/(\d)(?!\1)\d/);
  if (swap >= 0) candidates.push(new Decimal(digits.slice(0, swap) + digits[swap + 1] + digits[swap] + digits.slice(swap + 2)));
  const value = random.shuffle(candidates).find((candidate) => candidate.gt(0) && agreement(candidate, [reference]) === 'different');
  return value ? plainOrTwoDecimals(random, value) : null;
}

/** For each allowed rule, one or two projects that can show it. */
function assign<T extends string>(random: Random, count: number, intents: T[], rule: T, allowed: ReadonlySet<string>, canShow: (index: number) => boolean): void {
  if (!allowed.has(rule)) return;
  const candidates = random.shuffle(Array.from({ length: count }, (_, i) => i)).filter((i) => intents[i] !== rule && canShow(i));
  for (const index of candidates.slice(0, random.int(1, 2))) intents[index] = rule;
}

/**
 * Prints every project's total and declared amount. The total is the sum of the printed results
 * (the rule compares it with exactly that), unless a total finding is injected; the declared amount
 * repeats the printed total (or the sum, when no total is printed) unless a declared finding is.
 */
export function settleFigures(random: Random, projects: readonly ProjectRows[], allowed: ReadonlySet<RuleId>): ProjectFigures[] {
  const sums = projects.map((project) => sumOfResults(project.staff));
  const totalIntents: TotalIntent[] = projects.map(() => 'exact');
  const hasTotal = (i: number) => projects[i]?.totalLine !== 'absent' && (projects[i]?.staff.length ?? 0) > 0;
  assign(random, projects.length, totalIntents, 'total-rounded', allowed, (i) => hasTotal(i) && decimalsOf(sums[i] as Decimal) > 2);
  assign(random, projects.length, totalIntents, 'total-mismatch', allowed, (i) => hasTotal(i) && totalIntents[i] === 'exact' && (projects[i]?.staff.length ?? 0) >= 2);

  const totals = projects.map((project, i): { total: Printed | null; rule: RuleId | null } => {
    const sum = sums[i] as Decimal;
    if (!hasTotal(i)) return { total: null, rule: null };
    const intent = totalIntents[i];
    const total =
      intent === 'total-rounded' ? roundingOf(random, sum) : intent === 'total-mismatch' ? totalOmittingRows(random, project.staff, sum) : null;
    if (total && intent !== 'exact' && intent !== undefined) return { total, rule: intent };
    return { total: plainOrTwoDecimals(random, sum), rule: null };
  });

  const references = totals.map(({ total }, i) => total?.value ?? (sums[i] as Decimal));
  const declaredIntents: DeclaredIntent[] = projects.map(() => 'equal');
  const declares = (i: number) => projects[i]?.declaredSentence === 'present';
  assign(random, projects.length, declaredIntents, 'declared-rounded', allowed, (i) => declares(i) && decimalsOf(references[i] as Decimal) >= 1);
  assign(random, projects.length, declaredIntents, 'declared-mismatch', allowed, (i) => declares(i) && declaredIntents[i] === 'equal');

  return projects.map((_, i) => {
    const { total, rule } = totals[i] ?? { total: null, rule: null };
    const rules: RuleId[] = rule ? [rule] : [];
    if (!declares(i)) return { printedTotal: total, declaredAmount: null, rules };
    const reference = references[i] as Decimal;
    const intent = declaredIntents[i];
    const declared =
      intent === 'declared-rounded' ? roundingOf(random, reference) : intent === 'declared-mismatch' ? differentAmount(random, reference) : null;
    if (declared && intent && intent !== 'equal') return { printedTotal: total, declaredAmount: declared, rules: [...rules, intent] };
    return { printedTotal: total, declaredAmount: plainOrTwoDecimals(random, reference), rules };
  });
}
