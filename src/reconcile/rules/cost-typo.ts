import { formatMoney } from '../../normalize/numbers.js';
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
          `${formatMoney(row.hourlyCost.value.times(row.hours.value))}, but the printed product ${formatMoney(row.product.value)} ÷ ` +
          `${row.hours.raw} h = ${formatMoney(expected.hourlyCost)}, the ${row.grade} rate: the cost looks mistyped ` +
          `(expected ${formatMoney(expected.hourlyCost)}, found ${formatMoney(row.hourlyCost.value)})`,
        source: row.source,
      });
    });
  },
};
