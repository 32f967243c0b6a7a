import { compactDecimal, Decimal } from '../decimal.js';
import type { PlanDocument, StaffRow } from '../model.js';
import { parseItalianNumber, significantText } from '../normalize/numbers.js';
import { agreementOf, type Agreement } from '../rounding.js';

/** The hourly cost each grade is expected to have: prevailing in the document, or official. */
export interface RateTable {
  rateOf(grade: string | null): Decimal | null;
  /** How many rows of the grade have that rate (for messages); null for an official table. */
  supportOf(grade: string): number | null;
  /** The grade whose rate is exactly this cost, other than `except`. */
  gradeWithRate(cost: Decimal, except: string): string | null;
  official: boolean;
  /** The table as grade → rate text pairs, to hand it to another thread. */
  entries(): Array<[string, string]>;
}

const MIN_SUPPORT = 2;

/** A row's printed cost × hours, and how its printed product (if any) compares with it. */
export interface RowArithmetic {
  product: Decimal;
  printedProduct: Agreement | null;
}

const arithmetics = new WeakMap<StaffRow, RowArithmetic>();

/** The row's own arithmetic, or null without a cost or hours; several rules ask, so it is kept. */
export function rowArithmetic(row: StaffRow): RowArithmetic | null {
  if (!row.hourlyCost || !row.hours) return null;
  let arithmetic = arithmetics.get(row);
  if (!arithmetic) {
    const product = compactDecimal(row.hourlyCost.value.times(row.hours.value));
    arithmetic = { product, printedProduct: row.product ? agreementOf(row.product, product) : null };
    arithmetics.set(row, arithmetic);
  }
  return arithmetic;
}

/** True when the row's own arithmetic holds: cost × hours = product up to rounding, or no product printed. */
export function arithmeticHolds(row: StaffRow): boolean {
  const arithmetic = rowArithmetic(row);
  return arithmetic !== null && arithmetic.printedProduct !== 'different';
}

/**
 * The prevailing rate of each grade: among the document's rows of that grade whose arithmetic
 * holds, the hourly cost that occurs most often, in at least two rows and strictly more often
 * than any other. Costs are compared exactly (20,3 and 20,30 are one cost; a cent matters).
 */
export function prevailingRates(plan: PlanDocument): RateTable {
  const byGrade = new Map<string, Map<string, { value: Decimal; count: number }>>();
  for (const project of plan.projects) {
    for (const row of project.staff) {
      if (!row.grade || !row.hourlyCost || !arithmeticHolds(row)) continue;
      let costs = byGrade.get(row.grade);
      if (!costs) byGrade.set(row.grade, (costs = new Map()));
      const key = significantText(row.hourlyCost.text);
      const entry = costs.get(key);
      if (entry) entry.count++;
      else costs.set(key, { value: row.hourlyCost.value, count: 1 });
    }
  }
  const rates = new Map<string, { value: Decimal; count: number }>();
  for (const [grade, costs] of byGrade) {
    const ranked = [...costs.values()].sort((a, b) => b.count - a.count);
    const [first, second] = ranked;
    if (first && first.count >= MIN_SUPPORT && (!second || first.count > second.count)) rates.set(grade, first);
  }
  return tableOf(rates, false);
}

/** Reads an official rate table: CSV lines "grade,hourly cost" (a header line and ";" allowed). */
export function parseRateTable(text: string): RateTable {
  const rates = new Map<string, { value: Decimal; count: number }>();
  let first = true;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const fields = /^\s*"?([^,;\t"]+?)"?\s*[,;\t]\s*"?(.+?)"?\s*$/.exec(line);
    const gradeText = fields?.[1] ?? '';
    const cost = fields ? parseItalianNumber(fields[2] ?? '') : null;
    // "grado,costo orario": a first line without figures is the header.
    const header = first && !/\d/.test(line);
    first = false;
    if (header) continue;
    if (!cost) throw new Error(`line ${index + 1}: "${line.trim()}" is not "grade,hourly cost"`);
    const grade = gradeText.replace(/\s+/g, '').toUpperCase();
    const given = rates.get(grade);
    if (given && !given.value.equals(cost.value)) throw new Error(`line ${index + 1}: grade ${grade} has a second rate, ${fields![2]} (the first: ${given.value.toFixed()})`);
    rates.set(grade, { value: cost.value, count: 0 });
  }
  if (rates.size === 0) throw new Error('no "grade,hourly cost" line');
  return tableOf(rates, true);
}

/** An official rate table from grade → rate pairs (as `RateTable.entries()` gives them). */
export function officialRates(entries: Array<[string, string]>): RateTable {
  return tableOf(new Map(entries.map(([grade, rate]) => [grade, { value: new Decimal(rate), count: 0 }])), true);
}

function tableOf(rates: Map<string, { value: Decimal; count: number }>, official: boolean): RateTable {
  return {
    official,
    entries: () => [...rates].map(([grade, rate]) => [grade, rate.value.toFixed()]),
    rateOf: (grade) => (grade ? rates.get(grade)?.value ?? null : null),
    supportOf: (grade) => (official ? null : rates.get(grade)?.count ?? null),
    gradeWithRate: (cost, except) => {
      for (const [grade, rate] of rates) if (grade !== except && rate.value.equals(cost)) return grade;
      return null;
    },
  };
}
