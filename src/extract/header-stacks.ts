/** One column of a header as its lines print it: the words stacked where it stands. */
export interface HeaderStack {
  /** Where its leftmost word starts, in characters from the start of the line. */
  start: number;
  /** Its words top to bottom, left to right, one space apart: "TOTALE ORE". */
  text: string;
}

interface PlacedWord {
  text: string;
  line: number;
  start: number;
  end: number;
}

/**
 * The columns of a header printed over several lines, as the lines' positions show them
 * (pdftotext -layout pads each cell to its column): words of different lines that overlap stand
 * in one column, "TOTALE" over "ORE". Ordered left to right. Null when the lines carry no
 * positions: one line only, a tab, or none indented nor with a run of spaces inside (a header
 * taken out of a PDF line by line, or typed, where the lines' words are not aligned).
 */
export function headerStacks(lines: string[]): HeaderStack[] | null {
  if (lines.length < 2 || lines.some((line) => line.includes('\t'))) return null;
  if (!lines.some((line) => /^ |\S {2,}\S/.test(line))) return null;
  const words: PlacedWord[] = lines.flatMap((text, line) =>
    [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], line, start: m.index, end: m.index + m[0].length })),
  );
  const stackOf = words.map((_, i) => i);
  const root = (i: number): number => (stackOf[i] === i ? i : (stackOf[i] = root(stackOf[i]!)));
  words.forEach((word, i) => {
    words.forEach((other, j) => {
      if (j > i && other.line !== word.line && other.start < word.end && word.start < other.end) stackOf[root(j)] = root(i);
    });
  });
  const stacks = new Map<number, PlacedWord[]>();
  words.forEach((word, i) => stacks.set(root(i), [...(stacks.get(root(i)) ?? []), word]));
  return [...stacks.values()]
    .map((stacked) => ({
      start: Math.min(...stacked.map((w) => w.start)),
      text: stacked.map((w) => w.text).join(' '),
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * {@link headerStacks} of cells rather than words: the words of a line one space apart ("ONERI
 * RIFLESSI", "COSTO ORARIO") stand in one column even where no word of another line spans them.
 */
export function cellStacks(lines: string[]): HeaderStack[] | null {
  // Their space held as a character no word has while the stacks are made.
  const stacks = headerStacks(lines.map((line) => line.replace(ONE_SPACE, JOINER)));
  return stacks && stacks.map((stack) => ({ ...stack, text: stack.text.replaceAll(JOINER, ' ') }));
}

const ONE_SPACE = /(?<=\S) (?=\S)/g;
const JOINER = '\u001f';

/** Each line with the words that start from `from` up to `to` (positions in the line) blanked, so that the words after them keep their places. */
export function withWordsBlanked(lines: string[], from: number, to = Infinity): string[] {
  return lines.map((line) => line.replace(/\S+/g, (word, at: number) => (at >= from && at < to ? ' '.repeat(word.length) : word)));
}

/** The line with its characters from `from` up to `to` blanked. */
export function blanked(line: string, from: number, to: number): string {
  return line.slice(0, from) + ' '.repeat(to - from) + line.slice(to);
}
