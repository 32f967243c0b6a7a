import type { Decimal } from '../decimal.js';
import { RULE_IDS, type Finding, type RuleId, type Severity } from '../diagnostics.js';
import type { PlanDocument, Project, StaffRow } from '../model.js';
import { sumOfResults } from '../normalize/totals.js';
import { expectRow, type RowExpectation } from './expected.js';
import { prevailingRates, type RateTable } from './rates.js';
import type { RuleContext } from './rule.js';
import { RULES } from './rules/index.js';

/** How reconciliation is configured. */
export interface AuditOptions {
  /** Severity per rule, replacing the rule's default. */
  severity?: Partial<Record<RuleId, Severity>>;
  /** An official rate table, replacing the document's prevailing rates. */
  rates?: RateTable;
}

/** A plan with what reconciliation found and derived. */
export interface AuditedDocument {
  plan: PlanDocument;
  findings: Finding[];
  expectationOf(row: StaffRow): RowExpectation;
  computedTotalOf(project: Project): Decimal;
}

/** Recomputes every row and total of a plan and reports the discrepancies, rule by rule. */
export function audit(plan: PlanDocument, options: AuditOptions = {}): AuditedDocument {
  const rates = options.rates ?? prevailingRates(plan);
  const expectations = new Map<StaffRow, RowExpectation>();
  const expectationOf = (row: StaffRow) => {
    let expected = expectations.get(row);
    if (!expected) expectations.set(row, (expected = expectRow(row, rates)));
    return expected;
  };
  const totals = new Map<Project, Decimal>();
  const computedTotalOf = (project: Project) => {
    let total = totals.get(project);
    if (!total) {
      total = sumOfResults(project.staff);
      totals.set(project, total);
    }
    return total;
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.severity?.[rule.meta.id] ?? rule.meta.severity;
    const context: RuleContext = {
      plan,
      rates,
      expectationOf,
      computedTotalOf,
      report: (report) =>
        findings.push({
          rule: rule.meta.id,
          severity,
          ...report,
          difference: report.printed && report.expected ? report.printed.value.minus(report.expected) : null,
        }),
    };
    rule.check(context);
  }
  return { plan, findings: sortFindings(findings), expectationOf, computedTotalOf };
}

/** Document-level findings first, then by project, row (project-level after its rows), rule order. */
function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) => [f.project ?? -1, f.row ?? Number.MAX_SAFE_INTEGER, RULE_IDS.indexOf(f.rule)];
  return [...findings].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
  });
}
