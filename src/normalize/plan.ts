import type { DeclaredAmount } from '../extract/declared.js';
import type { RecapDoubt } from '../extract/recap.js';
import type { DocumentOutline, ProjectOutline, TableRegion } from '../extract/structure.js';
import type { Amount, PlanDocument, Project, SourceDocument, SourceLine, SourceRef, StaffColumn, StaffRow, Unparsed } from '../model.js';
import { agreementEitherWay } from '../rounding.js';
import { inTheTablesCurrency } from './currency-twins.js';
import { classifyLine } from './row-line.js';
import { arithmeticHolds } from './row-arithmetic.js';
import { readTable, sumOfColumn, type LineRole, type TableContext, type TableReading } from './table.js';
import { withReadingsTheTotalBearsOut } from './total-witness.js';
import { withTheOtherRowsPercentage } from './shared-percentage.js';
import { projectTotal, resultTotals, sumOfResults, type ColumnSums } from './totals.js';

/** A plan document with the role of every line that stood inside a table region. */
export interface NormalizedPlan {
  plan: PlanDocument;
  roles: Array<{ line: number; role: LineRole }>;
}

/** Reads every project's staff table and assembles the typed plan document. */
export function normalizePlan(source: SourceDocument, outline: DocumentOutline): NormalizedPlan {
  const read = readProjects(source, outline, ofAPlan(outline.projects));
  return read.plan.projects.length > 0 && outline.anotherGenre && !keepsAPlansParts(read.plan.projects) ? readProjects(source, outline, []) : read;
}

/**
 * Whether, once read, a project keeps a condition or an amount it adds to the fund: in an act that
 * names itself one of another kind (a performance plan, a report on last year's projects, a
 * payment, overtime), headings with tables alone are no plan's, nor those whose one amount, after
 * the last, is the whole's ("Importo complessivamente liquidabile …", see `withoutPlansTotal`).
 */
function keepsAPlansParts(projects: Project[]): boolean {
  return projects.some((p) => p.conditions.length > 0 || p.declaredAmount !== null);
}

function readProjects(source: SourceDocument, outline: DocumentOutline, planned: ProjectOutline[]): NormalizedPlan {
  const context: TableContext = outline.noise;
  const unparsed: Unparsed[] = [];
  const roles: NormalizedPlan['roles'] = [];
  const firstReadings = planned.map((project) => project.tables.map((table) => readTable(table, context)));
  // A plan whose tables show English figures and none Italian ones: its tables that do not tell are English too.
  const shown = firstReadings.flat().map((reading) => reading.formatShown);
  const english = shown.includes('english') && shown.every((format) => format === 'english' || format === null);
  const read = planned.map((outlined, p) => {
    const readings = english
      ? outlined.tables.map((table, t) => {
          const first = firstReadings[p]![t]!;
          return first.formatShown === null ? betterOf(first, readTable(table, context, 'english')) : first;
        })
      : firstReadings[p]!;
    const witnessed = withDeclaredWitness(readings, outlined.declared).map((reading) => ({ ...reading, rows: withTheOtherRowsPercentage(reading.rows) }));
    // Pushed one by one: a table of a hundred thousand rows would overflow the stack as arguments.
    for (const reading of witnessed) {
      for (const role of reading.roles) roles.push(role);
      for (const u of reading.unparsed) unparsed.push({ ...u, project: outlined.number, row: null });
    }
    const project = toProject(outlined, witnessed);
    for (const u of unresolvedRows(project)) unparsed.push(u);
    for (const line of outlined.strayRows) unparsed.push(strayRow(line, outlined));
    if (outlined.headingUnread) unparsed.push(unreadHeading(outlined));
    for (const doubt of outlined.recapDoubts ?? []) unparsed.push(recapDoubt(doubt));
    return project;
  });
  const projects = withoutPlansTotal(read, source.lines);
  for (const u of outline.tablesBefore.flatMap(rowsBeforeProjects)) unparsed.push(u);
  return { plan: { source, title: outline.title, year: outline.year, projects, unparsed }, roles };
}

/**
 * "Complessivamente i progetti comportano un incremento del fondo … di € 2.137,10" after the last
 * project's conditions, where that project says no amount of its own: the plan's total, read in
 * the project's lines, is none of the project's. Known as such where its words name the projects
 * ("i progetti", "tutti i progetti") or the whole ("Importo complessivamente liquidabile") and it
 * is the sum of every project's total (printed, else its rows' results), not the project's own.
 */
function withoutPlansTotal(projects: Project[], lines: SourceLine[]): Project[] {
  if (projects.length < 2) return projects;
  const totals = projects.map((p) => p.printedTotal?.value ?? sumOfResults(p.staff));
  const plans = totals.reduce((sum, total) => sum.plus(total));
  const namesTheProjects = (source: SourceRef) => source.lines.some((n) => PROJECTS.test(lines.find((line) => line.line === n)?.text ?? ''));
  return projects.map((project, p) => {
    const declared = project.declaredAmount?.value;
    if (!declared || agreementEitherWay(declared, plans) === 'different' || agreementEitherWay(declared, totals[p]!) !== 'different') return project;
    return project.declaredSource && namesTheProjects(project.declaredSource) ? { ...project, declaredAmount: null, declaredSource: null } : project;
  });
}

const PROJECTS = /\bprogetti\b|\bcomplessivamente\b/i;

/**
 * The projects, where one of them has something of a plan's: a staff table, a condition or the
 * amount it adds to the fund. Headings with none of these under any of them (a budget's chapters,
 * a report's objectives, a list of last year's projects with what each was paid) are no plan's.
 */
function ofAPlan(projects: ProjectOutline[]): ProjectOutline[] {
  return projects.some((p) => p.tables.length > 0 || p.conditions.length > 0 || p.declared.length > 0) ? projects : [];
}

/**
 * The staff rows of a table before the first project's heading: a project whose heading was not
 * read stands before it ("1) …" before "Progetto n. 3"), and its rows are in none. Each is said
 * unread, never dropped unsaid; a summary of the projects, rows without a grade, is not.
 */
function rowsBeforeProjects(table: TableRegion): Unparsed[] {
  return table.body.flatMap((line) => {
    const kind = classifyLine(line.text);
    if (kind.kind !== 'row-start' || kind.grade === null) return [];
    const reason = "a staff row before the first project's heading: in no project";
    return [{ line: line.line, page: line.page, text: line.text.trim(), reason, project: null, row: null }];
  });
}

/** The line a project whose heading was not printed as one starts at: said, for its number is the numbering's, not the line's. */
function unreadHeading(project: ProjectOutline): Unparsed {
  const { heading, number } = project;
  const reason = `no project's heading, read as project ${number}'s: the numbering skips ${number}, and the lines below hold a project's conditions and staff table`;
  const said = `Line ${heading.line} read as the heading of project ${number}, though not printed as one: "${heading.text.trim().slice(0, 120)}" (the projects before and after are numbered ${number - 1} and ${number + 1}, and the lines below hold a project's own conditions and staff table)`;
  return { line: heading.line, page: heading.page, text: heading.text.trim(), reason, project: number, row: null, said };
}

/** A recap's line naming a project beside amounts none of which is known to be its own: said, for the project's declared amount stays unknown. */
function recapDoubt({ line, project, said }: RecapDoubt): Unparsed {
  const reason = "a recap's line naming a project beside amounts none of which is known to be its declared one";
  return { line: line.line, page: line.page, text: line.text.trim(), reason, project, row: null, said };
}

/** A line that reads as a staff row outside the project's tables: said unread, for it is in none. */
function strayRow(line: SourceLine, project: ProjectOutline): Unparsed {
  return { line: line.line, page: line.page, text: line.text.trim(), reason: "a staff row under no header read as a staff table's: in no table", project: project.number, row: null };
}

/**
 * A project's one table that prints no total, read the way the amount it declares bears out (see
 * {@link withReadingsTheTotalBearsOut}), where the prose declares one amount only, of no other sum.
 */
function withDeclaredWitness(readings: TableReading[], declared: DeclaredAmount[]): TableReading[] {
  const [reading] = readings;
  const [amount] = declared;
  if (reading === undefined || readings.length > 1 || reading.totals.length > 0 || amount === undefined || declared.length > 1 || amount.namesAnotherSum) return readings;
  const rows = withReadingsTheTotalBearsOut(reading.rows, { amount: amount.amount.value, name: 'the amount declared', line: amount.source.lines[0] });
  return rows === reading.rows ? readings : [{ ...reading, rows }];
}

/**
 * A table whose figures read alike both ways, in an English plan: English, unless more of its rows
 * hold the Italian way ("C1 20 150 3.000 20 600": three thousand, not three).
 */
function betterOf(italian: TableReading, english: TableReading): TableReading {
  return rowsHolding(italian) > rowsHolding(english) ? italian : english;
}

/** How many of a reading's rows hold: cost × hours makes the product, and the percentage of it the result. */
function rowsHolding(reading: TableReading): number {
  return reading.rows.filter(({ resolution }) => resolution.problem === null && arithmeticHolds(resolution.cells)).length;
}

/** `make`'s value, made on the first call: the sums a total is checked against, only where one needs them. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** The sums of a table's printed results and products, which its totals are checked against. */
function sumsOf(reading: TableReading): ColumnSums {
  return { results: sumOfColumn(reading.rows, 'result'), products: sumOfColumn(reading.rows, 'product') };
}

/** A label that opens on a total's word: "Totale quota fondo", "Tot. da destinare al fondo". */
const TOTAL_WORD = /^(?:totale?|tot\.|totali)\b/i;

function toProject(outlined: ProjectOutline, readings: TableReading[]): Project {
  const staff: StaffRow[] = readings
    .flatMap((r) => r.rows)
    .map((read, i) => ({
      row: i + 1,
      grade: read.grade,
      ...read.resolution.cells,
      raw: read.raw,
      source: read.source,
      repairs: read.repairs,
      ...(read.ocr && { ocr: read.ocr }),
    }));
  const printed = readings.flatMap((r) => resultTotals(r.totals, once(() => sumsOf(r))));
  const said = readings.map((r) => r.saidForTheFund).filter((line) => line !== undefined).at(-1);
  // "Totale servizi sociali 700,38" … "Totale servizi scolastici 520,10" / "Totale quota fondo 1.202,48": after the offices' subtotals, their total.
  const grand = said && printed.length >= 2 && TOTAL_WORD.test(said.label) ? { amount: said.amount, source: said.source, label: said.label, figures: 1 } : null;
  const total = projectTotal(grand ? [...printed, grand] : printed, once(() => sumOfResults(staff)), staff.map((row) => row.source));
  // Said beside the table, the amount is the project's own, before any the prose names.
  const declared = (grand ? undefined : said) ?? declaredAmountOf(outlined.declared, total?.amount ?? null, staff);
  const columns = outlined.tables[0]?.header.columns ?? [];
  return {
    number: outlined.number,
    title: outlined.title,
    source: { line: outlined.heading.line, page: outlined.heading.page },
    conditions: outlined.conditions,
    declaredAmount: declared?.amount ?? null,
    declaredSource: declared?.source ?? null,
    printedTotal: total?.amount ?? null,
    totalSource: total?.source ?? null,
    hasTable: outlined.tables.length > 0,
    columns: columns.length > 0 ? columns : (['hourlyCost', 'hours', 'product', 'percentage', 'result'] satisfies StaffColumn[]),
    staff,
  };
}

/** Rows kept with values that could not be assigned to columns: their lines are unparsed too. */
function unresolvedRows(project: Project): Unparsed[] {
  return project.staff.flatMap((row) =>
    row.repairs
      .filter((r) => r.kind === 'cells-unresolved')
      .map((r) => ({
        line: row.source.lines[0] ?? project.source.line,
        page: row.source.page,
        text: row.raw,
        reason: r.detail,
        project: project.number,
        row: row.row,
      })),
  );
}

/**
 * Of the amounts the prose may declare, the first that the staff table bears out (its printed
 * total or, without one, the sum of its results, exactly or as a rounding): a sentence can name
 * the fund's size before the project's share of it. When none does, the first whose words do not
 * name another sum (a cost, the fund's size), else the first, in the table's currency where the
 * prose gives it in lire and in euro: the declared-amount rules then say it differs.
 */
function declaredAmountOf(candidates: DeclaredAmount[], printedTotal: Amount | null, staff: StaffRow[]): DeclaredAmount | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const against = printedTotal?.value ?? (staff.length > 0 ? sumOfResults(staff) : null);
  if (against === null) return candidates[0]!;
  const agreeing = candidates.find((c) => agreementEitherWay(c.amount.value, against) !== 'different');
  return agreeing ?? inTheTablesCurrency(candidates.find((c) => !c.namesAnotherSum) ?? candidates[0]!, candidates, against);
}
