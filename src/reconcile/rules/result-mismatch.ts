import { formatMoney } from '../../normalize/numbers.js';
import { eachRow, percentageText, rowName, type Rule } from '../rule.js';

/** A printed result that is neither product × percentage / 100 (exact or printed product) nor a rounding of it. */
export const resultMismatch: Rule = {
  meta: { id: 'result-mismatch', severity: 'error', description: 'printed result ≠ product × percentage / 100, beyond rounding' },
  check(context) {
    eachRow(context.plan, (row, project) => {
      const comparison = context.expectationOf(row).resultComparison;
      if (!comparison || comparison.agreement !== 'different' || !row.percentage || !row.result) return;
      context.report({
        project: project.number,
        row: row.row,
        field: 'result',
        printed: row.result,
        expected: comparison.expected,
        message: `${rowName(row)}: result ${formatMoney(comparison.result)} ≠ ${formatMoney(comparison.base)} × ${percentageText(row)}% = ${formatMoney(comparison.expected)}`,
        source: row.source,
      });
    });
  },
};
