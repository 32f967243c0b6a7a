import type { Decimal } from 'decimal.js';

/** Rows whose values add up to a difference: 1-based row numbers, contiguous when `run`. */
export interface Explanation {
  rows: number[];
  run: boolean;
}

/** How many partial sums the subset search may try before giving up (keeps large tables fast). */
const SEARCH_BUDGET = 200_000;
/** Amounts longer than this are no money a subset search is worth its time for (a garbled cell). */
const MAX_SEARCH_DIGITS = 40;

/**
 * Finds the rows whose values add up exactly to `target`: a contiguous run first (the shortest),
 * then the smallest subset found within a bounded search. Null when none is found.
 */
export function explainDifference(values: Array<Decimal | null>, target: Decimal): Explanation | null {
  if (target.isZero()) return null;
  const run = contiguousRun(values, target);
  if (run || values.some((v) => v !== null && v.precision(true) > MAX_SEARCH_DIGITS)) return run;
  return smallestSubset(values, target);
}

/**
 * The shortest run of consecutive values (no missing one inside) adding up to `target`; the first
 * such run when several are as short. A run start..end adds up to the target when the sum of the
 * values before `end` less the target is the sum of the values before `start`: one pass, keeping
 * where each partial sum was last reached, finds the shortest run ending at each value. Tables of
 * thousands of rows stay linear.
 */
function contiguousRun(values: Array<Decimal | null>, target: Decimal): Explanation | null {
  const zero = target.times(0);
  let best: { start: number; end: number } | null = null;
  let sum = zero;
  let lastReached = new Map<string, number>([[sumKey(zero), 0]]);
  for (let end = 0; end < values.length; end++) {
    const value = values[end];
    if (!value) {
      sum = zero;
      lastReached = new Map([[sumKey(zero), end + 1]]);
      continue;
    }
    sum = sum.plus(value);
    const start = lastReached.get(sumKey(sum.minus(target)));
    if (start !== undefined && (!best || end - start < best.end - best.start)) best = { start, end };
    lastReached.set(sumKey(sum), end + 1);
  }
  return best && { rows: range(best.start + 1, best.end + 1), run: true };
}

/** One text for one value: 0 and -0, 1.5 and 1.50 alike. */
function sumKey(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

function smallestSubset(values: Array<Decimal | null>, target: Decimal): Explanation | null {
  const indexed = values.map((v, i) => ({ v, i })).filter((e): e is { v: Decimal; i: number } => e.v !== null);
  let budget = SEARCH_BUDGET;
  for (let size = 2; size <= indexed.length && budget > 0; size++) {
    const found = search(indexed, target, size, 0, [], target.times(0));
    if (found) return { rows: found.map((i) => i + 1), run: false };
  }
  return null;

  function search(items: Array<{ v: Decimal; i: number }>, goal: Decimal, size: number, from: number, chosen: number[], sum: Decimal): number[] | null {
    if (--budget <= 0) return null;
    if (chosen.length === size) return sum.equals(goal) ? chosen : null;
    for (let k = from; k < items.length; k++) {
      const item = items[k]!;
      const found = search(items, goal, size, k + 1, [...chosen, item.i], sum.plus(item.v));
      if (found) return found;
      if (budget <= 0) return null;
    }
    return null;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** "rows 1–5" or "rows 2, 7 and 9". */
export function describeRows(rows: number[], run: boolean): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  if (run) return `rows ${rows[0]}–${rows[rows.length - 1]}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}
