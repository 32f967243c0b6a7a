import { collapseSpace } from '../extract/text.js';
import type { Amount, Repair, SourceLine, StaffColumn } from '../model.js';
import { Decimal } from '../decimal.js';
import { agreementEitherWay } from '../rounding.js';
import { resolveCells, type CellResolution } from './cells.js';
import { parseItalianNumber } from './numbers.js';
import { arithmeticHolds, cellsInHoldingRelations } from './row-arithmetic.js';
import { OTHER_COLUMN } from './totals.js';

/**
 * Where two of a row's tokens may be one number that the text set apart: thousands set apart by a
 * space ("5 949,00", tokens "5" and "949,00"), or a number broken over two lines after its comma
 * or dot ("5.968," at a line's end, "00" at the next one's start).
 */
export interface JoinSite {
  /** The join is between token `at` and token `at + 1`. */
  at: number;
  /** What stood between the two pieces: a space, or the stop that ended the first line; '' for a space a scan set within a figure. */
  glue: ' ' | ',' | '.' | '';
  /** A no-break space stood between them ("€ 3 120,00"), which keeps a number's pieces together. */
  noBreak: boolean;
  /** One space within a cell of a table whose cells wide gaps set apart ("19,8 8", "17, 95"), or after a decimal comma ("496, 00"): a scan's, dropped when joined. */
  straySpace?: true;
}

/**
 * The places where a row's tokens may join: a whole number of one to three digits followed, on
 * the same line and after one space only, by three digits with or without decimals ("5 949,00",
 * "1 189,80"); and a line's last token printed with a comma or dot after it ("5.968,", "3.")
 * followed by the next line's first token when it is digits ("00") or a group of three ("004,00"). `lineOf` gives each token's line.
 * The tokens' characters are looked at first: most rows have no such place, and their lines'
 * text is never looked at.
 */
export function joinSites(tokens: string[], lineOf: SourceLine[]): JoinSite[] {
  const sites: JoinSite[] = [];
  const lines = new Map<SourceLine, LineLook>();
  for (let at = 0; at + 1 < tokens.length; at++) {
    const left = tokens[at]!;
    const right = tokens[at + 1]!;
    const line = lineOf[at]!;
    if (line === lineOf[at + 1]) {
      let look = lines.get(line);
      if (!look) lines.set(line, (look = new LineLook(line.text)));
      if (isThousandsHead(left) && isThousandsGroup(right) && look.standsSpaced(left, right)) {
        sites.push({ at, glue: ' ', noBreak: look.standsNoBreak(left, right) });
      } else {
        const glue = look.straySpaceGlue(left, right) ?? (brokenAfterComma(line.text, left, right) ? ',' : null);
        if (glue !== null) sites.push({ at, glue, noBreak: false, straySpace: true });
      }
      continue;
    }
    if (!isDigits(right) && !isThousandsGroup(right)) continue;
    const text = collapseSpace(line.text);
    const stop = text.charAt(text.length - 1);
    if ((stop === ',' || stop === '.') && endsWith(text, `${left}${stop}`) && startsWith(collapseSpace(lineOf[at + 1]!.text), right)) {
      sites.push({ at, glue: stop, noBreak: false });
    }
  }
  return sites;
}

/**
 * What {@link joinSites} asks of one line about its tokens, worked out once a line: a row's tokens
 * are pairs of the same line, and a line of thousands of figures (text taken out of a PDF without
 * its breaks) must not be searched once for each.
 */
class LineLook {
  private collapsed: string | null = null;
  private readonly spaced = new Map<string, boolean>();
  private cells: Set<string> | null = null;
  private noBreak: boolean | null = null;

  constructor(private readonly text: string) {}

  standsSpaced(left: string, right: string): boolean {
    const pair = `${left} ${right}`;
    let found = this.spaced.get(pair);
    if (found === undefined) this.spaced.set(pair, (found = standsSpaced((this.collapsed ??= collapseSpace(this.text)), pair)));
    return found;
  }

  straySpaceGlue(left: string, right: string): '' | ',' | null {
    return straySpaceGlue((this.cells ??= cellsOfTwoPieces(this.text)), left, right);
  }

  standsNoBreak(left: string, right: string): boolean {
    return (this.noBreak ??= this.text.includes(NO_BREAK)) && standsNoBreak(this.text, left, right);
  }
}

/** "5", "21", "949": digits that may head a number whose thousands a space sets apart. */
function isThousandsHead(token: string): boolean {
  return token.length <= 3 && isDigits(token);
}

/** "949", "949,00": a group of three digits, then perhaps the decimals. */
function isThousandsGroup(token: string): boolean {
  if (token.length < 3 || !isDigits(token.slice(0, 3))) return false;
  if (token.length === 3) return true;
  return token.charAt(3) === ',' && token.length > 4 && isDigits(token.slice(4));
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "5 949,00" (`pair`) in the line, not within a longer figure ("15 949,00", "5 949,001"). */
function standsSpaced(text: string, pair: string): boolean {
  for (let from = text.indexOf(pair); from >= 0; from = text.indexOf(pair, from + 1)) {
    const before = text.charAt(from - 1);
    const after = text.charAt(from + pair.length);
    if (!/[\d.,'’]/.test(before) && !/[\d.,'’]/.test(after)) return true;
  }
  return false;
}

/**
 * "C3    17,95    1 20    2.154,00", "D2    19,8 8    60", "C3    17, 95    80": two figures one
 * space apart (a comma before it or not) in a line whose cells two spaces or more set apart, with
 * such gaps either side: one cell, a space a scan set within it. What joins them ('' or the comma)
 * when they make one number; null otherwise. `cells` are the line's {@link cellsOfTwoPieces}.
 */
function straySpaceGlue(cells: Set<string>, left: string, right: string): '' | ',' | null {
  for (const glue of ['', ','] as const) {
    if (cells.has(`${left}${glue} ${right}`) && parseItalianNumber(`${left}${glue}${right}`)) return glue;
  }
  return null;
}

/**
 * The cells of a line that are two pieces one space apart ("1 20", "17, 95"), where wide gaps
 * (two spaces or more, or a tab) set its cells apart: each with a wide gap or the line's start
 * before it, and one or its end after it. Empty for a line without such gaps.
 */
function cellsOfTwoPieces(text: string): Set<string> {
  const cells = new Set<string>();
  if (!CELL_GAP.test(text)) return cells;
  const pieces = [...text.matchAll(PIECE)];
  for (let i = 0; i + 1 < pieces.length; i++) {
    const [first, second] = [pieces[i]!, pieces[i + 1]!];
    const start = first.index;
    const end = second.index + second[0].length;
    if (text.slice(start + first[0].length, second.index) !== ' ') continue;
    const gapBefore = i === 0 || cellGapEndsAt(text, start);
    const gapAfter = i + 2 === pieces.length || cellGapStartsAt(text, end);
    if (gapBefore && gapAfter) cells.add(text.slice(start, end));
  }
  return cells;
}

/** A run of characters without white space. */
const PIECE = /\S+/g;

/** A gap between cells: "17,95   100", or "17,95\t100" where an extractor writes the column gap as a tab. */
const CELL_GAP = / {2}|\t/;

/** Whether a cell gap ends right before `index`: looked at in place, not by slicing the line at each piece. */
function cellGapEndsAt(text: string, index: number): boolean {
  return text.endsWith('  ', index) || text[index - 1] === '\t';
}

/** Whether a cell gap starts at `index`. */
function cellGapStartsAt(text: string, index: number): boolean {
  return text.startsWith('  ', index) || text[index] === '\t';
}

/** "€ 3 120,00" with a no-break space (U+00A0) between the pieces, as a word processor keeps a number whole. */
export function standsNoBreak(text: string, left: string, right: string): boolean {
  return text.includes(`${left}${NO_BREAK}${right}`);
}

const NO_BREAK = '\u00a0';

function endsWith(text: string, tail: string): boolean {
  return text.endsWith(tail) && !/\d/.test(text.charAt(text.length - tail.length - 1));
}

function startsWith(text: string, head: string): boolean {
  return text.startsWith(head) && !/[\d.,]/.test(text.charAt(head.length));
}

/** A reading of a row with some of its tokens joined, and the repairs that say which. */
export interface JoinedReading {
  /** The row's tokens, joined as read: "19,83 300 5 949,00 20 1 189,80" is five. */
  tokens: string[];
  resolution: CellResolution;
  repairs: Repair[];
}

/** Beyond this many places, a row's joins are not tried (2^n readings): no plan's row has so many. */
const MAX_SITES = 5;

/**
 * The readings of a row with some of its join sites joined (every set of them) whose arithmetic
 * holds in full ({@link arithmeticHolds}), each joined number taking part in it. The caller takes
 * one only when it is the only one.
 */
export function joinedReadings(tokens: string[], sites: JoinSite[], columns: StaffColumn[]): JoinedReading[] {
  const holding: JoinedReading[] = [];
  for (const { joined, ...reading } of readingsJoined(tokens, sites, columns, 'arithmetic')) if (arithmeticHolds(reading.resolution.cells, joined)) holding.push(reading);
  return holding;
}

/** Every reading of the row with a set of its sites joined (all but none) that resolves into cells, and the texts it joined. */
function* readingsJoined(tokens: string[], sites: JoinSite[], columns: StaffColumn[], because: JoinReason): Generator<JoinedReading & { joined: string[] }> {
  if (sites.length === 0 || sites.length > MAX_SITES) return;
  for (let set = 1; set < 1 << sites.length; set++) {
    const joined = joinTokens(tokens, sites.filter((_, i) => (set & (1 << i)) !== 0), because);
    if (joined === null) continue;
    const resolution = resolveCells(joined.tokens, columns);
    if (resolution.problem === null) yield { tokens: joined.tokens, resolution, repairs: joined.repairs, joined: joined.joined };
  }
}

/**
 * What made a join: the row's whole arithmetic, a relation of the row it takes part in, a no-break
 * space, a group that opens on a zero, or the table's other rows.
 */
type JoinReason = 'arithmetic' | 'part' | 'no-break' | 'zero-led' | 'table' | 'after-comma';

/**
 * The tokens with the chosen sites joined; null when a joined piece is no number. `because`: what
 * made the join ({@link JoinReason}), which the repairs say.
 */
function joinTokens(tokens: string[], sites: JoinSite[], because: JoinReason): { tokens: string[]; joined: string[]; repairs: Repair[] } | null {
  const out: string[] = [];
  const joined: string[] = [];
  const repairs: Repair[] = [];
  const siteAt = sitesByToken(sites);
  for (let i = 0; i < tokens.length; i++) {
    const pieces = [tokens[i]!];
    const glues: string[] = [];
    let stray = false;
    let text = tokens[i]!;
    for (let site = siteAt.get(i); site; site = siteAt.get(i)) {
      i++;
      text = `${text}${site.glue}${tokens[i]!}`;
      pieces.push(tokens[i]!);
      glues.push(site.glue);
      stray ||= site.straySpace === true;
    }
    if (pieces.length > 1) {
      const read = parseItalianNumber(text);
      if (!read) return null;
      joined.push(text);
      repairs.push(stray ? straySpaceRepair(read, pieces, glues, because) : joinRepair(read, pieces, glues, because));
    }
    out.push(text);
  }
  return { tokens: out, joined, repairs };
}

/** The site after each token that has one (the first listed, should two be), by the token's index. */
function sitesByToken(sites: JoinSite[]): Map<number, JoinSite> {
  const byToken = new Map<number, JoinSite>();
  for (const site of sites) if (!byToken.has(site.at)) byToken.set(site.at, site);
  return byToken;
}

/**
 * The row with the numbers a no-break space holds together joined ("€ 3 120,00"), where the
 * row as printed cannot be read and no join makes its arithmetic hold (a planted error): the
 * no-break space says which reading is meant. Null where there is no such site, or the joined row
 * cannot be read either.
 */
export function noBreakReading(tokens: string[], sites: JoinSite[], columns: StaffColumn[]): JoinedReading | null {
  return readingJoinedAt(tokens, sites.filter((site) => site.noBreak), columns, 'no-break');
}

/** The row with the tokens of `sites` joined, for the reason `because`; null where there is no site, or the joined row cannot be read. */
function readingJoinedAt(tokens: string[], sites: JoinSite[], columns: StaffColumn[], because: JoinReason): JoinedReading | null {
  if (sites.length === 0) return null;
  const joined = joinTokens(tokens, sites, because);
  if (joined === null) return null;
  const resolution = resolveCells(joined.tokens, columns);
  return resolution.problem === null ? { tokens: joined.tokens, resolution, repairs: joined.repairs } : null;
}

/**
 * The row with each figure and the digits a space after its decimal comma joined ("11, 25 160
 * 1.687,50 20 337,50"), where the row as printed cannot be read and no join makes its arithmetic
 * hold in full (a planted error), but a relation of it holds (20 % of 1.687,50 is 337,50): no
 * figure ends on its comma, so the digits are its cents. Null where there is no such site, the
 * joined row cannot be read either, or none of its relations holds: nothing then says its figures
 * were read right.
 */
export function afterCommaReading(tokens: string[], sites: JoinSite[], columns: StaffColumn[]): JoinedReading | null {
  const reading = readingJoinedAt(tokens, sites.filter((site) => site.straySpace && site.glue === ','), columns, 'after-comma');
  return reading !== null && cellsInHoldingRelations(reading.resolution.cells).length > 0 ? reading : null;
}

/**
 * The one reading of a row that cannot be read as printed, with some of its tokens joined, in
 * which each joined number takes part in a relation of the row that holds while another does not
 * (an error elsewhere in the row: "C1 16,27 100 1 627,00 20 352,40", where 16,27 × 100 makes
 * 1.627,00 and 20 % of it is no 352,40); null where no reading, or more than one, is such.
 */
export function partlyHoldingReading(tokens: string[], sites: JoinSite[], columns: StaffColumn[]): JoinedReading | null {
  // A scan's stray space within a cell is mended only where the whole row holds.
  const spaced = sites.filter((site) => !site.straySpace);
  let found: JoinedReading | null = null;
  for (const { joined, ...reading } of readingsJoined(tokens, spaced, columns, 'part')) {
    const held = cellsInHoldingRelations(reading.resolution.cells);
    if (!joined.every((text) => held.includes(text))) continue;
    if (found !== null) return null;
    found = reading;
  }
  return found;
}

/**
 * The row's tokens with each group of three digits that opens on a zero joined to the one to three
 * digits a space before it ("3 024,00"): no figure opens on a zero, so the group is the thousands of
 * the one before it, whatever the row's arithmetic says. Null where the row has no such group.
 */
export function withZeroLedGroupsJoined(tokens: string[], lineOf: SourceLine[], sites: JoinSite[]): { tokens: string[]; lineOf: SourceLine[]; repairs: Repair[] } | null {
  const zeroLed = sites.filter((site) => site.glue === ' ' && tokens[site.at + 1]!.startsWith('0'));
  if (zeroLed.length === 0) return null;
  const joined = joinTokens(tokens, zeroLed, 'zero-led');
  if (joined === null) return null;
  const joinedAway = new Set(zeroLed.map((site) => site.at + 1));
  return { tokens: joined.tokens, lineOf: lineOf.filter((_, i) => !joinedAway.has(i)), repairs: joined.repairs };
}

/**
 * The readings of an unread row with some of its numbers set apart by a space joined that fit its
 * columns, its arithmetic holding or not ("C3 18,76 170 3 100,00 20 637,84": six values for five
 * columns), for the table to choose from by the columns its other rows set thousands apart in.
 */
export function spacedReadings(tokens: string[], sites: JoinSite[], columns: StaffColumn[]): JoinedReading[] {
  const spaced = sites.filter((site) => site.glue === ' ' && !site.noBreak);
  return [...readingsJoined(tokens, spaced, columns, 'table')].map(({ joined: _, ...reading }) => reading);
}

function straySpaceRepair(read: Amount, pieces: string[], glues: string[], because: JoinReason): Repair {
  const printed = pieces.slice(1).reduce((text, piece, i) => `${text}${glues[i]} ${piece}`, pieces[0]!);
  if (because === 'after-comma') {
    return { kind: 'ocr-corrected', detail: `"${printed}" read as one amount, ${read.text}: a space a scan set after the decimal comma, where no figure ends; only so do the row's values fit its columns, though its arithmetic does not confirm it` };
  }
  return { kind: 'ocr-corrected', detail: `"${printed}" read as one amount, ${read.text}: a space a scan set within one cell; the row's arithmetic holds so, and not with ${pieces.map((p) => `"${p}"`).join(' and ')} as cells of their own` };
}

function joinRepair(read: Amount, pieces: string[], glues: string[], because: JoinReason): Repair {
  const text = read.raw;
  if (because === 'no-break') {
    return { kind: 'thousands-spaced', detail: `"${text}" read as one amount, ${read.text}, its thousands set apart by a no-break space, which keeps a number whole` };
  }
  if (because === 'zero-led') {
    return { kind: 'thousands-spaced', detail: `"${text}" read as one amount, ${read.text}, its thousands set apart by a space: a group of three digits that opens on 0 is no number of its own` };
  }
  if (because === 'table') {
    return { kind: 'thousands-spaced', detail: `"${text}" read as one amount, ${read.text}, its thousands set apart by a space as the table's other rows set theirs: only so do the row's values fit its columns, though its arithmetic does not confirm it` };
  }
  const holds = because === 'part' ? 'the relation of the row it takes part in holds so' : "the row's arithmetic holds so";
  if (glues.every((g) => g === ' ')) {
    return { kind: 'thousands-spaced', detail: `"${text}" read as one amount, ${read.text}, its thousands set apart by a space: ${holds}, and not with ${pieces.map((p) => `"${p}"`).join(' and ')} as cells of their own` };
  }
  return { kind: 'number-rejoined', detail: `"${text}" read as one amount, ${read.text}, broken over two lines after "${glues.find((g) => g !== ' ')}": ${holds}` };
}

/** A total's figures a stray space may break that the rows' results confirm neither joined nor apart. */
export const UNCONFIRMED = 'unconfirmed';

/**
 * "TOTALE      1.2 42,60", "TOTALE      8 28,40": a total line's last two figures one space apart
 * within a cell ({@link straySpaceGlue}) or after the decimal comma ({@link brokenAfterComma}),
 * read as one amount when that is the sum of the rows' results (exactly or as a rounding), or when
 * the space stands after the comma and the last figure alone is not the sum; {@link UNCONFIRMED}
 * when neither it nor the last figure alone is: no amount is sure. Null where no such space stands.
 */
export function straySpacedTotal(figures: string[], sum: Decimal | null, lines: SourceLine[]): Amount | typeof UNCONFIRMED | null {
  if (figures.length < 2) return null;
  const [head, tail] = [figures[figures.length - 2]!, figures[figures.length - 1]!];
  // "6 826,20": thousands set apart by a space, or a sign misread before the figure; {@link spacedTotal}'s.
  if (isThousandsHead(head) && isThousandsGroup(tail)) return null;
  const glue = lines.map((line) => straySpaceGlue(cellsOfTwoPieces(line.text), head, tail)).find((found) => found !== null) ?? (lines.some((line) => brokenAfterComma(line.text, head, tail)) ? ',' : undefined);
  if (glue === undefined) return null;
  const joined = parseItalianNumber(`${head}${glue}${tail}`);
  const alone = parseItalianNumber(tail);
  if (!joined) return null;
  if (sum !== null && agreementEitherWay(joined.value, sum) !== 'different') return joined;
  if (sum !== null && alone && agreementEitherWay(alone.value, sum) !== 'different') return null;
  // "1.134, 50": no figure ends on its comma, so the digits after it are its cents, whatever the rows sum to.
  return glue === ',' ? joined : UNCONFIRMED;
}

/**
 * "TOTALE 1.134, 90", "20 496, 00": a figure and its cents a space apart after the decimal comma, as
 * a scan's text may give them in a line of single spaces, where no figure ends on its comma.
 */
function brokenAfterComma(text: string, head: string, tail: string): boolean {
  if (head.includes(',') || tail.length > 2 || !isDigits(tail)) return false;
  const at = text.indexOf(`${head}, ${tail}`);
  return at >= 0 && !/[\d.,]/.test(text.charAt(at - 1)) && !/[\d.,]/.test(text.charAt(at + head.length + tail.length + 2));
}

/**
 * "Totale 2 496,20": thousands set apart by a space in a total line's last two figures, read as
 * one amount when that, and not the last group alone, is the sum of the rows' results (exactly or
 * as a rounding), when the space is a no-break one, or when the group opens on a zero (no figure
 * does). Where neither is the sum (a total typed wrong, "Totale 1 197,53" over results of
 * 1.179,53, or a row left unread): one amount when the table's rows set their thousands apart so
 * (`rowsSpaced`), or the line its products' total ({@link spacesThousands}); and when the line
 * prints these two figures alone, under a label that names no other column, the one of them near
 * the sum, the other far from it. `products` is the sum of the rows' products, null without any.
 */
export function spacedTotal(figures: string[], sum: Decimal | null, lines: SourceLine[], label: string, rows: { products: Decimal | null; rowsSpaced: boolean } = { products: null, rowsSpaced: false }): Amount | null {
  if (figures.length < 2) return null;
  const [head, group] = [figures[figures.length - 2]!, figures[figures.length - 1]!];
  if (!isThousandsHead(head) || !isThousandsGroup(group)) return null;
  const joined = parseItalianNumber(`${head} ${group}`);
  const alone = parseItalianNumber(group);
  if (!joined || !alone) return null;
  // "Totale € 1 097,10" with a no-break space: one amount, whatever the rows sum to.
  if (group.startsWith('0') || lines.some((line) => standsNoBreak(line.text, head, group))) return joined;
  if (sum === null) return rows.rowsSpaced ? joined : null;
  const joinedAgrees = agreementEitherWay(joined.value, sum) !== 'different';
  const aloneAgrees = agreementEitherWay(alone.value, sum) !== 'different';
  if (joinedAgrees || aloneAgrees) return joinedAgrees && !aloneAgrees ? joined : null;
  if (rows.rowsSpaced || spacesThousands(figures, lines, rows.products)) return joined;
  if (figures.length > 2 || OTHER_COLUMN.test(label)) return null;
  const near = sum.abs().times(NEAR_SUM);
  return joined.value.minus(sum).abs().lte(near) && alone.value.minus(sum).abs().gt(near) ? joined : null;
}

/**
 * "Totale   420    7 986,20    1 579,24" over products of 3.870,00 and 4.116,20: two figures
 * before the last two, one space apart, that joined are the sum of the rows' products; the line
 * sets its thousands apart by a space, its last two figures too. Not where the products' total is
 * printed whole ("Totale 420 7.986,20 1 579,24"): nothing on the line says how it spaces figures.
 */
function spacesThousands(figures: string[], lines: SourceLine[], products: Decimal | null): boolean {
  if (products === null) return false;
  for (let at = 0; at + 3 < figures.length; at++) {
    const [head, group] = [figures[at]!, figures[at + 1]!];
    if (!isThousandsHead(head) || !isThousandsGroup(group)) continue;
    if (!lines.some((line) => standsSpaced(collapseSpace(line.text), `${head} ${group}`))) continue;
    if (parseItalianNumber(`${head} ${group}`)?.value.equals(products)) return true;
  }
  return false;
}

/** A share of the results' sum within which a total typed wrong still stands for it. */
const NEAR_SUM = new Decimal('0.1');
