import { answeredOnce, type ReadLines } from './read-line.js';
import { collapseSpace, endsOnCurrency, endsOnOpenWord } from './text.js';

const PAGE_NUMBER = /^(?:(?:pag(?:ina|\.)?)\s*\d{1,4}(?:\s*(?:di|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*(?:[-–—]|di\s*\d{1,4})|\d{1,4}\s*(?:\/|\s+di\s+)\s*\d{1,4})$/i;

/** What a page number starts with: most lines are ruled out by their first letter. */
const PAGE_NUMBER_START = /^\s*[pP\d\-–—]/;

const PAGE_WORD = /\bpag(?:ina|\.)?\s*\d{1,4}\b/i;
/** Latin letters only: V8 is slow to compile and run `\p{L}` with `/iu`, and this runs on every line. */
const PAGE_NUMBER_LAST = /\s\d{1,3}(?:\/|\s+di\s+)\d{1,3}$|[a-zà-öø-ÿ](?:\s{3,}|\t)\d{1,3}\s*$/i;

/**
 * A line that gives its page's number among other words: "Camera di Commercio di Prato - Piano
 * 2012 - pag. 1", "file:///…/piano.html   1/5" (a browser's footer), "Allegato 1 – 2 di 3",
 * "CAMERA DI COMMERCIO DI AREZZO          2" (set apart at the right margin, as printed, or by a
 * tab where an extractor writes the gap as one).
 */
export function mentionsPage(text: string): boolean {
  return (endsWithDigit(text) && PAGE_NUMBER_LAST.test(text)) || PAGE_WORD.test(text);
}

/** The last character but blanks is a digit: most lines are ruled out here, before any pattern. */
function endsWithDigit(text: string): boolean {
  const trimmed = text.trimEnd();
  const code = trimmed.charCodeAt(trimmed.length - 1);
  return code >= 48 && code <= 57;
}

/** "Pag. 3", "Pagina 3 di 12", "- 4 -", "3/12", "3 di 21": a page number line. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER_START.test(text) && PAGE_NUMBER.test(text.replace(/\u00a0/g, ' ').trim());
}

const MIN_LENGTH = 12;
/** "12/03/2018", "12.03.2018": a date alone on its line, short but a running header's as often as longer lines. */
const DATE_ALONE = /^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d$/;
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
  /**
   * Line `index` of the lines read is a page number, or a repeated line that stands next to a
   * page break somewhere, or is printed three times or more.
   */
  isNoise(lines: ReadLines, index: number): boolean;
  /**
   * Line `index` is a page number, or stands within two lines of a page's edge and is printed
   * there on two pages or more, and mostly there: furniture that breaks a sentence or a title
   * running over the page. Stricter than `isNoise`, which also takes prose a plan repeats word
   * for word (a repeated sentence may stand next to a page break once).
   */
  isFurniture(lines: ReadLines, index: number): boolean;
  /**
   * `isFurniture` for the lines of one view, each line's answer worked out once: the outline's
   * readers ask it of the same lines many times (each line and the next of a sentence's lines).
   */
  furnitureOf(lines: ReadLines): (index: number) => boolean;
  /** Line `line` (its number) is the last line before a page break or the first after one. */
  atPageEdge(line: number): boolean;
  /**
   * A running footer or header that ends on its page's number, set apart by a space or a dash
   * alone ("Comune di Valdasco – Piano progetti 2009 1", "Pavia, 28 marzo 2017   2", "2009 – 3"):
   * its words are printed again on other lines, each with a higher number.
   */
  isNumberedFurniture(text: string): boolean;
}

/** Finds the lines a document repeats as page furniture. */
export function findLineNoise(lines: ReadLines): PageNoise {
  const atPageEdge = new Set<string>();
  const edgeLines = new Set<number>();
  /** The non-blank lines within two of a page's edge (its top or foot), and how often each text stands there. */
  const nearEdge = new Set<number>();
  const edgeCounts = new Map<string, number>();
  /** The texts near an edge and the line before each; those found after two lines or more. */
  const before = new Map<string, string>();
  const afterSeveral = new Set<string>();
  const pageTops = new Set<number>();
  const nonBlank: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines.text(i) !== '') nonBlank.push(i);
  const markEdge = (from: number, to: number) => {
    for (let k = Math.max(0, from); k <= Math.min(nonBlank.length - 1, to); k++) {
      const line = lines.source(nonBlank[k]!).line;
      if (nearEdge.has(line)) continue;
      nearEdge.add(line);
      const key = keyOfRead(lines, nonBlank[k]!);
      edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
      const previous = k > 0 ? keyOfRead(lines, nonBlank[k - 1]!) : '';
      if ((before.get(key) ?? previous) !== previous) afterSeveral.add(key);
      before.set(key, previous);
    }
  };
  const paged = nonBlank.length > 0 && lines.source(nonBlank[0]!).page !== null;
  if (paged) markEdge(0, PAGE_EDGE - 1);
  const counted: string[] = [];
  for (let i = 0; i < nonBlank.length; i++) {
    const index = nonBlank[i]!;
    const key = keyOfRead(lines, index);
    if ((key.length >= MIN_LENGTH || DATE_ALONE.test(key)) && key.length <= MAX_LENGTH) counted.push(key);
    const page = lines.source(index).page;
    const newPage = i > 0 && page !== null && lines.source(nonBlank[i - 1]!).page !== page;
    if (newPage) edgeLines.add(lines.source(nonBlank[i - 1]!).line).add(lines.source(index).line);
    if (!newPage && !endsPage(lines.text(index))) continue;
    // The first lines of a page, where its running header stands (after a page's number, in text without form feeds).
    for (let k = newPage ? i : i + 1; k < Math.min(nonBlank.length, (newPage ? i : i + 1) + PAGE_EDGE); k++) pageTops.add(lines.source(nonBlank[k]!).line);
    for (let k = Math.max(0, i - PAGE_EDGE); k <= Math.min(nonBlank.length - 1, i + PAGE_EDGE); k++) atPageEdge.add(keyOfRead(lines, nonBlank[k]!));
    // A page's number where no form feed is ("Pag. 1"), in text without any or with some pages'
    // only: the running header is the line after it, the footer's line above it
    // ("Aut. n. 3421 del 12/03/2010" / "Pagina 1 di 4").
    if (newPage) markEdge(i - PAGE_EDGE, i + PAGE_EDGE - 1);
    else markEdge(i - 1, i + 1);
  }
  if (paged) markEdge(nonBlank.length - PAGE_EDGE, nonBlank.length - 1);
  const counts = new TextCounts(counted);
  const pageNumbers = lonePageNumbers(lines, edgeLines);
  const numbered = numberedFurniture(lines);
  const isNumberedFurniture = (text: string) => numbered.size > 0 && numbered.has(numberedLine(collapseSpace(text))?.stem ?? '');
  /**
   * "Il progetto incrementa … per complessivi" / "€ 1.851,99." at each page's foot: a sentence's
   * line with a line of its page below it printed once, which no footer has (a page's number is).
   */
  const goesOnBelow = (read: ReadLines, index: number) => {
    const page = read.source(index).page;
    for (let k = index + 1; k < read.length; k++) {
      const text = read.text(k);
      if (text === '') continue;
      return read.source(k).page === page && counts.count(keyOfRead(read, k)) < 2 && !isPageNumber(text) && !isNumberedFurniture(text) && !mentionsPage(read.source(k).text);
    }
    return false;
  };
  const noise: PageNoise = {
    isRepeated: (text) => counts.count(keyOf(text)) >= 2,
    isNoise: (read, index) => {
      if (isPageNumber(read.text(index)) || isNumberedFurniture(read.text(index))) return true;
      const key = keyOfRead(read, index);
      const count = counts.count(key);
      return count >= FURNITURE_REPEATS || (count >= 2 && atPageEdge.has(key));
    },
    isFurniture: (read, index) => {
      if (isPageNumber(read.text(index)) || isNumberedFurniture(read.text(index))) return true;
      const source = read.source(index);
      // "… di €" / "2" / a page break / the running header / "1.164,00, come …": a page's number alone
      // at its foot or top ("… di €" / a page break / "1090" is an amount).
      if (pageNumbers.has(source.line)) return true;
      const apart = pageFooterApart(read, index);
      if (!apart && !nearEdge.has(source.line)) return false;
      // "… del Fondo Salario Accessorio di €": a sentence left open at a page's foot, which no footer
      // is; at a page's top, a running header of two lines may be ("Allegato A alla deliberazione della").
      const atTop = pageTops.has(source.line);
      if (!atTop && (endsOpen(read.text(index)) || goesOnBelow(read, index))) return false;
      if (apart) return true;
      // "CCIAA di Bari – Area Risorse – Prot. 0018822/2022": a letter's protocol number, stamped on its pages' edge.
      if (source.text.length <= MAX_FOOTER && PROTOCOL_NUMBER.test(source.text)) return true;
      const key = keyOfRead(read, index);
      // A sentence's line follows the same line wherever it stands; a footer in lower case ("… e della" /
      // "unioncamere toscana – …") follows whatever ends each page.
      if (!atTop && continuesSentence(read, index) && !afterSeveral.has(key)) return false;
      // "Piano dei progetti di miglioramento 2025 – pagina 3", "PROGETTO … 2015          4": a footer or
      // a running header with its page's number, never printed twice alike (set apart at the right
      // margin only in the line as printed).
      if (mentionsPage(source.text) || numberedAtRightMargin(source.text, source.page)) return true;
      const atEdges = edgeCounts.get(key) ?? 0;
      return key.length >= MIN_LENGTH && atEdges >= 2 && atEdges * 2 >= counts.count(key);
    },
    atPageEdge: (line) => edgeLines.has(line),
    isNumberedFurniture,
    furnitureOf: (read) => answeredOnce(read.length, (index) => noise.isFurniture(read, index)),
  };
  return noise;
}

/**
 * The words of the lines that end on a page's number (see {@link PageNoise.isNumberedFurniture})
 * printed twice or more, each time with a higher number.
 */
function numberedFurniture(lines: ReadLines): Set<string> {
  const numbers = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines.text(i);
    const last = text.charCodeAt(text.length - 1);
    if (last < DIGIT_0 || last > DIGIT_9 || text.length > MAX_FOOTER || endsOnDecimals(text)) continue;
    const numbered = numberedLine(text);
    if (numbered === null) continue;
    const seen = numbers.get(numbered.stem);
    if (seen) seen.push(numbered.page);
    else numbers.set(numbered.stem, [numbered.page]);
  }
  const found = new Set<string>();
  for (const [stem, seen] of numbers) if (seen.length >= 2 && seen.every((n, k) => k === 0 || (n > seen[k - 1]! && n - seen[k - 1]! <= MAX_PAGE_STEP))) found.add(stem);
  return found;
}

/** "… 1.605,00", "… 20,5": a line ending on a number's decimals or thousands, as rows do; looked at without a pattern. */
function endsOnDecimals(text: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && text.charCodeAt(at) >= DIGIT_0 && text.charCodeAt(at) <= DIGIT_9) at--;
  const before = text.charCodeAt(at);
  return before === COMMA || before === STOP;
}

const COMMA = 44;
const STOP = 46;

/** How far apart two pages' numbers may be where a footer was printed: a page or a few without it. */
const MAX_PAGE_STEP = 5;

/**
 * The words before a page's number at a line's end, and that number, or null: a year before a dash ("2009 – 1"),
 * or words, not a grade's letter ("Istruttore direttivo D 1", "C 4": a grade split by a space),
 * not a word or sign the number is the count or amount of ("… – lotto 2", "Totale progetto €
 * 528", "Importo: 500"), and no amount with cents nor a row's figures ("C3 17,10 100 1.710,00 20
 * 342", "Esecutore B1 15 40 600 20 120").
 */
function numberedLine(text: string): { stem: string; page: number } | null {
  const match = NUMBER_AT_END.exec(text);
  if (!match) return null;
  const stem = text.slice(0, match.index);
  const numbered = { stem, page: Number(match[2]) };
  // A row's cents rule most lines out first, before the patterns that cost more.
  if (CENTS.test(stem)) return null;
  if (YEAR.test(stem)) return match[1]!.trim() === '' ? null : numbered;
  if (stem.length < MIN_STEM || !WORD.test(stem) || ENDS_IN_LETTER.test(stem) || NAMES_THE_NUMBER.test(stem)) return null;
  return (stem.match(FIGURES) ?? []).length < MAX_STEM_FIGURES ? numbered : null;
}

/** A sign, or a word, that says what the number after it is: an amount, a count, a place in a series. */
const NAMES_THE_NUMBER =
  /(?:[€:=]|\b(?:euro|eur|lotto|lotti|fase|stralcio|step|modulo|azione|obiettivo|progetto|intervento|area|zona|settore|ufficio|servizio|distretto|livello|gruppo|squadra|turno|comma|articolo|art\.|n\.|n°|nr\.|numero|anno|mese|punto|parte|sezione|capitolo|allegato|tabella|scheda|ore|h|unità|dipendenti|totale|quota|importo))\s*$/i;
/** A row's figures: a footer has a year or an address's number, seldom three figures. */
const FIGURES = /(?<![a-zà-ÿ\d])\d[\d.,]*(?![a-zà-ÿ\d])/gi;
const MAX_STEM_FIGURES = 4;

/** A page's number after a space or a dash, up to three digits, with the year after a slash or not ("1/2012"). */
const NUMBER_AT_END = /(\s*[–—-]\s*|\s+)(\d{1,3})(?:\/(?:19|20)\d\d)?$/;
const YEAR = /^(?:19|20)\d\d$/;
const MIN_STEM = 8;
const WORD = /[a-zà-ÿ]{3}/i;
const ENDS_IN_LETTER = /(?:^|[\s.])[a-zà-ÿ]{1,2}\.?$/i;
const CENTS = /\d,\d/;

const LONE_NUMBER = /^\d{1,4}$/;
/** How far a page's printed number may stand from its place among the pages (a cover, an act before the plan). */
const PAGE_NUMBER_REACH = 5;
/** A line that ends before a sentence's amount or its next word: "… di €", "… pari a euro", "… della". */
function endsOpen(text: string): boolean {
  return endsOnCurrency(text) || endsOnOpenWord(text);
}

/**
 * The lines (their numbers) that are a number alone right before or after a page break and are
 * its page's: near the page's place among the pages, or as far from it as another such number
 * is (an annex numbered on from its act: 14, 15, 16 on its pages 1, 2, 3).
 */
function lonePageNumbers(lines: ReadLines, edgeLines: Set<number>): Set<number> {
  const found: Array<{ line: number; offset: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const { line, page } = lines.source(i);
    if (page !== null && edgeLines.has(line) && LONE_NUMBER.test(lines.text(i))) found.push({ line, offset: Number(lines.text(i)) - page });
  }
  const votes = new Map<number, number>();
  for (const { offset } of found) votes.set(offset, (votes.get(offset) ?? 0) + 1);
  return new Set(found.filter(({ offset }) => Math.abs(offset) <= PAGE_NUMBER_REACH || votes.get(offset)! >= 2).map(({ line }) => line));
}

/** "PROGETTO DI MIGLIORAMENTO DEI SERVIZI 2015          4" (or "…2015\t4"): a running header with its page's number set apart at the right margin. */
function numberedAtRightMargin(printed: string, page: number | null): boolean {
  const number = RIGHT_MARGIN_NUMBER.exec(printed);
  return number !== null && page !== null && Math.abs(Number(number[1]) - page) <= PAGE_NUMBER_REACH;
}

const RIGHT_MARGIN_NUMBER = /\S(?:\s{3,}|\t)(\d{1,3})\s*$/;

/**
 * "Piano dei progetti – pagina 3", "Allegato A – 2 di 5", set apart by a blank line: a footer that
 * ends on its page's number, where text without page breaks does not say where a page ends.
 */
function pageFooterApart(read: ReadLines, index: number): boolean {
  const text = read.text(index);
  if (!isFooterWithNumber(text)) return false;
  return (index > 0 && read.text(index - 1) === '') || (index + 1 < read.length && read.text(index + 1) === '');
}

/** A page's number alone, or a short line that ends on it: where a page ends, in text without page breaks. */
function endsPage(text: string): boolean {
  return isPageNumber(text) || isFooterWithNumber(text);
}

function isFooterWithNumber(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // Most lines end on no digit: looked at before the pattern, which every line would otherwise be scanned by.
  return last >= DIGIT_0 && last <= DIGIT_9 && text.length <= MAX_FOOTER && PAGE_AT_END.test(text);
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

const PAGE_AT_END = /(?:\bpag(?:ina|\.)?\s*\d{1,4}|\s\d{1,3}\s*(?:\/|di)\s*\d{1,3})$/i;
/** A footer is a short line. */
const MAX_FOOTER = 100;
/** "Prot. 0018822/2022", "Prot. n. 4512", "Protocollo n. 12/2019": a protocol number. */
const PROTOCOL_NUMBER = /\bprot(?:\.|ocollo)\s*(?:n(?:r|um)?\.?\s*|°\s*)?\d+(?:[./-]\d+)*\b/i;

/**
 * "… La quota" / "da destinare al Fondo … del CCNL" / "21/5/2018 è pari a € 2.099,56": the next line
 * of a sentence on the same page, which no running header or footer is, though a plan repeats it
 * project after project and a page may break after it.
 */
function continuesSentence(read: ReadLines, index: number): boolean {
  if (index === 0 || !SENTENCE_GOES_ON.test(read.text(index))) return false;
  return read.source(index - 1).page === read.source(index).page && OPEN_LINE_END.test(read.text(index - 1));
}

/** A line that starts with a word in lower case: "da destinare …", not "file:///…". */
const SENTENCE_GOES_ON = /^\p{Ll}+[\s,]/u;
/** A line that ends on a word or a comma, its sentence open. */
const OPEN_LINE_END = /[\p{L},]$/u;

/**
 * How many times each text occurs among many, worked out only for the texts asked about: few are,
 * and hashing every line whole into a map was the outline's largest single cost. Texts are filed
 * by a fingerprint of their length and a few characters, and compared when asked; many other texts
 * alike in those characters turn the whole into a plain map, once.
 */
export class TextCounts {
  private readonly mask: number;
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly known = new Map<string, number>();
  private whole: Map<string, number> | null = null;

  constructor(private readonly texts: string[]) {
    const size = 2 ** Math.ceil(Math.log2(2 * texts.length + 2));
    this.mask = size - 1;
    this.heads = new Int32Array(size).fill(-1);
    this.next = new Int32Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const bucket = fingerprint(texts[i]!) & this.mask;
      this.next[i] = this.heads[bucket]!;
      this.heads[bucket] = i;
    }
  }

  count(text: string): number {
    if (this.whole) return this.whole.get(text) ?? 0;
    let count = this.known.get(text);
    if (count !== undefined) return count;
    count = 0;
    let others = 0;
    for (let i = this.heads[fingerprint(text) & this.mask]!; i >= 0; i = this.next[i]!) {
      if (this.texts[i] === text) count++;
      else if (++others > MAX_OTHERS) return this.countAll(text);
    }
    this.known.set(text, count);
    return count;
  }

  private countAll(text: string): number {
    const whole = new Map<string, number>();
    for (const t of this.texts) whole.set(t, (whole.get(t) ?? 0) + 1);
    this.whole = whole;
    return whole.get(text) ?? 0;
  }
}

/** Past this many other texts under one fingerprint, counting by a map is cheaper than comparing. */
const MAX_OTHERS = 256;

function fingerprint(text: string): number {
  const n = text.length;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(0), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(n >> 2), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt(n >> 1), 0x27d4eb2f);
  h = Math.imul(h ^ text.charCodeAt(n - (n >> 2) - 1), 0x165667b1);
  h = Math.imul(h ^ text.charCodeAt(n - 1), 0x9e3779b1);
  return h ^ (h >>> 15);
}

function keyOf(text: string): string {
  return text.length > MAX_LENGTH * 2 ? '' : collapseSpace(text);
}

/** {@link keyOf} of a line already read: its collapsed text. */
function keyOfRead(lines: ReadLines, index: number): string {
  return lines.source(index).text.length > MAX_LENGTH * 2 ? '' : lines.text(index);
}
