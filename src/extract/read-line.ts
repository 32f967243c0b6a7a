import type { SourceLine } from '../model.js';
import { isSectionMarker, ORDINALS, readConditionHeading, readProjectHeading, readScannedConditionHeading, type ConditionHeading } from './headings.js';
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
      const heading = readConditionHeading(text) ?? headingOverLines(sources, index, text) ?? (source.ocr ? readScannedConditionHeading(text) : null);
      const condition = heading && !heading.rest.startsWith('(') && index > 0 && CARRIED_ON.test(texts[index - 1]!) ? null : heading;
      if (condition) conditions.set(index, condition);
      let flag = 0;
      if (readProjectHeading(source, index, text) !== null) flag |= OPENS_PROJECT;
      if (condition !== null || isSectionMarker(text)) flag |= SECTION_MARKER;
      if (isHeaderPiece(text)) flag |= HEADER_PIECE;
      flags[index] = flag;
    }
    return new ReadLines({ sources, texts, flags, conditions, found: new Map() }, 0, sources.length);
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

  /**
   * What `read` finds from line `index` on, read once for all the views of the document that hold
   * every line it looked at; one cut short by its view's end holds only for views ending there.
   * `read` gives its finding and how many lines from `index` it looked at; `move` shifts the line
   * indices a finding holds from one view's to another's.
   */
  readOnce<T>(index: number, read: Reader<T>, move: (found: T, by: number) => T): T {
    let kept = this.read.found.get(read) as Map<number, Found<T>> | undefined;
    if (!kept) this.read.found.set(read, (kept = new Map()));
    const at = this.from + index;
    const end = this.from + this.length;
    const known = kept.get(at);
    if (known && known.reach <= end && (known.reach < known.viewEnd || known.viewEnd === end)) {
      return known.from === this.from ? known.found : move(known.found, known.from - this.from);
    }
    const { found, looked } = read(this, index);
    kept.set(at, { found, from: this.from, reach: at + looked, viewEnd: end });
    return found;
  }
}

/**
 * "Seconda" / "condizione:" / "(concreti": a condition's heading one word a line (mutool's text of
 * a justified line), its ordinal alone on the line and the word starting the next line of text.
 */
function headingOverLines(sources: SourceLine[], index: number, text: string): ConditionHeading | null {
  if (!ORDINALS.includes(text.toLowerCase())) return null;
  const after = nextWithText(sources, index);
  if (after < 0 || !CONDITION_WORD_FIRST.test(collapseSpace(sources[after]!.text))) return null;
  const words = [text, collapseSpace(sources[after]!.text)];
  let through = after;
  let open = words[1]!.includes('(') && !words[1]!.includes(')');
  // "(concreti" / "risultati," / … / "interna)": the name in brackets, a word or a few a line.
  for (let k = nextWithText(sources, after); k >= 0 && k - after <= MAX_NAME_LINES; k = nextWithText(sources, k)) {
    const next = collapseSpace(sources[k]!.text);
    if (!open && !next.startsWith('(')) break;
    words.push(next);
    through = k;
    if (next.includes(')')) break;
    open = true;
  }
  const heading = readConditionHeading(words.join(' '));
  return heading && { ...heading, linesAfter: through - index };
}

/** The index of the next line after `index` with text, or -1. */
function nextWithText(sources: SourceLine[], index: number): number {
  for (let k = index + 1; k < sources.length; k++) if (sources[k]!.text.trim() !== '') return k;
  return -1;
}

const CONDITION_WORD_FIRST = /^condizione\b/i;
/** The most lines a condition's name in brackets, one word a line, is looked for over. */
const MAX_NAME_LINES = 30;

type Reader<T> = (lines: ReadLines, index: number) => { found: T; looked: number };

/** A finding of {@link ReadLines.readOnce}, in the view it was read in (`from`), and the lines it rests on. */
interface Found<T> {
  found: T;
  from: number;
  /** Just past the last line looked at. */
  reach: number;
  viewEnd: number;
}

interface LineAnswers {
  sources: SourceLine[];
  texts: string[];
  flags: Uint8Array;
  /** By line index: the few lines that are condition headings. */
  conditions: Map<number, ConditionHeading>;
  /** What readers found, by reader and line ({@link ReadLines.readOnce}). */
  found: Map<Reader<unknown>, Map<number, Found<unknown>>>;
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
