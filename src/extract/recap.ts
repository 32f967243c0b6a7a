import type { SourceLine } from '../model.js';
import { readRecapCells, readRecapLine, type DeclaredAmount } from './declared.js';
import { titlesAlike } from './headings.js';
import type { ReadLines } from './read-line.js';

/** A project as a recap can name it: its number and its title. */
export interface NamedProject {
  number: number;
  title: string;
}

/** What a recap gives the projects: the amounts it names them for without doubt, and the lines naming one whose amount it does not tell. */
export interface RecapAmounts {
  amounts: Map<number, DeclaredAmount>;
  doubts: RecapDoubt[];
}

/** A recap's line that names a project beside amounts none of which is known to be the plan's year's (two under a header naming no year, or a header not telling which column is that year's): said, never read. */
export interface RecapDoubt {
  project: number;
  line: SourceLine;
  said: string;
}

/**
 * The amounts a recap of the plan's projects gives each project it names unambiguously
 * ("RIEPILOGO DELLE RISORSE DESTINATE AL FONDO" / "Obiettivo n. 1 – Sportello digitale per i
 * tributi: € 820,08"), by the project's number, with the recap's line as their source. A line
 * names a project by a number that one project alone has, its title (if it gives one) alike the
 * project's; or, without a number, by a title alike the title of one project alone; or, where its
 * own words name none, with the words its cell wraps above and below it (`projectNamedAround`).
 * A project named on two lines, and a line whose number no project has or whose title is another's, are
 * doubtful: no amount is read for them; nor is an amount of nothing ("0,00"). `recap` holds the recap's lines, from its heading.
 * Under a header of two years' columns ("Importo 2021 €   Importo 2022 €"), a line's amount is
 * the one in the column of the plan's `year` (`yearColumns`); where the header does not tell which
 * that is, or a line names a project beside two amounts under a header naming no year, the line
 * is a doubt, said and not read.
 */
export function amountsInRecap(recap: ReadLines, isFurniture: (index: number) => boolean, projects: NamedProject[], year: number | null = null): RecapAmounts {
  const named = new Map<number, DeclaredAmount[]>();
  const doubts: RecapDoubt[] = [];
  const shareLast = endsOnFundShare(recap);
  const columns = shareLast ? null : yearColumns(recap, year);
  const isPiece = (i: number) => recap.text(i) !== '' && !isFurniture(i) && !FIGURE_WITH_CENTS.test(recap.text(i)) && !RECAP_TOTAL.test(recap.text(i));
  const nameOf = (words: string, i: number) => projectNamedAround(words, recap, i, isPiece, projects);
  for (let i = 0; i < recap.length; i++) {
    if (recap.text(i) === '' || isFurniture(i)) continue;
    const cells = shareLast ? null : readRecapCells(recap, i);
    if (cells && (columns !== null || cells.amounts.every((amount) => amount !== null))) {
      const project = nameOf(cells.named, i);
      if (!project) continue;
      const amount = columns?.declared === undefined ? undefined : cells.amounts[columns.declared];
      if (amount) named.set(project.number, [...(named.get(project.number) ?? []), amount]);
      else if (amount === undefined) doubts.push(doubtOf(recap.source(i), project, cells.amounts, columns));
      continue;
    }
    const read = readRecapLine(recap, i);
    // "1   Sportello unico   250   € 4.245,50   € 849,10" under "… Ore   Valore delle ore   Quota al fondo": the other columns' figures, no title's.
    const line = read && shareLast ? { ...read, named: read.named.replace(FIGURES_AT_END, '') } : read;
    const project = line ? nameOf(line.named, i) : null;
    if (!line || !project) continue;
    if (columns) doubts.push(doubtOf(recap.source(i), project, [line.amount], columns));
    else named.set(project.number, [...(named.get(project.number) ?? []), line.amount]);
  }
  const amounts = new Map<number, DeclaredAmount>();
  // "26   Biblioteca provinciale   0,00": a project the recap gives nothing adds nothing to the fund.
  for (const [number, found] of named) if (found.length === 1 && found[0]!.amount.value.gt(0)) amounts.set(number, found[0]!);
  return { amounts, doubts: doubts.filter((doubt) => !amounts.has(doubt.project)) };
}

/** A recap's line naming `project` whose amounts' columns the header (`columns`, null for none naming years) does not tell apart. */
function doubtOf(line: SourceLine, project: NamedProject, amounts: Array<DeclaredAmount | null>, columns: YearColumns | null): RecapDoubt {
  const printed = amounts.map((amount) => amount?.amount.raw ?? '—').join(' and ');
  const why =
    columns === null
      ? "its header names no year for them"
      : amounts.length === 1
        ? `its header names the years ${columns.years.join(' and ')}, and the line prints one amount only`
        : `its header names the years ${columns.years.join(' and ')}, none of whose columns is known to be the plan's year's`;
  const said = `Line ${line.line} of the recap names project ${project.number} with ${amounts.length === 1 ? 'the amount' : 'the amounts'} ${printed}, and ${why}: no declared amount read from it`;
  return { project: project.number, line, said };
}

/**
 * The years a recap's header names for two columns of amounts ("Importo 2021 €   Importo 2022
 * €", "Progetto   2023   2022", stacked over lines in a PDF: "Importo   Importo 2022" / "2021 €
 * €"), and which of them (0 or 1) is the plan's `year`'s: the one where the years stand on one
 * line in that order; where they stand on different lines, the last if the plan's year is the
 * later, as tables comparing two years set them in time's order; undefined where the header does
 * not tell (no plan's year, or not one of the two). Null for a header naming no two years.
 */
function yearColumns(recap: ReadLines, year: number | null): YearColumns | null {
  const lines: number[][] = [];
  for (let i = 0; i < recap.length && !FIGURE_WITH_CENTS.test(recap.text(i)); i++) {
    const text = recap.text(i);
    const years = YEARS_ALONE.test(text) ? [...text.matchAll(YEAR)].map((m) => Number(m[0])) : [...text.matchAll(COLUMN_YEAR)].map((m) => Number(m[1] ?? m[2]));
    if (years.length > 0) lines.push(years);
  }
  const years = [...new Set(lines.flat())];
  if (years.length !== 2) return null;
  const together = lines.find((named) => new Set(named).size === 2);
  const ordered = together ? [...new Set(together)] : years.sort((a, b) => a - b);
  const at = year === null ? -1 : ordered.indexOf(year);
  const declared = at < 0 || (!together && at === 0) ? undefined : (at as 0 | 1);
  return { years: ordered, declared };
}

interface YearColumns {
  years: number[];
  /** The column of the plan's year's amounts; undefined where the header does not tell. */
  declared: 0 | 1 | undefined;
}

const FIGURE_WITH_CENTS = /\d,\d\d(?!\d)/;
const YEAR = /\b(?:19|20)\d\d\b/g;
/** "Importo 2022", "Anno 2021", "2021 €", "2022 (euro)": a year heading a column of amounts. Groups: the year (one or the other). */
const COLUMN_YEAR = /\b(?:importo|quota|anno|esercizio)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*\(?(?:€|euro\b)/gi;
/** "Progetto   2023   2022", "N.   Titolo   2021   2022": a header whose words besides its years name the recap's columns. */
const YEARS_ALONE = /^(?:(?:n\.?|nr\.?|progett[oi]|obiettiv[oi]|titolo|descrizione|denominazione|€|euro|\|)\s*)*(?:(?:19|20)\d\d\s*(?:\(?(?:€|euro)\)?)?\s*\|?\s*){2,}$/i;

/**
 * The amounts a recap without a heading gives the projects (a table's header after the last
 * project's table, "Progetto          Importo" / "1. Sportello digitale per i tributi   € 820,08"
 * / "Totale   € 1.602,30"): read only where each line of the table up to a blank line, its total
 * aside, names one project without doubt (`projectNamed`); none where one line does not
 * ("Ufficio tecnico   € 1.500,00", "Archivio   € 1.000,00") or the header is none of a recap's.
 */
export function amountsInHeadlessRecap(tail: ReadLines, isFurniture: (index: number) => boolean, projects: NamedProject[]): Map<number, DeclaredAmount> {
  const header = lastRecapColumns(tail, isFurniture);
  if (header < 0) return new Map();
  const end = recapTableEnd(tail, header + 1, isFurniture);
  for (let i = header + 1; i < end; i++) {
    if (tail.text(i) === '' || isFurniture(i) || RECAP_TOTAL.test(tail.text(i))) continue;
    const line = readRecapLine(tail, i);
    if (!line || !projectNamed(line.named, projects)) return new Map();
  }
  return amountsInRecap(tail.slice(header + 1, end), (i) => isFurniture(header + 1 + i), projects).amounts;
}

/** The last header of a recap's columns in `lines`, set apart as printed ("Progetto   Importo", "OBIETTIVO | RISORSE (€)"); -1 for none. */
function lastRecapColumns(lines: ReadLines, isFurniture: (index: number) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (RECAP_COLUMNS.test(lines.source(i).text.trim()) && !isFurniture(i)) return i;
  return -1;
}

/** Where a recap's table from `start` ends: at the first blank line after a line of it, or the lines' end. */
function recapTableEnd(lines: ReadLines, start: number, isFurniture: (index: number) => boolean): number {
  let read = false;
  for (let i = start; i < lines.length; i++) {
    if (lines.text(i) === '' && read) return i;
    if (lines.text(i) !== '' && !isFurniture(i)) read = true;
  }
  return lines.length;
}

/**
 * Whether a recap's header of columns ends on the fund's share ("N.   Progetto   Ore   Valore delle
 * ore   Quota al fondo (20%)"), after columns of other figures: its lines' last amount is then the
 * share, whatever figures stand between the title and it.
 */
function endsOnFundShare(recap: ReadLines): boolean {
  for (let i = 0; i < recap.length; i++) {
    const text = recap.text(i);
    if (/\d,\d\d/.test(text)) return false;
    if (PROJECT_COLUMN.test(text) && FUND_SHARE_LAST.test(text)) return true;
  }
  return false;
}

const PROJECT_COLUMN = /\bprogett[oi]\b/i;
const FUND_SHARE_LAST = /\b(?:quota|importo|risorse|incremento)\s+(?:(?:destinat[aeio]|assegnat[aeio])\s+)?(?:al|del)\s+fondo\b[^\p{L}]*$/iu;
/** "   250   € 4.245,50": figures, in euro or not, at the end of a recap line's words. */
const FIGURES_AT_END = /(?:\s+(?:€\s*)?\d[\d.]*(?:,\d+)?)+$/;

/** "Progetto          Importo", "Obiettivo | Risorse (€)", "PROGETTO   IMPORTO DESTINATO": a header naming projects and their amounts, nothing else. */
const RECAP_COLUMNS = /^(?:n\.?\s*[|\s]\s*)?(?:progett[oi]|obiettiv[oi])(?:\s*\|\s*|\t\s*|\s{2,})(?:importo|risorse|quota)(?:\s+(?:destinat[aei]|assegnat[aei]|al\s+fondo))?(?:\s*\(?(?:€|euro)\)?)?$/i;
/** "Totale   € 2.442,61", "TOTALE GENERALE 2.442,61": a recap's total, no project's. */
const RECAP_TOTAL = /^total[ei]\b/i;

/**
 * "Obiettivo n. 1 – …", "Progetto 2: …", "n. 3 …", "1) …", "1. …", "1 …": a project named by its number,
 * then its title or nothing. Groups: the number, the title.
 */
const NAMED_BY_NUMBER = /^(?:(?:progetto|obiettivo|scheda)\s+(?:n(?:r|um(?:ero)?)?\s*[.°º]*\s*)?|n(?:r)?\s*[.°º]+\s*)?(\d{1,3})(?![\d,]|\.\d)\s*[.):–—-]?\s*(.*)$/i;

/**
 * The one project a recap's line at `index` names: by its own words (`named`, before its amounts),
 * else by them with the words its cells wrap over the lines right above and below it (`isPiece`:
 * lines of words without amounts, up to a blank line), read in order ("Gestione informatizzata
 * della cartella socio-sanitaria" / "dell'ospite   2.480,00   2.048,32"), or after the number the
 * line prints in a cell of its own, centred between them ("Gestione informatizzata …" / "3
 * 2.480,00 2.048,32" / "dell'ospite"). Null where none does, or the lines around it may be read
 * as naming two projects.
 */
function projectNamedAround(named: string, lines: ReadLines, index: number, isPiece: (index: number) => boolean, projects: NamedProject[]): NamedProject | null {
  const own = named === '' ? null : projectNamed(named, projects);
  if (own) return own;
  const above: string[] = [];
  for (let i = index - 1; i >= 0 && above.length < MAX_WRAPPED_LINES && isPiece(i); i--) above.unshift(lines.text(i));
  const below: string[] = [];
  for (let i = index + 1; i < lines.length && below.length < MAX_WRAPPED_LINES && isPiece(i); i++) below.push(lines.text(i));
  const found = new Set<NamedProject>();
  for (let k = 0; k <= above.length; k++) {
    for (let m = 0; m <= below.length; m++) {
      if (k === 0 && m === 0) continue;
      const [before, after] = [above.slice(above.length - k), below.slice(0, m)];
      for (const words of [[...before, named, ...after], [named, ...before, ...after]]) {
        const project = projectNamed(words.filter((w) => w !== '').join(' '), projects);
        if (project) found.add(project);
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** How many lines a project's name may wrap over in a recap's cell, above or below its amounts' line. */
const MAX_WRAPPED_LINES = 3;

/** The one project a recap's line names by its words before its amount (`named`), or null where it names none or more than one. */
function projectNamed(named: string, projects: NamedProject[]): NamedProject | null {
  const byNumber = NAMED_BY_NUMBER.exec(named);
  if (byNumber) {
    const numbered = projects.filter((p) => p.number === Number(byNumber[1]));
    const title = byNumber[2]!;
    if (numbered.length !== 1) return null;
    const project = numbered[0]!;
    const shortOfItsOwnAlone = shortName(title, project.title) && !projects.some((p) => p !== project && shortName(title, p.title));
    return title === '' || sameTitle(title, project.title) || shortOfItsOwnAlone ? project : null;
  }
  const titled = projects.filter((p) => sameTitle(named, p.title));
  return titled.length === 1 ? titled[0]! : null;
}

/** A title as a recap prints it: the project's, but for case, spacing, quotes and marks. */
function sameTitle(printed: string, title: string): boolean {
  return title !== '' && titlesAlike(printed, title);
}

/**
 * "Tempi di inserimento centri diurni" for "Riduzione dei tempi di inserimento nei centri
 * diurni": a short name of a title, two words of three letters or more at least, every one of them
 * a word of the title, and no figure.
 */
function shortName(printed: string, title: string): boolean {
  const named = printed.toLowerCase().match(NAME_WORDS) ?? [];
  // "… pratiche edilizie 994,80": figures before the amount, another column's (last year's), no name's.
  if (named.length < MIN_SHORT_NAME_WORDS || DIGIT.test(printed)) return false;
  const own = new Set(title.toLowerCase().match(NAME_WORDS));
  return named.every((word) => own.has(word));
}

const NAME_WORDS = /\p{L}{3,}/gu;
const DIGIT = /\d/;
const MIN_SHORT_NAME_WORDS = 2;

/**
 * Where a list of the plan's projects with their amounts starts in the lines before the first
 * project ("Il piano prevede i seguenti progetti, con le risorse destinate a ciascuno:" / "1.
 * Sportello digitale per i tributi – € 820,08"): the line announcing them, ending on a colon; the
 * lines' length where none does. Not a sentence naming projects of another year without a list
 * after it ("… i seguenti progetti del 2019 sono conclusi."), nor a list of another year's
 * projects (`announcesAnotherYear`), whose amounts are not this plan's.
 */
export function projectListStart(lines: ReadLines, year: number | null): number {
  for (let i = 0; i < lines.length; i++) {
    const text = lines.text(i);
    if (PROJECTS_ANNOUNCED.test(text) && !announcesAnotherYear(text, year)) return i;
  }
  return lines.length;
}

/** "… prevede i seguenti progetti, con le risorse destinate a ciascuno:", "Obiettivi sotto elencati:": a list of the projects announced. */
const PROJECTS_ANNOUNCED = /\b(?:seguenti|sotto\s*elencati|sottoelencati)\s+(?:progetti|obiettivi)\b[^.]*:$/i;

/**
 * A list announced as another year's: "Nel 2014 sono stati realizzati i seguenti progetti:" (done,
 * in the past), "Progetti dell'anno precedente, i seguenti progetti del 2019:" (years named, none
 * the plan's). Not "Per il 2021, in continuità con il 2020, si propongono i seguenti progetti:" in
 * a plan of 2021, nor "Il piano prevede i seguenti progetti:".
 */
function announcesAnotherYear(text: string, year: number | null): boolean {
  if (DONE_BEFORE.test(text)) return true;
  const years = [...text.matchAll(YEAR_NAMED)].map((m) => Number(m[0]));
  return year !== null && years.length > 0 && !years.includes(year);
}

/** "sono stati realizzati", "erano stati avviati", "furono finanziati", "lo scorso anno", "nell'anno precedente": what was, not what is planned. */
const DONE_BEFORE =
  /\b(?:(?:sono|erano|furono)\s+stat[ie]\s+[a-zà-ù]+[aeiou]ti|furono\s+[a-zà-ù]+[aeiou]ti|(?:lo|l['’]anno)\s+scors[oa]|(?:nell['’]anno|nel|dell['’]anno)\s+precedente)\b/i;
/** "2014", "2021": a year a sentence names. */
const YEAR_NAMED = /\b(?:19|20)\d{2}\b/g;
