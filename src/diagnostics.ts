import type { Decimal } from 'decimal.js';
import type { Amount, SourceRef } from './model.js';

/** The closed list of rule ids of the dataset contract, in the order they apply to a row. */
export const RULE_IDS = [
  'cost-typo',
  'product-mismatch',
  'product-rounded',
  'result-mismatch',
  'result-rounded',
  'total-mismatch',
  'total-rounded',
  'declared-mismatch',
  'declared-rounded',
  'rate-outlier',
  'missing-value',
  'unparsed-line',
  'missing-table',
  'no-projects',
  'ocr-uncertain',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A discrepancy or notice about a document, produced by a stage and carried to the outputs. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** null for document-level findings. */
  project: number | null;
  /** null for project-level findings. */
  row: number | null;
  field: string | null;
  /** The value as printed, with its digits ("34,20" stays 34.20). */
  printed: Amount | null;
  expected: Decimal | null;
  /** printed − expected, when both exist. */
  difference: Decimal | null;
  message: string;
  source: SourceRef;
}

/** Where a finding points and what it says, as a record or in memory. */
interface FindingLine {
  rule: string;
  severity: string;
  message: string;
  source: { lines: number[]; page: number | null };
}

/** The one-line rendering a user greps: `plan.txt:p7:l214: error: product 34,20 ≠ … (product-mismatch)`. */
export function renderFinding(path: string, finding: FindingLine): string {
  const page = finding.source.page === null ? '' : `:p${finding.source.page}`;
  const line = finding.source.lines.length > 0 ? `:l${finding.source.lines[0]}` : '';
  return `${path}${page}${line}: ${finding.severity}: ${finding.message} (${finding.rule})`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** True when `severity` is `threshold` or worse. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
