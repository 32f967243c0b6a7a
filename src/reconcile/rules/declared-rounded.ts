import { formatMoney } from '../../normalize/numbers.js';
import type { Rule } from '../rule.js';
import { agreement } from '../../rounding.js';
import { compareDeclared, declaredSource, type DeclaredComparison } from '../comparisons.js';

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
        message: `Project ${project.number}: ${roundingSaid(project.declaredAmount.raw, comparison)}`,
        source: declaredSource(project),
      });
    }
  },
};

/** Which of the two is the other rounded: "388,90" against a total printed 389 is the total's rounding, not the amount's. */
function roundingSaid(declaredRaw: string, { declared, against, againstName }: DeclaredComparison): string {
  if (agreement(declared, against) === 'rounded') return `declared amount ${declaredRaw} is ${againstName} ${formatMoney(against)} rounded`;
  return `${againstName} ${formatMoney(against)} is the declared amount ${declaredRaw} rounded`;
}
