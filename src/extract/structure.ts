import type { Condition, SourceDocument, SourceLine } from '../model.js';
import { readConditions } from './conditions.js';
import { findDeclaredAmounts, type DeclaredAmount } from './declared.js';
import { findLineNoise, isPageNumber, mentionsPage, type PageNoise } from './noise.js';
import { findProjectHeadings, type ProjectHeading } from './headings.js';
import { ReadLines } from './read-line.js';
import { columnsNamed, readTableHeader, type TableHeader } from './table-header.js';
import { collapseSpace, isBlank, OPEN_ENDING } from './text.js';

/** A staff table's place in a project: its header and the lines after it, up to the next section. */
export interface TableRegion {
  header: TableHeader;
  /** Lines after the header, up to the next condition, section or table: rows, total, noise, prose. */
  body: SourceLine[];
  /** "Totale progetto € 2.150,35" just above the header: the total, where the rows are not followed by one. */
  totalAbove: SourceLine | null;
}

/** A project as the document lays it out, before its table is read. */
export interface ProjectOutline {
  number: number;
  title: string;
  heading: SourceLine;
  conditions: Condition[];
  /** The amounts the prose may declare it adds to the fund, most likely first (see `findDeclaredAmounts`). */
  declared: DeclaredAmount[];
  tables: TableRegion[];
}

/** The structure of a document: its title, year and projects. */
export interface DocumentOutline {
  title: string | null;
  year: number | null;
  projects: ProjectOutline[];
  /** The document's page furniture, which the table reader skips too. */
  noise: PageNoise;
}

/** Finds the title, year and projects (with conditions, declared amount and table regions) of a document. */
export function outlineDocument(source: SourceDocument): DocumentOutline {
  const lines = ReadLines.of(source.lines);
  const headings = findProjectHeadings(lines);
  const preamble = source.lines.slice(0, headings[0]?.index ?? Math.min(lines.length, 40));
  const titleLine = findTitleLine(preamble);
  const title = titleLine ? collapseSpace(withContinuation(titleLine, preamble).map((l) => l.text).join(' ')) : null;
  const noise = findLineNoise(lines);
  const projects = headings.map((heading, i) => {
    const end = headings[i + 1]?.index ?? lines.length;
    return outlineProject(heading, lines.slice(heading.index, end), noise);
  });
  return { title, year: findYear(title, preamble), projects, noise };
}

function outlineProject(heading: ProjectHeading, lines: ReadLines, noise: PageNoise): ProjectOutline {
  const { title, end: titleEnd } = readTitle(heading, lines, noise);
  const body = lines.slice(titleEnd);
  return {
    number: heading.number,
    title,
    heading: heading.line,
    conditions: readConditions(body),
    declared: findDeclaredAmounts(body, (i) => noise.isFurniture(body, i)),
    tables: findTables(body),
  };
}

/** A sentence end; a full stop after a one-letter word is an abbreviation ("P.A."). */
const TERMINAL = /(?<!(?:^|[\s.])\p{L})[.;!?]\s*["”»]?\s*$/u;
/** A sentence ending inside a line, the next one starting: "… d’impresa. Per il personale …". */
const SENTENCE_INSIDE = /\p{Ll}[.;!?]\s+\p{Lu}/u;
const OPEN_QUOTE = /^["“«]/;
const CLOSE_QUOTE = /["”»]\s*$/;

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

const MAX_TITLE_LINES = 4;
/** A section opened on the heading's own line, as when a paragraph is pasted whole: not the title. */
const INLINE_SECTION = /\s+(?:descrizione del progetto|il progetto risponde)\b.*$/i;
/** "Responsabile: …", "Referente: …": a labelled field after the heading, not the title ("… / residente: subentro" is). */
const FIELD_LABEL = /^\p{Lu}\p{L}*(?:\s\p{L}+)?\s*:/u;

/**
 * The title runs from the heading line onto the lines that continue it. When a section
 * ("Descrizione del progetto", a condition, a table) follows within a few lines, every line up to
 * it is title. Otherwise a line continues the title when the title is still open: it ends on a
 * word such as "della", has an open quote, or the line starts in lower case or keeps an
 * upper-case title going; blank lines between pieces are allowed.
 */
function readTitle(heading: ProjectHeading, lines: ReadLines, noise: PageNoise): { title: string; end: number } {
  const candidates: number[] = [];
  let sectionFollows = false;
  for (let i = 1; i < lines.length; i++) {
    const text = lines.text(i);
    if (text === '') continue;
    if (lines.sectionMarker(i) || readTableHeader(lines, i)) {
      sectionFollows = true;
      break;
    }
    // A running header never starts in lower case; a title's next line often does. A page number
    // ("pag. 3") may, and a footer that gives it ("… – tel. 050 512111 – pag. 1") is no title.
    if (isPageNumber(text) || mentionsPage(text) || (noise.isNoise(lines, i) && !/^\p{Ll}/u.test(text) && !startsSentence(lines, i))) continue;
    if (candidates.length === MAX_TITLE_LINES - 1) break;
    // A heading alone on its line ("PROGETTO 4") has its title below, whatever words it starts with.
    const titled = heading.titleStart !== '' || candidates.length > 0;
    if (titled && FIELD_LABEL.test(lines.source(i).text.trim())) break;
    // A sentence of its own after the title ("Il progetto prevede … d’impresa.") is the
    // description, even when no "Descrizione del progetto" comes before it; a title's own next
    // line starts in lower case ("… con la / riorganizzazione dell'attivita' di vigilanza.").
    if (titled && /^\p{Lu}/u.test(text) && !isUpper(text) && startsSentence(lines, i)) break;
    candidates.push(i);
  }
  const pieces = [heading.titleStart.replace(INLINE_SECTION, '')];
  let end = 1;
  for (const i of candidates) {
    const text = lines.source(i).text.trim();
    const soFar = pieces.join(' ').trim();
    if (!sectionFollows && !continuesTitle(soFar, text)) break;
    pieces.push(text);
    end = i + 1;
  }
  return { title: cleanTitle(joinWrapped(pieces)), end };
}

const SENTENCE_LINES = 4;

/**
 * The paragraph that starts at `start` (up to a blank line or a section, four lines at most) is
 * prose: a sentence ends at the end of one of its lines or inside one ("La biblioteca resterà
 * aperta … nei / mesi di giugno, luglio e agosto.").
 */
function startsSentence(lines: ReadLines, start: number): boolean {
  const pieces: string[] = [];
  for (let i = start; i < lines.length && pieces.length < SENTENCE_LINES; i++) {
    const text = lines.text(i);
    if (text === '' || lines.sectionMarker(i)) break;
    pieces.push(text);
  }
  return pieces.some((piece) => TERMINAL.test(piece)) || SENTENCE_INSIDE.test(pieces.join(' '));
}

function continuesTitle(soFar: string, next: string): boolean {
  if (soFar === '') return true;
  if (TERMINAL.test(soFar)) return false;
  const quoteOpen = OPEN_QUOTE.test(soFar) && !CLOSE_QUOTE.test(soFar);
  return quoteOpen || OPEN_ENDING.test(soFar) || /^\p{Ll}/u.test(next) || (isUpper(soFar) && isUpper(next));
}

/**
 * Lines joined with a space, but none after a hyphen that ends a line before a lower-case word:
 * "quali-" / "quantitativo" is one word. Whether the hyphen is the word's own or only its break
 * ("ammini-" / "strativi") no rule tells apart without a dictionary: it is kept.
 */
function joinWrapped(pieces: string[]): string {
  let text = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    text = text === '' || (HYPHENATED.test(text) && /^\p{Ll}/u.test(piece)) ? text + piece : `${text} ${piece}`;
  }
  return text;
}

const HYPHENATED = /\p{Ll}-$/u;
/** Soft hyphens, which only say where a word may break, and ligatures ("ﬁ"), as pasted from a PDF. */
const SOFT_HYPHEN = /\u00ad/g;
const LIGATURE = /[\ufb00-\ufb06]/g;

function cleanTitle(text: string): string {
  const plain = text.replace(SOFT_HYPHEN, '').replace(LIGATURE, (ligature) => ligature.normalize('NFKC'));
  return collapseSpace(plain).replace(/^["“«]\s*(.*?)\s*["”»]$/, '$1');
}

/** The table regions of a project: each header, with the lines up to the next section marker. */
function findTables(lines: ReadLines): TableRegion[] {
  const tables: TableRegion[] = [];
  let previousEnd = 0;
  for (let i = 0; i < lines.length; i++) {
    const header = readTableHeader(lines, i);
    if (!header) continue;
    let end = header.end;
    while (end < lines.length && !endsTable(lines, end)) end++;
    const body: SourceLine[] = [];
    for (let k = header.end; k < end; k++) body.push(lines.source(k));
    tables.push({ header, body, totalAbove: totalAbove(lines, previousEnd, i) });
    i = end - 1;
    previousEnd = end;
  }
  return tables;
}

const LINES_ABOVE = 2;
/** "Totale progetto € 2.150,35", "Totale 1.972,80": an amount in euro or with cents, not "Totale ore 500". */
const TOTAL_IN_EURO = /^totale\b.*(?:€\s*\d|\beuro\s*\d|\d,\d\d\b)/i;

/** A total with its figure among the last lines before a header (blank ones aside), after any table before it. */
function totalAbove(lines: ReadLines, from: number, header: number): SourceLine | null {
  for (let i = header - 1, seen = 0; i >= from && seen < LINES_ABOVE; i--) {
    const text = lines.text(i);
    if (text === '') continue;
    if (TOTAL_IN_EURO.test(text)) return lines.source(i);
    seen++;
  }
  return null;
}

/**
 * A table ends at a project, a section, a staff table's header after its total, or, after its
 * total, the header of a table of another kind ("Dipendente Cat. Ore Importo": the fund shared out
 * by name; "Progetto Ore Importo": a summary of the projects), whose rows are no staff rows.
 */
function endsTable(lines: ReadLines, index: number): boolean {
  if (lines.opensProject(index) || lines.sectionMarker(index)) return true;
  if (!lines.headerPiece(index) || !startsNewTable(lines, index)) return false;
  const header = readTableHeader(lines, index);
  return (header !== null && header.columns.length > 0) || columnsNamed(lines.text(index)) >= 2;
}

/**
 * A header after a table's rows is a repeated header (new page) unless a total came after the
 * rows. Lines of words between them, without figures (a label such as "Ufficio Archivio:", a
 * running header), are passed over.
 */
function startsNewTable(lines: ReadLines, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const text = lines.text(i);
    if (/^totale\b/i.test(text)) return true;
    if (/\d/.test(text)) return false;
  }
  return true;
}

const TITLE_HINT = /\b(?:progett[oi]|piano|miglioramento|obiettivi)\b/gi;
const TITLE_SEARCH_LINES = 12;
const MAX_TITLE_LENGTH = 300;

/**
 * The title's line, and, until the title names its year, the lines right below it that carry it
 * on: in capitals as it is ("PROGETTO DI MIGLIORAMENTO DEI SERVIZI" / "OFFERTI PER L’ANNO 2016"),
 * or the year alone.
 */
function withContinuation(titleLine: SourceLine, preamble: SourceLine[]): SourceLine[] {
  const lines = [titleLine];
  const upper = isUpper(titleLine.text);
  for (let i = preamble.indexOf(titleLine) + 1; i < preamble.length && lines.length <= MAX_TITLE_CONTINUATION; i++) {
    if (YEAR.test(lines[lines.length - 1]!.text)) break;
    const text = collapseSpace(preamble[i]!.text);
    const continues = (text.length === 4 && YEAR.test(text)) || (upper && isUpper(text) && !/^progetto\b/i.test(text));
    if (text === '' || !continues || text.length > MAX_TITLE_LENGTH) break;
    lines.push(preamble[i]!);
  }
  return lines;
}

const MAX_TITLE_CONTINUATION = 2;
const YEAR = /\b(?:19[89]\d|20\d{2})\b/;

/**
 * The plan's title: among the first lines, the one in capitals that names a plan with most of the
 * words plans are named with ("PIANO DEI PROGETTI DI MIGLIORAMENTO …" rather than "COMUNE DI
 * … AL PIANO"); else the first line.
 */
function findTitleLine(preamble: SourceLine[]): SourceLine | null {
  const first = preamble.filter((l) => !isBlank(l) && l.text.length <= MAX_TITLE_LENGTH).slice(0, TITLE_SEARCH_LINES);
  let best: SourceLine | null = null;
  let bestHints = 0;
  for (const line of first) {
    const hints = isUpper(line.text) ? new Set(line.text.toLowerCase().match(TITLE_HINT)).size : 0;
    if (hints > bestHints) [best, bestHints] = [line, hints];
  }
  return best ?? first[0] ?? null;
}

function findYear(title: string | null, preamble: SourceLine[]): number | null {
  const fromTitle = title?.match(/\b(19[89]\d|20\d{2})\b/);
  if (fromTitle) return Number(fromTitle[1]);
  for (const line of preamble) {
    const match = line.text.match(/\banno\s+(19[89]\d|20\d{2})\b/i);
    if (match) return Number(match[1]);
  }
  return null;
}
