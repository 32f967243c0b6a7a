import { formatMoney } from '../../normalize/numbers.js';
import type { Rule } from '../rule.js';
import { compareDeclared, declaredSource } from '../comparisons.js';

/** An amount stated in the prose that is the table's total rounded. */
export const declaredRounded: Rule = {
  meta: { id: 'declared-rounded', severity: 'info', description: 'declared amount is the printed total (or sum of results) rounded' },
  check(context) {
    for (const project of context.plan.projects) {
      const comparison = compareDeclared(project, context);
      if (!comparison || comparison.agreement !== 'rounded' || !project.declaredAmount) continue;
      context.report({
        project: project.number,
        row: null,
        field: 'declaredAmount',
        printed: project.declaredAmount,
        expected: comparison.against,
        message: `Project ${project.number}: declared amount ${project.declaredAmount.raw} is ${comparison.againstName} ${formatMoney(comparison.against)} rounded`,
        source: declaredSource(project),
      });
    }
  },
};
