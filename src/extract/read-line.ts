import type { SourceLine } from '../model.js';
import { isSectionMarker, readConditionHeading, readProjectHeading, type ConditionHeading } from './headings.js';
import { isHeaderPiece } from './table-header.js';

/**
 * A line as the outline readers see it, read once: every reader (project and condition headings,
 * section markers, table headers, furniture, the declared sentence) asks the same questions of
 * each line, often more than once.
 */
export interface ReadLine {
  source: SourceLine;
  /** The text with white space collapsed to single spaces and trimmed: '' for a blank line. */
  text: string;
  /** The project heading the line is, whatever its number. */
  opensProject: boolean;
  condition: ConditionHeading | null;
  /** Opens a known section: a description, the list of conditions, a condition. */
  sectionMarker: boolean;
  /** A line of header words, without figures. */
  headerPiece: boolean;
}

/** Reads every line of a document once. */
export function readLines(lines: SourceLine[]): ReadLine[] {
  const read = new Array<ReadLine>(lines.length);
  for (let index = 0; index < lines.length; index++) {
    const source = lines[index]!;
    const text = collapseSpace(source.text);
    if (text === '') {
      read[index] = { source, text, opensProject: false, condition: null, sectionMarker: false, headerPiece: false };
      continue;
    }
    const condition = readConditionHeading(text);
    read[index] = {
      source,
      text,
      opensProject: readProjectHeading(source, index, text) !== null,
      condition,
      sectionMarker: condition !== null || isSectionMarker(text),
      headerPiece: isHeaderPiece(text),
    };
  }
  return read;
}

/** Runs of white space as one space, trimmed; a line that has none to collapse is only trimmed. */
export function collapseSpace(text: string): string {
  const trimmed = text.trim();
  return /\s(?=\s)|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}
