import type { SourceLine } from '../model.js';
import type { ReadLines } from './read-line.js';

/** Runs of white space as one space, trimmed; a line that has none to collapse is only trimmed. */
export function collapseSpace(text: string): string {
  const trimmed = text.trim();
  return SPACE_TO_COLLAPSE.test(trimmed) ? trimmed.replace(SPACE_RUN, ' ') : trimmed;
}

/**
 * The Latin letters of both cases, for a pattern's character class: the plans are Italian, and a
 * Unicode property class (`\p{L}`, above all with `/iu`) takes V8 milliseconds to compile.
 */
export const LATIN_LETTERS = 'A-Za-zÀ-ÖØ-öø-ÿ';

/** In how many places two words of one length differ: "Progelto" and "progetto" in one. */
export function placesDiffering(word: string, other: string): number {
  let differences = 0;
  for (let i = 0; i < other.length; i++) if (word.charAt(i) !== other.charAt(i)) differences++;
  return differences;
}

/** The fewest letters to put in, leave out or change to make one word the other (Levenshtein's distance). */
export function editDistance(word: string, other: string): number {
  let row = Array.from({ length: other.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i++) {
    const next = [i];
    for (let j = 1; j <= other.length; j++) {
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (word[i - 1] === other[j - 1] ? 0 : 1)));
    }
    row = next;
  }
  return row[other.length]!;
}

/** Two white-space characters in a row, or one that is not a plain space. */
const SPACE_TO_COLLAPSE = /\s(?=\s)|[^\S ]/;
const SPACE_RUN = /\s+/g;

/** True for a line with no visible text. */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** Text of several lines joined with single spaces, with a map from character offset back to the line. */
export interface JoinedText {
  text: string;
  lineAt(offset: number): SourceLine;
}

/**
 * Joins lines for searching sentences that break across lines, keeping where each piece came from;
 * lines `skip` takes (page furniture between two pages of a sentence) are left out.
 */
export function joinWithOffsets(lines: ReadLines, skip: (index: number) => boolean = () => false): JoinedText {
  const starts: number[] = [];
  const kept: SourceLine[] = [];
  const pieces: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines.text(i);
    if (text === '' || skip(i)) continue;
    if (pieces.length > 0) length += 1;
    starts.push(length);
    kept.push(lines.source(i));
    pieces.push(text);
    length += text.length;
  }
  return {
    text: pieces.join(' '),
    lineAt(offset: number): SourceLine {
      let index = 0;
      while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index++;
      const line = kept[index];
      if (!line) throw new RangeError('offset outside the joined text');
      return line;
    },
  };
}

/** Italian words a line of prose or a title cannot end on: it goes on ("… della" / "P.A. e delle PMI"). */
const OPEN_WORDS = new Set(['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'a', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dalla', 'dai', 'dalle', 'in', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'con', 'su', 'sul', 'sulla', 'per', 'tra', 'fra', 'e', 'ed', 'o', 'od', 'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una']);

/** True for a text whose last word goes on past its end: "… nell’ambito della". */
export function endsOnOpenWord(text: string): boolean {
  return OPEN_WORDS.has(lastWord(text).toLowerCase());
}

/** True for a text ending on its currency, the amount still to come: "… del Fondo di €", "… pari a Euro". */
export function endsOnCurrency(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('€') || lastWord(trimmed).toLowerCase() === 'euro';
}

/**
 * The word a text ends on before its trailing white space ("" when it ends on another character).
 * A pattern anchored at the end (`\b(?:di|…)\s*$`) would be tried from every place in the line.
 */
function lastWord(text: string): string {
  const end = text.trimEnd().length;
  return text.slice(wordStartBefore(text, end), end);
}

/**
 * Where the run of word characters that ends at `end` in `text` starts, as `\w` has them: Latin
 * letters without accents, digits, "_" ("città" ends on no word; "servizi_2" is one).
 */
export function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWordCharacter(text.charCodeAt(start - 1))) start--;
  return start;
}

function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** How many blanks a line's text starts with: where its first word stands. */
export function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * Accented letters as one character each ("à", U+00E0), where the text writes them as a letter and
 * a combining accent ("a" + U+0300), as some PDF producers and macOS exports do: "unità",
 * "annualità", "attività" then read as the words they are.
 */
export function composed(text: string): string {
  return COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
}

const COMBINING_MARK = /[\u0300-\u036f]/;
