/** A line of the generated text, with what pagination may do after it. */
export interface Line {
  readonly text: string;
  /** No page break may fall right after this line (the rest of a row, a sentence or a heading follows). */
  readonly keepWithNext?: boolean;
  /** A page break falls right after this line. */
  readonly pageBreakAfter?: boolean;
}

/** A line that pagination may follow with a page break. */
export function line(text: string): Line {
  return { text };
}

/** A line that must stay on the same page as the next one. */
export function heldLine(text: string): Line {
  return { text, keepWithNext: true };
}

/** A forced line break among the words given to `wrap`. */
export const BREAK = '\n';

/** Greedy wrap of words (which may hold spaces of their own) at `width` characters. */
export function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (word === BREAK) {
      lines.push(current);
      current = '';
    } else if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines;
}

/** The words of a text, split at single spaces. */
export function words(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}

/** Wrapped words kept together on one page. */
export function paragraph(wordList: readonly string[], width: number): Line[] {
  const wrapped = wrap(wordList, width);
  return wrapped.map((text, i) => (i < wrapped.length - 1 ? heldLine(text) : line(text)));
}
