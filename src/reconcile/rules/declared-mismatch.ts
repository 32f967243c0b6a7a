import { formatMoney } from '../../normalize/numbers.js';
import type { Rule } from '../rule.js';
import { compareDeclared, declaredSource } from '../comparisons.js';

/** An amount stated in the prose that differs from the table's total beyond rounding. */
export const declaredMismatch: Rule = {
  meta: { id: 'declared-mismatch', severity: 'error', description: 'declared amount ≠ printed total (or sum of results), beyond rounding' },
  check(context) {
    for (const project of context.plan.projects) {
      const comparison = compareDeclared(project, context);
      if (!comparison || comparison.agreement !== 'different' || !project.declaredAmount) continue;
      context.report({
        project: project.number,
        row: null,
        field: 'declaredAmount',
        printed: project.declaredAmount,
        expected: comparison.against,
        message:
          `Project ${project.number}: declared amount ${formatMoney(comparison.declared)} ≠ ${comparison.againstName} ` +
          `${formatMoney(comparison.against)} (difference ${formatMoney(comparison.declared.minus(comparison.against))})`,
        source: declaredSource(project),
      });
    }
  },
};
