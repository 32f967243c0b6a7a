/** The hand-checked truth about one plan, in the shape of `shared/gold/*.gold.json`. */
export interface Gold {
  /** The file name of the plan. */
  document: string;
  year: number | null;
  projects: GoldProject[];
  expectedDiscrepancies: GoldDiscrepancy[];
}

/** One project: decimals as dot-decimal strings with the printed digits, null when not printed. */
export interface GoldProject {
  number: number;
  title: string;
  declaredAmount: string | null;
  printedTotal: string | null;
  staff: GoldStaffRow[];
}

/** One row of a project's staff table, values as printed ("17,10" → "17.10", "2.870" → "2870"). */
export interface GoldStaffRow {
  row: number;
  grade: string;
  hourlyCost: string;
  hours: string;
  product: string | null;
  percentage: string;
  result: string;
}

/** A finding the contract's rules must raise; any one of `rules` satisfies it. */
export interface GoldDiscrepancy {
  rules: RuleId[];
  severity: Severity;
  project: number | null;
  row: number | null;
}

/** How serious a finding is, as the contract grades it. */
export type Severity = 'error' | 'warning' | 'info';

/** The reconciliation rules of the contract that a generated plan can be made to trigger. */
export const INJECTABLE_RULES = [
  'product-mismatch',
  'result-mismatch',
  'cost-typo',
  'total-mismatch',
  'declared-mismatch',
  'rate-outlier',
  'product-rounded',
  'result-rounded',
  'total-rounded',
  'declared-rounded',
  'missing-value',
] as const;

/** A rule id the generator can inject; see `shared/spec/contract.md`. */
export type RuleId = (typeof INJECTABLE_RULES)[number];

/** The contract's severity of each rule. */
export const SEVERITY: Record<RuleId, Severity> = {
  'cost-typo': 'error',
  'product-mismatch': 'error',
  'result-mismatch': 'error',
  'total-mismatch': 'error',
  'declared-mismatch': 'error',
  'rate-outlier': 'warning',
  'product-rounded': 'info',
  'result-rounded': 'info',
  'total-rounded': 'info',
  'declared-rounded': 'info',
  'missing-value': 'info',
};

/** A gold finding for `rule` at a project (and row, for row-level rules). */
export function discrepancy(rule: RuleId, project: number, row: number | null): GoldDiscrepancy {
  return { rules: [rule], severity: SEVERITY[rule], project, row };
}
