import type { Rule } from '../rule.js';

/** A line inside a staff table that was not read as a row, header, total or known noise. */
export const unparsedLine: Rule = {
  meta: { id: 'unparsed-line', severity: 'warning', description: 'a line inside a table region could not be read' },
  check(context) {
    for (const entry of context.plan.unparsed) {
      context.report({
        project: entry.project,
        row: entry.row,
        field: null,
        printed: null,
        expected: null,
        message: entry.said ?? `Line ${entry.line} inside a staff table was not read: "${entry.text.slice(0, 120)}" (${entry.reason})`,
        source: { lines: [entry.line], page: entry.page },
      });
    }
  },
};
