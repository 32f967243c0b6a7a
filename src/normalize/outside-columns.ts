import type { Amount, Repair, StaffColumn } from '../model.js';
import { arithmeticHolds } from './row-arithmetic.js';

/**
 * The columns of a staff table that are none of a staff row's, by the header: before the cost
 * ("ORE SETT.", "% PART-TIME": leads), between the cost and the hours ("ORE ANNUE", "% IMPEGNO":
 * the hours' basis) and after the result ("ONERI RIFLESSI", "IRAP": charges).
 */
export interface OutsideColumns {
  leads: string[];
  basis: string[];
  charges: string[];
}

/** Where a row's own values stand among its tokens, the others being the outside columns': from `from` to `to`, the hours' basis among them. */
export interface OwnTokens {
  from: number;
  to: number;
}

/**
 * Where a row's own values may stand when it prints every outside column, or fewer (a charge's
 * cell left blank, "% PART-TIME" blank for a full-timer): every run of `own` tokens with no more
 * before it than there are leads, nor after it than there are charges. All of them, first the
 * one with every outside column printed.
 */
export function ownTokenRuns(tokens: number, own: number, outside: OutsideColumns): OwnTokens[] {
  own += outside.basis.length;
  const runs: OwnTokens[] = [];
  for (let from = 0; from + own <= tokens; from++) {
    const after = tokens - from - own;
    if (from <= outside.leads.length && after <= outside.charges.length) runs.push({ from, to: from + own });
  }
  return runs.sort((a, b) => Number(b.from === outside.leads.length) - Number(a.from === outside.leads.length));
}

/**
 * Whether every value a row prints takes part in a relation of its arithmetic that holds: what
 * tells a row's own values from the outside columns' where some of theirs are left blank.
 */
export function allHoldTogether(cells: Record<StaffColumn, Amount | null>): boolean {
  const printed = Object.values(cells).flatMap((cell) => (cell ? [cell.raw] : []));
  return arithmeticHolds(cells, printed);
}

/**
 * The tokens of a run that are the hours' basis: those right after the cost's, the `at`th of the
 * row's own values. Where the header names none, none.
 */
export function basisTokens(run: OwnTokens, at: number, outside: OutsideColumns): OwnTokens {
  const from = run.from + at + 1;
  return { from, to: from + outside.basis.length };
}

/** What a row read without its outside columns says of them: the figures set apart, under which headings. */
export function outsideRepairs(tokens: string[], run: OwnTokens, basis: OwnTokens, outside: OutsideColumns): Repair[] {
  const repairs: Repair[] = [];
  const leads = tokens.slice(0, run.from);
  const charges = tokens.slice(run.to);
  if (outside.leads.length > 0) {
    repairs.push({ kind: 'lead-columns', detail: `${setApart(leads, outside.leads)}, what the person works or earns in columns of their own before the cost: not read` });
  }
  if (outside.basis.length > 0) {
    const figures = tokens.slice(basis.from, basis.to);
    repairs.push({ kind: 'hours-basis-columns', detail: `${setApart(figures, outside.basis)}, what the hours are worked out from in columns of their own between the cost and them: not read` });
  }
  if (outside.charges.length > 0) {
    repairs.push({ kind: 'charge-columns', detail: `${setApart(charges, outside.charges)}, the charges on the result in columns of their own: not read` });
  }
  return repairs;
}

function setApart(figures: string[], headings: string[]): string {
  const under = headings.map((heading) => `"${heading}"`).join(', ');
  if (figures.length === 0) return `nothing under ${under}`;
  const blank = figures.length < headings.length ? ` (${headings.length - figures.length} of them blank)` : '';
  return `${figures.map((figure) => `"${figure}"`).join(', ')} under ${under}${blank}`;
}
