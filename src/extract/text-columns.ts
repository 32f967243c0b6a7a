import type { PageText, PositionedText } from './layout.js';

/** Lines of prose each column must hold, and lines that must start at the second's edge, for a page to be read as two columns. */
const MIN_COLUMN_LINES = 8;
/** Share of the height the page's text spans that the two columns must span. */
const MIN_COLUMNS_HEIGHT = 1 / 3;
/** Where the second column may start, as shares of the page's width. */
const SECOND_COLUMN_FROM = 0.35;
const SECOND_COLUMN_TO = 0.65;
/** Items that start within this many points of the second column's left edge start its lines. */
const EDGE_TOLERANCE = 2;
/** A line of prose: mostly letters, and this long at least. */
const MIN_PROSE_LENGTH = 15;
const MIN_LETTER_SHARE = 0.6;
const LETTER = /\p{L}/u;

/**
 * A page's items in reading order, in groups: one group on a page of one column; on a page set in
 * two columns of text (a newsletter's or a Writer section's), the lines across both above them
 * (a title), the first column, the second, and the lines across both below them. Read as one, the
 * two columns' lines at one height ran into one line ("D3 23,50 120 … personale, che dovrà …").
 *
 * Two columns are there when many lines start at one place in the middle of the page, from the
 * first of them to the last they span a third of the page's text or more, nothing between them
 * runs across the gutter, and there is prose on both sides. A table's rows under a line of prose
 * that spans the page are one column: the prose crosses the gutter; a table alone on its page has
 * no prose in it; a summary of the projects under the last one (titles wrapped beside offices'
 * names) spans a small part of its page.
 */
export function readingGroups(page: PageText): PositionedText[][] {
  const items = page.items.filter((item) => item.text.trim() !== '');
  const edge = secondColumnEdge(items, page.width);
  if (edge === null) return [items];
  const gutter = edge - EDGE_TOLERANCE;
  // The columns' extent, from the lines that start at the second's edge: not a page number set right above it.
  const [top, bottom] = extent(items.filter((item) => Math.abs(item.x - edge) <= EDGE_TOLERANCE));
  const [pageTop, pageBottom] = extent(items);
  if (bottom - top < MIN_COLUMNS_HEIGHT * (pageBottom - pageTop)) return [items];
  const within = items.filter((item) => item.y >= top && item.y <= bottom);
  if (within.some((item) => item.x < gutter && item.x + item.width > gutter + EDGE_TOLERANCE)) return [items];
  const left = within.filter((item) => item.x < gutter);
  const second = within.filter((item) => item.x >= gutter);
  if (proseLines(left) < MIN_COLUMN_LINES || proseLines(second) < MIN_COLUMN_LINES) return [items];
  const above = items.filter((item) => item.y < top);
  const below = items.filter((item) => item.y > bottom);
  return [above, ...inBands(within, gutter), below].filter((group) => group.length > 0);
}

/**
 * The columns' items in reading order: each run of lines set in columns, its first column then its
 * second; a table's row across both columns (figures on both sides of the gutter, "D1 22,29 90 |
 * 2.006,10 20 401,22", or a total's label left of it) read whole, where it stands.
 */
function inBands(items: PositionedText[], gutter: number): PositionedText[][] {
  const byLine = new Map<number, PositionedText[]>();
  for (const item of items) {
    const y = Math.round(item.y);
    const line = byLine.get(y);
    if (line) line.push(item);
    else byLine.set(y, [item]);
  }
  const groups: PositionedText[][] = [];
  let left: PositionedText[] = [];
  let right: PositionedText[] = [];
  const close = () => {
    groups.push(left, right);
    left = [];
    right = [];
  };
  for (const y of [...byLine.keys()].sort((a, b) => a - b)) {
    const line = byLine.get(y)!;
    const [first, second] = [line.filter((item) => item.x < gutter), line.filter((item) => item.x >= gutter)];
    const rowStart = isTableRowPart(first, MIN_LEFT_DIGITS, LEFT_DIGIT_SHARE) || TOTAL_LABEL.test(first.map((item) => item.text).join(' '));
    if (rowStart && isTableRowPart(second, MIN_ROW_DIGITS, ROW_DIGIT_SHARE)) {
      close();
      groups.push(line);
    } else {
      left.push(...first);
      right.push(...second);
    }
  }
  close();
  return groups;
}

/** Figures, at least `min` digits and `share` of the visible characters: "2.006,10 20 401,22", "D1 22,29 90". */
function isTableRowPart(items: PositionedText[], min: number, share: number): boolean {
  const visible = items.map((item) => item.text).join('').replace(/\s+/g, '');
  const digits = visible.replace(/\D/g, '').length;
  return digits >= min && digits >= share * visible.length;
}

/** A row's part right of the gutter is mostly figures; left of it, its grade and first cells have some. */
const MIN_ROW_DIGITS = 4;
const ROW_DIGIT_SHARE = 0.5;
const MIN_LEFT_DIGITS = 2;
/** "Totale" left of the gutter, its figures right of it. */
const TOTAL_LABEL = /^\s*(?:totale|tot\.|totali|sommano)\b/i;
const LEFT_DIGIT_SHARE = 0.3;

/** The highest and lowest baselines of the items (a page's items may be too many to spread into Math.min). */
function extent(items: PositionedText[]): [number, number] {
  let top = Infinity;
  let bottom = -Infinity;
  for (const item of items) {
    if (item.y < top) top = item.y;
    if (item.y > bottom) bottom = item.y;
  }
  return [top, bottom];
}

/** The x where most lines in the middle of the page start, when enough do; else null. */
function secondColumnEdge(items: PositionedText[], width: number): number | null {
  const starts = new Map<number, number>();
  for (const item of items) {
    if (item.x < SECOND_COLUMN_FROM * width || item.x > SECOND_COLUMN_TO * width) continue;
    const x = Math.round(item.x);
    starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [x, count] of starts) if (best === null || count > best[1]) best = [x, count];
  return best !== null && best[1] >= MIN_COLUMN_LINES ? best[0] : null;
}

/** How many of the items' lines (items on one baseline, within a point) are prose. */
function proseLines(items: PositionedText[]): number {
  const lines = new Map<number, string>();
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const y = Math.round(item.y);
    lines.set(y, `${lines.get(y) ?? ''} ${item.text}`);
  }
  let prose = 0;
  for (const text of lines.values()) {
    const visible = text.replace(/\s+/g, '');
    if (visible.length < MIN_PROSE_LENGTH) continue;
    let letters = 0;
    for (const char of visible) if (LETTER.test(char)) letters++;
    if (letters >= MIN_LETTER_SHARE * visible.length) prose++;
  }
  return prose;
}
