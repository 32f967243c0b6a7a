import type { Decimal } from 'decimal.js';
import { formatMoney } from '../../normalize/numbers.js';
import { describeRows, explainDifference } from '../explain.js';
import type { Rule } from '../rule.js';
import { compareTotal, totalSource } from '../comparisons.js';

/** A printed total that is not the sum of the rows' results, with the rows that account for the gap. */
export const totalMismatch: Rule = {
  meta: { id: 'total-mismatch', severity: 'error', description: "printed total ≠ sum of the rows' printed results, beyond rounding" },
  check(context) {
    for (const project of context.plan.projects) {
      const comparison = compareTotal(project, context);
      if (!comparison || comparison.agreement !== 'different' || !project.printedTotal) continue;
      const gap = comparison.computed.minus(comparison.printed);
      const results = project.staff.map((row) => row.result?.value ?? null);
      const explanation = explainDifference(results, gap.abs());
      let because = '';
      if (explanation) {
        const rows = explanation.rows.length === 1 ? oneOfAlike(results, explanation.rows[0]!) : describeRows(explanation.rows, explanation.run);
        const are = explanation.rows.length === 1 ? 'is' : 'are';
        because = gap.isPositive()
          ? `; ${rows} (${formatMoney(gap)}) ${are} exactly what the total leaves out`
          : `; the total exceeds the sum by ${formatMoney(gap.abs())}, exactly the results of ${rows}`;
      }
      context.report({
        project: project.number,
        row: null,
        field: 'total',
        printed: project.printedTotal,
        expected: comparison.computed,
        message:
          `Project ${project.number}: printed total ${formatMoney(comparison.printed)} ≠ ${project.staff.length === 1 ? "the one row's result" : `sum of the ${project.staff.length} rows' results`} ` +
          `${formatMoney(comparison.computed)}${because}`,
        source: totalSource(project),
      });
    }
  },
};

/** "row 2", or "row 2 or 3" where row 3's result is the same: which of them the total leaves out, nothing tells. */
function oneOfAlike(results: Array<Decimal | null>, row: number): string {
  const value = results[row - 1]!;
  const alike = results.flatMap((result, i) => (result !== null && result.equals(value) ? [i + 1] : []));
  return alike.length === 1 ? `row ${row}` : `row ${alike.slice(0, -1).join(', ')} or ${alike.at(-1)}`;
}
