import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal.js';
import { explainDifference } from '../../src/reconcile/explain.js';

const amounts = (texts: Array<string | null>) => texts.map((t) => (t === null ? null : new Decimal(t)));

/** Every run tried, as the rule describes it: the shortest, the first of those as short. */
function shortestRunByHand(values: Array<Decimal | null>, target: Decimal): number[] | null {
  let best: number[] | null = null;
  for (let start = 0; start < values.length; start++) {
    let sum = new Decimal(0);
    for (let end = start; end < values.length && values[end]; end++) {
      sum = sum.plus(values[end]!);
      if (sum.equals(target) && (!best || end - start + 1 < best.length)) best = Array.from({ length: end - start + 1 }, (_, k) => start + k + 1);
    }
  }
  return best;
}

describe('explainDifference', () => {
  it('names the shortest run of rows that adds up to the gap, the first of those as short', () => {
    expect(explainDifference(amounts(['406', '684', '220.8']), new Decimal('1090'))).toEqual({ rows: [1, 2], run: true });
    expect(explainDifference(amounts(['5', '5', '10', '5', '5']), new Decimal('10'))).toEqual({ rows: [3], run: true });
    expect(explainDifference(amounts(['4', '6', '3', '7']), new Decimal('10'))).toEqual({ rows: [1, 2], run: true });
  });

  it('never runs over a row without a result', () => {
    expect(explainDifference(amounts(['4', null, '6', '1']), new Decimal('10'))).toEqual({ rows: [1, 3], run: false });
  });

  it('takes 1,50 and 1,5 as the same sum', () => {
    expect(explainDifference(amounts(['0.75', '0.750', '2']), new Decimal('1.50'))).toEqual({ rows: [1, 2], run: true });
  });

  const cell = fc.option(fc.integer({ min: -300, max: 300 }).map((cents) => new Decimal(cents).dividedBy(100)), { nil: null, freq: 8 });
  test.prop([fc.array(cell, { maxLength: 14 }), fc.integer({ min: -400, max: 400 })])(
    'finds the same run as trying every run',
    (values, targetCents) => {
      const target = new Decimal(targetCents).dividedBy(100);
      const found = explainDifference(values, target);
      const byHand = target.isZero() ? null : shortestRunByHand(values, target);
      if (byHand) expect(found).toEqual({ rows: byHand, run: true });
      else expect(found?.run ?? false).toBe(false);
    },
  );
});
