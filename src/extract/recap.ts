import { readRecapLine, type DeclaredAmount, type RecapLine } from './declared.js';
import { titlesAlike } from './headings.js';
import type { ReadLines } from './read-line.js';

/** A project as a recap can name it: its number and its title. */
export interface NamedProject {
  number: number;
  title: string;
}

/**
 * The amounts a recap of the plan's projects gives each project it names unambiguously
 * ("RIEPILOGO DELLE RISORSE DESTINATE AL FONDO" / "Obiettivo n. 1 – Sportello digitale per i
 * tributi: € 820,08"), by the project's number, with the recap's line as their source. A line
 * names a project by a number that one project alone has, its title (if it gives one) alike the
 * project's; or, without a number, by a title alike the title of one project alone. A project
 * named on two lines, and a line whose number no project has or whose title is another's, are
 * doubtful: no amount is read for them; nor is an amount of nothing ("0,00"). `recap` holds the recap's lines, from its heading.
 */
export function amountsInRecap(recap: ReadLines, isFurniture: (index: number) => boolean, projects: NamedProject[]): Map<number, DeclaredAmount> {
  const named = new Map<number, DeclaredAmount[]>();
  const shareLast = endsOnFundShare(recap);
  for (let i = 0; i < recap.length; i++) {
    if (recap.text(i) === '' || isFurniture(i)) continue;
    const read = readRecapLine(recap, i);
    // "1   Sportello unico   250   € 4.245,50   € 849,10" under "… Ore   Valore delle ore   Quota al fondo": the other columns' figures, no title's.
    const line = read && shareLast ? { ...read, named: read.named.replace(FIGURES_AT_END, '') } : read;
    const project = line ? projectNamed(line, projects) : null;
    if (line && project) named.set(project.number, [...(named.get(project.number) ?? []), line.amount]);
  }
  const amounts = new Map<number, DeclaredAmount>();
  // "26   Biblioteca provinciale   0,00": a project the recap gives nothing adds nothing to the fund.
  for (const [number, found] of named) if (found.length === 1 && found[0]!.amount.value.gt(0)) amounts.set(number, found[0]!);
  return amounts;
}

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
    if (!line || !projectNamed(line, projects)) return new Map();
  }
  return amountsInRecap(tail.slice(header + 1, end), (i) => isFurniture(header + 1 + i), projects);
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

/** The one project a recap's line names, or null where it names none or more than one. */
function projectNamed(line: RecapLine, projects: NamedProject[]): NamedProject | null {
  const byNumber = NAMED_BY_NUMBER.exec(line.named);
  if (byNumber) {
    const numbered = projects.filter((p) => p.number === Number(byNumber[1]));
    const title = byNumber[2]!;
    if (numbered.length !== 1) return null;
    const project = numbered[0]!;
    const shortOfItsOwnAlone = shortName(title, project.title) && !projects.some((p) => p !== project && shortName(title, p.title));
    return title === '' || sameTitle(title, project.title) || shortOfItsOwnAlone ? project : null;
  }
  const titled = projects.filter((p) => sameTitle(line.named, p.title));
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
