import { documentReport, type Rule } from '../rule.js';

/** A readable document in which no project heading was found. */
export const noProjects: Rule = {
  meta: { id: 'no-projects', severity: 'warning', description: 'a readable document in which no project was found' },
  check(context) {
    if (context.plan.projects.length > 0) return;
    context.report(
      documentReport(
        'No project found: the document has no heading such as "Progetto N° 1 - …" followed by a description, conditions or a staff table, so it is not read as a plan',
        { lines: [], page: null },
      ),
    );
  },
};
