import type { Atom, TextRow } from './layout.js';

/** Header lines further apart than this many font sizes, baseline to baseline, are no one header. */
const STACK_LEADING = 1.6;
/** Words of one cell on one line stand at most this many font sizes apart (a word space, loosely). */
const CELL_WORD_GAP = 0.6;
/** Font sizes within this share of each other are one header's. */
const SAME_SIZE = 0.2;
/** Lines above the header's nearest line that may be part of it. */
const STACK_REACH = 2;
/** A header's line has at most one digit to this many letters ("Ore 2024"): a row of figures, or a name beside them, has more. */
const HEADER_LETTERS_A_DIGIT = 10;
const LETTER = /\p{L}/u;
/** Two small letters alone that are no Italian word: the end of a word the cell broke ("Risulta" / "to"). */
const WORD_END = /^(?!(?:a|e|i|o|h|di|da|al|ai|in|ed|ad|su|la|le|lo|il|un|ne|se|si)$)\p{Ll}{1,2}$/u;
const DIGIT = /\d/;
const RATE = /^\(?\d{1,3}(?:[,.]\d+)?\s?%\)?$/;
/** "€" apart from its figure in a cell: the figure's unit, no cell of its own. */
const CURRENCY = /^(?:€|euro)$/i;

/**
 * A table's header printed over several lines, each cell's words stacked in its column ("N." over
 * "unità", "Ore pro" over "capite", "Categoria" alone between them), made one line: each column's
 * words top to bottom, left to right, "Categoria N. unità Costo orario Ore pro capite …", as
 * `pdftotext -layout` would let a reader stack them by their positions. `rows[header]` is the
 * header's line nearest the table and `body` the table's first row; the lines between belong to
 * the header when they hold two cells or more (one is a name wrapped above its row's figures),
 * and lines above it, down to `above`, when they stack. The merged line takes the header's place
 * and its other lines are left empty (dropped with the page's empty lines), so that indexes into
 * `rows` still hold. Run once the table's columns are found from the header as printed.
 * Nothing changes unless the words of two lines or more share a column, each line's words fall
 * one cell to a column, and the lines are close, the same size and mostly letters: a caption or
 * a sentence above the table, whose words run across columns, stays a line of its own.
 */
export function stackHeaderLines(rows: TextRow[], header: number, body: number, above: number): void {
  const size = (rows[header] as TextRow).size;
  if (!isHeaderLine(rows[header] as TextRow, size)) return;
  let end = header + 1;
  while (end < body && isHeaderLine(rows[end] as TextRow, size) && (rows[end] as TextRow).atoms.length >= 2) end++;
  let first = header;
  let stacks: Atom[][] | null = null;
  for (let start = header; start >= Math.max(above, header - STACK_REACH); start--) {
    const band = rows.slice(start, end).map(withWordsWhole);
    if (start < header && !isHeaderLine(rows[start] as TextRow, size)) break;
    if (!closeTogether(band, size)) break;
    const columns = columnsOf(band, size, rows[body] as TextRow);
    if (columns === null) break;
    if (columns.some((column) => linesIn(column, band) >= 2)) [first, stacks] = [start, columns];
  }
  if (stacks === null || stacks.length < 3) return;
  rows[header] = { ...(rows[header] as TextRow), atoms: stacks.map(merged), spaced: stacks.slice(1).map(() => true) };
  for (let index = first; index < end; index++) if (index !== header) rows[index] = { ...(rows[index] as TextRow), atoms: [], spaced: [] };
}

/**
 * A row whose atoms no space parts made one: "oneri ri" / "fl" / "essi", a word a ligature's
 * glyph split into items, is "oneri riflessi", which stacking would otherwise part with spaces.
 */
function withWordsWhole(row: TextRow): TextRow {
  if (row.spaced.every(Boolean)) return row;
  const atoms: Atom[] = [row.atoms[0]!];
  row.atoms.slice(1).forEach((atom, i) => {
    const left = atoms[atoms.length - 1]!;
    if (row.spaced[i]) atoms.push(atom);
    else atoms[atoms.length - 1] = { text: left.text + atom.text, x0: left.x0, x1: atom.x1, items: [...left.items, ...atom.items] };
  });
  return { ...row, atoms, spaced: atoms.slice(1).map(() => true) };
}

function isHeaderLine(row: TextRow, size: number): boolean {
  if (row.atoms.length === 0 || Math.abs(row.size - size) > SAME_SIZE * size) return false;
  let letters = 0;
  let digits = 0;
  for (const atom of row.atoms) {
    // "(23,80%)" under "ONERI RIFLESSI": a column's rate, printed in its heading.
    if (atom.text.includes('%') && RATE.test(atom.text)) continue;
    for (const char of atom.text) {
      if (LETTER.test(char)) letters++;
      else if (DIGIT.test(char)) digits++;
    }
  }
  return digits * HEADER_LETTERS_A_DIGIT <= letters;
}

function closeTogether(band: TextRow[], size: number): boolean {
  return band.every((row, i) => i === 0 || row.y - (band[i - 1] as TextRow).y <= STACK_LEADING * size);
}

/**
 * The band's words grouped by column: words that overlap left to right, on any lines, share one.
 * Null when a column would hold words of one line that are not one cell (further apart than a
 * word space), the mark of a line running across the columns, or when words stacked in a column
 * stand over two cells of the table's first row: a heading over a group of columns ("QUOTA
 * DESTINATA AL FONDO" over "%" and "RISULTATO").
 */
function columnsOf(band: TextRow[], size: number, firstRow: TextRow): Atom[][] | null {
  const placed = band.flatMap((row, line) => row.atoms.map((atom, at) => ({ atom, line, at })));
  placed.sort((a, b) => a.atom.x0 - b.atom.x0);
  const columns: (typeof placed)[] = [];
  let right = -Infinity;
  for (const word of placed) {
    const column = columns.at(-1);
    if (column && word.atom.x0 < right) {
      column.push(word);
      right = Math.max(right, word.atom.x1);
    } else {
      columns.push([word]);
      right = word.atom.x1;
    }
  }
  for (const column of columns) {
    if (new Set(column.map((word) => word.line)).size >= 2 && cellsUnder(column.map((word) => word.atom), firstRow) >= 2) return null;
    const byLine = new Map<number, typeof placed>();
    for (const word of column) byLine.set(word.line, [...(byLine.get(word.line) ?? []), word]);
    for (const words of byLine.values()) {
      words.sort((a, b) => a.at - b.at);
      for (let i = 1; i < words.length; i++) {
        const [left, next] = [words[i - 1]!, words[i]!];
        if (next.at !== left.at + 1 || next.atom.x0 - left.atom.x1 > CELL_WORD_GAP * size) return null;
      }
    }
  }
  return columns.map((column) => column.sort((a, b) => a.line - b.line || a.at - b.at).map((word) => word.atom));
}

/** How many of the row's cells stand under the column's words. */
function cellsUnder(column: Atom[], row: TextRow): number {
  const [x0, x1] = [Math.min(...column.map((atom) => atom.x0)), Math.max(...column.map((atom) => atom.x1))];
  return row.atoms.filter((atom) => atom.x0 < x1 && atom.x1 > x0 && !CURRENCY.test(atom.text.trim())).length;
}

function linesIn(column: Atom[], band: TextRow[]): number {
  return band.filter((row) => row.atoms.some((atom) => column.includes(atom))).length;
}

/**
 * A column's words as one atom, top to bottom: "Ore pro capite". A word's end wrapped alone
 * without a hyphen in a narrow cell, "Prodot" over "to", is joined to it: "Prodotto".
 */
function merged(column: Atom[]): Atom {
  const text = column.map((atom) => atom.text.trim()).reduce((above, below) => (WORD_END.test(below) && /\p{L}$/u.test(above) ? above + below : `${above} ${below}`));
  return {
    text,
    x0: Math.min(...column.map((atom) => atom.x0)),
    x1: Math.max(...column.map((atom) => atom.x1)),
    items: column.flatMap((atom) => atom.items),
  };
}
