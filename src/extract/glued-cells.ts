import type { Atom, PositionedText, TextRow } from './layout.js';

/** A stretch of the x axis, in points. */
export interface Interval {
  x0: number;
  x1: number;
}

interface CutPlace {
  x: number;
  /** Characters of the atom's text before the cut. */
  offset: number;
  /** White space already separates the two sides here. */
  spaced: boolean;
}

/** Relative advance widths, in digit widths: digits are tabular in nearly every font. */
const NARROW = /[\s.,:;'’!|iIjlft]/;
const WIDE = /[%mwMW@]/;
// Latin letters only: the documents are Italian, and Unicode property classes are slow to build.
const UPPER = /[A-ZÀ-ÖØ-Þ]/;
const LOWER_OR_STOP = /[a-zß-öø-ÿ.]/;
const ONE_NUMBER = /^\d{1,3}(?:[.,]\d+)?%?$/;

/**
 * Cuts the atom of `row` that covers `edge` in two, when exactly one place inside it fits the edge
 * and no white space already does. `unit` is a digit's width in font sizes, for items with spaces.
 */
export function cutAtEdge(row: TextRow, edge: Interval, tolerance: number, unit: number | null): void {
  const index = row.atoms.findIndex((atom) => atom.x0 + tolerance < edge.x0 && atom.x1 - tolerance > edge.x1);
  const atom = row.atoms[index];
  if (!atom) return;
  const fits = cutPlaces(atom, unit).filter((place) => place.x >= edge.x0 - tolerance && place.x <= edge.x1 + tolerance);
  const [only] = fits;
  if (fits.length === 1 && only && !only.spaced) cut(row, index, only);
}

/** Width of a digit, in font sizes, in the rows' items that are one number each; null if none. */
export function digitUnit(rows: TextRow[]): number | null {
  const widths: number[] = [];
  for (const row of rows) {
    for (const atom of row.atoms) {
      for (const item of atom.items) if (ONE_NUMBER.test(item.text)) widths.push(item.width / advance(item.text) / item.height);
    }
  }
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? null;
}

/**
 * Makes each word of a multi-word item an atom of its own, placed by its estimated width: pdfjs
 * writes a narrow gap inside one item as a space, which hides where a column edge runs.
 */
export function splitWords(row: TextRow, unit: number): void {
  const atoms: Atom[] = [];
  const spaced: boolean[] = [];
  row.atoms.forEach((atom, i) => {
    if (i > 0) spaced.push(row.spaced[i - 1] ?? true);
    const [item] = atom.items;
    const words = atom.items.length === 1 && item ? wordsOf(item, unit * item.height) : [];
    if (words.length < 2) return void atoms.push(atom);
    words.forEach((word, k) => {
      if (k > 0) spaced.push(true);
      atoms.push({ text: word.text, x0: word.x, x1: word.x + word.width, items: [word] });
    });
  });
  row.atoms = atoms;
  row.spaced = spaced;
}

/** An item's words, the first and last flush with its ends and the white space shared out evenly. */
function wordsOf(item: PositionedText, unit: number): PositionedText[] {
  const words = item.text.trim().split(/\s+/);
  if (words.length < 2) return [];
  const widths = words.map((word) => advance(word) * unit);
  const gap = (item.width - widths.reduce((a, b) => a + b, 0)) / (words.length - 1);
  if (gap < 0) return [];
  let x = item.x;
  return words.map((text, k) => {
    const width = widths[k] ?? 0;
    const word = { ...item, text, x, width };
    x += width + gap;
    return word;
  });
}

/**
 * Where an atom could be two cells: between its items, at white space inside an item, or inside a
 * word where a digit (or %) meets a digit, or a lower-case letter or full stop meets a capital.
 * Inside an item, positions come from relative glyph widths, measured from the item's nearer end
 * that no white space separates from the place (a space's own width is unknown).
 */
function cutPlaces(atom: Atom, unit: number | null): CutPlace[] {
  const places: CutPlace[] = [];
  let offset = 0;
  atom.items.forEach((item, k) => {
    const { text } = item;
    const scale = !/\s/.test(text) ? item.width / advance(text) : unit === null ? null : unit * item.height;
    for (let i = 1; i < text.length && scale !== null; i++) {
      const [left, right] = [text[i - 1] ?? '', text[i] ?? ''];
      const spaced = /\s/.test(left) !== /\s/.test(right);
      if (!spaced && !(/[\d%]/.test(left) && /\d/.test(right)) && !(LOWER_OR_STOP.test(left) && UPPER.test(right))) continue;
      const [before, after] = [text.slice(0, i).trimEnd(), text.slice(i).trimStart()];
      const x = !/\s/.test(before)
        ? item.x + advance(before) * scale
        : !/\s/.test(after)
          ? item.x + item.width - advance(after) * scale
          : null;
      if (x !== null) places.push({ x, offset: offset + i, spaced });
    }
    offset += text.length;
    const next = atom.items[k + 1];
    if (next) places.push({ x: (item.x + item.width + next.x) / 2, offset, spaced: false });
  });
  return places;
}

function cut(row: TextRow, index: number, place: CutPlace): void {
  const atom = row.atoms[index] as Atom;
  const left: Atom = { text: atom.text.slice(0, place.offset), x0: atom.x0, x1: place.x, items: [] };
  const right: Atom = { text: atom.text.slice(place.offset), x0: place.x, x1: atom.x1, items: [] };
  let consumed = 0;
  for (const item of atom.items) {
    const end = consumed + item.text.length;
    if (end <= place.offset) left.items.push(item);
    else if (consumed >= place.offset) right.items.push(item);
    else {
      const split = place.offset - consumed;
      left.items.push({ ...item, text: item.text.slice(0, split), width: place.x - item.x });
      right.items.push({ ...item, text: item.text.slice(split), x: place.x, width: item.x + item.width - place.x });
    }
    consumed = end;
  }
  row.atoms.splice(index, 1, left, right);
  row.spaced.splice(index, 0, true);
}

function advance(text: string): number {
  let total = 0;
  for (const char of text) total += NARROW.test(char) ? 0.5 : WIDE.test(char) ? 1.6 : UPPER.test(char) ? 1.2 : 1;
  return total;
}
