import type { DiscrepancyRecord, DocumentRecord, ProjectRecord } from '../schema.js';

type Severity = DiscrepancyRecord['severity'];

/** The cells of a staff row that a finding can name (its `field`). */
export const STAFF_FIELDS = ['hourlyCost', 'hours', 'product', 'percentage', 'result'] as const;
/** The cells of a project that a project-level finding can name. */
export const PROJECT_FIELDS = ['declaredAmount', 'total'] as const;

export type StaffField = (typeof STAFF_FIELDS)[number];
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** A cell named by one or more findings. */
export interface Mark {
  /** The worst severity among the findings. */
  severity: Severity;
  findings: DiscrepancyRecord[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * The findings of a document indexed by the cell they name: a staff-row cell (project, row, field)
 * or a project cell (project, field). Workbook and report mark these cells.
 */
export class DocumentMarks {
  private readonly cells = new Map<string, Mark>();
  private readonly byRow = new Map<string, DiscrepancyRecord[]>();
  private readonly byProject = new Map<number, DiscrepancyRecord[]>();
  private readonly indexOf = new Map<ProjectRecord, number>();

  constructor(document: DocumentRecord) {
    document.projects.forEach((project, index) => this.indexOf.set(project, index));
    const projectOf = findingsProject(document.projects);
    for (const d of document.discrepancies) {
      const project = projectOf(d);
      if (project === null) continue;
      if (d.row === null) push(this.byProject, project, d);
      else push(this.byRow, `${project}/${d.row}`, d);
      const named =
        d.field === null ? false
        : d.row !== null ? (STAFF_FIELDS as readonly string[]).includes(d.field)
        : (PROJECT_FIELDS as readonly string[]).includes(d.field);
      if (!named) continue;
      const key = cellKey(project, d.row, d.field!);
      const mark = this.cells.get(key);
      if (!mark) this.cells.set(key, { severity: d.severity, findings: [d] });
      else {
        mark.findings.push(d);
        if (RANK[d.severity] > RANK[mark.severity]) mark.severity = d.severity;
      }
    }
  }

  /** The mark of a staff-row cell, if a finding names it. */
  staffCell(project: ProjectRecord, row: number, field: StaffField): Mark | undefined {
    return this.cells.get(cellKey(this.index(project), row, field));
  }

  /** The mark of a project cell (declared amount, printed total), if a finding names it. */
  projectCell(project: ProjectRecord, field: ProjectField): Mark | undefined {
    return this.cells.get(cellKey(this.index(project), null, field));
  }

  /** Every finding about a staff row. */
  rowFindings(project: ProjectRecord, row: number): DiscrepancyRecord[] {
    return this.byRow.get(`${this.index(project)}/${row}`) ?? [];
  }

  /** Every project-level finding (no row) about a project. */
  projectFindings(project: ProjectRecord): DiscrepancyRecord[] {
    return this.byProject.get(this.index(project)) ?? [];
  }

  private index(project: ProjectRecord): number {
    return this.indexOf.get(project) ?? -1;
  }
}

/**
 * Which project (its index) a finding is about: the one of its number or, where a plan prints a
 * number twice ("Progetto n. 3" and "Progetto n. 3 bis"), the last of them whose heading stands
 * before the finding's lines.
 */
function findingsProject(projects: ProjectRecord[]): (finding: DiscrepancyRecord) => number | null {
  const byNumber = new Map<number, number[]>();
  projects.forEach((project, index) => push(byNumber, project.number, index));
  return (finding) => {
    const indices = finding.project === null ? undefined : byNumber.get(finding.project);
    if (!indices) return null;
    const line = finding.source.lines[0];
    if (indices.length === 1 || line === undefined) return indices[0]!;
    let found = indices[0]!;
    for (const index of indices) if (projects[index]!.source.line <= line) found = index;
    return found;
  };
}

const cellKey = (project: number, row: number | null, field: string) => `${project}/${row ?? '-'}/${field}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
