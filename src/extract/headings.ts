import type { SourceLine } from '../model.js';
import type { ReadLines } from './read-line.js';

/** "Progetto N°1 - …", "PROGETTO n° 4: …", "PROGETTO N. 6: …", "Progetto n°18: “…”", "Progetto n. 7 – …". */
const PROJECT_HEADING =
  /^\s*progetto\s+(?:(?:n(?:r|um(?:ero)?)?\s*[°º.ro]*|#)\s*(\d{1,3})\s*(?:[-–—:.)]\s*|(?=["“«])|$)|(\d{1,3})\s*[-–—:)]\s*)(.*)$/i;

/** A project heading found on a line: its number and the title text that follows on that line. */
export interface ProjectHeading {
  number: number;
  titleStart: string;
  line: SourceLine;
  index: number;
}

/** Reads a project heading from one line (its text collapsed: see `collapseSpace`), or null. */
export function readProjectHeading(line: SourceLine, index: number, collapsed: string): ProjectHeading | null {
  if (!/^progetto/i.test(collapsed)) return null;
  const match = PROJECT_HEADING.exec(collapsed);
  if (!match) return null;
  return { number: Number(match[1] ?? match[2]), titleStart: (match[3] ?? '').trim(), line, index };
}

/**
 * Finds the project headings of a document. A heading whose number does not follow the last one
 * (a back-reference such as "Progetto n. 2: vedi sopra" inside prose) is not a new project.
 */
export function findProjectHeadings(lines: ReadLines): ProjectHeading[] {
  const headings: ProjectHeading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const heading = lines.opensProject(index) ? readProjectHeading(lines.source(index), index, lines.text(index)) : null;
    if (!heading) continue;
    const last = headings[headings.length - 1];
    if (last && heading.number <= last.number) continue;
    headings.push(heading);
  }
  return headings;
}

const ORDINALS = ['prima', 'seconda', 'terza', 'quarta', 'quinta', 'sesta', 'settima'];
const CONDITION_HEADING = new RegExp(
  `^\\s*(?:(${ORDINALS.join('|')})|([1-7])\\s*[°ª^a]?\\)?)\\s+condizione\\b\\s*[:.\\-–]?\\s*(.*)$`,
  'i',
);

/** A condition heading on a line: its ordinal (1–7) and what follows the word "condizione". */
export interface ConditionHeading {
  ordinal: number;
  rest: string;
}

/** Reads "Prima condizione: (…)" … "Settima condizione", or "3^ condizione", from a line's collapsed text. */
export function readConditionHeading(collapsed: string): ConditionHeading | null {
  const match = CONDITION_HEADING.exec(collapsed);
  if (!match) return null;
  const ordinal = match[1] ? ORDINALS.indexOf(match[1].toLowerCase()) + 1 : Number(match[2]);
  return { ordinal, rest: (match[3] ?? '').trim() };
}

const SECTION_MARKER = /^\s*(?:descrizione\b|il progetto risponde\b|obiettiv[oi]\b\s*[:.]|finalit[aà]\b\s*[:.])/i;

/** True for a line's text that opens a description, the list of conditions, the aims (condition headings aside). */
export function isSectionMarker(text: string): boolean {
  return SECTION_MARKER.test(text);
}
