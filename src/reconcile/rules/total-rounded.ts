import { formatMoney } from '../../normalize/numbers.js';
import type { Rule } from '../rule.js';
import { compareTotal, totalSource } from '../comparisons.js';

/** A printed total that is the sum of the rows' results rounded. */
export const totalRounded: Rule = {
  meta: { id: 'total-rounded', severity: 'info', description: "printed total is the sum of the rows' printed results rounded" },
  check(context) {
    for (const project of context.plan.projects) {
      const comparison = compareTotal(project, context);
      if (!comparison || comparison.agreement !== 'rounded' || !project.printedTotal) continue;
      context.report({
        project: project.number,
        row: null,
        field: 'total',
        printed: project.printedTotal,
        expected: comparison.computed,
        message: `Project ${project.number}: printed total ${project.printedTotal.raw} is the sum of the rows' results ${formatMoney(comparison.computed)} rounded`,
        source: totalSource(project),
      });
    }
  },
};
