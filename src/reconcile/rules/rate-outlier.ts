import { formatMoney } from '../../normalize/numbers.js';
import { arithmeticHolds } from '../rates.js';
import { eachRow, rowName, type Rule } from '../rule.js';

/** A row whose arithmetic holds at an hourly cost other than its grade's rate. */
export const rateOutlier: Rule = {
  meta: { id: 'rate-outlier', severity: 'warning', description: "a row's hourly cost differs from its grade's prevailing (or official) rate" },
  check(context) {
    eachRow(context.plan, (row, project) => {
      const rate = context.rates.rateOf(row.grade);
      if (!rate || !row.grade || !row.hourlyCost || !arithmeticHolds(row) || rate.equals(row.hourlyCost.value)) return;
      const cost = row.hourlyCost.value;
      const support = context.rates.supportOf(row.grade);
      const usual = support === null ? `the official ${row.grade} rate is ${formatMoney(rate)}` : `${formatMoney(rate)} in ${support} other rows of ${row.grade}`;
      const other = context.rates.gradeWithRate(cost, row.grade);
      context.report({
        project: project.number,
        row: row.row,
        field: 'hourlyCost',
        printed: row.hourlyCost,
        expected: rate,
        message: `${rowName(row)}: ${formatMoney(cost)} an hour here, ${usual}${other ? `; ${formatMoney(cost)} is the ${other} rate` : ''}`,
        source: row.source,
      });
    });
  },
};
