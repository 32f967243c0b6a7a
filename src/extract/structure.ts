import type { Condition, SourceDocument, SourceLine } from '../model.js';
import { isContactLine, rowThenTotal } from '../normalize/row-line.js';
import { isStrayStaffRow } from '../normalize/stray-rows.js';
import { findPageFurniture, readConditions, recapStart, signOffStart } from './conditions.js';
import { amountInHeading, findDeclaredAmounts, type DeclaredAmount } from './declared.js';
import { headerlessTable } from './headerless-table.js';
import { namesAnotherGenre } from './genre.js';
import { findLineNoise, type PageNoise } from './noise.js';
import { otherInstituteCaption } from './other-institutes.js';
import { planEnd } from './plan-end.js';
import { amountsInHeadlessRecap, amountsInRecap, projectListStart, type RecapAmounts, type RecapDoubt } from './recap.js';
import { findProjectHeadings, headingStart, readProjectHeading, type ProjectHeading } from './headings.js';
import { ReadLines } from './read-line.js';
import { withUnreadHeadings } from './unread-headings.js';
import { columnsNamed, namesCostOrPercentage, opensStaffTable, readTableHeader, type TableHeader } from './table-header.js';
import { planTitle, readTitle } from './titles.js';

/** A staff table's place in a project: its header and the lines after it, up to the next section. */
export interface TableRegion {
  header: TableHeader;
  /** Lines after the header, up to the next condition, section or table: rows, total, noise, prose. */
  body: SourceLine[];
  /** "Totale progetto € 2.150,35" just above the header: the total, where the rows are not followed by one. */
  totalAbove: SourceLine | null;
  /** "Progetto n. 1 – …" just above the header, read as no project's heading: the number of the project it names (an annex's caption). */
  caption: number | null;
  /** The lines (their numbers) in the body that print the project's own heading again, the table going on past them: page furniture. */
  headingsAgain: number[];
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
  /** Lines that read as staff rows above the project's first staff table, or in a project without one: under a header not read (see `isStrayStaffRow`). */
  strayRows: SourceLine[];
  /** The project's heading was not printed as one: its place told by the numbering and the structure (see `withUnreadHeadings`). */
  headingUnread?: true;
  /** Lines of a recap that name the project, declaring no amount of its own, beside amounts not known to be the plan's year's (see `amountsInRecap`). */
  recapDoubts?: RecapDoubt[];
}

/** The structure of a document: its title, year and projects. */
export interface DocumentOutline {
  title: string | null;
  year: number | null;
  projects: ProjectOutline[];
  /** Staff tables before the first project's heading: a project whose heading was not read, most likely. */
  tablesBefore: TableRegion[];
  /** The document's page furniture, which the table reader skips too. */
  noise: PageNoise;
  /** The lines before the first project name an act of another kind (see `namesAnotherGenre`). */
  anotherGenre: boolean;
}

/** Finds the title, year and projects (with conditions, declared amount and table regions) of a document. */
export function outlineDocument(source: SourceDocument): DocumentOutline {
  const lines = ReadLines.of(source.lines);
  const found = findProjectHeadings(lines);
  const preamble = source.lines.slice(0, found[0]?.index ?? Math.min(lines.length, 40));
  const { title, year } = planTitle(preamble);
  const noise = findLineNoise(lines);
  const end = planEnd(lines, found, noise);
  const headings = withUnreadHeadings(lines, found.filter((heading) => heading.index < end), end);
  const pageFurniture = findPageFurniture(lines, noise.furnitureOf(lines));
  const projects = headings.map((heading, i) => {
    const following = headings[i + 1];
    const next = following ? headingStart(lines, following) : end;
    const other = otherInstituteCaption(lines, heading.index + 1, next);
    return outlineProject(heading, lines.slice(heading.index, other < 0 ? next : other), noise, pageFurniture, headings.length === 1, year);
  });
  const tablesBefore = headings.length > 0 ? findTables(lines.slice(0, headings[0]!.index)) : [];
  const last = headings.at(-1);
  const declared = last ? withRecapAmounts(projects, lines.slice(0, headings[0]!.index), lines.slice(last.index + 1, recapAnnexEnd(lines, end)), noise, year) : projects;
  return { title, year, projects: withAnnexTables(declared), tablesBefore, noise, anotherGenre: namesAnotherGenre(preamble) };
}

/**
 * The projects, each whose prose and heading declare no amount given the one a recap of all
 * projects names for it: after the last one ("RIEPILOGO DELLE RISORSE DESTINATE AL FONDO" /
 * "Obiettivo n. 1 – Sportello digitale per i tributi: € 820,08"), or in a list of them before the
 * first ("Il piano prevede i seguenti progetti:" / "1. Sportello digitale per i tributi – €
 * 820,08"); see `amountsInRecap`; after the last one with no recap's heading, a recap's table without one (`amountsInHeadlessRecap`). Where the two give a project different amounts, neither. A
 * project's own sentence wins over a recap, whatever the recap says. `preamble` holds the lines
 * before the first project's heading, `tail` those after the last one's; `year` the plan's, whose
 * list of another year's projects gives nothing (`projectListStart`).
 */
function withRecapAmounts(projects: ProjectOutline[], preamble: ReadLines, tail: ReadLines, noise: PageNoise, year: number | null): ProjectOutline[] {
  if (projects.every((p) => p.declared.length > 0)) return projects;
  const tailFurniture = noise.furnitureOf(tail);
  const recapAt = recapStart(tail, tailFurniture);
  const after = recapAt < tail.length ? recapAmounts(tail, recapAt, noise, projects, year) : { amounts: amountsInHeadlessRecap(tail, tailFurniture, projects), doubts: [] };
  const before = recapAmounts(preamble, Math.min(projectListStart(preamble, year), recapStart(preamble, noise.furnitureOf(preamble))), noise, projects, year);
  return projects.map((p) => {
    if (p.declared.length > 0) return p;
    const [first, second] = [after.amounts.get(p.number), before.amounts.get(p.number)];
    const amount = first && second ? (first.amount.value.eq(second.amount.value) ? first : undefined) : (first ?? second);
    if (amount) return { ...p, declared: [amount] };
    const doubts = [...before.doubts, ...after.doubts].filter((doubt) => doubt.project === p.number);
    return doubts.length > 0 ? { ...p, recapDoubts: doubts } : p;
  });
}

/**
 * Where the lines after the plan's end that a recap may take end: the document's end where the
 * plan ends at an annex's heading that opens a recap ("ALLEGATO A – RIEPILOGO DELLE RISORSE PER
 * OBIETTIVO" / "Obiettivo n. 1 – …: € 994,80"), the plan's end otherwise. A project the annex
 * names twice (a recap of another year's projects after it) is given no amount (`amountsInRecap`).
 */
function recapAnnexEnd(lines: ReadLines, end: number): number {
  return end < lines.length && recapStart(lines.slice(end, end + 1), () => false) === 0 ? lines.length : end;
}

/** The amounts a recap from `start` in `lines` gives the projects it names, in a plan of `year`; none where `start` is the lines' length. */
function recapAmounts(lines: ReadLines, start: number, noise: PageNoise, projects: ProjectOutline[], year: number | null): RecapAmounts {
  if (start >= lines.length) return { amounts: new Map(), doubts: [] };
  const recap = lines.slice(start);
  return amountsInRecap(recap, noise.furnitureOf(recap), projects, year);
}

/**
 * The projects with the tables of an annex (two captioned tables or more after a project's text,
 * each under a caption naming its project, "Progetto n. 1 – …": "ALLEGATO B") each given to the
 * project it names, where that one project of that number has no table of its own; a recap of a
 * table read where its project is ("ALLEGATO – RIEPILOGO") is left out, not added to the project
 * it follows. One table under a reference to another project ("Progetto n. 1 – vedi sopra") stays
 * where it is.
 */
function withAnnexTables(projects: ProjectOutline[]): ProjectOutline[] {
  const annexes = new Map(projects.map((p) => [p, p.tables.filter((table) => table.caption !== null)] as const));
  // Tables each under its own project's heading printed again are that project's, not an annex.
  for (const [project, annex] of annexes) if (annex.length < 2 || annex.every((table) => table.caption === project.number)) annexes.set(project, []);
  const ownTables = (p: ProjectOutline) => p.tables.filter((table) => !annexes.get(p)!.includes(table)).length;
  const tableless = new Set(projects.filter((p) => ownTables(p) === 0));
  for (const [project, annex] of annexes) {
    if (annex.length === 0) continue;
    annex[annex.length - 1]!.body = withoutAnnexTotal(annex[annex.length - 1]!.body);
    project.tables = project.tables.filter((table) => {
      if (!annex.includes(table)) return true;
      const named = projects.filter((p) => p.number === table.caption);
      if (named.length !== 1) return true;
      const target = named[0]!;
      if (!tableless.has(target)) return false;
      if (target !== project) target.tables.push(table);
      return target === project;
    });
  }
  return projects;
}

/** "Totale 720,00" / "TOTALE GENERALE 2.260,00": the last table of an annex without the total of all its tables after its own. */
function withoutAnnexTotal(body: SourceLine[]): SourceLine[] {
  const own = body.findIndex((line) => OWN_TOTAL.test(line.text));
  const all = body.findIndex((line, i) => i > own && GRAND_TOTAL_LINE.test(line.text));
  return own >= 0 && all > own ? body.slice(0, all) : body;
}

const OWN_TOTAL = /^\s*totale\b(?!\s+(?:generale|complessivo))/i;
const GRAND_TOTAL_LINE = /^\s*totale\s+(?:generale|complessivo)\b/i;

/** `alone`: the plan's only project, whose share is the plan's whole cost; `year`: the plan's. */
function outlineProject(heading: ProjectHeading, lines: ReadLines, noise: PageNoise, pageFurniture: ReadonlySet<number>, alone: boolean, year: number | null): ProjectOutline {
  const { title, end: titleEnd } = readTitle(heading, lines, noise);
  const body = lines.slice(titleEnd);
  // A letterhead's line ("Fondo consortile € 51.645,69 – C.F. …") declares nothing.
  // A recap of all projects after the last one ("RIEPILOGO …" / "Obiettivo n. 1 – …: € 820,08") declares none of its amounts for it;
  // nor does a certificate after the plan's signature ("Si attesta che la spesa complessiva di € 3.044,50 … trova copertura
  // nel Fondo"), which states the whole plan's cost: the share of a plan's only project.
  const isBodyFurniture = noise.furnitureOf(body);
  const ownLines = body.slice(0, recapStart(body, isBodyFurniture));
  const isOwnFurniture = (i: number) => noise.isFurniture(ownLines, i) || isContactLine(ownLines.text(i));
  const declared = findDeclaredAmounts(alone ? ownLines : ownLines.slice(0, signOffStart(ownLines, isOwnFurniture)), isOwnFurniture, { project: heading.number, year });
  const headingLines = lines.slice(0, titleEnd);
  const inHeading = declared.length > 0 ? null : amountInHeading(headingLines, noise.furnitureOf(headingLines));
  const printed = findTables(body, heading.number);
  const found = printed.length > 0 ? printed : headerlessTable(body, noise);
  const conditions = readConditions(body, isBodyFurniture, pageFurniture);
  return {
    number: heading.number,
    title,
    heading: heading.line,
    conditions,
    declared: inHeading ? [inHeading] : conditionsFirst(declared, conditions),
    tables: withoutPastYearTables(found, body, year),
    strayRows: strayRowsBefore(body, found[0]?.header.start ?? body.length),
    ...(heading.unread && { headingUnread: true }),
  };
}

/**
 * The amounts a project's conditions declare before those of its description, above its first
 * condition, where a condition declares one that names no other sum: "Nel 2012 l’analogo progetto
 * ha alimentato il Fondo … per € 4.120,00" in the description, "… si intende alimentare … il Fondo
 * … di € 3.211,40" in the condition on the project's resources.
 */
function conditionsFirst(declared: DeclaredAmount[], conditions: Condition[]): DeclaredAmount[] {
  const first = conditions[0]?.source.lines[0];
  if (first === undefined) return declared;
  const inConditions = declared.filter((amount) => amount.source.lines[0]! >= first);
  if (!inConditions.some((amount) => !amount.namesAnotherSum)) return declared;
  return [...inConditions, ...declared.filter((amount) => !inConditions.includes(amount))];
}

/** The lines of `lines` before `end` that read as staff rows outside any table (see `isStrayStaffRow`). */
function strayRowsBefore(lines: ReadLines, end: number): SourceLine[] {
  const stray: SourceLine[] = [];
  for (let i = 0; i < end; i++) if (isStrayStaffRow(lines.text(i))) stray.push(lines.source(i));
  return stray;
}

/**
 * A project's tables without another year's: where it has two tables or more, one whose
 * introduction (the prose right above its header, up to three lines, ending on a colon) names one
 * of the three years before the plan's `year` and no other ("Nel 2014 il progetto ha visto
 * impegnato il personale seguente (ore effettivamente rese):", "A consuntivo 2014 sono state rese
 * le ore seguenti:") gives a past year's staff, not the project's; not a line that dates something
 * else ("Caricamento delle concessioni rilasciate dal 1960."). All stay where every table is so
 * introduced, or the year is unknown.
 */
function withoutPastYearTables(tables: TableRegion[], lines: ReadLines, year: number | null): TableRegion[] {
  if (tables.length < 2 || year === null) return tables;
  const current = tables.filter((table) => !introducedByPastYears(lines, table.header.start, year));
  return current.length > 0 ? current : tables;
}

function introducedByPastYears(lines: ReadLines, headerStart: number, year: number): boolean {
  let last = headerStart - 1;
  while (last >= 0 && lines.text(last) === '') last--;
  if (last < 0 || lines.headerPiece(last)) return false;
  // The introduction's paragraph, wrapped over a few lines.
  let first = last;
  while (first > 0 && last - first < MAX_INTRODUCTION_LINES - 1 && lines.text(first - 1) !== '' && !lines.headerPiece(first - 1)) first--;
  const introduction = Array.from({ length: last - first + 1 }, (_, i) => lines.text(first + i)).join(' ');
  if (!INTRODUCTION.test(introduction)) return false;
  const years = [...introduction.matchAll(YEAR_IN_PROSE)].map((match) => Number(match[0]));
  return years.length > 0 && years.every((named) => named < year && named >= year - PAST_YEARS);
}

const MAX_INTRODUCTION_LINES = 3;
/** Words ending on a colon, as a table's introduction is: not a row or a total of figures. */
const INTRODUCTION = /\p{L}{3,}(?:\s+\p{L}+){2,}[^]*:$/u;
const PAST_YEARS = 3;
const YEAR_IN_PROSE = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/g;

/**
 * The table regions of a project (numbered `own`): each header, with the lines up to the next
 * section marker. The project's own heading printed again inside a table ("Progetto n. 2 – …
 * (segue)" at a page's top, a word processor's running header) ends no table: it is furniture.
 */
function findTables(lines: ReadLines, own: number | null = null): TableRegion[] {
  const tables: TableRegion[] = [];
  let previousEnd = 0;
  // Not a caption over a table of its own (an annex's tables, each under its project's heading).
  const ownHeading = (k: number) =>
    own !== null && lines.opensProject(k) && readProjectHeading(lines.source(k), k, lines.text(k))?.number === own && !headerBelow(lines, k);
  for (let i = 0; i < lines.length; i++) {
    const header = readTableHeader(lines, i);
    if (!header) continue;
    const parts = captionedParts(lines, header);
    if (parts) {
      tables.push(...parts.tables);
      i = parts.end - 1;
      previousEnd = parts.end;
      continue;
    }
    let end = header.end;
    while (end < lines.length && !captionOverTable(lines, end) && (ownHeading(end) || !endsTable(lines, end, header))) end++;
    const body: SourceLine[] = [];
    const headingsAgain: number[] = [];
    for (let k = header.end; k < end; k++) {
      body.push(lines.source(k));
      if (ownHeading(k)) headingsAgain.push(lines.source(k).line);
    }
    const caption = captionAbove(lines, previousEnd, i);
    // A table under a project's caption may be an annex's: `withAnnexTables` says whose it is.
    if (caption !== null || tables.length === 0 || !recapsStaff(lines, header, tables)) {
      tables.push({ header, body, totalAbove: totalAbove(lines, previousEnd, i), caption, headingsAgain });
    }
    i = end - 1;
    previousEnd = end;
  }
  return tables;
}

/** "Tabella n. 2 – Progetto n. 1" over the next table's header: the end of the table before. */
function captionOverTable(lines: ReadLines, k: number): boolean {
  return namedProject(lines.text(k)) !== null && headerBelow(lines, k);
}

/**
 * "CAT. COSTO ORARIO …" / "Progetto n. 1" / rows / "Totale progetto n. 1 584,60" / "Progetto n. 2" /
 * rows / …: one header over the rows of two projects or more, each project's under a caption row
 * naming it. A table for each caption, under the same header, and the line where the last ends;
 * null for a header not followed by such captions.
 */
function captionedParts(lines: ReadLines, header: TableHeader): { tables: TableRegion[]; end: number } | null {
  let k = header.end;
  while (k < lines.length && lines.text(k) === '') k++;
  const tables: TableRegion[] = [];
  while (k < lines.length && captionRow(lines, k)) {
    let end = k + 1;
    while (end < lines.length && !captionRow(lines, end) && !endsTable(lines, end, header)) end++;
    const body: SourceLine[] = [];
    for (let line = k + 1; line < end; line++) body.push(lines.source(line));
    tables.push({ header: captionedHeader(lines, header, k, tables.length === 0), body, totalAbove: null, caption: projectCaption(lines, k), headingsAgain: [] });
    k = end;
  }
  return new Set(tables.map((table) => table.caption)).size >= 2 ? { tables, end: k } : null;
}

/**
 * The header of the rows under the caption row `k`, each line told of once: the first caption's
 * table has the header's lines and the caption; the others, their caption alone in the header's
 * place.
 */
function captionedHeader(lines: ReadLines, header: TableHeader, k: number, first: boolean): TableHeader {
  const caption = lines.source(k);
  if (!first) return { ...header, lines: [caption], span: [caption] };
  const span = [...header.span];
  for (let i = header.end; i <= k; i++) span.push(lines.source(i));
  return { ...header, span };
}

/** A caption naming a project among a table's rows, over rows of its own rather than a header. */
function captionRow(lines: ReadLines, k: number): boolean {
  return (lines.opensProject(k) || namedProject(lines.text(k)) !== null) && projectCaption(lines, k) !== null && !headerBelow(lines, k);
}

/** A staff table's header among the two lines after line `k` (blank ones aside). */
function headerBelow(lines: ReadLines, k: number): boolean {
  for (let i = k + 1, seen = 0; i < lines.length && seen < LINES_ABOVE; i++) {
    if (lines.text(i) === '') continue;
    if (opensStaffTable(lines, i)) return true;
    seen++;
  }
  return false;
}

/**
 * A table after a project's staff table that sums its staff up rather than listing it: under a
 * caption that says so ("RIEPILOGO PER CATEGORIA", "Quadro riassuntivo"), or under a header that
 * names neither the hourly cost nor the percentage where the table before named either
 * ("CATEGORIA ORE PRODOTTO RISULTATO": the hours and amounts of each grade, added up).
 */
function recapsStaff(lines: ReadLines, header: TableHeader, before: TableRegion[]): boolean {
  // The caption closes the table before's region: "Totale 622,20" / "Tabella riassuntiva" / "Personale coinvolto".
  if (lineAbove(lines, before.at(-1)!.header.end, header.start, (i) => RECAP_CAPTION.test(lines.text(i))) >= 0) return true;
  return !namesRowArithmetic(header) && before.some((table) => namesRowArithmetic(table.header));
}

const RECAP_CAPTION = /\b(?:riepilog\w*|riassunt\w*|sintesi)\b/i;

function namesRowArithmetic(header: TableHeader): boolean {
  return header.columns.includes('hourlyCost') || header.columns.includes('percentage') || header.sharedPercentage !== undefined;
}

/**
 * The number of the project a caption among the last lines before a header names, or null: a
 * heading-like line (not an action's or an intervention's: "Azione n. 2 – …" over a project's
 * second table), or a short line naming the project after other words (see `namedProject`).
 */
function captionAbove(lines: ReadLines, from: number, header: number): number | null {
  const at = lineAbove(lines, from, header, (i) => lines.opensProject(i) || namedProject(lines.text(i)) !== null);
  return at < 0 ? null : projectCaption(lines, at);
}

/** The number of the project the caption at line `at` names, or null. */
function projectCaption(lines: ReadLines, at: number): number | null {
  const heading = lines.opensProject(at) ? readProjectHeading(lines.source(at), at, lines.text(at)) : null;
  if (heading) return CAPTION_WORDS.has(heading.word) ? heading.number : null;
  return namedProject(lines.text(at));
}

const CAPTION_WORDS = new Set<ProjectHeading['word']>(['progetto', 'obiettivo']);

/**
 * "Tabella n. 1 – Progetto n. 3", "Allegato A.3 – Progetto n. 3", "Personale coinvolto nel
 * progetto n. 3": the number of the project a short line names after other words, with its mark;
 * null for a line with an amount (a total, a row) or as long as a sentence.
 */
function namedProject(text: string): number | null {
  if (text.length > MAX_CAPTION || AMOUNT_WITH_CENTS.test(text)) return null;
  const named = NAMED_PROJECT.exec(text);
  return named ? Number(named[1]) : null;
}

const MAX_CAPTION = 100;
const AMOUNT_WITH_CENTS = /\d,\d\d\b/;
const NAMED_PROJECT = /\bprogetto\s+n(?:r|um(?:ero)?)?\s*[°º.]*\s*(\d{1,3})\b(?![.,/]\d)/i;

/** The line among the last two before a header (blank ones aside, none before `from`) that passes `test`, or -1. */
function lineAbove(lines: ReadLines, from: number, header: number, test: (index: number) => boolean): number {
  for (let i = header - 1, seen = 0; i >= from && seen < LINES_ABOVE; i--) {
    if (lines.text(i) === '') continue;
    if (test(i)) return i;
    seen++;
  }
  return -1;
}

const LINES_ABOVE = 2;
/**
 * "Totale progetto € 2.150,35", "Totale 1.972,80": the project's total, an amount in euro or with
 * cents; not "Totale ore 500", nor a budget's ("Totale fondo € 90.000,00").
 */
const TOTAL_IN_EURO = /^totale(?:\s+(?:del\s+)?progetto)?[\s:]*(?:(?:€|euro\b)\s*\d|\d[\d.]*,\d\d\b)/i;

/** A total with its figure among the last lines before a header (blank ones aside), after any table before it. */
function totalAbove(lines: ReadLines, from: number, header: number): SourceLine | null {
  const at = lineAbove(lines, from, header, (i) => TOTAL_IN_EURO.test(lines.text(i)));
  return at < 0 ? null : lines.source(at);
}

/**
 * A table ends at a project, a section, a staff table's header after its total, or, after its
 * total, the header of a table of another kind ("Dipendente Cat. Ore Importo": the fund shared out
 * by name; "Progetto Ore Importo": a summary of the projects), whose rows are no staff rows. A
 * header naming the columns in another order than the table's (`current`) ends it with or without
 * a total: a header repeated on a new page is the same header.
 */
function endsTable(lines: ReadLines, index: number, current: TableHeader): boolean {
  if (lines.opensProject(index) || lines.sectionMarker(index)) return true;
  if (!lines.headerPiece(index)) return false;
  const header = readTableHeader(lines, index);
  if (!startsNewTable(lines, index)) return (current.orderKnown && inAnotherOrder(header, current)) || ofAnotherKind(lines.text(index), header, current);
  return (header !== null && header.columns.length > 0) || columnsNamed(lines.text(index)) >= 2;
}

/**
 * "Dipendente Cat. Ore Importo" under a staff table (`current`) without its total: the fund shared
 * out by name, a header of two columns or more but neither the hourly cost nor the percentage, no
 * staff table's (`header`, the line read as one, is null).
 */
function ofAnotherKind(text: string, header: TableHeader | null, current: TableHeader): boolean {
  return header === null && namesRowArithmetic(current) && columnsNamed(text) >= 2 && !namesCostOrPercentage(text);
}

/** "CAT. ORE COSTO ORARIO …" after "CAT. COSTO ORARIO ORE …": the same columns, printed in another order. */
function inAnotherOrder(header: TableHeader | null, current: TableHeader): boolean {
  if (!header?.orderKnown || header.columns.length !== current.columns.length) return false;
  return header.columns.some((column, i) => column !== current.columns[i]) && header.columns.every((column) => current.columns.includes(column));
}

/**
 * A header after a table's rows is a repeated header (new page) unless a total came after the
 * rows. Lines of words between them, without figures (a label such as "Ufficio Archivio:", a
 * running header), or a sentence with its figures ("Per il 2015 si intende alimentare … di €
 * 2.496,2, quale sommatoria delle risultanze di cui a seguire:"), are passed over.
 */
function startsNewTable(lines: ReadLines, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const text = lines.text(i);
    // Not "TOTALE ORE PRODOTTO …", a line of a header stacked over lines.
    if ((/^totale\b/i.test(text) && !lines.headerPiece(i)) || rowThenTotal(text)) return true;
    if (/\d/.test(text) && !SENTENCE.test(text)) return false;
  }
  return true;
}

/** Six words or more, ending on a stop or a colon: a sentence, which no staff row is. */
const SENTENCE = /(?:\p{L}{2,}[\s,’']+){6,}[^]*[.:]$/u;
