import { formatMoney } from '../../normalize/numbers.js';
import { eachRow, rowName, type Rule } from '../rule.js';

/** A printed product that is cost × hours rounded or truncated to fewer decimals. */
export const productRounded: Rule = {
  meta: { id: 'product-rounded', severity: 'info', description: 'printed product is hourly cost × hours rounded' },
  check(context) {
    eachRow(context.plan, (row, project) => {
      const expected = context.expectationOf(row);
      if (!row.product || !expected.product || !expected.hourlyCost || !row.hours) return;
      if (expected.productAgreement !== 'rounded') return;
      context.report({
        project: project.number,
        row: row.row,
        field: 'product',
        printed: row.product,
        expected: expected.product,
        message: `${rowName(row)}: product ${row.product.raw} is ${formatMoney(expected.hourlyCost)} × ${row.hours.raw} = ${formatMoney(expected.product)} rounded`,
        source: row.source,
      });
    });
  },
};
