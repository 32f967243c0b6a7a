import type { Decimal } from 'decimal.js';
import type { Amount, Project, StaffRow } from '../model.js';
import { parseItalianNumber } from '../normalize/numbers.js';
import { agreement, agreementOf, applyPercentage, type Agreement } from '../rounding.js';
import type { RowExpectation } from './expected.js';
import type { RuleContext } from './rule.js';

/** How a printed result compares with the exact product's and the printed product's share. */
export interface ResultComparison {
  agreement: Agreement;
  result: Decimal;
  /** The share it is (or is closest to being): on the exact product unless the printed one explains it better. */
  base: Decimal;
  expected: Decimal;
}

/** Compares a row's printed result with exact product × % and printed product × %; null when it cannot. */
export function compareResult(row: StaffRow, expected: Pick<RowExpectation, 'product' | 'result'>): ResultComparison | null {
  if (!row.result || !row.percentage || !expected.product || !expected.result) return null;
  const onExact: ResultComparison = {
    agreement: agreementOf(row.result, expected.result),
    result: row.result.value,
    base: expected.product,
    expected: expected.result,
  };
  if (onExact.agreement === 'exact' || !row.product) return onExact;
  const printedShare = applyPercentage(row.product.value, row.percentage.value);
  const onPrinted: ResultComparison = {
    agreement: agreementOf(row.result, printedShare),
    result: row.result.value,
    base: row.product.value,
    expected: printedShare,
  };
  const rank: Record<Agreement, number> = { exact: 2, rounded: 1, different: 0 };
  return rank[onPrinted.agreement] > rank[onExact.agreement] ? onPrinted : onExact;
}

/** A project's printed total against the sum of its rows' printed results. */
export interface TotalComparison {
  printed: Decimal;
  computed: Decimal;
  agreement: Agreement;
}

/**
 * Compares the printed total with the sum of results; null without a printed total or rows, and
 * where a row left unread may account for it (see {@link unreadMayAccountFor}).
 */
export function compareTotal(project: Project, context: RuleContext): TotalComparison | null {
  if (!project.printedTotal || project.staff.length === 0) return null;
  const computed = context.computedTotalOf(project);
  if (unreadMayAccountFor(project, project.printedTotal.value, computed) || unreadLinePrints(project, context, project.printedTotal.value.minus(computed))) return null;
  return { printed: project.printedTotal.value, computed, agreement: agreement(project.printedTotal.value, computed) };
}

/**
 * An amount above the sum of the results read (`computed`) where a row was left unread ("C1 2
 * 17,10 40 1.368,00 20 273,60", its values given to no column): that row's result, which nobody
 * knows, may be the difference, and its line is said unread (`unparsed-line`). An amount below the
 * sum differs whatever the row holds.
 */
function unreadMayAccountFor(project: Project, amount: Decimal, computed: Decimal): boolean {
  return amount.gt(computed) && project.staff.some(isUnread);
}

/**
 * A line of the project's table left unread that prints the total's excess over the rows read
 * ("3 | 16,75 150 2.512,50 20 502,50", a row whose grade a scan lost, and a total 502,50 above
 * the rows' sum): that row's result, most likely, which the unread line already says.
 */
function unreadLinePrints(project: Project, context: RuleContext, excess: Decimal): boolean {
  if (!excess.gt(0)) return false;
  return context.plan.unparsed.some(
    (line) => line.project === project.number && line.row === null && line.text.split(FIGURE_APART).some((token) => parseItalianNumber(token)?.value.eq(excess) ?? false),
  );
}

/** What sets a line's figures apart: white space and the bars of a ruled table. */
const FIGURE_APART = /[\s|¦!:]+/;

function isUnread(row: StaffRow): boolean {
  return row.result === null && row.repairs.some((repair) => repair.kind === 'cells-unresolved');
}

/** Where a project-level finding about the total points: the total line, else the heading. */
export function totalSource(project: Project) {
  return project.totalSource ?? { lines: [project.source.line], page: project.source.page };
}

/** The declared amount against the printed total or, without one, the sum of the results. */
export interface DeclaredComparison {
  declared: Decimal;
  against: Decimal;
  againstName: string;
  agreement: Agreement;
}

/** Compares the amount stated in the prose; null when the project states none or has nothing to compare. */
export function compareDeclared(project: Project, context: RuleContext): DeclaredComparison | null {
  if (!project.declaredAmount) return null;
  const declared = project.declaredAmount.value;
  if (project.printedTotal) {
    const sum = project.staff.length > 0 ? context.computedTotalOf(project) : null;
    return { declared, against: project.printedTotal.value, againstName: 'the printed total', agreement: declaredAgainstTotal(project.declaredAmount, project.printedTotal, sum) };
  }
  if (project.staff.length === 0) return null;
  const against = context.computedTotalOf(project);
  if (unreadMayAccountFor(project, declared, against)) return null;
  // The sum is exact: the amount may round it, never the other way round.
  return { declared, against, againstName: "the sum of the rows' results", agreement: agreement(declared, against) };
}

/**
 * The amount stated against the printed total: the amount may be the total rounded, and the total
 * the amount rounded only where the total is the rounder of the two, printed with fewer decimals
 * ("388,90" against "389") or itself a rounding of the rows' sum the amount states ("954,97"
 * against "955,00" for a sum of 954,97). "2.649,33" against "2.649,30" is a mismatch, though
 * 2.649,30 read without its trailing zero is 2.649,33 rounded to one decimal.
 */
function declaredAgainstTotal(declared: Amount, total: Amount, sum: Decimal | null): Agreement {
  const forward = agreement(declared.value, total.value);
  if (forward !== 'different') return forward;
  const printedRounder = printedDecimals(total) < printedDecimals(declared);
  const roundsTheSum = sum !== null && agreement(total.value, sum) === 'rounded' && agreement(declared.value, sum) !== 'different';
  return (printedRounder || roundsTheSum) && agreement(total.value, declared.value) === 'rounded' ? 'rounded' : 'different';
}

/** How many decimals an amount was printed with, its trailing zeros counted: "2.649,30" → 2, "389" → 0. */
function printedDecimals(amount: Amount): number {
  const point = amount.text.indexOf('.');
  return point < 0 ? 0 : amount.text.length - point - 1;
}

/** Where a declared-amount finding points: the sentence, else the heading. */
export function declaredSource(project: Project) {
  return project.declaredSource ?? { lines: [project.source.line], page: project.source.page };
}
