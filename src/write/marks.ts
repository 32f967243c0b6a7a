import type { DiscrepancyRecord, DocumentRecord } from '../schema.js';

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

  constructor(document: DocumentRecord) {
    for (const d of document.discrepancies) {
      if (d.project === null) continue;
      if (d.row === null) push(this.byProject, d.project, d);
      else push(this.byRow, `${d.project}/${d.row}`, d);
      const named =
        d.field === null ? false
        : d.row !== null ? (STAFF_FIELDS as readonly string[]).includes(d.field)
        : (PROJECT_FIELDS as readonly string[]).includes(d.field);
      if (!named) continue;
      const key = cellKey(d.project, d.row, d.field!);
      const mark = this.cells.get(key);
      if (!mark) this.cells.set(key, { severity: d.severity, findings: [d] });
      else {
        mark.findings.push(d);
        if (RANK[d.severity] > RANK[mark.severity]) mark.severity = d.severity;
      }
    }
  }

  /** The mark of a staff-row cell, if a finding names it. */
  staffCell(project: number, row: number, field: StaffField): Mark | undefined {
    return this.cells.get(cellKey(project, row, field));
  }

  /** The mark of a project cell (declared amount, printed total), if a finding names it. */
  projectCell(project: number, field: ProjectField): Mark | undefined {
    return this.cells.get(cellKey(project, null, field));
  }

  /** Every finding about a staff row. */
  rowFindings(project: number, row: number): DiscrepancyRecord[] {
    return this.byRow.get(`${project}/${row}`) ?? [];
  }

  /** Every project-level finding (no row) about a project. */
  projectFindings(project: number): DiscrepancyRecord[] {
    return this.byProject.get(project) ?? [];
  }
}

const cellKey = (project: number, row: number | null, field: string) => `${project}/${row ?? '-'}/${field}`;

function push<K>(map: Map<K, DiscrepancyRecord[]>, key: K, value: DiscrepancyRecord): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
