import type { SourceLine } from '../model.js';

/** Folds what extraction varies (non-breaking and repeated spaces, typographic quotes) for matching. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for a line with no visible text. */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** Joins the texts of lines into one string with single spaces, trimming each piece. */
export function joinLines(lines: SourceLine[]): string {
  return lines
    .map((l) => l.text.trim())
    .filter((t) => t !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of several lines joined with single spaces, with a map from character offset back to the line. */
export interface JoinedText {
  text: string;
  lineAt(offset: number): SourceLine;
}

/** Joins lines for searching sentences that break across lines, keeping where each piece came from. */
export function joinWithOffsets(lines: SourceLine[]): JoinedText {
  const starts: number[] = [];
  const kept: SourceLine[] = [];
  let text = '';
  for (const line of lines) {
    const piece = line.text.replace(/\s+/g, ' ').trim();
    if (piece === '') continue;
    if (text !== '') text += ' ';
    starts.push(text.length);
    kept.push(line);
    text += piece;
  }
  return {
    text,
    lineAt(offset: number): SourceLine {
      let index = 0;
      while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index++;
      const line = kept[index];
      if (!line) throw new RangeError('offset outside the joined text');
      return line;
    },
  };
}
