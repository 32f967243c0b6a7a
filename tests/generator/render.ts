import type { PlanLayout, ProjectLayout, TableLayout } from './layout.js';
import { type Line, line } from './lines.js';
import type { StaffRowTruth } from './materialize.js';
import type { Printed } from './numbers.js';
import type { Random } from './random.js';
import {
  conditionBodyLines,
  conditionHeadingLines,
  descriptionLines,
  headingLines,
  resourcesSentenceLines,
  tableIntroductionLines,
} from './render-prose.js';
import { type RenderedTable, renderTable } from './render-table.js';
import { AUTHORITIES, CONDITIONS } from './vocabulary.js';

/** Everything the text of one project is printed from. */
export interface ProjectToRender {
  readonly number: number;
  readonly title: string;
  readonly layout: ProjectLayout;
  readonly tableLayout: TableLayout;
  readonly staff: readonly StaffRowTruth[];
  readonly printedTotal: Printed | null;
  readonly declaredAmount: Printed | null;
}

/** Everything the text of a plan is printed from. */
export interface PlanToRender {
  readonly title: string;
  readonly year: number;
  readonly layout: PlanLayout;
  readonly projects: readonly ProjectToRender[];
}

const QUINTA = CONDITIONS.findIndex((condition) => condition.ordinal === 'Quinta');

function projectLines(random: Random, project: ProjectToRender, year: number, width: number): { lines: Line[]; table: RenderedTable } {
  const { layout } = project;
  const lines: Line[] = [line(''), ...headingLines(random, project.number, project.title, layout), line(''), ...descriptionLines(random, layout, year, width), line('')];
  if (random.chance(0.8)) lines.push(line('IL PROGETTO RISPONDE ALLE SEGUENTI CONDIZIONI:'), line(''));
  let table: RenderedTable | null = null;
  for (const index of CONDITIONS.keys()) {
    lines.push(...conditionHeadingLines(random, index, layout), line(random.pick(['', ' '])));
    if (index !== QUINTA) {
      lines.push(...conditionBodyLines(random, index, year, width), line(''));
      continue;
    }
    lines.push(...(project.declaredAmount ? resourcesSentenceLines(random, project.declaredAmount, layout, width) : tableIntroductionLines(random)), line(''));
    table = renderTable(random, project.staff, project.printedTotal, project.tableLayout);
    lines.push(...table.lines, line(''));
    if (layout.repeatedCondition) {
      lines.push(line(`${CONDITIONS[QUINTA]?.ordinal} condizione`), line(''));
      lines.push(...conditionBodyLines(random, QUINTA, year, width), line(''));
    }
  }
  if (!table) throw new Error('a project without its Quinta condizione');
  return { lines, table };
}

/** Page-number lines and a running header, between pages; never after a line kept with the next. */
function paginate(random: Random, lines: readonly Line[], layout: PlanLayout, year: number): string[] {
  const noisy = layout.pageNumbers !== 'none' || layout.runningHeader;
  if (!noisy) return lines.map((entry) => entry.text);
  const header = `${random.pick(AUTHORITIES)}${random.chance(0.5) ? ` – Piano di miglioramento dei servizi ${year}` : ''}`;
  const pageLength = random.int(40, 65);
  const out: string[] = layout.runningHeader ? [header, ''] : [];
  let page = 1;
  let onPage = 0;
  const pageBreak = () => {
    if (layout.pageNumbers !== 'none') out.push('', layout.pageNumbers === 'pag' ? `Pag. ${page}` : `- ${page} -`);
    if (layout.runningHeader) out.push(header);
    out.push('');
    page++;
    onPage = 0;
  };
  lines.forEach((entry, i) => {
    out.push(entry.text);
    onPage++;
    const last = i === lines.length - 1;
    if (!last && !entry.keepWithNext && (entry.pageBreakAfter || onPage >= pageLength)) pageBreak();
  });
  if (layout.pageNumbers !== 'none') out.push('', layout.pageNumbers === 'pag' ? `Pag. ${page}` : `- ${page} -`);
  return out;
}

/** "Elenco dei progetti:", then each project's heading on one line, perhaps with its page. */
function projectListLines(random: Random, projects: readonly ProjectToRender[]): Line[] {
  const lines = [line(random.pick(['Elenco dei progetti:', 'INDICE', 'Progetti presentati'])), line('')];
  const pages = random.chance(0.5);
  for (const [i, project] of projects.entries()) {
    const heading = project.layout.heading.replace('{n}', String(project.number)).replace('|', ' – ').replace('{title}', project.title);
    lines.push(line(pages ? `${heading} ${'.'.repeat(random.int(3, 20))} pag. ${i * 2 + 2}` : heading));
  }
  lines.push(line(''));
  return lines;
}

/**
 * Prints a whole plan as text extracted from its PDF would read, and reports what each table
 * actually shows of its layout.
 */
export function renderPlan(random: Random, plan: PlanToRender): { text: string; tables: RenderedTable[] } {
  const width = random.int(88, 105);
  const lines: Line[] = [...Array.from({ length: random.int(0, 4) }, () => line(random.pick(['', ' ']))), line(plan.title), line('')];
  if (plan.layout.projectList) lines.push(...projectListLines(random, plan.projects));
  const tables: RenderedTable[] = [];
  for (const project of plan.projects) {
    const rendered = projectLines(random, project, plan.year, width);
    lines.push(...rendered.lines);
    tables.push(rendered.table);
  }
  const texts = paginate(random, lines, plan.layout, plan.year).map((text) =>
    plan.layout.trailingSpaces && random.chance(0.6) ? `${text} ` : text,
  );
  const eol = plan.layout.lineEnding === 'crlf' ? '\r\n' : '\n';
  return { text: texts.join(eol) + eol, tables };
}
