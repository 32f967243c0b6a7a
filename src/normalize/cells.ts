import type { Decimal } from 'decimal.js';
import type { Amount, Repair, StaffColumn } from '../model.js';
import { agreement, applyPercentage, surelyDifferent, type Agreement } from '../rounding.js';
import { productHolds } from './row-arithmetic.js';
import { SplitReadings, wholeReadingOf, type Reading } from './token-readings.js';

/** The cells of one staff row read from its numeric tokens. */
export interface CellResolution {
  cells: Record<StaffColumn, Amount | null>;
  repairs: Repair[];
  /** Why the tokens could not be read with confidence; null when they were. Uncertain cells are null. */
  problem: string | null;
  /** An unread row's ways of reading its tokens that fit the columns, for a witness outside the row (its table's total) to choose. */
  readings?: readonly RowReading[];
  /**
   * How well the reading fits: relations satisfied (exact above rounded), less splits and gaps.
   * Only the table reader's last row asks, so a reading as printed works it out when asked.
   */
  readonly score: number;
}

const FULL: StaffColumn[] = ['hourlyCost', 'hours', 'product', 'percentage', 'result'];
const MAX_SPLITS = 2;
const SPLIT_PENALTY = 0.25;
const ODD_CUT_PENALTY = 0.1;
const UNANNOUNCED_GAP_PENALTY = 0.5;

interface Piece {
  reading: Reading;
  token: string;
  /** Which printed token the piece comes from. */
  from: number;
  split: boolean;
}

interface Candidate {
  layout: StaffColumn[];
  pieces: Piece[];
  splits: number;
  confirmed: number;
  /** How many of the row's relations the reading checks and finds broken. */
  contradicted: number;
  /** How many printed tokens take part in a satisfied relation. */
  explained: number;
  score: number;
}

/** One way of reading a row's tokens: a value for each column it fills, the tokens it splits, the columns it leaves empty. */
export interface RowReading {
  cells: Record<StaffColumn, Amount | null>;
  splits: Array<{ token: string; parts: string[] }>;
  missing: StaffColumn[];
}

/** Whether two readings of a row give every column the same cell, as printed. */
export function sameCells(a: RowReading, b: RowReading): boolean {
  return FULL.every((column) => a.cells[column]?.text === b.cells[column]?.text);
}

function emptyCells(): Record<StaffColumn, Amount | null> {
  return { hourlyCost: null, hours: null, product: null, percentage: null, result: null };
}

/**
 * Assigns a row's numeric tokens to its columns. Tokens that match the columns one to one are
 * read as printed. Otherwise the row's own arithmetic decides: glued cells are split
 * ("4714,0015" → 4714,00 | 15) and an absent cell is placed where cost × hours = product and
 * product × percentage / 100 = result confirm it. When nothing confirms a reading, only the
 * cells every reading agrees on are kept, and the problem is said.
 */
export function resolveCells(tokens: string[], headerColumns: StaffColumn[]): CellResolution {
  const announced = announcedColumns(headerColumns);
  if (tokens.some(isEmptyCell)) return dashedReading(tokens, announced) ?? resolveCells(tokens.filter((t) => !isEmptyCell(t)), headerColumns);
  const direct = directReading(tokens, announced);
  if (direct) return direct;
  if (tokens.length > FULL.length) {
    return unresolved(tokens, [], `${tokens.length} values for ${FULL.length} columns`);
  }
  const wholes = tokens.map(wholeReadingOf);
  const splits = new SplitReadings(tokens);
  const best: Candidate[] = [];
  for (const layout of layoutsFor(announced)) keepBestCandidates(best, tokens, wholes, splits, layout, announced);
  if (best.length === 0) return unresolved(tokens, [], 'no reading of the values fits the columns');
  const bestConfirmed = best[0]!.confirmed;
  const readings = dedupe(best);
  if (bestConfirmed === 0) return unresolved(tokens, readings, 'no split or gap makes the row’s arithmetic hold', announced, bestScored(readings));
  if (readings.length > 1) return unresolved(tokens, readings, 'several readings fit the row’s arithmetic equally', announced);
  return fromCandidate(readings[0]!, announced);
}

/**
 * How a candidate ranks against the first so far: most relations confirmed, then, of readings
 * that confirm some, fewest broken (a split that makes the product wrong, 3.420,00 → 3,40 | 20,
 * loses to leaving the percentage's cell empty), then, as a split can make its own pieces agree (590 → 5 | 90 with a cost of 18), most
 * printed tokens tied together by them, then the best score. Positive: better; zero: as good.
 */
function rankAgainst(best: Candidate[], arithmetic: Arithmetic, score: number): number {
  const first = best[0];
  if (!first) return 1;
  const confirmed = arithmetic.confirmed - first.confirmed;
  if (confirmed !== 0) return confirmed;
  // Where nothing is confirmed, no reading is taken: all of them stay as good, to say what they share.
  if (arithmetic.confirmed === 0) return 0;
  return first.contradicted - arithmetic.contradicted || arithmetic.explained - first.explained || score - first.score;
}

/**
 * The columns a table is taken to have: those its header names, when the header names at least
 * the cost, the hours and the result; otherwise all of them, the hours first where the header
 * names them before the cost ("Cat. Ore previste Costo orario (€/h) Importo Quota % Incentivo",
 * its result's heading not known: "D2 90 18,93 1.703,70 20 340,74" is 90 hours at 18,93).
 */
export function announcedColumns(headerColumns: StaffColumn[]): StaffColumn[] {
  const essential: StaffColumn[] = ['hourlyCost', 'hours', 'result'];
  if (essential.every((c) => headerColumns.includes(c))) return headerColumns;
  const hours = headerColumns.indexOf('hours');
  return hours >= 0 && hours < headerColumns.indexOf('hourlyCost') ? HOURS_FIRST : FULL;
}

const HOURS_FIRST: StaffColumn[] = ['hours', 'hourlyCost', 'product', 'percentage', 'result'];

/** The token that stands for a cell printed with a dash ("D3 21,40 40 856,00 – –"): empty. */
export const EMPTY_CELL = '–';

/** The token of a cell whose number is too wide for it, printed "###" by a spreadsheet: no value to read. */
export const OVERFLOWED_CELL = '###';

export function isEmptyCell(token: string): boolean {
  return token === EMPTY_CELL || token === OVERFLOWED_CELL;
}

/**
 * A row with a dash in some cells and a value in every other, one a column of those the header
 * announces: each value read in its column, the dashed cells empty, as the dashes place them. Null
 * when the count does not match the columns or a value does not fit its column: the dashes are
 * then left out.
 */
function dashedReading(tokens: string[], announced: StaffColumn[]): CellResolution | null {
  // One token more than a header without a product column announces: a dash that only parts the grade from its values ("D1 – 21,40 …").
  if (tokens.length !== announced.length) return null;
  const layout = announced;
  const cells = emptyCells();
  const repairs: Repair[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const column = layout[i]!;
    if (isEmptyCell(tokens[i]!)) {
      const printed = tokens[i] === EMPTY_CELL ? 'as a dash: an empty cell' : 'as "###", a number too wide for its cell: no value';
      repairs.push({ kind: 'cell-missing', detail: `the ${column} printed ${printed}` });
      continue;
    }
    const reading = wholeReadingOf(tokens[i]!);
    if (!reading || !(fits(reading, column) || fitsAsZero(reading, column))) return null;
    cells[column] = reading.amount;
  }
  return { cells, repairs, problem: null, score: 0 };
}

/**
 * A row printed one value a column whose percentage is above 100 ("120", "200" for 20), read as
 * printed where cost × hours makes its product: its result's finding then tells whether the row
 * holds with it. Null otherwise. Only a row no other reading reads is read so, as the last way: a
 * reading that places its values otherwise (a cell wrapped below put back, a mark left out) goes first.
 */
export function readingAboveHundred(tokens: string[], headerColumns: StaffColumn[]): CellResolution | null {
  const read = directReading(tokens, announcedColumns(headerColumns), true);
  if (!read || !read.cells.percentage?.value.gt(100) || productHolds(read.cells) !== true) return null;
  const { product, percentage, result } = read.cells;
  // "3420,00 684 20" under a header that names the result before the percentage: the two swapped, not a share of 684 %.
  return result && agreement(percentage.value, applyPercentage(product!.value, result.value)) !== 'different' ? null : read;
}

/** One value per column, read as printed, when the values are plausible for their columns. */
function directReading(tokens: string[], announced: StaffColumn[], aboveHundred = false): CellResolution | null {
  const layout = tokens.length === announced.length ? announced : tokens.length === FULL.length ? allColumns(announced) : null;
  if (!layout) return null;
  const cells = emptyCells();
  const readings: Reading[] = [];
  for (const token of tokens) {
    const reading = wholeReadingOf(token);
    const column = layout[readings.length]!;
    if (!reading || !(fits(reading, column) || fitsAsZero(reading, column) || (aboveHundred && column === 'percentage' && isAboveHundred(reading)))) return null;
    cells[column] = reading.amount;
    readings.push(reading);
  }
  return {
    cells,
    repairs: [],
    problem: null,
    get score() {
      const pieces = readings.map((reading, from) => ({ reading, token: tokens[from]!, from, split: false }));
      return scoreArithmetic(pieces, layout).score;
    },
  };
}

/**
 * The layouts a row may have: the announced columns, all five, and all five but one. A header
 * that names all five in an order of its own ("ore, costo orario, …") gives that order to all.
 */
function layoutsFor(announced: StaffColumn[]): StaffColumn[][] {
  const all = allColumns(announced);
  const without = (absent: StaffColumn) => all.filter((column) => column !== absent);
  const layouts = [announced, all, without('product'), without('result'), without('percentage')];
  return layouts.filter((layout, i) => layouts.findIndex((other) => sameColumns(other, layout)) === i);
}

/**
 * All five columns in the order the announced ones stand: those it leaves out where they usually
 * are. "ORE COSTO ORARIO COSTO COMPLESSIVO % QUOTA", its product's heading not known: the rows'
 * hours still come first, then the cost, then the product.
 */
function allColumns(announced: StaffColumn[]): StaffColumn[] {
  if (announced.length === FULL.length) return announced;
  const all = [...announced];
  if (!all.includes('result')) all.push('result');
  if (!all.includes('percentage')) all.splice(all.indexOf('result'), 0, 'percentage');
  if (!all.includes('product')) all.splice(Math.max(all.indexOf('hourlyCost'), all.indexOf('hours')) + 1, 0, 'product');
  return all;
}

function sameColumns(a: StaffColumn[], b: StaffColumn[]): boolean {
  return a.length === b.length && a.every((column, i) => column === b[i]);
}

/**
 * Tries every way of splitting tokens (at most two splits) that yields one value per column of the
 * layout, in order (each token whole before its splits, splits from the left), and keeps in `best`
 * those that rank first so far, in the order they came.
 */
function keepBestCandidates(
  best: Candidate[],
  tokens: string[],
  wholes: Array<Reading | null>,
  splitReadings: SplitReadings,
  layout: StaffColumn[],
  announced: StaffColumn[],
): void {
  const splits = layout.length - tokens.length;
  if (splits < 0 || splits > MAX_SPLITS) return;
  const gapPenalty = FULL.filter((c) => !layout.includes(c) && announced.includes(c)).length * UNANNOUNCED_GAP_PENALTY;
  const pieces: Piece[] = [];
  const place = (from: number, splitsLeft: number): void => {
    if (from === tokens.length) {
      if (splitsLeft > 0) return;
      const arithmetic = scoreArithmetic(pieces, layout);
      if (arithmetic.impossible) return;
      const score = arithmetic.score - splits * SPLIT_PENALTY - gapPenalty - oddCuts(pieces) * ODD_CUT_PENALTY;
      const rank = rankAgainst(best, arithmetic, score);
      if (rank > 0) best.length = 0;
      if (rank >= 0) best.push({ layout, pieces: [...pieces], splits, ...arithmetic, score });
      return;
    }
    const token = tokens[from]!;
    const at = pieces.length;
    const whole = wholes[from] ?? null;
    // The tokens after this one take up the splits left, two at most each.
    if (whole && MAX_SPLITS * (tokens.length - from - 1) >= splitsLeft && fits(whole, layout[at]!)) {
      pieces.push({ reading: whole, token, from, split: false });
      place(from + 1, splitsLeft);
      pieces.pop();
    }
    if (splitsLeft === 0) return;
    for (const [left, right] of splitReadings.at(from)) {
      if (!fitsAsPiece(left, layout[at]) || !fitsAsPiece(right, layout[at + 1])) continue;
      pieces.push({ reading: left, token, from, split: true }, { reading: right, token, from, split: true });
      place(from + 1, splitsLeft - 1);
      pieces.length = at;
    }
    if (splitsLeft < 2) return;
    for (const [left, middle, right] of splitReadings.inThree(from)) {
      if (!fitsAsPiece(left, layout[at]) || !fitsAsPiece(middle, layout[at + 1]) || !fitsAsPiece(right, layout[at + 2])) continue;
      pieces.push({ reading: left, token, from, split: true }, { reading: middle, token, from, split: true }, { reading: right, token, from, split: true });
      place(from + 1, splitsLeft - 2);
      pieces.length = at;
    }
  };
  place(0, splits);
}

/** "120", "200": a percentage no share is, but a row may print. */
function isAboveHundred(reading: Reading): boolean {
  return !reading.clock && reading.approx > 100 && reading.approx < 1000 && reading.places <= MAX_PERCENTAGE_PLACES;
}

/**
 * "C3 17,10 0 0,00 20 0,00": a colleague who took no part, nought hours, product and result,
 * printed in their columns; "C1 17,41 80 1392,80 0% 0,00": no share of the product. Only a row
 * read as printed may have a nought: a split never makes one.
 */
function fitsAsZero(reading: Reading, column: StaffColumn): boolean {
  if (reading.approx !== 0) return false;
  return column === 'percentage' || (!reading.percentSign && (column === 'hours' || column === 'product' || column === 'result'));
}

/** Whether a piece of a split token may stand in a column: as a whole value may, and a percentage has at most two decimals ("3420,0020" is no 342 | 0,0020). */
function fitsAsPiece(reading: Reading, column: StaffColumn | undefined): boolean {
  return fits(reading, column) && (column !== 'percentage' || reading.places <= MAX_PERCENTAGE_PLACES);
}

const MAX_PERCENTAGE_PLACES = 2;

/** Whether a value may stand in a column: positive, "%" only for a percentage, which is at most 100. */
function fits(reading: Reading, column: StaffColumn | undefined): boolean {
  if (column === undefined) return false;
  if (reading.percentSign && column !== 'percentage') return false;
  if (reading.clock) return column === 'hours';
  return column === 'percentage' ? reading.percentage : reading.positive;
}

const AGREEMENT_SCORE: Record<Agreement, number> = { exact: 2, rounded: 1.5, different: 0 };
const BEST_AGREEMENT = AGREEMENT_SCORE.exact;

/**
 * How well a reading satisfies the row's relations. A result that is only the printed product's
 * share, when that product is not cost × hours, explains fewer of the values: it weighs half.
 * Floating-point bounds rule out disagreements first; every agreement is decided exactly.
 */
interface Arithmetic {
  confirmed: number;
  contradicted: number;
  explained: number;
  /** A result without a percentage that is more than its product: a percentage above 100, no reading. */
  impossible: boolean;
  score: number;
}

function scoreArithmetic(pieces: Piece[], layout: StaffColumn[]): Arithmetic {
  const costAt = layout.indexOf('hourlyCost');
  const hoursAt = layout.indexOf('hours');
  const productAt = layout.indexOf('product');
  const percentageAt = layout.indexOf('percentage');
  const resultAt = layout.indexOf('result');
  const cost = pieces[costAt]!.reading;
  const hours = pieces[hoursAt]!.reading;
  const product = productAt < 0 ? null : pieces[productAt]!.reading;
  const approxProduct = cost.approx * hours.approx;
  let exactProduct: Decimal | null = null;
  let confirmed = 0;
  let contradicted = 0;
  let score = 0;
  /** The printed tokens (by index, one bit each) that take part in a satisfied relation. */
  let explained = 0;
  /** The tokens that take part in a relation that holds exactly, or as a rounding to the cent: what confirms a split's cut. */
  let firmlyExplained = 0;
  const tokenOf = (at: number) => (at < 0 ? 0 : 1 << pieces[at]!.from);
  let productCheck: Agreement | null = null;
  if (product) {
    productCheck = surelyDifferent(product.approx, product.places, approxProduct)
      ? 'different'
      : agreement(product.amount.value, (exactProduct ??= cost.amount.value.times(hours.amount.value)));
    score += AGREEMENT_SCORE[productCheck];
    if (productCheck !== 'different') {
      confirmed++;
      explained |= tokenOf(costAt) | tokenOf(hoursAt) | tokenOf(productAt);
      if (productCheck === 'exact' || toTheCent(product)) firmlyExplained |= tokenOf(costAt) | tokenOf(hoursAt) | tokenOf(productAt);
    } else contradicted++;
  }
  if (percentageAt >= 0 && resultAt >= 0) {
    const printed = pieces[percentageAt]!.reading;
    const result = pieces[resultAt]!.reading;
    let onExact = 0;
    let onPrinted = 0;
    for (let share = 0; share < sharesOf(printed); share++) {
      // The second share of a fraction printed without "%" ("0,20") is the percentage it stands for
      // (20), which `percentageOfFraction` then reads it as.
      const scale = share === 0 ? 1 : 100;
      const approx = printed.approx * scale;
      if (!surelyDifferent(result.approx, result.places, (approxProduct * approx) / 100)) {
        exactProduct ??= cost.amount.value.times(hours.amount.value);
        const percentage = scale === 1 ? printed.amount.value : printed.amount.value.times(scale);
        onExact = Math.max(onExact, AGREEMENT_SCORE[agreement(result.amount.value, applyPercentage(exactProduct, percentage))]);
      }
      // The printed product's share cannot beat a best agreement, and is the same when the product is exact.
      if (product && (onExact === BEST_AGREEMENT || productCheck === 'exact')) onPrinted = Math.max(onPrinted, onExact);
      else if (product && !surelyDifferent(result.approx, result.places, (product.approx * approx) / 100)) {
        const percentage = scale === 1 ? printed.amount.value : printed.amount.value.times(scale);
        onPrinted = Math.max(onPrinted, AGREEMENT_SCORE[agreement(result.amount.value, applyPercentage(product.amount.value, percentage))]);
      }
    }
    const best = Math.max(onExact, productCheck === 'different' ? onPrinted / 2 : onPrinted);
    // "230" split into a percentage of 2 and a result of 30: one token made both sides of the
    // relation, which only a rounding to fewer than the cents would then confirm (1.535,10 × 2 % =
    // 30,70): no confirmation. "1561,01" as 15 % and 61,01 (406,75 × 15 % = 61,0125) is one.
    // Exact on a printed product that cost × hours belies ("3147,00 20629,4": 3.147 × 20 % = 629,4) is exact, though it weighs half.
    const oneTokenRounded =
      best > 0 && Math.max(onExact, onPrinted) < BEST_AGREEMENT && !toTheCent(result) && pieces[percentageAt]!.split && pieces[percentageAt]!.from === pieces[resultAt]!.from;
    if (best > 0 && !oneTokenRounded) {
      confirmed++;
      score += best;
      const shared = tokenOf(resultAt) | tokenOf(percentageAt);
      explained |= shared | (best === onExact ? tokenOf(costAt) | tokenOf(hoursAt) : tokenOf(productAt));
      const firm = (agreementScore: number) => agreementScore === BEST_AGREEMENT || (agreementScore > 0 && toTheCent(result));
      if (firm(onExact)) firmlyExplained |= shared | tokenOf(costAt) | tokenOf(hoursAt);
      else if (firm(onPrinted)) firmlyExplained |= shared | tokenOf(productAt);
    } else contradicted++;
  }
  // "D3 20,30 100 2030,0020406" read without a percentage: a result of 20.406 on a product of 2.030.
  const impossible = percentageAt < 0 && resultAt >= 0 && pieces[resultAt]!.reading.approx > Math.max(product?.approx ?? 0, approxProduct) + ROUNDING_ROOM;
  // "C3 350 5.985,00 20 1.197,00", the cost left out: "350" read as 3 and 50 breaks the product, and
  // the result the row's other values confirm says nothing of the split; "564,96" as 564,9 and 6,
  // a product only a rounding to a tenth bears out, is no surer.
  if (pieces.some((piece, i) => piece.split && (firmlyExplained & (1 << piece.from)) === 0 && !cutAfterCents(pieces, i))) {
    return { confirmed: 0, contradicted: contradicted + confirmed, explained: 0, impossible, score };
  }
  return { confirmed, contradicted, explained: bitCount(explained), impossible, score };
}

/** A value printed to the cent ("61,01", "733,06"): a rounding to it is as good as the exact value, as amounts are printed. */
function toTheCent(reading: Reading): boolean {
  return CENTS.test(reading.amount.raw);
}

const CENTS = /,\d\d$/;

/** How far a rounded result may stand above its product. */
const ROUNDING_ROOM = 0.01;

/**
 * Piece `i` of a split token is one side of a cut right after a value's cents: "2,08|60",
 * "16,27|100", "3420,00|20", "37001,3|19,1", as amounts are printed; where the row's arithmetic
 * does not reach the pieces exactly (a cost typed wrong, a product rounded), the cut is still sure.
 */
function cutAfterCents(pieces: Piece[], i: number): boolean {
  const piece = pieces[i]!;
  // "406,75" is an amount to the cent as printed, which no cut inside its cents reads.
  if (CLEAN_AMOUNT.test(piece.token)) return false;
  const sameToken = (k: number) => pieces[k]?.split === true && pieces[k]!.from === piece.from;
  const cut = (left: Piece) => CENTS_AT_END.test(left.reading.amount.raw);
  return (sameToken(i + 1) && cut(piece)) || (sameToken(i - 1) && cut(pieces[i - 1]!));
}

const CENTS_AT_END = /,\d\d?$/;
/** A token printed as one amount with at most two decimals: "406,75", "1.040,8", "5130". */
const CLEAN_AMOUNT = /^\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?$|^\d+(?:,\d{1,2})?$/;

/** How many cuts of split tokens are not right after two decimals, where amounts' cuts mostly are: "16,27|120" over "16,2|7120". */
function oddCuts(pieces: Piece[]): number {
  let odd = 0;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const [left, right] = [pieces[i]!, pieces[i + 1]!];
    if (left.split && right.split && left.from === right.from && !toTheCent(left.reading)) odd++;
  }
  return odd;
}


/** How many shares a printed percentage may stand for: two for a fraction printed without "%" ("0,20" or 20 %). */
function sharesOf(reading: Reading): number {
  return !reading.percentSign && reading.approx > 0 && reading.approx < 1 ? 2 : 1;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) seen.set(c.layout.map((col, i) => `${col}=${c.pieces[i]!.reading.amount.text}`).join(';'), c);
  return [...seen.values()];
}

function fromCandidate(candidate: Candidate, announced: StaffColumn[]): CellResolution {
  const { cells, splits, missing } = rowReadingOf(candidate, announced);
  const because = candidate.contradicted === 0 ? "the row's arithmetic confirms it" : "the split the row's arithmetic bears out best, though not all of it holds";
  const repairs: Repair[] = splits.map(({ token, parts }) => ({ kind: 'cells-split', detail: `"${token}" read as ${parts.join(' and ')}: ${because}` }));
  for (const column of missing) repairs.push(cellMissing(column));
  return { cells, repairs, problem: null, score: candidate.score };
}

function rowReadingOf(candidate: Candidate, announced: StaffColumn[]): RowReading {
  const cells = emptyCells();
  candidate.layout.forEach((column, i) => (cells[column] = candidate.pieces[i]!.reading.amount));
  const splitTokens = new Set(candidate.pieces.filter((p) => p.split).map((p) => p.token));
  const splits = [...splitTokens].map((token) => ({ token, parts: candidate.pieces.filter((p) => p.split && p.token === token).map((p) => p.reading.amount.raw) }));
  return { cells, splits, missing: FULL.filter((c) => !candidate.layout.includes(c) && announced.includes(c)) };
}

/** Keeps only the cells on which every reading agrees; the rest stay null, with the raw text kept. */
/** The repair of a row read without a cell of its column, the others confirmed by its arithmetic. */
export function cellMissing(column: StaffColumn): Repair {
  return { kind: 'cell-missing', detail: `no ${column} printed: the row's arithmetic confirms the other values` };
}

/** A quote of the values kept short: a line of thousands of values would make a cell no spreadsheet opens. */
function quoted(text: string): string {
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

const MAX_QUOTE = 120;

/** The readings that fit best where none is confirmed: those it says what they share of. */
function bestScored(readings: Candidate[]): Candidate[] {
  const best = Math.max(...readings.map((r) => r.score));
  return readings.filter((r) => r.score === best);
}

/**
 * A row not read, with the cells every one of `agreeing` reads alike (all its readings, unless
 * told) and, for a witness outside the row to choose from, every reading that fits.
 */
function unresolved(tokens: string[], readings: Candidate[], reason: string, announced: StaffColumn[] = FULL, agreeing = readings): CellResolution {
  const cells = emptyCells();
  if (agreeing.length > 0) {
    for (const column of FULL) {
      // A value a split made is never sure where nothing confirms the split.
      const texts = agreeing.map((r) => {
        const i = r.layout.indexOf(column);
        return i < 0 || r.pieces[i]!.split ? null : r.pieces[i]!.reading.amount;
      });
      const first = texts[0];
      if (first && texts.every((t) => t !== null && t.text === first.text && t.raw === first.raw)) cells[column] = first;
    }
  }
  return {
    cells,
    repairs: [{ kind: 'cells-unresolved', detail: `values "${quoted(tokens.join(' '))}" not assigned to columns: ${reason}` }],
    problem: reason,
    score: 0,
    ...(readings.length > 0 && { readings: readings.map((r) => rowReadingOf(r, announced)) }),
  };
}
