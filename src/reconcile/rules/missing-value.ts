import { Decimal, Dividing } from '../../decimal.js';
import { STAFF_COLUMN_NAMES as NAMES, type StaffColumn } from '../../model.js';
import { formatItalian, formatMoney } from '../../normalize/numbers.js';
import { eachRow, rowName, type Rule } from '../rule.js';

/** A percentage has at most this many decimals where the arithmetic gives it exactly. */
const MAX_SHARE_PLACES = 4;

/** The percentage `result` is of `product`, where it comes out exactly in a few decimals ("1026 of 5130": 20); else null. */
function exactShare(result: Decimal, product: Decimal): Decimal | null {
  if (product.isZero()) return null;
  const share = new Dividing(result.toString()).times(100).div(product.toString());
  if (share.decimalPlaces() > MAX_SHARE_PLACES || !share.times(product.toString()).equals(new Dividing(result.toString()).times(100))) return null;
  return new Decimal(share.toFixed());
}

const COLUMNS = ['hourlyCost', 'hours', 'product', 'percentage', 'result'] as const;

/** A cell the table leaves empty (or a column it lacks), with the value the arithmetic gives. */
export const missingValue: Rule = {
  meta: { id: 'missing-value', severity: 'info', description: 'a cell is absent; the expected value is given where the arithmetic yields it' },
  check(context) {
    eachRow(context.plan, (row, project) => {
      if (row.repairs.some((r) => r.kind === 'cells-unresolved')) return;
      const absent = COLUMNS.filter((column) => row[column] === null);
      if (absent.length === 0) return;
      const expected = context.expectationOf(row);
      const computable: Partial<Record<StaffColumn, () => Decimal | null>> = {
        product: () => expected.product,
        result: () => expected.result,
        percentage: () => {
          const product = row.product?.value ?? expected.product;
          return row.result && product ? exactShare(row.result.value, product) : null;
        },
      };
      for (const column of absent) {
        const value = computable[column]?.() ?? null;
        const why = column === 'product' && !project.columns.includes('product') ? ' (the table has no product column)' : '';
        context.report({
          project: project.number,
          row: row.row,
          field: column,
          printed: null,
          expected: value,
          message: `${rowName(row)}: no ${NAMES[column]} printed${why}${value ? `; the arithmetic gives ${column === 'percentage' ? `${formatItalian(value)}%` : formatMoney(value)}` : ''}`,
          source: row.source,
        });
      }
    });
  },
};
