import { type Gold, type GoldProject, INJECTABLE_RULES, type RuleId, discrepancy } from './gold.js';
import { type LayoutOptions, PLAN_SWITCHES, PROJECT_SWITCHES, TABLE_SWITCHES, type PlanLayout, type ProjectLayout, type TableLayout, drawLayout } from './layout.js';
import { injectRowFindings } from './inject.js';
import { type StaffRowTruth, materializeRow } from './materialize.js';
import { goldText } from './numbers.js';
import { Random } from './random.js';
import { type ProjectToRender, renderPlan } from './render.js';
import { projectTitle } from './render-prose.js';
import { settleFigures } from './settle.js';
import { type TableDraft, draftRows, planRates, staffPool } from './staff.js';
import { DOCUMENT_TITLES } from './vocabulary.js';

export type { Gold, GoldDiscrepancy, GoldProject, GoldStaffRow, RuleId } from './gold.js';
export { INJECTABLE_RULES } from './gold.js';
export type { LayoutOptions, PlanLayout, ProjectLayout, TableLayout } from './layout.js';
export { ALL_SWITCHES, HEADING_FORMS, NUMBERED_HEADING_FORMS } from './layout.js';

/** What plan to generate. Everything not given is drawn from `seed`. */
export interface PlanOptions {
  /** Seed of every random choice: the same options always give the same plan, byte for byte. */
  seed: number;
  /** Number of projects (default: 1 to 18). */
  projects?: number;
  /** File name recorded as the gold's `document` (default `synthetic-<seed>.txt`). */
  document?: string;
  /** The plan's year, in its title (default: 2012 to 2024). */
  year?: number;
  /** Layout switches fixed for the whole plan and every project and table; the rest are drawn for each. */
  layout?: LayoutOptions;
  /**
   * Findings that may be injected, each into one or two places that can show it (default: a random
   * few). `[]` gives a plan with no finding at all. A layout given explicitly wins: a fixed
   * `productColumn: 'absent'` brings `missing-value` findings whatever this says.
   */
  errors?: readonly RuleId[];
}

/** A synthetic plan: its text and the truth about it. */
export interface GeneratedPlan {
  text: string;
  gold: Gold;
}

/** The choices behind a generated plan, as its text shows them (a switch with nothing to act on reads off). */
export interface PlanTrace {
  /** The findings that were allowed. */
  errors: RuleId[];
  plan: PlanLayout;
  projects: { project: ProjectLayout; table: TableLayout }[];
}

/** Generates a plan of "progetti di miglioramento dei servizi" with known truth. */
export function generatePlan(options: PlanOptions): GeneratedPlan {
  const { text, gold } = generatePlanWithTrace(options);
  return { text, gold };
}

/** As `generatePlan`, with the layout and error choices that were made. */
export function generatePlanWithTrace(options: PlanOptions): GeneratedPlan & { trace: PlanTrace } {
  if (options.projects !== undefined && !(Number.isInteger(options.projects) && options.projects >= 1)) {
    throw new RangeError(`projects must be a whole number from 1, not ${options.projects}`);
  }
  const random = new Random(options.seed);
  const given = options.layout ?? {};
  const drawnErrors = INJECTABLE_RULES.filter(() => random.chance(0.3));
  const allowed = new Set<RuleId>(options.errors ?? drawnErrors);
  const drawnYear = random.int(2012, 2024);
  const year = options.year ?? drawnYear;
  const drawnCount = random.weighted([[random.int(1, 3), 2], [random.int(4, 8), 5], [random.int(9, 18), 3]]);
  const planLayout = drawLayout(random, PLAN_SWITCHES, given);
  const paginated = planLayout.pageNumbers !== 'none' || planLayout.runningHeader;
  const rates = planRates(random, year);
  const pool = staffPool(random, rates);
  const title = random.pick(DOCUMENT_TITLES).replace('{year}', String(year));

  const drafts = Array.from({ length: options.projects ?? drawnCount }, (_, i) => {
    const layout: ProjectLayout = drawLayout(random, PROJECT_SWITCHES, given);
    const table = drawLayout(random, TABLE_SWITCHES, given);
    // a table without products raises missing-value on every row: only where that finding is allowed
    if (given.productColumn === undefined && !allowed.has('missing-value')) table.productColumn = 'present';
    if (given.pageBreakInTable === undefined && !paginated) table.pageBreakInTable = false;
    const draft: TableDraft = { project: i + 1, productColumn: table.productColumn, rows: draftRows(random, pool, rates) };
    return { layout, table, title: projectTitle(random, layout), draft };
  });

  injectRowFindings(random, drafts.map((project) => project.draft), allowed, rates);
  const staff = drafts.map(({ draft, table }) => draft.rows.map((row) => materializeRow(random, draft, row, table)));
  const figures = settleFigures(
    random,
    drafts.map(({ layout, table }, i) => ({ staff: staff[i] ?? [], totalLine: table.totalLine, declaredSentence: layout.declaredSentence })),
    allowed,
  );
  const projects: ProjectToRender[] = drafts.map(({ draft, layout, table, title: projectTitleText }, i) => ({
    number: draft.project,
    title: projectTitleText,
    layout,
    tableLayout: table,
    staff: staff[i] ?? [],
    printedTotal: figures[i]?.printedTotal ?? null,
    declaredAmount: figures[i]?.declaredAmount ?? null,
  }));
  const { text, tables } = renderPlan(random, { title, year, layout: planLayout, projects });

  const gold: Gold = {
    document: options.document ?? `synthetic-${options.seed}.txt`,
    year,
    projects: projects.map(goldProject),
    expectedDiscrepancies: projects.flatMap((project, i) => [
      ...project.staff.flatMap((row, r) => row.rules.map((rule) => discrepancy(rule, project.number, r + 1))),
      ...(figures[i]?.rules ?? []).map((rule) => discrepancy(rule, project.number, null)),
    ]),
  };
  const trace: PlanTrace = {
    errors: [...allowed],
    plan: planLayout,
    projects: drafts.map(({ layout, table }, i) => ({
      project: layout,
      table: {
        ...table,
        gluedCells: (tables[i]?.gluedRows ?? 0) > 0,
        brokenRows: (tables[i]?.brokenRows ?? 0) > 0,
        spacedGrades: (tables[i]?.spacedGrades ?? 0) > 0,
        totalLine: projects[i]?.printedTotal ? table.totalLine : 'absent',
      },
    })),
  };
  return { text, gold, trace };
}

function goldProject(project: ProjectToRender): GoldProject {
  return {
    number: project.number,
    title: project.title,
    declaredAmount: project.declaredAmount ? goldText(project.declaredAmount) : null,
    printedTotal: project.printedTotal ? goldText(project.printedTotal) : null,
    staff: project.staff.map((row: StaffRowTruth, i) => ({
      row: i + 1,
      grade: row.grade,
      hourlyCost: goldText(row.hourlyCost),
      hours: goldText(row.hours),
      product: row.product ? goldText(row.product) : null,
      percentage: goldText(row.percentage),
      result: goldText(row.result),
    })),
  };
}
