/**
 * Titles: a project's, from its heading onto the lines that carry it on, and the plan's, with its
 * year, from the lines before the first project.
 */
import type { SourceLine } from '../model.js';
import type { ProjectHeading } from './headings.js';
import { breaksWord } from './hyphenation.js';
import { isPageNumber, mentionsPage, type PageNoise } from './noise.js';
import type { ReadLines } from './read-line.js';
import { readTableHeader } from './table-header.js';
import { collapseSpace, endsOnOpenWord, indentOf, isBlank } from './text.js';

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

const MAX_TITLE_LINES = 9;
const NUMBER_MARK_ALONE = /^(?:n|nr|num)\s*[.°º]{0,2}$/i;
/** A section opened on the heading's own line, as when a paragraph is pasted whole: not the title. */
const INLINE_SECTION = /\s+(?:descrizione del progetto|il progetto risponde)\b.*$/i;
/** "Responsabile: …", "Referente: …": a labelled field after the heading, not the title ("… / residente: subentro" is). */
const FIELD_LABEL = /^\p{Lu}\p{L}*(?:\s\p{L}+)?\s*:/u;
/**
 * "Responsabile del progetto: dott.ssa …", "Servizio coinvolto: …": a longer label, of a field a
 * project's sheet has ("Anagrafe e stato civile: nuove procedure" goes on the title).
 */
const FIELD_WORDS = String.raw`Responsabil[ei]|Referent[ei]|Dirigente|Settore|Servizio?|Ufficio?|Area|Struttura|Unità|Durata|Periodo|Tempi|Destinatari|Importo|Quota|Personale|Risorse|Costo|Centro`;
const LONG_FIELD_LABEL = new RegExp(String.raw`^(?:${FIELD_WORDS})\b(?:\s+[^\s:]+){0,5}\s*:\s+\S`, 'u');
/**
 * "Servizio                 Servizio finanziario", "Responsabile geom. Paolo Sartori": a field of a
 * project's sheet printed as a table of two columns, with no colon: its label set apart from its
 * value by the column's gap, or, where a PDF's line keeps one space of it, before a capital or a title.
 */
const SHEET_FIELD_WORDS = String.raw`${FIELD_WORDS}|Descrizione|Obiettiv[oi]|Finalit[àa]|Indicator[ei]|Risultat[io]|Fasi|Tempistica|Modalit[àa]|Beneficiari`;
const FORM_FIELD = new RegExp(String.raw`^(?:${SHEET_FIELD_WORDS})(?!\p{L})(?:(?:\s[^\s:]+){0,3}\s{3,}\S|\s+(?:\p{Lu}|(?:dott|geom|ing|arch|rag|sig|avv)\p{L}*\.))`, 'u');
/** "SETTORE        Servizi demografici": the same field, its label in capitals, set apart by the column's gap. */
const CAPITALS_FORM_FIELD = new RegExp(String.raw`^(?:${SHEET_FIELD_WORDS.toUpperCase()})(?!\p{L})(?:\s[^\s:]+){0,3}\s{3,}\S`, 'u');
/** "Importo destinato al Fondo (…): € 1.392,42", "Quota del fondo 1.392,42": a field whose value is an amount. */
const AMOUNT_FIELD = /^\p{Lu}.*(?:€\s*\d[\d.]*(?:,\d\d)?|\d,\d\d)\s*(?:€|euro)?\.?$/u;

/**
 * The title runs from the heading line onto the lines that continue it. When a section
 * ("Descrizione del progetto", a condition, a table) follows within a few lines, every line up to
 * it is title. Otherwise a line continues the title when the title is still open: it ends on a
 * word such as "della", has an open quote, or the line starts in lower case or keeps an
 * upper-case title going; blank lines between pieces are allowed.
 */
export function readTitle(heading: ProjectHeading, lines: ReadLines, noise: PageNoise): { title: string; end: number } {
  const candidates: number[] = [];
  let sectionFollows = false;
  /** A page's number or furniture was passed over: the page broke inside the title. */
  let skipped = false;
  /** The first line passed over as printed elsewhere too, not as a page's number. */
  let firstRepeated = -1;
  // "Progetto n. 1 – Area Tecnica" / "Titolo: Catasto delle strade": the title's field, right under the heading, is the title.
  const field = labelledTitleBelow(lines, heading.titleStart === '' ? MAX_FIELDS_BEFORE_TITLE : 0);
  const titleStart = field !== null ? '' : heading.titleStart;
  for (let i = field ?? 1; i < lines.length; i++) {
    const text = lines.text(i);
    // "SCHEDA PROGETTO 1" / "N.": the number's mark wrapped in the form's label cell, its number beside it.
    if (text === '' || (candidates.length === 0 && NUMBER_MARK_ALONE.test(text))) continue;
    if (lines.sectionMarker(i) || readTableHeader(lines, i)) {
      sectionFollows = true;
      break;
    }
    // A running header never starts in lower case; a title's next line often does. A page number
    // ("pag. 3") may, and a footer that gives it ("… – tel. 050 512111 – pag. 1") is no title. A
    // line printed elsewhere too goes on a title left open ("… INDAGINI STATISTICHE PER" / "IL
    // MONITORAGGIO …", two projects of one title) unless it stands at a page's edge or after one.
    const open = !skipped && endsOnOpenWord(candidates.length > 0 ? lines.text(candidates[candidates.length - 1]!) : titleStart);
    const lowerCase = /^\p{Ll}/u.test(text);
    // "Struttura U.O.C. Servizi …", the same on every project's sheet: a form's field ends the title, though printed elsewhere too.
    if (candidates.length > 0 && isFormField(lines.source(i).text.trim()) && !endsOnOpenWord(lines.text(candidates[candidates.length - 1]!))) break;
    // A footer or running header in lower case ("unioncamere toscana – …") is furniture only by the stricter test.
    const furniture = noise.isFurniture(lines, i);
    const repeated = lowerCase ? furniture : (furniture || noise.isNoise(lines, i)) && !startsSentence(lines, i) && !(open && !furniture);
    if (isPageNumber(text) || pageNumberAlone(lines, i, noise) || mentionsPage(text) || repeated) {
      if (repeated && firstRepeated < 0 && !isPageNumber(text) && !mentionsPage(text)) firstRepeated = i;
      skipped = true;
      continue;
    }
    if (candidates.length === MAX_TITLE_LINES - 1) break;
    // A heading alone on its line ("PROGETTO 4") has its title below, whatever words it starts with.
    const before = candidates.length > 0 ? lines.text(candidates[candidates.length - 1]!).replace(TITLE_LABEL, '') : titleStart;
    if (before !== '' && !leftOpen([titleStart, ...candidates.map((k) => lines.text(k))].join(' ')) && isNotTitle(lines, i, before, heading)) break;
    candidates.push(i);
  }
  // "Progetto 5" / "Sportello legalità per le imprese" / "Descrizione del progetto": a heading alone
  // on its line whose one line before the section is printed under other headings too (projects
  // of one title) still has that line for its title.
  if (titleStart === '' && candidates.length === 0 && sectionFollows && firstRepeated >= 0) candidates.push(firstRepeated);
  const pieces = [titleStart.replace(INLINE_SECTION, '')];
  let end = 1;
  let valueAt = -1;
  for (const i of candidates) {
    const raw = lines.source(i).text;
    const text = raw.trim();
    const soFar = pieces.join(' ').trim();
    if (!sectionFollows && !continuesTitle(soFar, text) && !underTitleValue(raw, valueAt)) break;
    if (soFar === '') valueAt = titleValueAt(raw);
    pieces.push(soFar === '' ? withoutTitleField(text) : text);
    end = i + 1;
  }
  return { title: cleanTitle(joinWrapped(pieces)), end };
}

/**
 * "PROGETTO 2" / "Settore: Tributi" / "Responsabile: dott. Neri" / "Titolo del progetto: …": a
 * heading alone on its line, then a form whose fields (`fieldsBefore` at most) come before its
 * title's: the line of the title's field, or null when another line comes first.
 */
function labelledTitleBelow(lines: ReadLines, fieldsBefore: number): number | null {
  let fields = 0;
  for (let i = 1; i < lines.length && fields <= fieldsBefore; i++) {
    const raw = lines.source(i).text.trim();
    if (raw === '') continue;
    if (TITLE_LABEL.test(raw) || withoutTitleField(raw) !== raw) return i;
    // "Titolo del progetto" / "Transizione al digitale …": a form's label over its value.
    if (TITLE_LABEL_ALONE.test(raw)) return nextWorded(lines, i);
    if (!isFormField(raw)) return null;
    fields++;
  }
  return null;
}

const MAX_FIELDS_BEFORE_TITLE = 6;

function nextWorded(lines: ReadLines, i: number): number | null {
  for (let k = i + 1; k < lines.length; k++) if (lines.text(k) !== '') return k;
  return null;
}

function isFormField(raw: string): boolean {
  return FIELD_LABEL.test(raw) || LONG_FIELD_LABEL.test(raw) || FORM_FIELD.test(raw) || CAPITALS_FORM_FIELD.test(raw) || AMOUNT_FIELD.test(raw);
}

/**
 * "8" alone between a title's lines, set apart by blank lines as a page's end leaves them, at a
 * page's edge or beside the page's running header: its page's number; "Celebrazioni per i" /
 * "150" / "anni di attività", with no blank line between, is the title's own.
 */
function pageNumberAlone(lines: ReadLines, i: number, noise: PageNoise): boolean {
  if (!LONE_NUMBER.test(lines.text(i))) return false;
  if (noise.atPageEdge(lines.source(i).line)) return true;
  if (i > 0 && i + 1 < lines.length && lines.text(i - 1) === '' && lines.text(i + 1) === '') return true;
  const beside = [i - 1, i + 1].map((k) => (k >= 0 && k < lines.length && lines.text(k) !== '' ? k : -1)).filter((k) => k >= 0);
  return beside.some((k) => noise.isNoise(lines, k));
}

const LONE_NUMBER = /^\d{1,3}$/;

/** Line `i`, after a title so far ending with `before`, is none of it. */
function isNotTitle(lines: ReadLines, i: number, before: string, heading: ProjectHeading): boolean {
  const text = lines.text(i);
  const raw = lines.source(i).text.trim();
  // A labelled field, unless the title is left open before it ("… previste dalla" / "Legge 190/2012: mappatura …").
  if (isFormField(raw) && !endsOnOpenWord(before)) return true;
  // "b) Condizioni previste …", "1) Obiettivi": an item of a list opens a section of the project, though its mark starts in lower case.
  if (LIST_ITEM.test(text) && !endsOnOpenWord(before)) return true;
  const capitalised = /^\p{Lu}/u.test(text);
  // A sentence of its own after the title ("Il progetto prevede … d’impresa.") is the
  // description, even when no "Descrizione del progetto" comes before it; a title's own next
  // line starts in lower case ("… con la / riorganizzazione dell'attivita' di vigilanza.").
  if (capitalised && !isUpper(text) && startsSentence(lines, i)) return true;
  // A title goes on in its own case, and onto the next page in lower case only, unless it is left
  // open ("… e delle" / "PMI"): an office's name in capitals under a title that is not
  // ("Sportello unico digitale" / "AREA PROMOZIONE …"), or the next page's running header, is not the title's.
  const otherCase = capitalised && isUpper(text) !== isUpper(before) && !CODE_NAME.test(text);
  return !endsOnOpenWord(before) && (otherCase || (capitalised && lines.source(i).page !== heading.line.page));
}

/** "a) Descrizione", "(b) Condizioni", "1) Obiettivi", "2. Risorse", "c. Fasi": a list's mark, then a capitalised word. */
const LIST_ITEM = /^(?:\(?[a-z]\)|[a-z]\.|\(?\d{1,2}[.)])\s+\p{Lu}/u;

/** "COVID-19", "SARS-CoV-2" alone on a title's last line: a name with its number, the title's, never an office's. */
const CODE_NAME = /^\p{Lu}[\p{L}-]*-\d+[.,;]?$/u;

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
  if (TERMINAL.test(soFar) && !bracketOpen(soFar)) return false;
  return leftOpen(soFar) || endsOnOpenWord(soFar) || /^\p{Ll}/u.test(next) || (isUpper(soFar) && isUpper(next));
}

/**
 * "“Diffusione degli strumenti" / "ADR", "… della corruzione (L." / "190/2012)": a title in quotes
 * or a bracket not yet closed goes on, whatever the next line's case.
 */
function leftOpen(soFar: string): boolean {
  return (OPEN_QUOTE.test(soFar.trimStart()) && !CLOSE_QUOTE.test(soFar)) || bracketOpen(soFar);
}

function bracketOpen(text: string): boolean {
  const open = text.lastIndexOf('(');
  return open >= 0 && text.indexOf(')', open) < 0;
}

/**
 * Lines joined with a space, but none after a hyphen that ends a line: "quali-" / "quantitativo",
 * "socio-" / "Sanitari", "POTEN-" / "ZIAMENTO" are one word, the hyphen kept where it may be the
 * word's own; it goes where it only breaks a word ("censi-" / "mento", {@link breaksWord}) and for
 * a browser's hyphenation, which is no word's.
 */
function joinWrapped(pieces: string[]): string {
  let text = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    if (BROKEN_BY_LAYOUT.test(text) || breaksWord(text, piece)) text = text.slice(0, -1) + piece;
    else text = text === '' || HYPHENATED.test(text) ? text + piece : `${text} ${piece}`;
  }
  return text;
}

const HYPHENATED = /\p{L}-$/u;
/** "certifica‐" / "zione": the hyphen (U+2010) a browser's automatic hyphenation prints at a line's end, no word's own. */
const BROKEN_BY_LAYOUT = /\p{L}\u2010$/u;
/** Soft hyphens, which only say where a word may break, and ligatures ("ﬁ"), as pasted from a PDF. */
const SOFT_HYPHEN = /\u00ad/g;
const LIGATURE = /[\ufb00-\ufb06]/g;

function cleanTitle(text: string): string {
  const plain = text.replace(SOFT_HYPHEN, '').replace(LIGATURE, (ligature) => ligature.normalize('NFKC'));
  return collapseSpace(plain).replace(TITLE_LABEL, '').replace(PROJECT_LABEL, '').replace(/^["“«]\s*(.*?)\s*["”»]$/, '$1');
}

/** "Scheda n. 1 – Progetto: Sportello unico": the title's label after a heading of another word, not the title's. */
const PROJECT_LABEL = /^(?:progetto|obiettivo)\s*:\s*(?=\S)/i;

/** The words of the title's field's label: "Titolo", "Denominazione del progetto", "Oggetto". */
const TITLE_WORDS = String.raw`(?:titolo|denominazione|oggetto)(?:\s+(?:(?:del|dell[’'])\s*)?(?:progetto|obiettivo))?`;
/** "Titolo: …", "Denominazione del progetto – …", "Oggetto: …": the label of the title's field, not the title's. */
const TITLE_LABEL = new RegExp(String.raw`^${TITLE_WORDS}\s*[:–-]\s*(?=\S)`, 'i');
/**
 * "Titolo del progetto: GESTIONE ASSOCIATA … LOCALE:" / "                     CONTROLLI SERALI …":
 * the column where the title's field's value starts, under which its wrapped lines are set; -1
 * for a line without the field's label.
 */
function titleValueAt(raw: string): number {
  const label = TITLE_LABEL.exec(raw.trimStart());
  return label ? indentOf(raw) + label[0].length : -1;
}

/**
 * "                     CONTROLLI SERALI …" under "Titolo del progetto: GESTIONE … LOCALE:": a
 * line set at the column of the title's field's value (`valueAt`, -1 for none). A line indented by
 * tabs alone ("\tCONTROLLI SERALI …"), as an extractor writes the run of spaces, is taken as set
 * there: its column is lost, and a field's next label is not indented.
 */
function underTitleValue(raw: string, valueAt: number): boolean {
  return indentOf(raw) === valueAt || (valueAt > 0 && TAB_INDENT.test(raw));
}

/** An indentation of tabs only, before the line's first word. */
const TAB_INDENT = /^\t+\S/;

/** A label of the title's field, and the space after it ({@link withoutTitleField}). */
const TITLE_FIELD = new RegExp(String.raw`^${TITLE_WORDS}(\s+)`, 'i');
const TITLE_LABEL_ALONE = new RegExp(String.raw`^${TITLE_WORDS}\s*:?$`, 'i');
const TITLE_START = /^[\p{Lu}"“«]/u;

/**
 * "Titolo del progetto        Riscossione …", "Titolo Riscossione …" (a PDF's line): the label of
 * a project's sheet printed as a table, on the line after a heading that gives no title, left
 * out; "Oggetto" only with the columns' gap, as a title may start with the word.
 */
function withoutTitleField(text: string): string {
  // "TITOLO DEL PROGETTO: …": the whole label, with its colon, is left to `cleanTitle`, not cut after "TITOLO".
  const field = TITLE_LABEL.test(text) ? null : TITLE_FIELD.exec(text);
  if (!field) return text;
  const rest = text.slice(field[0].length);
  return field[1]!.length >= 2 || (!/^oggetto/i.test(text) && TITLE_START.test(rest)) ? rest : text;
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
    if (yearOf(lines[lines.length - 1]!.text) !== null) break;
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

/**
 * The plan's year: the one its title names as such ("ANNO 2019") or prints, a contract's date
 * aside ("CCNL 21.05.2018"); else one a line before the first project names as such ("esercizio
 * finanziario 2012", "annualità 2021" under "PIANO TRIENNALE … 2020-2022"; a preamble may cite
 * other years, "Nell'anno 2018 è stato sottoscritto …", which count only where the title has
 * none), or a line that names the plan with a year; else the first year of a span, in the title
 * or a line naming a plan ("PIANO DELLA PERFORMANCE 2020-2022").
 */
function findYear(title: string | null, preamble: SourceLine[]): number | null {
  const named = title === null ? null : YEAR_NAMED.exec(title);
  if (named) return Number(named[1]);
  const scanned = title === null ? null : scannedYearNamed(title);
  if (scanned !== null) return scanned;
  const inTitle = title === null ? null : yearOf(title);
  if (inTitle !== null) return inTitle;
  const resolved = resolutionYear(preamble);
  if (resolved !== null) {
    // "OGGETTO: Approvazione dei progetti di miglioramento dei servizi per l’anno 2024" in a resolution of 14/12/2023.
    const forPlan = preamble.map((line) => (namesPlan(line.text) ? YEAR_NAMED.exec(line.text) : null)).find((match) => match !== null);
    return forPlan ? Number(forPlan[1]) : resolved;
  }
  const forward = namedLookingForward(preamble);
  if (forward !== null) return forward;
  // On a line; else over the end of one ("… dei servizi – anno" / "2023"), the plan's line's first.
  const namedBefore = preamble.map((line) => YEAR_NAMED.exec(line.text)).find((match) => match !== null) ?? namedAcrossLines(preamble);
  if (namedBefore) return Number(namedBefore[1]);
  const planLine = preamble.filter((line) => namesPlan(line.text)).map((line) => yearOf(line.text)).find((year) => year !== null);
  if (planLine !== undefined) return planLine;
  const span = [title ?? '', ...preamble.filter((line) => PLAN_WORD.test(line.text)).map((line) => line.text)].map((text) => YEAR_SPAN.exec(text)).find((match) => match !== null);
  return span ? Number(span[1]) : null;
}

/**
 * "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45 DEL 12/04/2011", "N. 45 DEL 12/04/2011" under it: the
 * year of the act that approves a plan whose title names none, before the years its premises cite
 * ("il piano esecutivo di gestione dell’esercizio 2010"), after one a line naming the plan does;
 * null without such a heading.
 */
function resolutionYear(preamble: SourceLine[]): number | null {
  for (const line of preamble) {
    const act = RESOLUTION_HEADING.exec(line.text);
    if (act) return Number(act[1]);
  }
  return null;
}

const RESOLUTION_HEADING = new RegExp(
  String.raw`^\s*(?:(?:deliberazione|delibera|determinazione|determina|decreto)(?:\s+(?:della|del|di|dirigenziale|commissariale)\b)?(?:\s+[\p{L}.]+){0,3}\s+)?n(?:\.|r\.?|um\.?)?\s*[°º]?\s*\d+(?:\/\d+)?\s+del(?:l['’]\s*)?\s+\d{1,2}(?:[./-]\d{1,2}[./-]|\s+[a-z]{3,9}\s+)((?:19|20)\d\d)\s*$`,
  'iu',
);

/** "Piano", "progetti", "PIAO" (the integrated plan of activity and organisation since 2022): a word naming a plan. */
const PLAN_WORD = /\b(?:piano|piao|progett[oi])\b/i;

/**
 * "Il fondo … dell’esercizio 2000 ammontava a …" / "Per l’esercizio 2001 si propongono …": where
 * the preamble names years in sentences that look back (a fund that was, a plan approved, a
 * contract signed) and in one that does not, the year that one names; null where no sentence
 * names a year or none looks back (the years are then read as before).
 */
function namedLookingForward(preamble: SourceLine[]): number | null {
  const text = preamble.map((line) => line.text.trim()).join(' ');
  let lookingBack = false;
  let forward: number | null = null;
  let from = 0;
  for (const end of [...text.matchAll(PREAMBLE_SENTENCE_END)].map((m) => m.index + 1).concat(text.length)) {
    const sentence = text.slice(from, end);
    from = end;
    const named = YEAR_NAMED.exec(sentence);
    if (!named) continue;
    if (LOOKING_BACK.test(sentence)) lookingBack = true;
    else forward ??= Number(named[1]);
  }
  return lookingBack ? forward : null;
}

/** A sentence's end in a preamble: a full stop, a semicolon or a colon before a space, not an abbreviation's ("art. 15"). */
const PREAMBLE_SENTENCE_END = /[;:](?=\s)|\.(?=\s+\p{Lu})/gu;
/** Words of a sentence that looks back: what was, what has been approved, set up, signed or reached. */
const LOOKING_BACK = /(?:\b(?:ammontava(?:no)?|era(?:no)?|(?:sono|fu|furono)\s+stat[aoie]|(?:approvat|costituit|sottoscritt|richiamat|conseguit|raggiunt|realizzat)[aoie]|(?<!\bin\s)vist[aoie]|considerato)|(?<![a-z])(?:è|e')\s+stat[aoie])\b/i;

/** A year named over the end of a line and the start of the next; of several, the one on the line that names the plan. */
function namedAcrossLines(preamble: SourceLine[]): RegExpExecArray | null {
  const found = preamble.slice(0, -1).flatMap((line, i) => {
    const match = YEAR_NAMED.exec(`${line.text.trim()} ${preamble[i + 1]!.text.trim()}`);
    return match ? [{ line: line.text, match }] : [];
  });
  return (found.find(({ line }) => namesPlan(line)) ?? found[0])?.match ?? null;
}

/** A year the text prints alone: not a date's ("21.05.2018"), nor one of a span ("2020-2022"). */
function yearOf(text: string): number | null {
  const year = YEAR.exec(text.replace(DATE, '').replace(YEAR_SPANS, ''));
  return year ? Number(year[0]) : null;
}

/** "2020-2022", "2020/2022", "2020 – 2022": the years of a triennial plan. */
const YEAR_SPAN = /\b((?:19|20)\d\d)\s*[-–/]\s*(?:19|20)?\d\d\b/;
const YEAR_SPANS = new RegExp(YEAR_SPAN.source, 'g');

const YEAR_WORD = String.raw`\b(?:(?:anno|esercizio|annualit[àa])(?:\s+(?:finanziario|di\s+riferimento))?\s*:?\s*|periodo\s+di\s+riferimento\s*:?\s*(?:dal\s+)?(?:\d{1,2}[./-]\d{1,2}[./-])?)`;
const PLAN_YEAR = String.raw`(?:19[89]\d|20\d{2})`;
/**
 * "anno 2016", "esercizio 2020", "annualità 2019", "esercizio finanziario 2018", and as a form's
 * fields print it: "Anno: 2021", "Anno di riferimento 2019", "Periodo di riferimento: 01/01/2019 – 31/12/2019".
 */
const YEAR_NAMED = new RegExp(String.raw`${YEAR_WORD}(${PLAN_YEAR})\b`, 'i');
/** "ANNO 2OO6", "esercizio 2O1O": a year named as such with a scan's O for a nought. Groups: the year as printed. */
const SCANNED_YEAR_NAMED = new RegExp(String.raw`${YEAR_WORD}((?=[\dO]*O)[12][\dO]{3})\b`, 'i');

/** The year a title names as such, printed with a scan's O for a nought ("ANNO 2OO6"), or null. */
function scannedYearNamed(title: string): number | null {
  const printed = SCANNED_YEAR_NAMED.exec(title)?.[1];
  const year = printed?.replace(/O/gi, '0');
  return year !== undefined && YEAR_NAMED_DIGITS.test(year) ? Number(year) : null;
}

const YEAR_NAMED_DIGITS = new RegExp(`^${PLAN_YEAR}$`);

/**
 * "Progetti per il miglioramento dei servizi – esercizio 2020", "Progetti finanziati con il fondo
 * risorse decentrate 2025", in lower case under the body's name: "miglioramento" or the fund after
 * the first word naming a plan, on the same line. Looked for after the first only, so that a line
 * of thousands of projects' headings is not searched to its end from each.
 */
export function namesPlan(text: string): boolean {
  return text.split(LINE_TERMINATOR).some((line) => {
    const word = PLAN_WORD.exec(line);
    return word !== null && PLAN_SUBJECT.test(line.slice(word.index + word[0].length));
  });
}

/** Where a pattern's `.` stops. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const PLAN_SUBJECT = /\b(?:miglioramento|fondo)\b/i;
/** "21.05.2018", "1/4/1999": a date, whose year is a contract's or a decision's, not the plan's. */
const DATE = /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b/g;

/** The plan's title, over the lines it runs on, and its year, from the lines before the first project. */
export function planTitle(preamble: SourceLine[]): { title: string | null; year: number | null } {
  const titleLine = findTitleLine(preamble);
  const title = titleLine ? collapseSpace(withContinuation(titleLine, preamble).map((l) => l.text).join(' ')) : null;
  return { title, year: findYear(title, preamble) };
}
