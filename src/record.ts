import { Decimal } from './decimal.js';
import { SEVERITIES } from './diagnostics.js';
import type { Amount, Project, StaffRow } from './model.js';
import { decimalText } from './normalize/numbers.js';
import type { AuditedDocument } from './reconcile/audit.js';
import type { DocumentRecord, ProjectRecord, StaffRowRecord } from './schema.js';

const text = (amount: Amount | null) => (amount ? amount.text : null);
const exact = (value: Decimal | null) => (value ? decimalText(value) : null);

/** Turns an audited document into the record dataset.json holds for it (plain JSON values). */
export function toDocumentRecord(audited: AuditedDocument): DocumentRecord {
  const { plan, findings } = audited;
  const source = plan.source;
  const projects = plan.projects.map((p) => projectRecord(p, audited));
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const count = (severity: (typeof SEVERITIES)[number]) => findings.filter((f) => f.severity === severity).length;
  const sum = (values: Array<Decimal | null>) => values.reduce<Decimal>((s, v) => (v ? s.plus(v) : s), new Decimal(0));
  return {
    id: source.id,
    source: { path: source.path, sha256: source.sha256, format: source.format, pages: source.pages, encoding: source.encoding },
    title: plan.title,
    year: plan.year,
    projects,
    discrepancies: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      project: f.project,
      row: f.row,
      field: f.field,
      printed: f.printed?.text ?? null,
      expected: exact(f.expected),
      difference: exact(f.difference),
      message: f.message,
      source: f.source,
    })),
    unparsed: plan.unparsed.map((u) => ({ line: u.line, page: u.page, text: u.text, reason: u.reason })),
    summary: {
      projects: projects.length,
      staffRows: projects.reduce((n, p) => n + p.staff.length, 0),
      declaredTotal: decimalText(sum(plan.projects.map((p) => p.declaredAmount?.value ?? null))),
      printedTotal: decimalText(sum(plan.projects.map((p) => p.printedTotal?.value ?? null))),
      computedTotal: decimalText(sum(plan.projects.map((p) => audited.computedTotalOf(p)))),
      findings: { error: count('error'), warning: count('warning'), info: count('info') },
      byRule,
    },
  };
}

function projectRecord(project: Project, audited: AuditedDocument): ProjectRecord {
  return {
    number: project.number,
    title: project.title,
    source: project.source,
    conditions: project.conditions.map((c) => ({ ordinal: c.ordinal, heading: c.heading, text: c.text })),
    declaredAmount: text(project.declaredAmount),
    printedTotal: text(project.printedTotal),
    computedTotal: decimalText(audited.computedTotalOf(project)),
    staff: project.staff.map((row) => staffRecord(row, audited)),
  };
}

function staffRecord(row: StaffRow, audited: AuditedDocument): StaffRowRecord {
  const expected = audited.expectationOf(row);
  return {
    row: row.row,
    grade: row.grade,
    hourlyCost: text(row.hourlyCost),
    hours: text(row.hours),
    product: text(row.product),
    percentage: text(row.percentage),
    result: text(row.result),
    expected: { hourlyCost: exact(expected.hourlyCost), product: exact(expected.product), result: exact(expected.result) },
    raw: row.raw,
    source: row.source,
    repairs: row.repairs,
    ...(row.ocr && { ocr: { minConfidence: row.ocr.minConfidence } }),
  };
}
