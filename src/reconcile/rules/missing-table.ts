import type { Rule } from '../rule.js';

/** A project with no staff table, or a table in which no row was read. */
export const missingTable: Rule = {
  meta: { id: 'missing-table', severity: 'warning', description: 'a project with no staff table' },
  check(context) {
    for (const project of context.plan.projects) {
      if (project.staff.length > 0) continue;
      context.report({
        project: project.number,
        row: null,
        field: null,
        printed: null,
        expected: null,
        message: project.hasTable
          ? `Project ${project.number}: its staff table has no row that could be read`
          : `Project ${project.number}: no staff table found (no header with cost, hours and result columns)`,
        source: { lines: [project.source.line], page: project.source.page },
      });
    }
  },
};
