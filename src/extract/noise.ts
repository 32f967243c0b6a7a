import { collapseSpace, type ReadLine } from './read-line.js';

const PAGE_NUMBER = /^(?:(?:pag(?:ina|\.)?)\s*\d{1,4}(?:\s*(?:di|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\/\s*\d{1,4})$/i;

/** What a page number starts with: most lines are ruled out by their first letter. */
const PAGE_NUMBER_START = /^\s*[pP\d\-–—]/;

/** "Pag. 3", "Pagina 3 di 12", "- 4 -", "3/12": a page number line. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER_START.test(text) && PAGE_NUMBER.test(text.replace(/\u00a0/g, ' ').trim());
}

const MIN_LENGTH = 12;
/** Running headers and footers are short: longer lines are not looked at. */
const MAX_LENGTH = 200;
/** A line printed this often is furniture even where no page break shows (text without form feeds). */
const FURNITURE_REPEATS = 3;
/** How many non-blank lines from a page break a running header or footer stands. */
const PAGE_EDGE = 2;

/** Page furniture: page numbers, and lines repeated as running headers and footers. */
export interface PageNoise {
  /** A line printed more than once: inside a table, where nothing else repeats, it is furniture. */
  isRepeated(text: string): boolean;
  /** A page number, or a repeated line that stands next to a page break somewhere, or is printed three times or more. */
  isNoise(line: ReadLine): boolean;
}

/** Finds the lines a document repeats as page furniture. */
export function findLineNoise(lines: ReadLine[]): PageNoise {
  const counts = new Map<string, number>();
  const atPageEdge = new Set<string>();
  const nonBlank: ReadLine[] = [];
  for (const line of lines) if (line.text !== '') nonBlank.push(line);
  for (let i = 0; i < nonBlank.length; i++) {
    const line = nonBlank[i]!;
    const key = keyOfRead(line);
    if (key.length >= MIN_LENGTH && key.length <= MAX_LENGTH) counts.set(key, (counts.get(key) ?? 0) + 1);
    const previous = nonBlank[i - 1];
    const page = line.source.page;
    const pageBreak = isPageNumber(line.text) || (previous !== undefined && page !== null && previous.source.page !== page);
    if (!pageBreak) continue;
    for (let k = Math.max(0, i - PAGE_EDGE); k <= Math.min(nonBlank.length - 1, i + PAGE_EDGE); k++) atPageEdge.add(keyOfRead(nonBlank[k]!));
  }
  const countOf = (key: string) => counts.get(key) ?? 0;
  return {
    isRepeated: (text) => countOf(keyOf(text)) >= 2,
    isNoise: (line) => {
      const key = keyOfRead(line);
      return isPageNumber(line.text) || countOf(key) >= FURNITURE_REPEATS || (countOf(key) >= 2 && atPageEdge.has(key));
    },
  };
}

function keyOf(text: string): string {
  return text.length > MAX_LENGTH * 2 ? '' : collapseSpace(text);
}

/** {@link keyOf} of a line already read: its collapsed text. */
function keyOfRead(line: ReadLine): string {
  return line.source.text.length > MAX_LENGTH * 2 ? '' : line.text;
}
