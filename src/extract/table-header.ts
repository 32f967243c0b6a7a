import { STAFF_COLUMNS, type SourceLine, type StaffColumn } from '../model.js';
import { chargeColumns, lastMatch } from './charge-columns.js';
import { hoursBasisColumns } from './hours-basis-columns.js';
import { leadColumns } from './lead-columns.js';
import { headerStacks, type HeaderStack } from './header-stacks.js';
import type { ReadLines } from './read-line.js';
import { collapseSpace } from './text.js';

/** Every word that staff-table headers are made of, in the forms real plans use. */
const HEADER_WORDS = new Set([
  'personale', 'categoria', 'categorie', 'cat', 'qualifica', 'profilo', 'dipendente', 'dipendenti', 'nominativo',
  'posizione', 'economica', 'costo', 'orario', 'oraria', 'totale', 'tot', 'ore', 'n', 'nr', 'num', 'numero',
  'prodotto', 'importo', 'percentuale', 'perc', '%', 'risultato', 'quota', 'incentivo', 'incentivante', 'incentivazione', '€', 'euro',
  'unitario', 'lordo', 'di', 'in', 'e', 'complessivo', 'complessiva', 'compless', 'ora', 'fondo', 'valore',
  'tariffa', 'aliquota', 'spettante', '€/h', '€/ora', 'nome', 'cognome', 'matricola', 'lavoro',
  'fascia', 'pos', 'ec',
  // A count of persons' heading and hours "pro capite", wrapped in their cells: "N." / "unità", "Ore pro" / "capite".
  'unità', 'unita', 'dip', 'addetti', 'persone', 'pro', 'capite',
  // The charges on the result in columns after it: "ONERI RIFLESSI" / "(23,80%)", "IRAP", "TOTALE LORDO" / "ENTE".
  'oneri', 'riflessi', 'contributi', 'previdenziali', 'carico', 'ente', "dell'ente", 'dell’ente', 'irap', 'cpdel', 'inpdap',
  // What the person works or earns in columns before the cost: "ORE SETT.", "MESI", "RETRIBUZIONE ANNUA LORDA".
  'sett', 'settimanali', 'mesi', 'part-time', 'retribuzione', 'annua', 'lorda',
  // What the hours are worked out from, in columns between the cost and them: "ORE ANNUE", "% IMPEGNO".
  'annue', 'annuali', 'annuo', 'monte', 'lavorabili', 'contrattuali', 'impegno',
]);

type Concept = 'grade' | StaffColumn;

/** Which column each header phrase names; longer phrases first so "costo totale" wins over "costo". */
const CONCEPT_PHRASES: Array<[RegExp, Concept]> = [
  // "QUOTA (%)", "Quota incentivo %": the percentage's column, not the result's.
  [/\b(?:quota|importo) incentiv\w*\b(?! %)|(?<!% |\bperc\w* )\bincentiv[oi]\b(?! %| orari)|\brisultato\b|\bquota\b(?! %| incentiv\w* %)|\bspettante\b|\bimporto (?:da destinare |destinato )?(?:al )?fondo\b/, 'result'],
  // "Costo/h": "costo h" once the slash between its words is a space.
  [/\bcosto orari[oa]\b|\bcosto unitario\b|\bcosto h\b|\bcosto (?:per )?ora\b|€\/(?:h|ora)\b|\btariffa\b/, 'hourlyCost'],
  // "Costo orario Ore Costo ore Incentivo": the cost of the hours after the hourly cost, not "Costo" over "orario" beside "Ore".
  // "Ore Totale Quota Incentivo", "Ore Totale costo %": "totale" a heading of its own among others, not "totale ore", the result's
  // "risultato totale", nor a total's label ("Totale quota incentivo", its figure on the next line).
  [/\bprodotto\b|\bvalore (?:delle )?ore\b|\bcosto (?:totale|complessiv[oa]|compless|del lavoro)\b(?! ore)|(?<=\bcosto (?:orari[oa]|ora)\b.*)\bcosto ore\b|(?<=\S )(?<!\b(?:risultato|quota|incentivo|importo|costo) )\btotale\b(?! (?:ore|incentiv\w*|risultato|importo|spettante|fondo|generale|complessivo)\b)|\bimporto\b(?! incentiv| spettante| (?:da destinare |destinato )?(?:al )?fondo)/, 'product'],
  [/\bpercentuale\b|\bperc\b|%|\baliquota\b/, 'percentage'],
  [/\bore\b/, 'hours'],
  // "Area": the grade's heading since the 2022 contract ("Funzionari ed EQ", "Istruttori").
  [/\bpersonale\b|\bcategori[ae]\b|\bcat\b|\bqualifica\b|\bprofilo\b|\bdipendent[ei]\b|\bnominativo\b|\barea\b/, 'grade'],
];

/**
 * The lower-case words of a header line, apart at white space, at . : ; , ( ), at the bars that
 * draw a text table's cells ("| Costo orario |") and at a CSV cell's quotes: "(€)" is "€".
 * Typographic quotes are left as printed: no header word has one.
 */
function words(text: string): string[] {
  const folded = FOLDABLE.test(text) ? text.normalize('NFKC').replace(BOX_BARS, '|') : text;
  const parted = folded.includes('/') ? folded.replace(SLASH_BETWEEN_WORDS, ' ') : folded;
  return withoutNoteMarks(parted).toLowerCase().match(WORD) ?? [];
}

/** "Cat./Fascia", "Categoria/Profilo": two headings in one cell; not "€/h". */
const SLASH_BETWEEN_WORDS = /(?<=\p{L}\.?)\/(?=\p{L})/gu;

/** "COSTO ORARIO6": a footnote's mark glued to a heading's word, not part of it. */
function withoutNoteMarks(text: string): string {
  return DIGIT.test(text) ? text.replace(NOTE_MARK, '$1') : text;
}

const NOTE_MARK = /([a-zà-ÿ]{3,})\d{1,2}(?=\s|$)/gi;

/** The box-drawing bars of a text table ("│ Costo orario │"), outside ASCII: written "|" before the words are taken. */
const BOX_BARS = /[│┃]/g;

/**
 * The characters NFKC may change: any outside ASCII but the accented letters of Latin-1 and the
 * dashes, quotes, guillemets, degree and euro signs Italian plans are full of, which it leaves as
 * they are (normalising every line with an apostrophe ’ cost more than the rest of the test).
 */
const FOLDABLE = /[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u20ac\u00ab\u00bb\u00b0]/;

const WORD = /[^\s.:;,()|"]+/g;

const MAX_HEADER_LINE = 160;
/** A cheap first look: a header piece has at least one of these. */
const HEADER_HINT = /p(?:ersonale|rofilo|rodotto|erc)|c(?:ategori|osto|ompless|at\b)|fascia|qualifica|dipendent|nominativo|\bnome\b|matricola|or(?:ari|e\b)|importo|%|risultato|quota|incentiv|tot(?:ale|\b)|oneri|contribut|irap|cpdel|dell['’]ente/i;

const DIGIT = /\d/;
/** "RISULTATO (20%)", "QUOTA 20 %": the percentage of every row, printed once in the header. */
const HEADER_PERCENTAGE = /\(?\s*(\d{1,3}(?:,\d+)?)\s?%\s*\)?/;
const HEADER_PERCENTAGES = new RegExp(HEADER_PERCENTAGE.source, 'g');
const LONE_PERCENTAGES = /^\s*(?:\(\s*\d{1,3}(?:,\d+)?\s?%\s*\)\s*)+$/;
/**
 * Two units or more and nothing else, one of them no currency: "€/h n. € €", "(€) N.", "(€) (h)
 * (€) (%) (€)"; not "euro €", the end of a sentence's line.
 */
const UNITS_LINE = /^(?:\s*(?:\(\s*)?(?:€\/h|€\/ora|€|euro|n\.|nr\.|ore|h|%)(?:\s*\))?){2,}\s*$/i;
const NOT_CURRENCY = /€\/h|€\/ora|\bnr?\.|\bore\b|(?:^|[\s(])h(?:[\s)]|$)|%/i;
/** "(€)   (€)   (€)": the currency of each money column in brackets, under their names. */
const BRACKETED_CURRENCIES = /^(?:\s*\(\s*(?:€|euro)\s*\)){2,}\s*$/i;

/** "(CCNL 21.05.2018)", "(CCNL 2019-2021)": an aside in brackets with figures, but no percentage. */
const DATED_ASIDE = /\([^()%]*\d[^()%]*\)/g;
/** "COSTO ORARIO 2019", "Ore 2024": a year, or years, in a header. */
const YEARS = /\b(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\b/g;
/** "Costo orario al 31.12.2022", "Costo orario 1° gennaio": the date a column's costs are of. */
const DATES = /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b|\b\d{1,2}°?\s*(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/gi;
const DATE = new RegExp(DATES.source, 'i');
/** "ART. 67.3", "art. 15 c. 5": the contract's article a column's amounts go to, which names no column. */
const ARTICLE = /\bart(?:icolo|\.)?\s*\d+(?:[.,]\d+)*(?:\s*(?:c\.|comma)\s*\d+)?/i;
const ARTICLES = new RegExp(ARTICLE.source, 'gi');
/** A year as a word of its own after another ("COSTO ORARIO 2019"; a row's "2030,00" is none): a bracket aside, what a date in a header starts with. */
const YEAR_WORD = /\s(?:19|20)\d\d(?![\d,.])/;

/** The line's figures are percentages alone ("RISULTATO (20%)"). */
function onlyPercentages(text: string): boolean {
  return text.includes('%') && !DIGIT.test(text.replace(HEADER_PERCENTAGES, ''));
}

/**
 * A header's words without the dates of the contract or year its costs are of, or the article its
 * amounts go to, which name no column; blanked, so that the words after them keep their places.
 */
function withoutDates(text: string): string {
  return text.replace(DATED_ASIDE, blank).replace(ARTICLES, blank).replace(DATES, blank).replace(YEARS, blank);
}

const blank = (text: string) => ' '.repeat(text.length);

/** Share of a line's words that must be header words: a header may name a column we do not know. */
const HEADER_WORD_SHARE = 0.6;

/**
 * True for a line of header words, without figures (a piece of a header split over lines). Its
 * length is measured with runs of white space as one space: a layout may pad a header's columns.
 */
export function isHeaderPiece(line: string): boolean {
  const figured = DIGIT.test(line);
  let text = figured ? withRomanPeriods(line) : line;
  if (figured && (text === line || DIGIT.test(text))) {
    // A row's figures have cents ("21,40"); a header's footnote marks ("COSTO ORARIO6") have none.
    const unmarked = text.includes(',') || !HEADER_HINT.test(text) ? text : withoutNoteMarks(text);
    if (!DIGIT.test(unmarked)) text = unmarked;
    else if (!onlyPercentages(text)) {
      // "COSTO ORARIO 2019", "(CCNL 21.05.2018)", "QUOTA ART. 67.3": no figures of a row; a header's year has no cents either.
      if (!text.includes('(') && (text.includes(',') || !(YEAR_WORD.test(text) || DATE.test(text))) && !ARTICLE.test(text)) return false;
      // A running header or a sentence with its year: no header's word, whatever its dates.
      if (!HEADER_HINT.test(text)) return false;
      text = withoutDates(text);
      if (DIGIT.test(text) && !onlyPercentages(text)) return false;
    }
    // "(12,5%)" on a line of its own, under the column it is the percentage of; "(23,80%)   (8,50%)", the rates of charges' columns.
    if (text.includes('%') && LONE_PERCENTAGES.test(text)) return true;
  }
  // "€/h   n.   €   €": the units of the columns, under their names.
  if (UNITS_LINE.test(text) && (NOT_CURRENCY.test(text) || BRACKETED_CURRENCIES.test(text))) return true;
  if (!HEADER_HINT.test(text)) return false;
  if (text.length > MAX_HEADER_LINE && collapseSpace(text).length > MAX_HEADER_LINE) return false;
  // "20%" in "Quota incentivante" / "20% (€)", "(23,80%)": a percentage printed in its column's heading, neither a header word nor another.
  const ws = words(text.includes('%') ? text.replace(HEADER_PERCENTAGES, ' ') : text);
  let known = 0;
  for (const word of ws) if (HEADER_WORDS.has(word) || startsHeaderWord(word)) known++;
  if (known > 0 && known < ws.length * HEADER_WORD_SHARE && known + mostPeriodWords(ws) >= ws.length * HEADER_WORD_SHARE) known += periodWords(ws);
  return known > 0 && known >= ws.length * HEADER_WORD_SHARE;
}

/**
 * "I trim.", "II trimestre", "1° sem.", "gen", "febbraio": the headings of the columns a row's
 * hours are split into by period, as `words` leaves them.
 */
const PERIOD_HEADING = /(?<![\p{L}\d])(?:(?:i{1,3}|iv|[1-4][°^ªº]?) ?(?:trim|trimestre|sem|semestre)|gen|gennaio|feb|febbraio|mar|marzo|apr|aprile|mag|maggio|giu|giugno|lug|luglio|ago|agosto|set|sett|settembre|ott|ottobre|nov|novembre|dic|dicembre)(?![\p{L}\d])/gu;

/** "1° sem.", "2^ trim.": a period's ordinal in figures, which no row's figure is: written "I sem.", "II trim.". */
function withRomanPeriods(text: string): string {
  if (!ORDINAL_MARK.test(text)) return text;
  return text.replace(ORDINAL_PERIOD, (_, ordinal: string) => `${ROMAN[Number(ordinal) - 1]} `);
}

const ORDINAL_MARK = /[°^ªº]/;
const ORDINAL_PERIOD = /(?<![\d,.])([1-4])\s?[°^ªº]\s?(?=(?:trim|sem)\p{L}*\.?(?![\p{L}\d]))/giu;
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * At most how many words {@link periodWords} can find, counted cheaply: each period it finds holds
 * one of these stems and is at most two words ("II trim."). Most prose lines hold none.
 */
function mostPeriodWords(ws: string[]): number {
  let stems = 0;
  for (const word of ws) stems += PERIOD_STEM.test(word) ? (word.match(PERIOD_STEMS)?.length ?? 0) : 0;
  return 2 * stems;
}

const PERIOD_STEM = /trim|sem|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic/;
const PERIOD_STEMS = new RegExp(PERIOD_STEM.source, 'g');

/** How many of a header line's words name periods of the hours ({@link PERIOD_HEADING}). */
function periodWords(ws: string[]): number {
  return [...ws.join(' ').matchAll(PERIOD_HEADING)].reduce((sum, period) => sum + period[0].split(' ').length, 0);
}

/**
 * "Ore I trim. | Ore II trim. | … | Totale ore": how many columns of hours by period a header
 * names beside the hours' own, two at the least; 0 where it names none.
 */
function periodColumns(lines: string[]): number {
  const periods = [...words(lines.join(' ')).join(' ').matchAll(PERIOD_HEADING)].length;
  return periods >= MIN_PERIODS ? periods : 0;
}

const MIN_PERIODS = 2;

/** How many of a staff table's columns (grade, cost, hours, product, percentage, result) a text names. */
export function columnsNamed(text: string): number {
  return conceptsOf(text).size;
}

/** Whether a text names the hourly cost's column or the percentage's, which only a staff table has. */
export function namesCostOrPercentage(text: string): boolean {
  const concepts = conceptsOf(text);
  return concepts.has('hourlyCost') || concepts.has('percentage');
}

function conceptsOf(text: string): Set<Concept> {
  const folded = words(text).join(' ');
  const found = new Set<Concept>();
  for (const [pattern, concept] of CONCEPT_PHRASES) if (pattern.test(folded)) found.add(concept);
  if (/\bcosto\b/.test(folded) && /\borario\b/.test(folded)) found.add('hourlyCost');
  return found;
}

/** A staff-table header found in the lines: where it stands and which columns it names. */
export interface TableHeader {
  /** Index of the header's first line in the lines searched. */
  start: number;
  /** Index just past the header's last line. */
  end: number;
  /** The header's lines, without the blank lines between them. */
  lines: SourceLine[];
  /** Every line from the header's first to its last, blank ones included. */
  span: SourceLine[];
  columns: StaffColumn[];
  /**
   * Whether the header says the columns' order: a line naming them all, or lines whose positions
   * stack each column's words. When not, `columns` are in the usual order, which the rows may belie.
   */
  orderKnown: boolean;
  /** The percentage of every row, printed once in the header ("RISULTATO (20%)": "20"); its rows have no percentage column. */
  sharedPercentage?: string;
  /** A column after the result that is none of a staff row's ("INCIDENZA %": each row's share of the total): its heading. */
  shareColumn?: string;
  /** Columns after the result of what the row costs the body besides ("ONERI RIFLESSI", "IRAP", "TOTALE LORDO ENTE"): their headings. */
  chargeColumns?: string[];
  /** Words after the result's heading, the last of a staff row's, that name no column we know ("NOTE", "PUNTEGGIO", "ORE RECUPERO"): as printed. */
  otherColumns?: string;
  /** Columns between the grade and the cost of what the person works or earns ("ORE SETT.", "% PART-TIME", "MESI"): their headings. */
  leadColumns?: string[];
  /** Columns between the cost and the hours of what the hours are worked out from ("ORE ANNUE", "% IMPEGNO"): their headings. */
  hoursBasisColumns?: string[];
  /** A column of the persons of each row's grade, between the grade and the values ("N. dip.", "N. unità"): its heading. */
  countColumn?: string;
  /** How many columns of hours by period ("I trim." … "IV trim.") stand beside the hours' total; absent where none. */
  periodColumns?: number;
  /** No header was printed: the rows' values are read in the usual order (see `headerlessTable`). */
  headerless?: true;
}

const MAX_HEADER_LINES = 5;
const MIN_CONCEPTS = 3;

/** A staff table's header starts at line `index`: a line of header words (looked at first: it is cheap) that reads as one. */
export function opensStaffTable(lines: ReadLines, index: number): boolean {
  return lines.headerPiece(index) && readTableHeader(lines, index) !== null;
}

/**
 * Reads a staff-table header starting at `start`: up to five lines of header words (blank lines
 * between them allowed) naming at least three of the table's columns. Returns null otherwise.
 */
export function readTableHeader(lines: ReadLines, start: number): TableHeader | null {
  if (start >= lines.length || !lines.headerPiece(start)) return null;
  // Several readers ask for the header at the same line, each in a view of its own.
  return lines.readOnce(start, readHeaderAt, moveHeader);
}

function moveHeader(header: TableHeader | null, by: number): TableHeader | null {
  return header && { ...header, start: header.start + by, end: header.end + by };
}

/** {@link readTableHeader}, with how many lines from `start` it looked at. */
function readHeaderAt(lines: ReadLines, start: number): { found: TableHeader | null; looked: number } {
  const pieces: SourceLine[] = [lines.source(start)];
  let end = start + 1;
  let i = start + 1;
  for (; i < lines.length && pieces.length < MAX_HEADER_LINES; i++) {
    if (lines.text(i) === '') continue;
    if (!lines.headerPiece(i)) break;
    pieces.push(lines.source(i));
    end = i + 1;
  }
  return { found: headerOf(lines, start, end, pieces), looked: Math.min(i + 1, lines.length) - start };
}

function headerOf(lines: ReadLines, start: number, end: number, pieces: SourceLine[]): TableHeader | null {
  const asPrinted = pieces.map((l) => l.text);
  const charges = chargeColumns(asPrinted, RESULT_HEADING);
  const leads = leadColumns(charges?.rest ?? asPrinted, GRADE_HEADING, COST_HEADING);
  const basis = hoursBasisColumns(leads?.rest ?? charges?.rest ?? asPrinted, COST_HEADING);
  const texts = basis?.rest ?? leads?.rest ?? charges?.rest ?? asPrinted;
  const shared = sharedPercentage(texts);
  // "(20%)", "(max 20%)": a percentage printed, or its bound, names no column.
  const named = withWrappedTails(
    texts.map((line) => {
      const text = DIGIT.test(line) ? withoutDates(line) : line;
      return text.includes('%') ? text.replace(HEADER_PERCENTAGES, ' ') : text;
    }),
  );
  const concepts = conceptsOf([...named, ...hyphenatedWords(named)].join(' '));
  if (concepts.size < MIN_CONCEPTS || !namesArithmetic(concepts) || (shared !== null && !concepts.has('result'))) return null;
  const columnsNamed = STAFF_COLUMNS.filter((c) => concepts.has(c));
  const firstLine = words(named[0]!).join(' ');
  const ordered = orderOfStacks(named) ?? printedOrder(columnsNamed, firstLine);
  const printed = ordered && amountAfterPercentageIsResult(ordered);
  const columns = printed ?? withHoursFirstWhereNamedSo(columnsNamed, firstLine);
  const span: SourceLine[] = [];
  for (let i = start; i < end; i++) span.push(lines.source(i));
  const header: TableHeader = { start, end, lines: pieces, span, columns: columns.length >= 3 ? columns : [], orderKnown: printed !== null };
  if (shared !== null) header.sharedPercentage = shared;
  if (charges && concepts.has('result')) header.chargeColumns = charges.headings;
  if (leads && concepts.has('hourlyCost')) header.leadColumns = leads.headings;
  if (basis && concepts.has('hourlyCost') && concepts.has('hours')) header.hoursBasisColumns = basis.headings;
  const share = charges === null && (printed === null || printed[printed.length - 1] === 'result') ? shareColumn(named.map((text) => words(text).join(' '))) : null;
  if (share !== null) header.shareColumn = share;
  const others = charges === null && share === null && printed?.at(-1) === 'result' ? otherColumns(texts) : null;
  if (others !== null) header.otherColumns = others;
  const count = countColumn(named);
  if (count !== null) header.countColumn = count;
  const periods = concepts.has('hours') ? periodColumns(named) : 0;
  if (periods > 0) header.periodColumns = periods;
  return header;
}

/**
 * "PERCEN-" over "TUALE", "RISUL-" over "TATO": a heading hyphenated in its narrow cell, its word's
 * start ending a line, the rest a word of the next line; the header words so made whole. Known by
 * the word they make, not by where the rest stands: a tab may have taken the place of the spaces.
 */
function hyphenatedWords(lines: string[]): string[] {
  const whole: string[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const below = words(lines[k + 1]!);
    for (const start of lines[k]!.matchAll(HYPHENATED)) {
      const stem = start[1]!.toLowerCase();
      const made = below.map((rest) => `${stem}${rest}`).find((word) => HEADER_WORDS.has(word));
      if (made) whole.push(made);
    }
  }
  return whole;
}

/** A word's start hyphenated at a line's end or before the next cell: "PERCEN-". */
const HYPHENATED = /(\p{L}{3,})-(?=\s|$)/gu;

/** "percen-", "risul-": the start of a header word, hyphenated. */
function startsHeaderWord(word: string): boolean {
  if (!word.endsWith('-') || word.length < MIN_HYPHENATED) return false;
  const start = word.slice(0, -1);
  for (const known of HEADER_WORDS) if (known.length > start.length && known.startsWith(start)) return true;
  return false;
}

/** The letters a hyphenated header word's start has at least, its hyphen included: "perc-" is one, "pe-" none. */
const MIN_HYPHENATED = 4;

/**
 * "PERSONALE      COSTO ORARIO   TOTALE ORE   PRODOTTO   PERCENTUALE" / "RISULTATO": a header's line
 * broken at a fixed width, its last column's name carried to the next line's start, under the
 * first column's. A line below of one cell, at its start and ending before the second cell of the
 * line above ("Cat.        Pos. ec. …" / "Risultato"), naming a value's column where the first cell
 * ("Cat.", "Area di inquadramento") names none, is that line's tail: it goes back at its end. Not
 * a first column printed over two lines ("PERSONALE" / "DIPENDENTE"), which names no value.
 */
function withWrappedTails(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const above = joined.at(-1);
    if (above !== undefined && isWrappedTail(above, line)) joined[joined.length - 1] = `${above.trimEnd()}    ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}

/** A line's first cell: its words up to the first run of two spaces or more, and the spaces after them. */
const FIRST_CELL = /^(\S+(?: \S+)*)\s*/;

function isWrappedTail(above: string, line: string): boolean {
  const first = FIRST_CELL.exec(above);
  const cell = line.trimEnd();
  if (!first || /^\s|\S {2,}\S/.test(cell) || cell.length > first[0].length) return false;
  return namesValue(cell) && !namesValue(first[1]!);
}

/** Whether a text names one of a row's value columns: "RISULTATO", "Quota", "Costo orario". */
function namesValue(text: string): boolean {
  const concepts = conceptsOf(text);
  return STAFF_COLUMNS.some((column) => concepts.has(column));
}

/**
 * "Categoria N. unità Costo orario …", "N." over "dip." between "Cat." and "Costo" over "orario":
 * a column of how many persons of the grade a row counts, after the grade's heading and before
 * every value's. Its heading, or null. Before the grade's, "N." numbers the rows; "N. ore" are hours.
 */
function countColumn(lines: string[]): string | null {
  const stacks = headerStacks(lines);
  if (stacks) return countStack(stacks);
  const line = words(lines[0]!).join(' ');
  for (const count of line.matchAll(COUNT_WORDS)) {
    const before = line.slice(0, count.index).trimEnd();
    const graded = [...before.matchAll(GRADE_HEADINGS)].some((grade) => grade.index + grade[0].length === before.length);
    if (graded && VALUE_HEADING_FIRST.test(line.slice(count.index + count[0].length))) return count[0];
  }
  return null;
}

/** The stack of a header over lines that reads as a count's, right after one of the grade's and before any value's. */
function countStack(stacks: HeaderStack[]): string | null {
  let graded = false;
  for (const stack of stacks) {
    const text = words(stack.text).join(' ');
    const concepts = conceptsOf(text);
    if (graded && COUNT_HEADING.test(text)) return stack.text;
    if (STAFF_COLUMNS.some((column) => concepts.has(column))) return null;
    graded ||= concepts.has('grade');
  }
  return null;
}

/** "n dip", "n unità", "nr dipendenti", "numero addetti", "unità", "q tà": a count's heading, as `words` leaves it. */
const COUNT = String.raw`(?:(?:n|nr|num|numero)(?: (?:dip|dipendenti|unità|unita|addetti|persone))?|unità|unita|q tà|quantità)`;
const COUNT_WORDS = new RegExp(String.raw`(?<![\p{L}\d])${COUNT}(?![\p{L}\d])(?! ore\b)`, 'gu');
const COUNT_HEADING = new RegExp(`^${COUNT}$`);
const GRADE_HEADINGS = new RegExp(CONCEPT_PHRASES.find(([, concept]) => concept === 'grade')![0].source, 'g');
/** What follows a count's heading: the first value's, "costo orario", "ore", … */
const VALUE_HEADING_FIRST = /^ (?:costo|ore|tariffa|€|prodotto|importo)\b/;

/**
 * "… PERCENTUALE QUOTA AL FONDO INCIDENZA %": a column of each row's share of the total, after
 * the result: named "incidenza" or "peso" anywhere in the header (its lines wrapped or its cells
 * merged over two rows), or "%" after the result's heading, with the percentage's named before it.
 */
function shareColumn(lines: string[]): string | null {
  const named = SHARE_WORD.exec(lines.join(' '));
  if (named) return named[0];
  const firstLine = lines[0]!;
  const result = RESULT_HEADING.exec(firstLine);
  const percentage = PERCENTAGE_HEADING.exec(firstLine);
  if (!result || !percentage || percentage.index > result.index) return null;
  return SHARE_HEADING.exec(firstLine.slice(result.index + result[0].length))?.[0] ?? null;
}

/**
 * "… RISULTATO   NOTE", "… RISULTATO PUNTEGGIO", "… RISULTATO ONERI (23,80%) ORE RECUPERO": the
 * words after the result's heading on its line, where the result is the last of a staff row's
 * columns the header names, but for the result's own tail ("(20%)", "€", "AL FONDO", "LORDO").
 */
function otherColumns(lines: string[]): string | null {
  for (const line of lines) {
    const result = lastMatch(line.toLowerCase(), RESULT_HEADING);
    if (!result) continue;
    const after = line.slice(result.index + result[0].length);
    return RESULT_TAIL.test(after) ? null : after.trim();
  }
  return null;
}

/** What may follow the result's heading on its line and name no column: a rate, a currency, the result's own words. */
const RESULT_TAIL = /^(?:[\s()=*.:/–-]|\d{1,3}(?:,\d+)?\s?%|%|€|\beuro\b|\b(?:al|del|nel|fondo|lordo|lorda|netto|spettante|incentiv\w*|finale|dovut[oa]|individuale|pro\s+capite|[a-f]|[a-f]\s*[x×*]\s*[a-f])\b)*$/i;

const SHARE_WORD = /\b(?:incidenza|peso)\b(?:\s*%)?/;

const RESULT_HEADING = CONCEPT_PHRASES.find(([, concept]) => concept === 'result')![0];
const GRADE_HEADING = CONCEPT_PHRASES.find(([, concept]) => concept === 'grade')![0];
/** The hourly cost's heading, "COSTO" over "ORARIO" included; not "costo totale", the product's. */
const COST_HEADING = /\bcosto\b(?!\s+(?:totale|complessiv|compless\b|del lavoro))|€\/(?:h|ora)\b|\btariffa\b/;
const PERCENTAGE_HEADING = CONCEPT_PHRASES.find(([, concept]) => concept === 'percentage')![0];
const SHARE_HEADING = /\b(?:incidenza|peso)\b(?:\s*%)?|%(?:\s+sul\s+totale)?/;

/**
 * The one percentage a header prints, when it prints one, names no percentage column besides and
 * does not call it a bound ("RISULTATO (max 20%)": the rows' own percentages are not printed).
 */
function sharedPercentage(texts: string[]): string | null {
  if (!texts.some((text) => text.includes('%'))) return null;
  const found = texts.flatMap((text) => [...text.matchAll(HEADER_PERCENTAGES)].map((m) => ({ value: m[1]!, before: text.slice(Math.max(0, m.index - BOUND_REACH), m.index) })));
  if (found.length !== 1 || BOUND.test(found[0]!.before)) return null;
  return conceptsOf(texts.join(' ').replace(HEADER_PERCENTAGES, ' ')).has('percentage') ? null : found[0]!.value;
}

/** "max", "massimo", "fino al", "entro il", "non oltre": a bound, not the percentage itself. */
const BOUND = /\b(?:max|massim[oa]|fino|entro|oltre|non\s+superiore)\b[^)]*$/i;
const BOUND_REACH = 24;

/**
 * A staff table's header names the row's arithmetic: the hourly cost, the percentage, or both the
 * product and the result. A table of hours and one amount ("Dipendente Cat. Ore Importo", the
 * fund shared out by name; "Categoria Ore Risultato", a summary) is no staff table.
 */
function namesArithmetic(concepts: Set<Concept>): boolean {
  return concepts.has('hourlyCost') || concepts.has('percentage') || (concepts.has('product') && concepts.has('result'));
}

/**
 * The columns of a header over several lines, in the order it stands them: read from where each
 * column's words are ("TOTALE" over "ORE" left of "COSTO" over "ORARIO": hours first), a stack
 * that names nothing read with the one to its right ("COSTO ORARIO" side by side). Null when the
 * lines carry no positions, a stack names two columns or two name one, or they name fewer than
 * three: then the words of the lines, joined, say which columns there are.
 */
function orderOfStacks(lines: string[]): StaffColumn[] | null {
  const stacks = headerStacks(lines);
  if (!stacks) return null;
  const at = new Map<StaffColumn, number>();
  let pending: HeaderStack | null = null;
  for (const stack of stacks) {
    const read: HeaderStack = pending ? { start: pending.start, text: `${pending.text} ${stack.text}` } : stack;
    const concepts = conceptsOf(read.text);
    pending = concepts.size === 0 ? read : null;
    const named = STAFF_COLUMNS.filter((c) => concepts.has(c));
    if (named.length > 1) return null;
    const start = read.start;
    for (const column of named) {
      if (at.has(column)) return null;
      at.set(column, start);
    }
  }
  if (at.size < MIN_CONCEPTS) return null;
  return [...at.keys()].sort((a, b) => at.get(a)! - at.get(b)!);
}

/**
 * "Profilo Costo orario Ore % Importo": an amount named after the percentage, and no result named,
 * is the result (the product comes before the percentage it is taken of).
 */
function amountAfterPercentageIsResult(columns: StaffColumn[]): StaffColumn[] {
  const last = columns.length - 1;
  if (columns.includes('result') || columns[last] !== 'product' || !columns.slice(0, last).includes('percentage')) return columns;
  return [...columns.slice(0, last), 'result'];
}

/**
 * "Cat. Ore Costo" / "orario" / "Prodotto %" …: a first line that names the hours before the cost,
 * the rest of the header below; the columns in the usual order but for those two.
 */
function withHoursFirstWhereNamedSo(columns: StaffColumn[], firstLine: string): StaffColumn[] {
  const order = printedOrder(['hourlyCost', 'hours'], firstLine);
  if (order?.[0] !== 'hours') return columns;
  return columns.map((column) => (column === 'hours' ? 'hourlyCost' : column === 'hourlyCost' ? 'hours' : column));
}

/**
 * The columns in the order the header's first line names them ("ORE COSTO ORARIO …": hours
 * first). A header whose columns' words are stacked over lines ("… ORE COSTO PRODOTTO …" above
 * "ORARIO") has each column's first word there, in order. When a column is not named on the first
 * line (a header wrapped like a sentence, "PERSONALE COSTO" / "ORARIO" / "TOTALE ORE …"), the
 * order of the lines says nothing sure of the columns': null.
 */
function printedOrder(columns: StaffColumn[], firstLine: string): StaffColumn[] | null {
  const at = new Map<StaffColumn, number>();
  for (const [pattern, concept] of CONCEPT_PHRASES) {
    if (concept === 'grade') continue;
    const match = pattern.exec(firstLine);
    if (match) at.set(concept, match.index);
  }
  // "COSTO" over "ORARIO": the cost column starts where "costo" stands, unless it is "costo totale".
  const cost = at.has('hourlyCost') ? null : /\bcosto\b(?! totale| complessiv| compless\b| del lavoro)/.exec(firstLine);
  if (cost) at.set('hourlyCost', cost.index);
  if (!columns.every((c) => at.has(c))) return null;
  return [...columns].sort((a, b) => at.get(a)! - at.get(b)!);
}
