import type { Decimal } from 'decimal.js';
import { STAFF_COLUMN_NAMES as NAMES, type StaffColumn } from '../../model.js';
import { formatMoney } from '../../normalize/numbers.js';
import { eachRow, rowName, type Rule } from '../rule.js';

/** A cell the table leaves empty (or a column it lacks), with the value the arithmetic gives. */
export const missingValue: Rule = {
  meta: { id: 'missing-value', severity: 'info', description: 'a cell is absent; the expected value is given where the arithmetic yields it' },
  check(context) {
    eachRow(context.plan, (row, project) => {
      if (row.repairs.some((r) => r.kind === 'cells-unresolved')) return;
      const expected = context.expectationOf(row);
      const computable: Partial<Record<StaffColumn, Decimal | null>> = { product: expected.product, result: expected.result };
      for (const column of ['hourlyCost', 'hours', 'product', 'percentage', 'result'] as const) {
        if (row[column] !== null) continue;
        const value = computable[column] ?? null;
        const why = column === 'product' && !project.columns.includes('product') ? ' (the table has no product column)' : '';
        context.report({
          project: project.number,
          row: row.row,
          field: column,
          printed: null,
          expected: value,
          message: `${rowName(row)}: no ${NAMES[column]} printed${why}${value ? `; the arithmetic gives ${formatMoney(value)}` : ''}`,
          source: row.source,
        });
      }
    });
  },
};
