import { Decimal } from '../decimal.js';
import type { Repair } from '../model.js';
import { agreement } from '../rounding.js';
import { cellMissing, sameCells, type RowReading } from './cells.js';
import { productHolds } from './row-arithmetic.js';
import { SplitReadings, type Reading } from './token-readings.js';
import type { ReadRow } from './table.js';
import type { PrintedTotal } from './totals.js';

/** An amount the table's results should add up to: its printed total or, without one, the amount the project declares. */
export interface Witness {
  amount: Decimal;
  /** "the printed total (line 41)": what the repairs name. */
  name: string;
  line: number | undefined;
}

/** The table's one printed total as a witness; null when it prints none or several. */
export function printedTotalWitness(totals: PrintedTotal[]): Witness | null {
  if (totals.length !== 1) return null;
  return { amount: totals[0]!.amount.value, name: 'the printed total', line: totals[0]!.source.lines[0] };
}

/**
 * Rows whose own arithmetic cannot tell how their values are read, read the one way that makes
 * the table's rows' results add up to its witness (its printed total, or the amount declared
 * where it prints none), when one way alone does:
 *   C3 17,10 200 3420,00 20648      20 and 648, a wrong result (684), as "Totale 1546,80" adds up
 *   C3 17,10 200 3420,00 2068,4     20 and 68,4, not a result of 2.068,4 without a percentage
 *   C1 16,27 100 20% 352,40         no product printed, a wrong result
 * The row's findings then say what is wrong in it; its repair says the witness chose the reading.
 * A reading that splits fewer tokens goes before one that splits more, where both add up.
 */
export function withReadingsTheTotalBearsOut(rows: ReadRow[], witness: Witness | null): ReadRow[] {
  if (witness === null) return rows;
  const open: Array<{ at: number; options: Option[] }> = [];
  let fixed = new Decimal(0);
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at]!;
    const options = optionsOf(row);
    if (options) open.push({ at, options });
    else if (row.resolution.problem !== null) return rows;
    else if (row.resolution.cells.result) fixed = fixed.plus(row.resolution.cells.result.value);
  }
  if (open.length === 0 || open.length > MAX_OPEN_ROWS) return rows;
  const chosen = choose(open, fixed, witness.amount);
  if (!chosen) return rows;
  const out = [...rows];
  const where = witness.line === undefined ? witness.name : `${witness.name} (line ${witness.line})`;
  open.forEach(({ at }, i) => {
    const option = chosen[i]!;
    if (!option.asRead) out[at] = readAs(rows[at]!, option.reading, `only so do the rows' results add up to ${where}`);
  });
  return out;
}

/** Rows left open at most: each has a few readings, and every combination of them is tried. */
const MAX_OPEN_ROWS = 4;

interface Option {
  reading: RowReading;
  result: Decimal | null;
  /** The row as it was read: a reading without a percentage, kept when the total adds up with it. */
  asRead: boolean;
  splits: number;
}

/**
 * The ways a row may still be read: an unread row's readings, or a row read without its
 * percentage whose result may be a percentage glued to it ("2068,4": 20 and 68,4). Null for a row
 * read for sure. Only a reading whose cost × hours makes its product (or that has none) is one:
 * the total vouches for a result, and a second error in the row would leave the rest a guess. Its
 * result is at most its product: a share of at most 100 % never is more.
 */
function optionsOf(row: ReadRow): Option[] | null {
  const { resolution } = row;
  if (resolution.problem !== null) {
    const readings = (resolution.readings ?? []).filter(plausible);
    return readings.length > 0 ? readings.map((reading) => ({ reading, result: reading.cells.result?.value ?? null, asRead: false, splits: reading.splits.length })) : null;
  }
  const { percentage, result } = resolution.cells;
  const percentageMissing = row.repairs.some((r) => r.kind === 'cell-missing' && r.detail === MISSING_PERCENTAGE.detail);
  if (percentage || !result || !percentageMissing || resolution.repairs.some((r) => r.kind === 'cells-split')) return null;
  const glued = new SplitReadings([result.raw]).at(0).filter(([left, right]) => isPercentage(left) && !right.percentSign && right.positive);
  const asRead: Option = { reading: { cells: resolution.cells, splits: [], missing: ['percentage'] }, result: result.value, asRead: true, splits: 0 };
  const split = glued
    .map(([left, right]): RowReading => ({ cells: { ...resolution.cells, percentage: left.amount, result: right.amount }, splits: [{ token: result.raw, parts: [left.amount.raw, right.amount.raw] }], missing: [] }))
    .filter(plausible)
    .map((reading): Option => ({ reading, result: reading.cells.result!.value, asRead: false, splits: 1 }));
  return split.length > 0 ? [asRead, ...split] : null;
}

const MISSING_PERCENTAGE = cellMissing('percentage');

function isPercentage(reading: Reading): boolean {
  return reading.percentage && reading.places <= 2 && !reading.clock;
}

/** A reading whose cost × hours makes its product (or that has none), with a result at most its product. */
export function plausible(reading: RowReading): boolean {
  const { hourlyCost, hours, product, result } = reading.cells;
  if (!result || !hourlyCost || !hours || productHolds(reading.cells) === false) return false;
  return result.value.lte((product?.value ?? hourlyCost.value.times(hours.value)).plus(ROUNDING_ROOM));
}

const ROUNDING_ROOM = new Decimal('0.01');

/**
 * The option of each open row with which the results add up to the total, when every way they
 * add up gives each row one result, and one option with that result splits fewest tokens; null
 * otherwise.
 */
function choose(open: Array<{ options: Option[] }>, fixed: Decimal, total: Decimal): Option[] | null {
  const adding: Option[][] = [];
  const walk = (i: number, sum: Decimal, picked: Option[]): void => {
    if (adding.length > 1 && !sameResults(adding)) return;
    if (i === open.length) {
      if (agreement(total, sum) !== 'different') adding.push([...picked]);
      return;
    }
    for (const option of open[i]!.options) {
      picked.push(option);
      walk(i + 1, option.result ? sum.plus(option.result) : sum, picked);
      picked.pop();
    }
  };
  walk(0, fixed, []);
  if (adding.length === 0 || !sameResults(adding)) return null;
  const chosen: Option[] = [];
  for (let i = 0; i < open.length; i++) {
    const result = adding[0]![i]!.result;
    const same = open[i]!.options.filter((o) => sameValue(o.result, result));
    const fewest = Math.min(...same.map((o) => o.splits));
    const best = same.filter((o) => o.splits === fewest);
    if (best.length > 1 && !best.every((o) => sameCells(o.reading, best[0]!.reading))) return null;
    chosen.push(best[0]!);
  }
  return chosen.every((o) => o.asRead) ? null : chosen;
}

function sameResults(adding: Option[][]): boolean {
  return adding.every((options) => options.every((o, i) => sameValue(o.result, adding[0]![i]!.result)));
}

function sameValue(a: Decimal | null, b: Decimal | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/** The row read as `reading`, with repairs that say `why` it is read so ("only so do the rows' results add up to …"). */
export function readAs(row: ReadRow, reading: RowReading, why: string): ReadRow {
  const repairs: Repair[] = reading.splits.map(({ token, parts }) => ({
    kind: 'cells-split',
    detail: `"${token}" read as ${parts.join(' and ')}: ${why}; the row's own arithmetic does not confirm it`,
  }));
  for (const column of reading.missing) repairs.push({ kind: 'cell-missing', detail: `no ${column} printed: ${why}` });
  const kept = row.repairs.filter((r) => r.kind !== 'cells-unresolved' && !(r.kind === 'cell-missing' && r.detail === MISSING_PERCENTAGE.detail));
  return { ...row, resolution: { cells: reading.cells, repairs, problem: null, score: 0 }, repairs: [...kept, ...repairs] };
}
