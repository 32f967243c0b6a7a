import type { PageText, PositionedText } from './layout.js';

/** Lines of prose each column must hold, and lines that must start at the second's edge, for a page to be read as two columns… */
const MIN_COLUMN_LINES = 8;
/** …or this many, where the columns' lines interleave: a paragraph set in two columns under a project's title. */
const MIN_INTERLEAVED_LINES = 4;
/** Share of the height the page's text spans that the two columns must span, unless their lines interleave. */
const MIN_COLUMNS_HEIGHT = 1 / 3;
/** Share of the shorter column's lines at most that may stand on a baseline of the other, for its lines to interleave. */
const MAX_SHARED_BASELINES = 0.2;
/** Baselines this many points apart or less are one. */
const SAME_BASELINE = 1;
/** A column's lines follow one another at most this many font sizes apart, most of them (the median gap). */
const MAX_LINE_PITCH = 2;
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
 * names) spans a small part of its page. Columns spanning a small part of the page are read as
 * columns still when their lines interleave (see {@link interleave}): a description and the first
 * conditions set in two columns between a project's title and its table. The first column may
 * end a few lines below the second (see {@link firstColumnFoot}).
 */
export function readingGroups(page: PageText): PositionedText[][] {
  const items = page.items.filter((item) => item.text.trim() !== '');
  const column = secondColumnEdge(items, page.width);
  if (column === null) return [items];
  const { edge, starts } = column;
  const gutter = edge - EDGE_TOLERANCE;
  // The columns' extent, from the lines that start at the second's edge: not a page number set right above it.
  const [top, secondBottom] = extent(items.filter((item) => Math.abs(item.x - edge) <= EDGE_TOLERANCE));
  const bottom = firstColumnFoot(items, gutter, top, secondBottom);
  const [pageTop, pageBottom] = extent(items);
  const within = items.filter((item) => item.y >= top && item.y <= bottom);
  if (within.some((item) => item.x < gutter && item.x + item.width > gutter + EDGE_TOLERANCE)) return [items];
  const left = within.filter((item) => item.x < gutter);
  const second = within.filter((item) => item.x >= gutter);
  const [leftProse, secondProse] = [proseLines(left), proseLines(second)];
  if (leftProse < MIN_INTERLEAVED_LINES || secondProse < MIN_INTERLEAVED_LINES) return [items];
  const few = starts < MIN_COLUMN_LINES || leftProse < MIN_COLUMN_LINES || secondProse < MIN_COLUMN_LINES;
  if ((few || bottom - top < MIN_COLUMNS_HEIGHT * (pageBottom - pageTop)) && !interleave(left, second)) return [items];
  const above = items.filter((item) => item.y < top);
  const below = items.filter((item) => item.y > bottom);
  return [above, ...inBands(within, gutter), below].filter((group) => group.length > 0);
}

/** Lines the first column may run below the second's last: columns are balanced, a line or two apart. */
const MAX_FIRST_COLUMN_TAIL = 3;
/** A line of the first column is printed in its size, within this share (a footer's smaller print is not). */
const SAME_SIZE = 0.1;

/**
 * Where the first column ends: the second's last baseline, or below it the first column's last
 * lines, which balanced columns leave there ("I benefici saranno percepibili dall’utenza esterna,
 * che" | nothing): lines left of the gutter only, in the column's print, each a line below the
 * one before, up to the first that reaches across the gutter ("Quinta condizione: (risorse
 * quantificate…)" over the page). More than a balance leaves are something else under the
 * columns, a list, and stay below; so does a footer in smaller print ("Pag. 1 di 2").
 */
function firstColumnFoot(items: PositionedText[], gutter: number, top: number, secondBottom: number): number {
  const first = items.filter((item) => item.x < gutter && item.y >= top && item.y <= secondBottom);
  if (first.length === 0) return secondBottom;
  const size = median(first.map((item) => item.height));
  const lines = byBaseline(items.filter((item) => item.y > secondBottom));
  let [, foot] = extent(first);
  let tail = 0;
  for (const y of [...lines.keys()].sort((a, b) => a - b)) {
    const line = lines.get(y)!;
    const [, lowest] = extent(line);
    const acrossOrApart = line.some((item) => item.x + item.width > gutter) || lowest - foot > MAX_LINE_PITCH * size;
    if (acrossOrApart || Math.abs(median(line.map((item) => item.height)) - size) > SAME_SIZE * size) break;
    foot = lowest;
    tail++;
  }
  return tail > 0 && tail <= MAX_FIRST_COLUMN_TAIL ? foot : secondBottom;
}

/**
 * The columns' items in reading order: each run of lines set in columns, its first column then its
 * second; a table's row across both columns (figures on both sides of the gutter, "D1 22,29 90 |
 * 2.006,10 20 401,22", or a total's label left of it) read whole, where it stands; a table's two
 * columns of prose read row by row (see {@link tableRows}).
 */
function inBands(items: PositionedText[], gutter: number): PositionedText[][] {
  const byLine = byBaseline(items);
  const groups: PositionedText[][] = [];
  let left: PositionedText[] = [];
  let right: PositionedText[] = [];
  const close = () => {
    groups.push(...(tableRows(left, right) ?? [left, right]));
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

/** A line opens a block (a paragraph, a table's cell) when it stands this many times its column's usual line pitch below the line before. */
const BLOCK_GAP = 1.4;
/** Rows of a table of two columns of prose: at least this many blocks opening on one baseline on both sides… */
const MIN_TABLE_ROWS = 3;
/** …and this share of each side's blocks. */
const TABLE_ROW_SHARE = 0.5;

/**
 * The two sides of a run of columns read row by row, when they are a table's two columns of
 * prose rather than text in columns: most blocks on each side open on one baseline with one on
 * the other ("1 Miglioramento quali-quantitativo dei X" | "Il progetto migliora la correttezza
 * …", a condition's name and its reasons), each row its first cell's lines then its second's.
 * Text flowing in two columns opens its paragraphs wherever they fall; null there.
 */
function tableRows(left: PositionedText[], right: PositionedText[]): PositionedText[][] | null {
  const [leftStarts, rightStarts] = [blockStarts(left), blockStarts(right)];
  const rows = leftStarts.filter((y) => rightStarts.some((other) => Math.abs(other - y) <= SAME_BASELINE));
  if (rows.length < MIN_TABLE_ROWS || rows.length < TABLE_ROW_SHARE * leftStarts.length || rows.length < TABLE_ROW_SHARE * rightStarts.length) return null;
  const groups: PositionedText[][] = [];
  const bounds = [-Infinity, ...rows.slice(1).map((y) => y - SAME_BASELINE), Infinity];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const inRow = (item: PositionedText) => item.y >= bounds[i]! && item.y < bounds[i + 1]!;
    groups.push(left.filter(inRow), right.filter(inRow));
  }
  return groups;
}

/** The baselines of a side's lines that open a block: its first, and each well below the line before it. */
function blockStarts(items: PositionedText[]): number[] {
  const ys = baselines(items);
  if (ys.length < 2) return ys;
  const pitch = median(ys.slice(1).map((y, i) => y - ys[i]!));
  return ys.filter((y, i) => i === 0 || y - ys[i - 1]! > BLOCK_GAP * pitch);
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

/** The x where most lines in the middle of the page start, and how many do, when enough do; else null. */
function secondColumnEdge(items: PositionedText[], width: number): { edge: number; starts: number } | null {
  const starts = new Map<number, number>();
  for (const item of items) {
    if (item.x < SECOND_COLUMN_FROM * width || item.x > SECOND_COLUMN_TO * width) continue;
    const x = Math.round(item.x);
    starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [x, count] of starts) if (best === null || count > best[1]) best = [x, count];
  return best !== null && best[1] >= MIN_INTERLEAVED_LINES ? { edge: best[0], starts: best[1] } : null;
}

/**
 * Whether two columns' lines interleave, as text flowing in two columns does: the columns' lines
 * stand on baselines of their own ("Il progetto prevede la redazione…" at 171.0 pt, "Terza
 * condizione: (risultati verificabili…" at 180.0 pt), and in each column the lines follow one
 * another a line apart. A table's cells side by side share their row's baseline ("1 Supporto alle
 * imprese…" | "Area Amministrativa 2.954,40"); one cell centred beside a wrapped one stands on a
 * baseline of its own, but a row apart from the next.
 */
function interleave(first: PositionedText[], second: PositionedText[]): boolean {
  const [a, b] = [baselines(first), baselines(second)];
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  const shared = fewer.filter((y) => more.some((other) => Math.abs(other - y) <= SAME_BASELINE)).length;
  return shared <= MAX_SHARED_BASELINES * fewer.length && followOneAnother(first, a) && followOneAnother(second, b);
}

/** The items' distinct baselines, top to bottom; not rounded, which would make two a point and a half apart one point apart. */
function baselines(items: PositionedText[]): number[] {
  const ys = [...new Set(items.map((item) => item.y))].sort((x, y) => x - y);
  const distinct: number[] = [];
  for (const y of ys) if (distinct.length === 0 || y - distinct[distinct.length - 1]! > SAME_BASELINE) distinct.push(y);
  return distinct;
}

/** Whether most of a column's lines (the median gap between baselines) stand a line apart. */
function followOneAnother(items: PositionedText[], ys: number[]): boolean {
  if (ys.length < 2) return false;
  return median(ys.slice(1).map((y, i) => y - ys[i]!)) <= MAX_LINE_PITCH * median(items.map((item) => item.height));
}

/** The items by their baseline, rounded to the point. */
function byBaseline(items: PositionedText[]): Map<number, PositionedText[]> {
  const lines = new Map<number, PositionedText[]>();
  for (const item of items) {
    const y = Math.round(item.y);
    const line = lines.get(y);
    if (line) line.push(item);
    else lines.set(y, [item]);
  }
  return lines;
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

/** The middle value of a list (the upper one of an even count), 0 for none. */
export function median(values: number[]): number {
  const [first = 0] = values;
  if (values.every((value) => value === first)) return first;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
