import type { Condition } from '../model.js';
import type { ReadLines } from './read-line.js';
import { CONDITION_FULL_NAMES, nameWords, ORDINALS, readConditionHeading, startsWithConditionName, type ConditionHeading } from './headings.js';
import { isPageNumber, mentionsPage } from './noise.js';
import { collapseSpace, endsOnOpenWord, LATIN_LETTERS } from './text.js';

/** How many lines a parenthesised heading may run over before its ")" is given up on. */
const MAX_HEADING_LINES = 3;

interface HeadingText {
  heading: string;
  /** The condition's text that starts on the heading's last line, after it; '' when none does. */
  textStart: string;
  /** Index of the first line after the heading. */
  next: number;
}

/**
 * The heading after "… condizione": "(…)" possibly over lines, or the rest of the line; and the
 * text after it on its line: after the ")", after a colon ("Miglioramento dei servizi: Il
 * progetto …"), after the sentence it ends ("risorse previste nel bilancio annuale. Le risorse
 * …"), or after a tab or a wide gap (a table of two columns taken out as text).
 */
function readHeadingText(lines: ReadLines, index: number, found: ConditionHeading): HeadingText {
  if (found.linesAfter !== undefined) {
    const name = found.rest.replace(/^[:.\s–—-]*\(?\s*/, '').replace(/\)\s*$/, '');
    return { heading: collapseSpace(name), textStart: '', next: index + found.linesAfter + 1 };
  }
  const open = found.rest.match(/^\(\s*(.*)$/);
  if (!open) return splitOnLine(lines.source(index).text, found, index);
  const pieces = [open[1] ?? ''];
  let next = index + 1;
  let closed = pieces[0]!.includes(')');
  for (let i = index + 1; !closed && i < lines.length && i <= index + MAX_HEADING_LINES; i++) {
    const text = lines.text(i);
    if (text === '' || lines.condition(i)) break;
    if (!text.includes(')')) continue;
    for (let j = index + 1; j <= i; j++) pieces.push(lines.source(j).text.trim());
    next = i + 1;
    closed = true;
  }
  const joined = pieces.join(' ');
  const close = joined.indexOf(')');
  const heading = collapseSpace(close < 0 ? joined : joined.slice(0, close));
  const textStart = close < 0 ? '' : collapseSpace(joined.slice(close + 1)).replace(LEADING_MARK, '');
  return { heading, textStart, next };
}

function splitOnLine(printed: string, found: ConditionHeading, index: number): HeadingText {
  const rest = found.rest.replace(TICKED_COLUMN, '');
  const after = textInLastColumn(printed.trim(), found.ordinal);
  if (after !== '' && rest.length >= after.length && rest.endsWith(after)) {
    return { heading: rest.slice(0, rest.length - after.length).replace(TRAILING_MARKS, ''), textStart: after, next: index + 1 };
  }
  const end = headingEnd({ ...found, rest });
  if (end) return { heading: rest.slice(0, end.index), textStart: rest.slice(end.index + end[0].length), next: index + 1 };
  return { heading: rest.replace(TRAILING_MARKS, ''), textStart: '', next: index + 1 };
}

/**
 * A condition's text in a column of its own, after a tab or a wide gap: "Prima condizione
 * Il progetto consente …", "Prima condizione → miglioramento quali-quantitativo dei servizi →
 * Il progetto …" (a table of the heading, the name and the text taken out as text); not the
 * condition's own name ("Prima condizione      miglioramento …", its text below). '' for none.
 */
function textInLastColumn(line: string, ordinal: number): string {
  if (!WIDE_GAP.test(line)) return '';
  const columns = line.split(WIDE_GAP);
  if (columns.length !== 2 && !(columns.length === 3 && startsWithConditionName(ordinal, collapseSpace(columns[1]!)))) return '';
  const text = collapseSpace(columns.at(-1)!);
  return startsWithConditionName(ordinal, text) ? '' : text;
}

/**
 * Where a heading's words end on its line and its text starts: at the first colon after a
 * condition's own name ("1) miglioramento quali-quantitativo dei servizi: il progetto consente
 * …"), at a colon before a capital ("Miglioramento dei servizi: Il progetto …"), or at the end
 * of the heading's sentence ("Settima condizione – risorse previste nel bilancio annuale. Le
 * risorse sono previste …"), whichever comes first; null where none is on the line.
 */
function headingEnd({ ordinal, rest }: ConditionHeading): RegExpExecArray | null {
  const colon = rest.includes(':') ? (startsWithConditionName(ordinal, rest) ? COLON_BEFORE_TEXT : TEXT_AFTER_COLON).exec(rest) : null;
  const sentence = rest.includes('.') ? SENTENCE_END.exec(rest) : null;
  if (!colon || !sentence) return colon ?? sentence;
  return sentence.index < colon.index ? sentence : colon;
}

/**
 * "1 Miglioramento quali-quantitativo dei" / "servizi" / "Il progetto migliora …": a heading that
 * stops inside its condition's own name (a table's narrow column wraps it), with the lines after it
 * that are wholly the name's next words taken into it; the text starts after them. A line that
 * goes on with other words ("servizi sono migliorati …") is the text.
 */
function withNameGoingOn(lines: ReadLines, ordinal: number, read: HeadingText): HeadingText {
  const name = CONDITION_FULL_NAMES[ordinal - 1];
  if (!name || read.textStart !== '') return read;
  const said = nameWords(read.heading);
  if (said.length === 0 || said.length >= name.length || said.some((w, k) => name[k] !== w)) return read;
  const pieces: string[] = [];
  let at = said.length;
  let next = read.next;
  for (; next < lines.length && at < name.length; next++) {
    const words = nameWords(lines.text(next));
    if (words.length === 0 || lines.condition(next) || words.some((w, k) => name[at + k] !== w)) break;
    pieces.push(collapseSpace(lines.text(next)));
    at += words.length;
  }
  return pieces.length === 0 ? read : { heading: `${read.heading} ${pieces.join(' ')}`, textStart: '', next };
}

const TRAILING_MARKS = /[:.\s]+$/;
/**
 * "1 Miglioramento quali-quantitativo dei X": the mark of a table's "SI" column after the
 * heading's words on its line (a table of the conditions, N. / Condizione / SI / NO / Motivazione).
 */
const TICKED_COLUMN = /\s+[xX✓✔]$/;
const LEADING_MARK = /^[:.–—-]\s*/;
/** A tab, or a gap of three spaces or more: the cells of a table of two columns. */
const WIDE_GAP = /\t+|\s{3,}/;
/** A colon after the heading's words, then a sentence that starts with a capital. */
const TEXT_AFTER_COLON = /:\s+(?=\p{Lu})/u;
/** A colon after a condition's own name, then its text, whatever its first letter. */
const COLON_BEFORE_TEXT = /:\s+(?=\S)/;
/**
 * A full stop after a word (not an initial nor "n."), or after a bracket or a quote, then a
 * sentence that starts with a capital word: "… bilancio annuale. Le risorse", "… interna. I
 * benefici", "… risultati. L’Organismo"; not "art. 67", "D.Lgs. 165", "lett. B)". The stop comes
 * first: a pattern that opens with a look behind is tried from every character of the line.
 */
const SENTENCE_END = /\.(?<=(?:\p{L}{3}|[)»”"’])\.)\s+(?=\p{Lu}[\p{Ll}\s’'])/u;

/**
 * Reads the seven conditions of a project from its lines: each heading starts a condition whose
 * text runs to the next heading. A heading repeated later continues its condition. Where there
 * is no heading, or only lines of a paragraph that lists the conditions as numbered items (a
 * wrapped line that starts with "2) concreti risultati, …"), the paragraph's items; where there
 * are neither, the conditions named by their ordinals inside sentences. `isFurniture`: a line of
 * the page's furniture a paragraph runs over; `pageFurniture`: the line numbers of the page's
 * furniture that a condition's text leaves out (see {@link findPageFurniture}).
 */
export function readConditions(
  lines: ReadLines,
  isFurniture: (index: number) => boolean = () => false,
  pageFurniture: ReadonlySet<number> = new Set(),
): Condition[] {
  const headed = readHeadedConditions(lines, (i) => pageFurniture.has(lines.source(i).line), isFurniture);
  if (headed.length === ORDINALS.length) return headed;
  const inProse = readConditionsInProse(lines, isFurniture);
  if (inProse.length > headed.length && headed.every((c) => inProse.some((p) => p.source.lines.includes(c.source.lines[0]!)))) return inProse;
  if (headed.length > 0) return headed;
  return inProse.length > 0 ? inProse : readConditionsInSentences(lines, isFurniture);
}

/**
 * `isPageFurniture`: a line of a page's furniture, left out of a condition's text (see {@link findPageFurniture});
 * `isFurniture`: a line of the page's furniture, which closes no condition (see `closesPlan`).
 */
function readHeadedConditions(lines: ReadLines, isPageFurniture: (index: number) => boolean, isFurniture: (index: number) => boolean): Condition[] {
  const byOrdinal = new Map<number, ConditionDraft>();
  let current: ConditionDraft | null = null;
  for (let i = 0; i < lines.length; i++) {
    const found = lines.condition(i);
    if (!found) {
      const text = lines.text(i);
      // A letterhead's "Roma, 12 marzo 2019" on every page closes nothing.
      if (current && !isFurniture(i) && closesPlan(lines, i, isFurniture)) current = null;
      if (current && text !== '' && !isPageFurniture(i)) {
        current.texts.push(text);
        current.bodyLines.push(lines.source(i).line);
      }
      continue;
    }
    const { heading, textStart, next } = withNameGoingOn(lines, found.ordinal, readHeadingText(lines, i, found));
    let draft = byOrdinal.get(found.ordinal);
    if (!draft) byOrdinal.set(found.ordinal, (draft = { heading, texts: [], headingLines: [], bodyLines: [], page: lines.source(i).page }));
    // "Prima condizione" / "(miglioramento quali-quantitativo dei servizi)": the name on the line below is the heading's.
    else if (draft.heading === '' && draft.texts.length === 0) draft.heading = heading;
    if (found.also && !byOrdinal.has(found.also)) {
      const [first, second] = namesOfTwo(heading, found.ordinal, found.also);
      draft.heading = first;
      // One text for both: the same lines, told once.
      byOrdinal.set(found.also, { ...draft, heading: second });
    }
    if (textStart !== '') draft.texts.push(textStart);
    for (let j = i; j < next; j++) draft.headingLines.push(lines.source(j).line);
    current = draft;
    i = next - 1;
  }
  return [...byOrdinal.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ordinal, c]) => ({
      ordinal,
      heading: c.heading,
      text: c.texts.join(' '),
      source: { lines: c.headingLines.concat(c.bodyLines), page: c.page },
    }));
}

/**
 * "risorse rese disponibili …; risorse previste nel bilancio annuale": the heading of two
 * conditions parted into each one's name. Where it holds only the first's (the second's on the
 * line below, read as its own heading), the second's is left to that line.
 */
function namesOfTwo(heading: string, ordinal: number, also: number): [string, string] {
  const [first = '', second = '', ...more] = heading.split(';').map((name) => name.trim());
  if (more.length > 0 || !startsWithConditionName(ordinal, first)) return [heading, heading];
  return [first, startsWithConditionName(also, second) ? second : ''];
}

/**
 * A line that closes a plan or a project's sheet, after which nothing is a condition's text: a
 * place and date on a line of their own ("Clusone, 14 maggio 2019", "San Vito al Tagliamento,
 * 22.05.2012"); a signature, an office alone on its line followed by a name, a signing mark or
 * nothing but the page's furniture ("Il Segretario Generale" / "dott.ssa Anna Rita Gallo"); a recap's heading after a
 * paragraph's end ("RIEPILOGO DEI PROGETTI", "Prospetto riepilogativo"). Not a sentence that names
 * the office or the date inside a condition ("Il Segretario Generale verificherà …", "entro il
 * 31/12/2019").
 */
function closesPlan(lines: ReadLines, index: number, isFurniture: (index: number) => boolean): boolean {
  const text = lines.text(index);
  if (text.length > MAX_CLOSING_LENGTH) return false;
  if (PLACE_AND_DATE.test(text) || opensRecap(lines, index, isFurniture)) return true;
  const office = SIGNING_OFFICE.exec(text);
  if (!office) return false;
  if (SIGNED.test(office[1]!)) return true;
  if (office[1]!.trim() !== '' && !OFFICE_GOING_ON.test(office[1]!)) return false;
  if (SENTENCE_STOP.test(text) || endsOnOpenWord(text)) return false;
  const next = nextWorded(lines, index, isFurniture);
  return next < 0 || SIGNER.test(lines.text(next));
}

/**
 * A recap's heading after a paragraph's end or a signature: "RIEPILOGO DEI PROGETTI" after "…
 * destinati al fondo.", "ALLEGATO A – RIEPILOGO DELLE RISORSE PER OBIETTIVO" after "dott. Paolo Rinaldi".
 */
function opensRecap(lines: ReadLines, index: number, isFurniture: (index: number) => boolean): boolean {
  const text = lines.text(index);
  if (text.length > MAX_CLOSING_LENGTH || !RECAP_HEADING.test(text) || text.endsWith('.')) return false;
  const previous = previousWorded(lines, index, isFurniture);
  if (previous < 0) return true;
  const before = lines.text(previous);
  return !endsOnOpenWord(before) && (PARAGRAPH_END.test(before) || SIGNER.test(before));
}

/**
 * Where a recap of the plan's projects starts in a project's lines ("RIEPILOGO DELLE RISORSE
 * DESTINATE AL FONDO" / "Obiettivo n. 1 – …: € 820,08" / "Totale incremento …: € 2.330,90"), after
 * which no amount is the project's own declared amount; the lines' length where none does.
 */
export function recapStart(lines: ReadLines, isFurniture: (index: number) => boolean): number {
  // The heading's words first: they are cheap to look for, and the page's furniture is not.
  for (let i = 0; i < lines.length; i++) if (RECAP_HEADING.test(lines.text(i)) && !isFurniture(i) && opensRecap(lines, i, isFurniture)) return i;
  return lines.length;
}

/**
 * Where a plan's sign-off starts in a project's lines: the first line that closes the plan (see
 * `closesPlan`: a place and date, a signature); the lines' length where none does.
 */
export function signOffStart(lines: ReadLines, isFurniture: (index: number) => boolean): number {
  for (let i = 0; i < lines.length; i++) if (!isFurniture(i) && closesPlan(lines, i, isFurniture)) return i;
  return lines.length;
}

/** How long a closing line may be: a place and date, an office, a recap's heading. */
const MAX_CLOSING_LENGTH = 90;
/**
 * "Clusone, 14 maggio 2019", "Mariano Comense, lì 25/02/2019", "San Vito al Tagliamento, 22.05.2012",
 * "Ponte Alto, 15 aprile 2021 – Il Responsabile del Settore": the whole line, an office after a dash too.
 */
const PLACE_AND_DATE = new RegExp(
  `^[A-ZÀ-Ý][${LATIN_LETTERS}'’ .-]{1,40},\\s*(?:l[iì]\\s+|addì\\s+)?\\d{1,2}(?:°)?(?:\\s+[${LATIN_LETTERS}]{3,9}\\s+|[./-]\\d{1,2}[./-])\\d{2,4}\\.?(?:\\s+[–—-]\\s+(?:[Ii]l|[Ll]a|IL|LA)\\s+\\S.*)?$`,
);
/** "Il Segretario Generale", "IL RESPONSABILE DEL SERVIZIO PERSONALE", "Il Dirigente del Settore": an office at a line's start. Groups: the words after it. */
const SIGNING_OFFICE = /^(?:il|la)\s+(?:segretari[oa]|dirigente|direttore|direttrice|responsabile|presidente|sindaco|commissario)\b(.*)$/i;
/** "del Servizio Personale", "Generale": the office's name going on after its word, not a sentence ("… verificherà"). */
const OFFICE_GOING_ON = /^\s*(?:del|della|dell['’]|dei|delle|generale|amministrativ[oa]|general[ei])\b/i;
/** A line ending as a sentence or a clause does: no office standing alone. */
const SENTENCE_STOP = /[.;:]$/;
/** "… destinati al fondo.", "… (allegato 2)", "… € 2.330,90": a paragraph's or a table's end before a recap's heading. */
const PARAGRAPH_END = /[.;:)\d]$/;
/** "(firmato digitalmente)", "f.to Dott. …": a signature's mark after the office. */
const SIGNED = /\(firmato|\bf\.to\b|firmato digitalmente/i;
/** "dott.ssa Laura Menegatti", "Dott. Giovanni Colucci", "rag. Luisa Del Zotto", "(firmato digitalmente)": who signs. */
const SIGNER = /^(?:dott(?:\.ssa|ssa|\.)?|dr\.?|ing\.|rag\.|avv\.|prof(?:\.ssa|\.)|arch\.|geom\.|f\.to|\(?firmato)\s*/i;
/**
 * "RIEPILOGO DEI PROGETTI", "Prospetto riepilogativo", "QUADRO RIASSUNTIVO DELLE RISORSE", "Tabella
 * di sintesi dei progetti", "Prospetto delle risorse per progetto", "ALLEGATO A – RIEPILOGO DELLE
 * RISORSE PER OBIETTIVO": a recap's heading, an annex's too. Not a table of other figures
 * ("Prospetto delle risorse per settore", "Quadro di sintesi del personale impegnato", "Tabella
 * riassuntiva Personale coinvolto nel progetto").
 */
const RECAP_HEADING =
  /^(?:allegato\s+(?:[a-z]|\d{1,2})\s*[–—:-]\s*)?(?:riepilogo|(?:prospetto|quadro|tabella)\s+riepilogativ[oa]|(?:prospetto|quadro|tabella)\s+(?:riassuntiv[oa]|(?:di\s+)?sintesi)\s+de(?:i|lle|gli)\s+(?:progetti|obiettivi|risorse)|sintesi\s+dei\s+(?:progetti|obiettivi)|(?:prospetto|quadro|tabella)\s+delle\s+risorse\s+(?:destinate\s+)?(?:per|a)\s+(?:ciascun\s+)?(?:progett|obiettiv)[oi])\b/i;

/** The last line before `index` with text, the page's furniture (a running header over the recap) passed over; -1 for none. */
function previousWorded(lines: ReadLines, index: number, isFurniture: (index: number) => boolean): number {
  for (let k = index - 1; k >= 0; k--) if (lines.text(k) !== '' && !isFurniture(k)) return k;
  return -1;
}

/** The first line after `index` with text, a page's number and furniture passed over ("Il Direttore Generale" / "10"); -1 for none. */
function nextWorded(lines: ReadLines, index: number, isFurniture: (index: number) => boolean): number {
  for (let k = index + 1; k < lines.length; k++) if (lines.text(k) !== '' && !isFurniture(k) && !isPageNumber(lines.text(k))) return k;
  return -1;
}

/**
 * The line numbers of a document's page furniture that may break into a condition's text: a
 * page's number alone ("- 3 -", "Pag. 1"); a footer or a header of furniture that gives its page's
 * number among other words, printed again but for its numbers ("Selvazzano Dentro – pag. 1 di
 * 5"); a running header of furniture printed more than once, each time right after one of those
 * or at its page's top ("Pag. 1" / "Unione Terre di Castelli – Progetti …", "- 3 -" / "Scheda
 * progetto 3"), and not going on into the next line, unless every printing opens its page (a
 * sentence broken over the page goes on after it: "… il numero di concessioni" / "Pag. 1 di 3" /
 * "COMUNE DI POGGIO ALTO – Settore Risorse Umane" / "verificate e il giudizio …"). A sentence
 * that names a page once ("Vedi bilancio di previsione 2018, pagina 4"), or one that a plan
 * repeats and that follows a footer only where a page happens to break there, stays.
 */
export function findPageFurniture(lines: ReadLines, isFurniture: (index: number) => boolean): Set<number> {
  const nonBlank: number[] = [];
  const mentions: number[] = [];
  const stems = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines.text(i);
    if (text === '') continue;
    nonBlank.push(i);
    if (!mentionsPage(text)) continue;
    mentions.push(i);
    const stem = stemOf(text);
    stems.set(stem, (stems.get(stem) ?? 0) + 1);
  }
  const givesPage = new Set<number>();
  for (const i of mentions) if (stems.get(stemOf(lines.text(i)))! >= 2 && isFurniture(i)) givesPage.add(i);
  const furniture = new Uint8Array(lines.length);
  for (const i of nonBlank) if (givesPage.has(i) || isPageNumber(lines.text(i))) furniture[i] = 1;
  const afterPage = (k: number) => k > 0 && furniture[nonBlank[k - 1]!] === 1;
  // Where the document marks its pages (form feeds, a PDF's pages): the first line with text on one.
  const opensPage = (k: number) => lines.source(nonBlank[k]!).page !== null && (k === 0 || lines.source(nonBlank[k - 1]!).page !== lines.source(nonBlank[k]!).page);
  /** The other lines printed right after a page's furniture: how often each is printed, whether always there, whether always at a page's top. */
  const printed = new Map<string, { count: number; afterPage: boolean; atTop: boolean }>();
  for (let k = 1; k < nonBlank.length; k++) {
    const i = nonBlank[k]!;
    if (afterPage(k) && furniture[i] === 0) printed.set(lines.text(i), { count: 0, afterPage: true, atTop: true });
  }
  for (let k = 0; k < nonBlank.length && printed.size > 0; k++) {
    const i = nonBlank[k]!;
    const seen = furniture[i] === 0 ? printed.get(lines.text(i)) : undefined;
    if (!seen) continue;
    seen.count++;
    seen.afterPage &&= afterPage(k) || opensPage(k);
    seen.atTop &&= opensPage(k);
  }
  const runningHeaders: number[] = [];
  for (let k = 0; k < nonBlank.length && printed.size > 0; k++) {
    const i = nonBlank[k]!;
    const seen = printed.get(lines.text(i));
    if (!seen || seen.count < 2 || !seen.afterPage || !isFurniture(i)) continue;
    // "… previo accertamento del grado di" / "raggiungimento …": a sentence that goes on is no header.
    const next = nonBlank[k + 1];
    if (endsOnOpenWord(lines.text(i)) || (!seen.atTop && next !== undefined && /^\p{Ll}/u.test(lines.text(next)))) continue;
    runningHeaders.push(i);
  }
  for (const i of runningHeaders) furniture[i] = 1;
  const lineNumbers = new Set<number>();
  for (const i of nonBlank) if (furniture[i] === 1) lineNumbers.add(lines.source(i).line);
  return lineNumbers;
}

/** A line's words with its numbers left out: a footer's on every page alike. */
function stemOf(text: string): string {
  return text.replace(/\d+/g, '#');
}

/** A condition while its lines are gathered: a repeated heading adds to the first one's. */
interface ConditionDraft {
  heading: string;
  /** The body's non-blank lines: their text, and their line numbers. */
  texts: string[];
  bodyLines: number[];
  headingLines: number[];
  page: number | null;
}

/**
 * "Il progetto soddisfa le condizioni …, in quanto: 1) miglioramento quali-quantitativo dei
 * servizi: …; 2) concreti risultati, …": the conditions as numbered items of one paragraph, each
 * its number and its condition's name, read where no condition has a heading of its own line;
 * only a paragraph with most of the seven, in their order.
 */
function readConditionsInProse(lines: ReadLines, isFurniture: (index: number) => boolean): Condition[] {
  for (let start = 0; start < lines.length; start++) {
    if (lines.text(start) === '' || !INLINE_ITEM_ON_LINE.test(lines.text(start))) continue;
    let from = start;
    while (from > 0 && lines.text(from - 1) !== '' && !opensStaffTable(lines, from - 1)) from--;
    const paragraph = paragraphFrom(lines, from, isFurniture);
    const conditions = conditionsOfParagraph(lines, paragraph);
    if (conditions.length >= MIN_CONDITIONS_IN_PROSE) return conditions;
    start = Math.max(start, paragraph.at(-1) ?? start);
  }
  return [];
}

/**
 * The lines of the paragraph that starts at `from`, over a page's break: its footer and header, and
 * the blank lines beside them, left out. A staff table's header ("Categoria   Costo orario   Ore
 * …") ends it as a blank line does: where no blank line is printed, the description's numbered
 * objectives ("1) miglioramento … del servizio di trasporto; 2) …") and the conditions after the
 * table are two paragraphs still.
 */
function paragraphFrom(lines: ReadLines, from: number, isFurniture: (index: number) => boolean): number[] {
  const paragraph: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (i > from && opensStaffTable(lines, i)) break;
    if (lines.text(i) !== '' && !isFurniture(i)) {
      paragraph.push(i);
      continue;
    }
    let next = i;
    let furniture = false;
    for (; next < lines.length && (lines.text(next) === '' || isFurniture(next)); next++) {
      if (isFurniture(next)) furniture = true;
    }
    if (!furniture || next === lines.length) break;
    i = next - 1;
  }
  return paragraph;
}

/**
 * "Categoria   Costo orario   Ore   Prodotto   %   Risultato" / "C1  17,64  150  2.646,00 …": a
 * staff table's header, its pieces, then a line with a figure with cents. Not a line of prose that
 * happens to be mostly header words ("orario di ciascuna posizione" / "economica per le ore …").
 */
function opensStaffTable(lines: ReadLines, index: number): boolean {
  if (!lines.headerPiece(index)) return false;
  let next = index + 1;
  while (next < lines.length && lines.headerPiece(next)) next++;
  return next < lines.length && FIGURE_WITH_CENTS.test(lines.text(next));
}

const FIGURE_WITH_CENTS = /\d,\d\d/;

/**
 * "1) ", "1. ", "1 - ", "a) ": an item's number or letter and its mark, inside a paragraph.
 * Groups: the number, the letter, the mark.
 */
const INLINE_ITEM = /(?<=^|[\s;:.,])(?:([1-7])|([a-g]))(\)|\.|\s+[-–])\s+/gi;
/** A line with an item's mark, at its end too ("… in quanto: 1)"): where a paragraph of items may be. */
const INLINE_ITEM_ON_LINE = /(?:^|[\s;:.,])(?:[1-7]|[a-g])(?:\)|\.|\s+[-–])(?:\s|$)/i;
const MIN_CONDITIONS_IN_PROSE = 5;

function conditionsOfParagraph(lines: ReadLines, paragraph: number[]): Condition[] {
  const joined = joinLines(lines, paragraph);
  const { text } = joined;
  const items: Array<{ ordinal: number; at: number; textAt: number }> = [];
  let style: string | null = null;
  for (const item of text.matchAll(INLINE_ITEM)) {
    const ordinal = item[1] ? Number(item[1]) : item[2]!.toLowerCase().charCodeAt(0) - 'a'.charCodeAt(0) + 1;
    // Every item marked as the first one is: "a)", "1.", "1 -"; not a letter's "lett. b)" among numbers.
    const itemStyle = `${item[1] ? '1' : 'a'}${item[3]!.trim()}`;
    const textAt = item.index + item[0].length;
    const last = items.at(-1)?.ordinal ?? 0;
    if (ordinal <= last || (style !== null && itemStyle !== style) || !namesCondition(text, item.index, textAt, ordinal)) continue;
    style = itemStyle;
    items.push({ ordinal, at: item.index, textAt });
  }
  return items.map(({ ordinal, at, textAt }, k) => {
    const end = items[k + 1]?.at ?? text.length;
    const item = text.slice(textAt, end).trim().replace(ITEM_END, '');
    const colon = item.indexOf(':');
    return { ordinal, heading: colon < 0 ? item : item.slice(0, colon), text: colon < 0 ? '' : item.slice(colon + 1).trim(), source: sourceOf(lines, joined, at, end) };
  });
}

/** Lines joined into one text, with a space after each: where each line starts in it, and its index. */
interface JoinedLines {
  text: string;
  starts: number[];
  indices: number[];
}

function joinLines(lines: ReadLines, indices: number[]): JoinedLines {
  let text = '';
  const starts: number[] = [];
  for (const i of indices) {
    starts.push(text.length);
    text += `${lines.text(i)} `;
  }
  return { text, starts, indices };
}

/** The lines and the page of the joined text from `at` up to `end` (exclusive). */
function sourceOf(lines: ReadLines, joined: JoinedLines, at: number, end: number): Condition['source'] {
  const lineAt = (offset: number) => {
    let k = 0;
    while (k + 1 < joined.starts.length && joined.starts[k + 1]! <= offset) k++;
    return k;
  };
  const [first, last] = [lineAt(at), lineAt(Math.max(at, end - 1))];
  return { lines: joined.indices.slice(first, last + 1).map((i) => lines.source(i).line), page: lines.source(joined.indices[first]!).page };
}

/** The item at `at` is condition `ordinal`: read as its heading, or its text starts with the condition's own name ("1 - miglioramento quali-quantitativo …"). */
function namesCondition(text: string, at: number, textAt: number, ordinal: number): boolean {
  return readConditionHeading(text.slice(at))?.ordinal === ordinal || startsWithConditionName(ordinal, text.slice(textAt));
}

/** "…;", "… e": what ends an item before the next one's number. */
const ITEM_END = /\s*(?:[;,]|\be\b)?\s*$/;

/**
 * "Quanto alla prima condizione (miglioramento quali-quantitativo dei servizi), il progetto …",
 * "In relazione alla seconda condizione (…), …", … "Infine, per la settima condizione (…), …":
 * the conditions named by their ordinals inside sentences, each with its name in brackets, its
 * text after them up to the sentence that names the next one; read where there are neither
 * headings nor numbered items, and only when all seven are named, in their order.
 */
function readConditionsInSentences(lines: ReadLines, isFurniture: (index: number) => boolean): Condition[] {
  const read: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines.text(i) !== '' && !isFurniture(i)) read.push(i);
  const joined = joinLines(lines, read);
  const { text } = joined;
  const named: Array<{ at: number; open: number; close: number }> = [];
  for (const mention of text.matchAll(ORDINAL_IN_SENTENCE)) {
    if (ORDINALS.indexOf(mention[1]!.toLowerCase()) !== named.length) continue;
    const open = mention.index + mention[0].length;
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > MAX_NAME_LENGTH) return [];
    named.push({ at: mention.index, open, close });
    if (named.length === ORDINALS.length) break;
  }
  if (named.length < ORDINALS.length) return [];
  const lineStarts = new Set(joined.starts);
  return named.map(({ at, open, close }, k) => {
    const next = named[k + 1];
    const end = next ? sentenceStart(text, lineStarts, next.at) : text.length;
    return {
      ordinal: k + 1,
      heading: collapseSpace(text.slice(open, close)),
      text: text.slice(close + 1, end).replace(LEADING_PUNCTUATION, '').trim(),
      source: sourceOf(lines, joined, sentenceStart(text, lineStarts, at), end),
    };
  });
}

/** "prima condizione (", "Settima condizione (": an ordinal, the word, its name's bracket. Groups: the ordinal. */
const ORDINAL_IN_SENTENCE = new RegExp(`(?<![${LATIN_LETTERS}])(${ORDINALS.join('|')})\\s+condizione\\s*\\(`, 'giu');
/** How long a condition's name in brackets may be: the longest, the fourth's, is some 110 characters. */
const MAX_NAME_LENGTH = 200;
/** How far before an ordinal its sentence may start: "Per quanto riguarda la ", "Con riferimento alla ". */
const LEAD_IN = 40;
const LEADING_PUNCTUATION = /^\s*[,:;.–—-]?\s*/;

/**
 * Where the sentence that names a condition at `at` starts: a capital at a line's start or after
 * a full stop, a semicolon or a colon, a few words before ("In relazione alla seconda …"); `at`
 * itself when there is none ("… e per la seconda …").
 */
function sentenceStart(text: string, lineStarts: Set<number>, at: number): number {
  for (let p = at; p >= Math.max(0, at - LEAD_IN); p--) {
    if (!/\p{Lu}/u.test(text[p]!)) continue;
    if (lineStarts.has(p) || /[.;:]\s$/.test(text.slice(Math.max(0, p - 2), p))) return p;
  }
  return at;
}
