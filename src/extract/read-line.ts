import type { SourceLine } from '../model.js';
import { isSectionMarker, readConditionHeading, readProjectHeading, type ConditionHeading } from './headings.js';
import { isHeaderPiece } from './table-header.js';
import { collapseSpace } from './text.js';

/** A line ending on a preposition ("della", "di", "per"): the next line carries its sentence on. */
const CARRIED_ON = /\b(?:di|del|dello|della|dei|degli|delle|al|allo|alla|ai|agli|alle|dal|dalla|dai|dalle|nel|nello|nella|nei|negli|nelle|con|sul|sulla|per|tra|fra)\s*$/;

/**
 * The lines of a document as the outline readers see them, each read once: every reader (project
 * and condition headings, section markers, table headers, furniture, the declared sentence) asks
 * the same questions of each line, often more than once. The answers are kept in arrays rather
 * than in an object a line: a plan has tens of thousands of lines, all alive while it is outlined,
 * and every object alive is one more for the collector to copy. A `slice` is a view that shares
 * the arrays; indices are relative to the view.
 */
export class ReadLines {
  private constructor(
    private readonly read: LineAnswers,
    private readonly from: number,
    readonly length: number,
  ) {}

  /** Reads every line of a document once. */
  static of(sources: SourceLine[]): ReadLines {
    const texts = new Array<string>(sources.length);
    const flags = new Uint8Array(sources.length);
    const conditions = new Map<number, ConditionHeading>();
    for (let index = 0; index < sources.length; index++) {
      const source = sources[index]!;
      const text = collapseSpace(source.text);
      texts[index] = text;
      if (text === '') continue;
      // "… al verificarsi della" / "CONDIZIONE I – ossia …": a sentence carried on, unless the
      // heading's name in brackets says it is one ("… richieste dalla" / "Prima condizione: (…)").
      const heading = readConditionHeading(text);
      const condition = heading && !heading.rest.startsWith('(') && index > 0 && CARRIED_ON.test(texts[index - 1]!) ? null : heading;
      if (condition) conditions.set(index, condition);
      let flag = 0;
      if (readProjectHeading(source, index, text) !== null) flag |= OPENS_PROJECT;
      if (condition !== null || isSectionMarker(text)) flag |= SECTION_MARKER;
      if (isHeaderPiece(text)) flag |= HEADER_PIECE;
      flags[index] = flag;
    }
    return new ReadLines({ sources, texts, flags, conditions }, 0, sources.length);
  }

  /** The lines from `start` up to `end` (exclusive), as a view. */
  slice(start: number, end = this.length): ReadLines {
    return new ReadLines(this.read, this.from + start, Math.max(0, end - start));
  }

  source(index: number): SourceLine {
    return this.read.sources[this.from + index]!;
  }

  /** The text with white space collapsed to single spaces and trimmed: '' for a blank line. */
  text(index: number): string {
    return this.read.texts[this.from + index]!;
  }

  /** The project heading the line is, whatever its number. */
  opensProject(index: number): boolean {
    return (this.read.flags[this.from + index]! & OPENS_PROJECT) !== 0;
  }

  condition(index: number): ConditionHeading | null {
    return this.read.conditions.get(this.from + index) ?? null;
  }

  /** Opens a known section: a description, the list of conditions, a condition. */
  sectionMarker(index: number): boolean {
    return (this.read.flags[this.from + index]! & SECTION_MARKER) !== 0;
  }

  /** A line of header words, without figures. */
  headerPiece(index: number): boolean {
    return (this.read.flags[this.from + index]! & HEADER_PIECE) !== 0;
  }
}

interface LineAnswers {
  sources: SourceLine[];
  texts: string[];
  flags: Uint8Array;
  /** By line index: the few lines that are condition headings. */
  conditions: Map<number, ConditionHeading>;
}

const OPENS_PROJECT = 1;
const SECTION_MARKER = 2;
const HEADER_PIECE = 4;

const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/** `answer` for the lines of a view of `length` lines, each line's answer worked out once. */
export function answeredOnce(length: number, answer: (index: number) => boolean): (index: number) => boolean {
  const known = new Uint8Array(length);
  return (index) => {
    const seen = known[index];
    if (seen === undefined) return answer(index);
    if (seen !== UNKNOWN) return seen === YES;
    const yes = answer(index);
    known[index] = yes ? YES : NO;
    return yes;
  };
}
