import { cutAtEdge, digitUnit, splitWords } from './glued-cells.js';
import type { Interval } from './glued-cells.js';
import type { Atom, TextRow } from './layout.js';
import { stackHeaderLines } from './stacked-header.js';

/** The header row of a table: what anchors the columns of its rows, on its page and the next. */
export interface TableHeader {
  text: string;
  size: number;
  /** Gaps between the header's cells. */
  gaps: Interval[];
  /** Left edges of header cells that meet their neighbour at no word space (touching, or far apart). */
  anchors: number[];
}

/** Rows with the spaces their columns call for, and what the page leaves for the next one. */
export interface ColumnSeparation {
  rows: TextRow[];
  /** The header of the table whose rows reach the foot of the page, if one does. */
  openTable: TableHeader | null;
  /** Indexes (into `rows`) of header rows repeating the header of the table continued from the page before. */
  repeatedHeaders: Set<number>;
}

/** Where the cells of two columns meet, and which rows show a gap there. */
interface Edge extends Interval {
  rows: Set<number>;
}

interface RowGap {
  row: number;
  gap: Interval;
}

interface TableBlock {
  /** Indexes of the rows dense with digits: the table's body. */
  body: number[];
  header: number | null;
  /** The first line after the table before: how far up the header may reach. */
  above: number;
}

/** Digits a line needs, and the share of its characters they must be, to count as a table row. */
const MIN_ROW_DIGITS = 6;
const MIN_ROW_DIGIT_SHARE = 0.55;
/** Non-table lines allowed between two table rows (a total, a wrapped cell). */
const MAX_ROWS_BETWEEN = 2;
/** How far above the first row the header may be, in lines. */
const HEADER_REACH = 3;
/** Header cells further apart than this many font sizes are surely two cells (a word space is less). */
const WIDE_GAP = 0.6;
/** Share of a table's rows that must show a gap at a place for it to be a column edge. */
const EDGE_SUPPORT = 0.4;
/** Tolerance for positions, in font sizes: a glued cell is cut only within this distance of an edge. */
const POSITION_TOLERANCE = 0.2;
/** Cell starts within this many font sizes of each other are aligned. */
const ALIGNED = 0.1;
/** Lines from the top or foot of a page within which a table continues from, or onto, another page. */
const PAGE_EDGE_ROWS = 4;
const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;
const CURRENCY = /^(?:€|euro|EUR)$/i;

/**
 * Finds the tables of a page (runs of rows dense with digits, with the header above them) and
 * puts a space wherever a row crosses from one column to the next, even when the cells are closer
 * than a word space, and cuts cells glued into one item at the column edges. Edges are where most
 * rows (and the header) leave a gap; the header's cell starts anchor the rest. `carried` is the
 * header of a table left open at the foot of the previous page.
 */
export function separateColumns(rows: TextRow[], carried: TableHeader | null): ColumnSeparation {
  const result = [...rows];
  const repeatedHeaders = new Set<number>();
  let openTable: TableHeader | null = null;
  tableBlocks(rows).forEach((block, index) => {
    const members = block.header === null ? block.body : [block.header, ...block.body];
    for (const member of members) {
      const row = rows[member] as TextRow;
      result[member] = { ...row, atoms: [...row.atoms], spaced: [...row.spaced] };
    }
    let header = block.header === null ? null : headerOf(result[block.header] as TextRow);
    const continues = index === 0 && carried !== null && (block.body[0] ?? 0) <= PAGE_EDGE_ROWS;
    if (continues && carried && header && sameText(header.text, carried.text)) repeatedHeaders.add(block.header as number);
    const carriedOnly = continues && header === null;
    if (carriedOnly) header = carried;
    separateBlock(result, block, header, carriedOnly);
    if (block.header !== null) stackHeaderLines(result, block.header, block.body[0] as number, block.above);
    openTable = (block.body.at(-1) ?? 0) >= rows.length - PAGE_EDGE_ROWS ? header : null;
  });
  return { rows: result, openTable, repeatedHeaders };
}

function tableBlocks(rows: TextRow[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let previousEnd = -1;
  rows.forEach((row, index) => {
    if (!isTableRow(row)) return;
    const block = blocks.at(-1);
    if (block && index - previousEnd <= MAX_ROWS_BETWEEN + 1) block.body.push(index);
    else blocks.push({ body: [index], header: headerAbove(rows, index, previousEnd), above: previousEnd + 1 });
    previousEnd = index;
  });
  return blocks;
}

function isTableRow(row: TextRow): boolean {
  let digits = 0;
  let visible = 0;
  for (const atom of row.atoms) {
    for (let i = 0; i < atom.text.length; i++) {
      const code = atom.text.charCodeAt(i);
      if (code >= 48 && code <= 57) digits++;
      if (code > 32) visible++;
    }
  }
  return digits >= MIN_ROW_DIGITS && digits >= MIN_ROW_DIGIT_SHARE * visible;
}

/** The nearest line above a table's first row with three cells or more, mostly letters. */
function headerAbove(rows: TextRow[], first: number, previousEnd: number): number | null {
  for (let index = first - 1; index >= Math.max(previousEnd + 1, first - HEADER_REACH); index--) {
    const row = rows[index];
    if (!row || row.atoms.length < 3) continue;
    let letters = 0;
    let digits = 0;
    for (const atom of row.atoms) {
      for (const char of atom.text) {
        if (LETTER.test(char)) letters++;
        else if (char >= '0' && char <= '9') digits++;
      }
    }
    if (letters >= digits) return index;
  }
  return null;
}

function headerOf(row: TextRow): TableHeader {
  const gaps: Interval[] = [];
  const anchors: number[] = [];
  for (let i = 1; i < row.atoms.length; i++) {
    const [left, right] = [row.atoms[i - 1] as Atom, row.atoms[i] as Atom];
    gaps.push(gapBetween(left, right));
    const gap = right.x0 - left.x1;
    if (gap <= row.joinGap || gap > WIDE_GAP * row.size) anchors.push(right.x0);
  }
  return { text: row.atoms.map((atom) => atom.text).join(' '), size: row.size, gaps, anchors };
}

function separateBlock(rows: TextRow[], block: TableBlock, header: TableHeader | null, carriedOnly: boolean): void {
  const members = block.header === null ? block.body : [block.header, ...block.body];
  const body = block.body.map((index) => rows[index] as TextRow);
  const size = header?.size ?? body[0]?.size ?? 0;
  const tolerance = POSITION_TOLERANCE * size;
  const unit = digitUnit(body);
  if (unit !== null) for (const index of members) splitWords(rows[index] as TextRow, unit);
  const edges = columnEdges(rows, members, carriedOnly ? header : null, tolerance);
  const anchors = header && anchorsAlignWithCells(body, header.anchors, size) ? header.anchors.map((x) => ({ x0: x, x1: x })) : [];
  for (const index of members) {
    const row = rows[index] as TextRow;
    for (const edge of edges) if (!edge.rows.has(index)) cutAtEdge(row, edge, tolerance, unit);
    for (const anchor of anchors) if (!wholeNumberAcross(row, anchor.x0, tolerance)) cutAtEdge(row, anchor, tolerance, unit);
    for (let i = 0; i + 1 < row.atoms.length; i++) {
      if (row.spaced[i] || wordGoesOn(row.atoms[i] as Atom, row.atoms[i + 1] as Atom, size)) continue;
      const gap = gapBetween(row.atoms[i] as Atom, row.atoms[i + 1] as Atom);
      row.spaced[i] = edges.some((edge) => overlaps(gap, edge, tolerance)) || anchors.some((anchor) => overlaps(gap, anchor, tolerance));
    }
  }
}

/**
 * "oneri ri" / "fl" / "essi": items of one word a ligature's glyph split, small letters touching
 * small letters (ligatures join small letters); no column's edge parts them, however near it runs.
 */
function wordGoesOn(left: Atom, right: Atom, size: number): boolean {
  return right.x0 - left.x1 <= TOUCHING * size && LETTER_END.test(left.text) && LETTER_START.test(right.text);
}

const TOUCHING = 0.05;
const LETTER_END = /\p{Ll}$/u;
const LETTER_START = /^\p{Ll}/u;

/** Places where enough of the block's rows (and the header carried from the page before) leave a gap. */
function columnEdges(rows: TextRow[], members: number[], carried: TableHeader | null, tolerance: number): Edge[] {
  const gaps: RowGap[] = [];
  for (const index of members) {
    const atoms = (rows[index] as TextRow).atoms;
    for (let i = 1; i < atoms.length; i++) {
      const [left, right] = [atoms[i - 1] as Atom, atoms[i] as Atom];
      // "€ 1.435,00": the sign and its amount are one cell, however far apart a right-aligned column sets them.
      if (!CURRENCY.test(left.text) && !CURRENCY.test(right.text)) gaps.push({ row: index, gap: gapBetween(left, right) });
    }
  }
  if (carried) for (const gap of carried.gaps) gaps.push({ row: -1, gap });
  const voters = members.length + (carried ? 1 : 0);
  const needed = Math.max(Math.min(2, voters), EDGE_SUPPORT * voters);
  return overlappingGroups(gaps, tolerance)
    .map(deepestEdge)
    .filter((edge) => edge.rows.size >= needed);
}

/** Groups gaps that overlap, directly or through others. */
function overlappingGroups(gaps: RowGap[], tolerance: number): RowGap[][] {
  const groups: RowGap[][] = [];
  let end = -Infinity;
  for (const gap of [...gaps].sort((a, b) => a.gap.x0 - b.gap.x0)) {
    const group = groups.at(-1);
    if (group && gap.gap.x0 <= end + tolerance) {
      group.push(gap);
      end = Math.max(end, gap.gap.x1);
    } else {
      groups.push([gap]);
      end = gap.gap.x1;
    }
  }
  return groups;
}

/** The stretch that most of a group's gaps share, and the rows whose gap covers it. */
function deepestEdge(group: RowGap[]): Edge {
  const events = group.flatMap(({ gap }) => [
    { x: gap.x0, step: 1 },
    { x: gap.x1, step: -1 },
  ]);
  events.sort((a, b) => a.x - b.x || b.step - a.step);
  let depth = 0;
  let best = { depth: 0, x0: 0, x1: 0 };
  events.forEach((event, i) => {
    depth += event.step;
    if (event.step === 1 && depth > best.depth) best = { depth, x0: event.x, x1: events[i + 1]?.x ?? event.x };
  });
  const rows = new Set(group.filter(({ gap }) => gap.x0 <= best.x0 && gap.x1 >= best.x1).map(({ row }) => row));
  return { x0: best.x0, x1: best.x1, rows };
}

/**
 * A header's cell starts are column edges only where its headings are aligned to the left of
 * their cells, like the rows' cells: some heading must start exactly where the cells under it start.
 * Centred headings start inside their column, where a cut would split a number.
 */
function anchorsAlignWithCells(body: TextRow[], anchors: number[], size: number): boolean {
  return anchors.some((anchor) => {
    const starting = body.filter((row) => row.atoms.some((atom) => Math.abs(atom.x0 - anchor) <= ALIGNED * size));
    return starting.length >= Math.max(1, EDGE_SUPPORT * body.length);
  });
}

/**
 * Whether the atom of `row` across a header's cell start at `x` is a short whole number or a
 * percentage: one cell wider than those under the heading ("150" under "Ore", set right like "80",
 * which starts where "Ore" does; "20%" under a centred "%"), never two cells glued together
 * ("18,56400", "427520").
 */
function wholeNumberAcross(row: TextRow, x: number, tolerance: number): boolean {
  const atom = row.atoms.find((a) => a.x0 + tolerance < x && a.x1 - tolerance > x);
  return atom !== undefined && SHORT_WHOLE.test(atom.text);
}

const SHORT_WHOLE = /^\d{1,4}$|^\d{1,3}(?:,\d{1,2})?%$/;

function gapBetween(left: Atom, right: Atom): Interval {
  if (left.x1 <= right.x0) return { x0: left.x1, x1: right.x0 };
  const middle = (left.x1 + right.x0) / 2;
  return { x0: middle, x1: middle };
}

function overlaps(a: Interval, b: Interval, tolerance: number): boolean {
  return a.x0 <= b.x1 + tolerance && b.x0 <= a.x1 + tolerance;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
