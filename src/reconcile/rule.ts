import type { Decimal } from 'decimal.js';
import type { Finding, RuleId, Severity } from '../diagnostics.js';
import type { Amount, PlanDocument, Project, SourceRef, StaffRow } from '../model.js';
import type { RowExpectation } from './expected.js';
import type { RateTable } from './rates.js';

/** What a rule says about itself. */
export interface RuleMeta {
  id: RuleId;
  severity: Severity;
  description: string;
}

/** A finding as a rule reports it; the context adds the severity and the difference. */
export interface Report {
  project: number | null;
  row: number | null;
  field: string | null;
  /** The value as printed, with its digits. */
  printed: Amount | null;
  expected: Decimal | null;
  message: string;
  source: SourceRef;
}

/** Everything a rule may read, and the one way it reports. */
export interface RuleContext {
  plan: PlanDocument;
  rates: RateTable;
  expectationOf(row: StaffRow): RowExpectation;
  /** The sum of the printed results of a project's rows. */
  computedTotalOf(project: Project): Decimal;
  report(report: Report): void;
}

/** A reconciliation rule: one module each in `rules/`, registered in `rules/index.ts`. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A finding about the whole document: of no project, row or field, with no value printed or expected. */
export function documentReport(message: string, source: SourceRef): Report {
  return { project: null, row: null, field: null, printed: null, expected: null, message, source };
}

/** Calls `visit` for every staff row of the plan with its project. */
export function eachRow(plan: PlanDocument, visit: (row: StaffRow, project: Project) => void): void {
  for (const project of plan.projects) for (const row of project.staff) visit(row, project);
}

/** "Row 6 (C3)": how messages name a row. */
export function rowName(row: StaffRow): string {
  return row.grade ? `Row ${row.row} (${row.grade})` : `Row ${row.row}`;
}

/** A percentage as printed, the Italian way: "12,5" (its text keeps the printed digits, with a dot). */
export function percentageText(row: StaffRow): string {
  return row.percentage ? row.percentage.text.replace('.', ',') : '';
}

export type { Finding };
