import { formatMoney } from '../../normalize/numbers.js';
import type { RowExpectation } from '../expected.js';
import { eachRow, rowName, type Rule } from '../rule.js';

/** A printed cost that the row's own product and the grade's rate both contradict. */
export const costTypo: Rule = {
  meta: { id: 'cost-typo', severity: 'error', description: "the printed hourly cost contradicts the row's product, which the grade's rate explains" },
  check(context) {
    eachRow(context.plan, (row, project) => {
      const expected = context.expectationOf(row);
      if (!expected.costTypo || !row.hourlyCost || !row.hours || !row.product || !expected.hourlyCost) return;
      context.report({
        project: project.number,
        row: row.row,
        field: 'hourlyCost',
        printed: row.hourlyCost,
        expected: expected.hourlyCost,
        message:
          `${rowName(row)}: hourly cost ${formatMoney(row.hourlyCost.value)} × ${row.hours.raw} h = ` +
          `${formatMoney(row.hourlyCost.value.times(row.hours.value))}, but the printed product ${formatMoney(row.product.value)} ` +
          `${madeAtRate(expected, row.hours.raw, row.grade)}: ` +
          `the cost looks mistyped (expected ${formatMoney(expected.hourlyCost)}, found ${formatMoney(row.hourlyCost.value)})`,
        source: row.source,
      });
    });
  },
};

/**
 * How the product comes from the grade's rate: "÷ 60 h = 22,08, the D5 rate"; or, for a product
 * that rounds it, "is the C1 rate 19,8125 × 37 h = 733,0625 rounded" (÷ would not give the rate).
 */
function madeAtRate(expected: RowExpectation, hours: string, grade: string | null): string {
  const rate = formatMoney(expected.hourlyCost!);
  if (expected.productAgreement !== 'rounded') return `÷ ${hours} h = ${rate}, the ${grade} rate`;
  return `is the ${grade} rate ${rate} × ${hours} h = ${formatMoney(expected.product!)} rounded`;
}
