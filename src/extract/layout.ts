import type { OcrWordReading, SourceLine } from '../model.js';
import { asSuperscript } from '../normalize/numbers.js';
import { separateColumns } from './columns.js';
import { withSignsRestored } from './lost-signs.js';
import type { TableHeader } from './columns.js';
import { findPageNoise } from './page-noise.js';
import { median, readingGroups } from './text-columns.js';
import { composed, LATIN_LETTERS } from './text.js';
import type { NoiseLine } from './page-noise.js';

export type { NoiseLine, NoiseReason } from './page-noise.js';
export type { TableHeader } from './columns.js';

/** A run of text placed on a page, as the PDF text layer (or an OCR engine) gives it. */
export interface PositionedText {
  text: string;
  /** Left edge, in points from the left of the page. */
  x: number;
  /** Baseline, in points from the top of the page. */
  y: number;
  /** Advance width, in points. */
  width: number;
  /** Font size (em height), in points. */
  height: number;
  /** For a word read by OCR: how sure the engine was of it (0 to 1), and what it read if the text was corrected. */
  ocr?: { confidence: number; read?: string };
}

/** One page's positioned text; sizes in points. */
export interface PageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PositionedText[];
}

/** A text piece of a line that is never split further: a word, a cell, or glyphs joined into one. */
export interface Atom {
  text: string;
  x0: number;
  x1: number;
  /** Items it was made of, left to right: their junctions are where a glued atom can be cut. */
  items: PositionedText[];
}

/** A line of one page while it is rebuilt: atoms left to right, and whether a space follows each. */
export interface TextRow {
  y: number;
  /** Median font size of the line, the unit of every tolerance. */
  size: number;
  /** Largest gap between items that still joins them into one word. */
  joinGap: number;
  atoms: Atom[];
  /** `spaced[i]` is true when a space separates `atoms[i]` from `atoms[i + 1]`. */
  spaced: boolean[];
}

/** A rebuilt line with the geometry that page-level noise detection needs. */
export interface PlacedLine {
  page: number;
  text: string;
  /** Baseline, in points from the top of the page. */
  y: number;
  size: number;
  x0: number;
  x1: number;
  /** A table's header printed again at the top of the page on which the table continues. */
  repeatedHeader: boolean;
  /** For a line read by OCR, its words and the confidence in each. */
  ocr?: OcrWordReading[];
}

/** A page turned into lines, with the table (if any) still open at its foot. */
export interface PageLayout {
  page: number;
  height: number;
  lines: PlacedLine[];
  openTable: TableHeader | null;
}

/** The lines of a document in reading order, and the lines taken out as page furniture. */
export interface LaidOutDocument {
  lines: SourceLine[];
  noise: NoiseLine[];
}

/** Items on baselines closer than this many font sizes form one line (superscripts stay on it). */
const BASELINE_TOLERANCE = 0.5;
/** A gap wider than this many font sizes (beyond the line's letter tracking) separates words. */
const WORD_GAP = 0.12;
/** Lines of glyph-per-item text with at least this many glyph junctions get their tracking measured. */
const MIN_GLYPH_JUNCTIONS = 4;
/**
 * An item starting this many font sizes inside the one before is another cell printed over it
 * (a long label running past its clipped cell into the next), never the rest of its word.
 */
const OVERPRINT = 0.5;
/** Copies of an item (fake bold, shadows) offset by less than this share of its width are one item. */
const DUPLICATE_OFFSET = 0.3;
/** A footnote mark is printed at most this share of its line's font size… */
const MARK_SIZE = 0.9;
/** …and its baseline raised by at least this many font sizes. */
const MARK_RISE = 0.2;
/** White space other than single spaces between words. */
const UNTIDY_SPACE = /\s\s|^\s|\s$|[^\S ]/;

/**
 * Turns one page's items into lines: baseline clustering, left-to-right order, spaces where the
 * gaps (or a table's columns) say so. `carried` is the table left open at the foot of the
 * previous page, whose header anchors the columns of rows that continue it.
 */
export function layoutPage(page: PageText, carried: TableHeader | null = null): PageLayout {
  const rows = readingGroups(page).flatMap((items) => withMarksOnTheirWords(clusterBaselines(items)).map(rowOf));
  const { rows: separated, openTable, repeatedHeaders } = separateColumns(rows, carried);
  const lines = separated.map((row, index): PlacedLine => ({
    page: page.page,
    text: withSignsRestored(composed(rowText(row))),
    y: row.y,
    size: row.size,
    x0: row.atoms[0]?.x0 ?? 0,
    x1: row.atoms.at(-1)?.x1 ?? 0,
    repeatedHeader: repeatedHeaders.has(index),
    ...ocrReadingOf(row),
  }));
  return { page: page.page, height: page.height, lines: lines.filter((line) => line.text !== ''), openTable };
}

/**
 * Joins laid-out pages into the document's lines, numbered from 1 in reading order, after taking
 * out running headers and footers, page numbers and repeated table headers (returned as `noise`).
 */
export function assembleLines(pages: PageLayout[]): LaidOutDocument {
  const noisy = findPageNoise(pages);
  const lines: SourceLine[] = [];
  const noise: NoiseLine[] = [];
  for (const page of pages) {
    for (const line of page.lines) {
      const reason = noisy.get(line) ?? (line.repeatedHeader ? 'repeated-table-header' : undefined);
      if (reason) noise.push({ page: page.page, text: line.text, reason });
      else lines.push({ text: line.text, line: lines.length + 1, page: page.page, ...(line.ocr && { ocr: line.ocr }) });
    }
  }
  return { lines, noise };
}

/** {@link layoutPage} over every page in order, then {@link assembleLines}. */
export function layoutDocument(pages: Iterable<PageText>): LaidOutDocument {
  const laidOut: PageLayout[] = [];
  for (const page of pages) laidOut.push(layoutPage(page, laidOut.at(-1)?.openTable ?? null));
  return assembleLines(laidOut);
}

interface Baseline {
  y: number;
  size: number;
  items: PositionedText[];
}

function clusterBaselines(items: PositionedText[]): Baseline[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const baselines: Baseline[] = [];
  let current: Baseline | undefined;
  for (const item of sorted) {
    if (current && Math.abs(item.y - current.y) <= BASELINE_TOLERANCE * reach(item.height, current.size)) {
      current.items.push(item);
      current.y += (item.y - current.y) / current.items.length;
      current.size = Math.max(current.size, item.height);
    } else {
      current = { y: item.y, size: item.height, items: [item] };
      baselines.push(current);
    }
  }
  return baselines;
}

/**
 * A footnote mark raised after a word of a line set close under another ("Costo" / "Profilo Cat.
 * Ore …" / "orario¹", a header's cells stacked with tight leading) can stand nearer the line above
 * than its own and be clustered there, a figure among its words: it goes back to the line below
 * where it touches a word's end, smaller than it and raised above its baseline as a mark is,
 * touching none on the line it was put on.
 */
function withMarksOnTheirWords(baselines: Baseline[]): Baseline[] {
  let moved = false;
  baselines.forEach((line, index) => {
    const below = baselines[index + 1];
    if (!below) return;
    for (const mark of [...line.items]) {
      if (mark.ocr || mark.height > MARK_SIZE * line.size || !/^\d{1,2}$/.test(mark.text)) continue;
      if (line.items.some((item) => item !== mark && endsAt(item, mark))) continue;
      if (!below.items.some((word) => endsAt(word, mark) && isMarkOf(mark, word))) continue;
      line.items.splice(line.items.indexOf(mark), 1);
      line.y = line.items.reduce((sum, item) => sum + item.y, 0) / (line.items.length || 1);
      below.items.push(mark);
      moved = true;
    }
  });
  return moved ? baselines.filter((line) => line.items.length > 0) : baselines;
}

/** Whether `word` ends where `mark` starts, within a hair's breadth. */
function endsAt(word: PositionedText, mark: PositionedText): boolean {
  return Math.abs(mark.x - (word.x + word.width)) <= MARK_GAP * word.height;
}

function isMarkOf(mark: PositionedText, word: PositionedText): boolean {
  const rise = word.y - mark.y;
  return mark.height <= MARK_SIZE * word.height && rise >= MARK_RISE * word.height && rise <= MARK_MOST_RISE * word.height;
}

/** A mark starts at most this many font sizes from the end of the word it marks… */
const MARK_GAP = 0.15;
/** …and is raised at most this many above its baseline (a superscript's is some 0.33 to 0.4). */
const MARK_MOST_RISE = 0.7;

/**
 * The size that sets how far apart two baselines may be and still be one line: the larger, so a
 * superscript stays on its line; the smaller, where one is far larger than the other (a heading
 * several times the text's size, set tight above a line of text, is not on that line).
 */
function reach(a: number, b: number): number {
  const [small, large] = a < b ? [a, b] : [b, a];
  return large > OTHER_SIZE * small ? small : large;
}

/** A size more than this many times another is a heading's, not a superscript's. */
const OTHER_SIZE = 2;

function rowOf(baseline: Baseline): TextRow {
  const placed = withoutDuplicates(baseline.items.sort((a, b) => a.x - b.x));
  const size = median(placed.map((item) => item.height));
  const items = closedUpLetterSpacing(withFootnoteMarks(placed, size));
  const joinGap = (tracking(items, size) + WORD_GAP) * size;
  const atoms: Atom[] = [];
  const spaced: boolean[] = [];
  let previous: PositionedText | undefined;
  for (const item of items) {
    const atom = atoms.at(-1);
    if (atom && previous) {
      const gap = item.x - (previous.x + previous.width);
      const blank = /\s$/.test(previous.text) || /^\s/.test(item.text);
      if (gap <= joinGap && !blank && (isGlyph(previous) || isGlyph(item))) {
        atom.text += item.text;
        atom.x1 = Math.max(atom.x1, item.x + item.width);
        atom.items.push(item);
        previous = item;
        continue;
      }
      spaced.push(gap > joinGap || blank || digitsMeet(previous, item) || gap < -OVERPRINT * size);
    }
    atoms.push({ text: item.text, x0: item.x, x1: item.x + item.width, items: [item] });
    previous = item;
  }
  return { y: baseline.y, size, joinGap, atoms, spaced };
}

/**
 * Footnote digits printed smaller and raised after a word or an amount (`1.003,20²`), written as
 * the superscript digits they are: joined as plain digits they would become digits of the amount.
 * Not for words read by OCR, whose boxes say nothing of a font's size.
 */
function withFootnoteMarks(items: PositionedText[], size: number): PositionedText[] {
  const baseline = median(items.map((item) => item.y));
  return items.map((item, index) => {
    const mark = index > 0 && !item.ocr && /^\d+$/.test(item.text) && item.height <= MARK_SIZE * size && baseline - item.y >= MARK_RISE * size;
    return mark ? { ...item, text: asSuperscript(item.text) } : item;
  });
}

/**
 * A row's letter-spaced items closed up: `2 3 , 1 2` is `23,12`, `T o t a l e` is `Totale`,
 * `P R O G E T T O` `N .` `1` is `PROGETTO N. 1`.
 *
 * Note: pdfjs writes a space between glyphs set 0.1 em or more apart, so text printed with wide
 * character spacing (`Tc`) arrives as single characters a space apart, and a word space inside it
 * is written the same single space. A figure whose separator stands a space from its digits
 * (`3 , 1`), or a word of capitals a space apart (`P R O G E T T O`: no Italian sentence strings
 * four capitals on their own), shows the row is letter-spaced; there, an item that closes up into
 * a figure, a grade or a single word (an abbreviation's dot after it) is closed up, and anything
 * else (several words, whose spaces are lost) is left.
 */
function closedUpLetterSpacing(items: PositionedText[]): PositionedText[] {
  const spacedRow = items.some((item) => LETTER_SPACED.test(item.text) && (SPACED_FIGURE.test(item.text) || SPACED_CAPITALS.test(item.text)));
  if (!spacedRow) return items;
  return items.map((item) => {
    const closed = item.text.replaceAll(' ', '');
    return LETTER_SPACED.test(item.text) && CLOSED_UP.test(closed) ? { ...item, text: closed } : item;
  });
}

/** Single characters, each one space from the next. */
const LETTER_SPACED = /^\S(?: \S)+$/;
/** A decimal or thousands separator set a space from the digits on both sides. */
const SPACED_FIGURE = /\d [.,] \d/;
/** A word of four capitals or more, each one space from the next. */
const SPACED_CAPITALS = /^\p{Lu}(?: \p{Lu}){3,}$/u;
/** What a letter-spaced item may be once closed up: a figure, a grade or code, or one word (`N.`). */
const CLOSED_UP = new RegExp(String.raw`^(?:[A-Za-z]{0,2}\d[\d.,]*%?|[${LATIN_LETTERS}’']+\.?)$`);

/** The OCR confidence of each atom of a row read by OCR: the least of its words'. */
function ocrReadingOf(row: TextRow): { ocr?: OcrWordReading[] } {
  if (!row.atoms.some((atom) => atom.items.some((item) => item.ocr))) return {};
  return {
    ocr: row.atoms.map((atom) => {
      const confidence = Math.min(...atom.items.map((item) => item.ocr?.confidence ?? 1));
      const corrected = atom.items.some((item) => item.ocr?.read !== undefined);
      return corrected ? { text: atom.text, confidence, read: atom.items.map((item) => item.ocr?.read ?? item.text).join('') } : { text: atom.text, confidence };
    }),
  };
}

/** The text of a row: atoms joined by a space where one belongs, runs of white space made single. */
function rowText(row: TextRow): string {
  let text = '';
  row.atoms.forEach((atom, index) => {
    if (index > 0 && row.spaced[index - 1]) text += ' ';
    text += atom.text;
  });
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Letter tracking of a line drawn glyph by glyph: the lower quartile of its glyph-to-glyph gaps. */
function tracking(items: PositionedText[], size: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < items.length; i++) {
    const [left, right] = [items[i - 1], items[i]];
    if (left && right && isGlyph(left) && isGlyph(right)) gaps.push((right.x - left.x - left.width) / size);
  }
  if (gaps.length < MIN_GLYPH_JUNCTIONS) return 0;
  gaps.sort((a, b) => a - b);
  return Math.min(Math.max(gaps[Math.floor(gaps.length / 4)] ?? 0, 0), 2);
}

/** Drops an item drawn again a hair's breadth from an identical one; `items` are sorted by x. */
function withoutDuplicates(items: PositionedText[]): PositionedText[] {
  const kept: PositionedText[] = [];
  for (const item of items) {
    let twin = false;
    for (let i = kept.length - 1; i >= 0 && !twin; i--) {
      const other = kept[i] as PositionedText;
      if (item.x - other.x >= DUPLICATE_OFFSET * Math.max(item.width, other.width)) break;
      twin = other.text === item.text && Math.abs(other.width - item.width) < DUPLICATE_OFFSET * item.width;
    }
    if (!twin) kept.push(item);
  }
  return kept;
}

function isGlyph(item: PositionedText): boolean {
  const text = item.text.trim();
  const high = text.charCodeAt(0);
  return text.length === 1 || (text.length === 2 && high >= 0xd800 && high <= 0xdbff);
}

/** Two multi-character items that meet digit to digit are two numbers, never one split in two. */
function digitsMeet(left: PositionedText, right: PositionedText): boolean {
  return !isGlyph(left) && !isGlyph(right) && /\d$/.test(left.text) && /^\d/.test(right.text);
}
