import { formatMoney } from '../../normalize/numbers.js';
import { eachRow, rowName, type Rule } from '../rule.js';

/** A printed product that is neither cost × hours nor a rounding of it. */
export const productMismatch: Rule = {
  meta: { id: 'product-mismatch', severity: 'error', description: 'printed product ≠ hourly cost × hours, beyond rounding' },
  check(context) {
    eachRow(context.plan, (row, project) => {
      const expected = context.expectationOf(row);
      if (!row.product || !expected.product || expected.costTypo || !row.hourlyCost || !row.hours) return;
      if (expected.productAgreement !== 'different') return;
      context.report({
        project: project.number,
        row: row.row,
        field: 'product',
        printed: row.product,
        expected: expected.product,
        message: `${rowName(row)}: product ${formatMoney(row.product.value)} ≠ ${formatMoney(row.hourlyCost.value)} × ${row.hours.raw} = ${formatMoney(expected.product)}`,
        source: row.source,
      });
    });
  },
};
