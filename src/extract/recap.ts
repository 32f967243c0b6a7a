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
  for (let i = 0; i < recap.length; i++) {
    if (recap.text(i) === '' || isFurniture(i)) continue;
    const line = readRecapLine(recap, i);
    const project = line ? projectNamed(line, projects) : null;
    if (line && project) named.set(project.number, [...(named.get(project.number) ?? []), line.amount]);
  }
  const amounts = new Map<number, DeclaredAmount>();
  // "26   Biblioteca provinciale   0,00": a project the recap gives nothing adds nothing to the fund.
  for (const [number, found] of named) if (found.length === 1 && found[0]!.amount.value.gt(0)) amounts.set(number, found[0]!);
  return amounts;
}

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
    return numbered.length === 1 && (title === '' || sameTitle(title, numbered[0]!.title)) ? numbered[0]! : null;
  }
  const titled = projects.filter((p) => sameTitle(line.named, p.title));
  return titled.length === 1 ? titled[0]! : null;
}

/** A title as a recap prints it: the project's, but for case, spacing, quotes and marks. */
function sameTitle(printed: string, title: string): boolean {
  return title !== '' && titlesAlike(printed, title);
}

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
