import { formatMoney } from '../../normalize/numbers.js';
import { eachRow, percentageText, rowName, type Rule } from '../rule.js';

/** A printed result that is product × percentage / 100 rounded or truncated. */
export const resultRounded: Rule = {
  meta: { id: 'result-rounded', severity: 'info', description: 'printed result is product × percentage / 100 rounded' },
  check(context) {
    eachRow(context.plan, (row, project) => {
      const comparison = context.expectationOf(row).resultComparison;
      if (!comparison || comparison.agreement !== 'rounded' || !row.result || !row.percentage) return;
      context.report({
        project: project.number,
        row: row.row,
        field: 'result',
        printed: row.result,
        expected: comparison.expected,
        message: `${rowName(row)}: result ${row.result.raw} is ${formatMoney(comparison.base)} × ${percentageText(row)}% = ${formatMoney(comparison.expected)} rounded`,
        source: row.source,
      });
    });
  },
};
