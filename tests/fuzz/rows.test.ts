import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fuzzRuns } from './runs.js';
import { tablePlanArbitrary } from './tables.js';
import { rowAssemblerTarget } from './targets.js';

describe('row assembler (property)', () => {
  test.prop([rowAssemblerTarget.arbitrary], { numRuns: fuzzRuns(150) })(
    'any well-formed table, however broken, spaced or glued, reads back to the same rows and total',
    async (plan) => {
      expect(await rowAssemblerTarget.check(plan)).toEqual([]);
    },
  );

  test('the generated tables exercise every way of printing a row', () => {
    const plans = fc.sample(tablePlanArbitrary, { numRuns: 200, seed: 1 });
    const rows = plans.flatMap((p) => p.tables.flatMap((t) => t.rows));
    const texts = plans.map((p) => p.text);
    expect(rows.some((r) => r.glued)).toBe(true);
    expect(rows.some((r) => r.lines.length > 1)).toBe(true);
    expect(rows.some((r) => r.lines.some((l) => l.trim() === ''))).toBe(true);
    expect(rows.some((r) => /\d\.\d{3}/.test(r.units.join(' ')))).toBe(true);
    expect(rows.some((r) => /^[A-D] [1-9]$/.test(r.units[0]!))).toBe(true);
    expect(rows.some((r) => r.values[2] === null)).toBe(true);
    expect(plans.some((p) => p.tables.some((t) => t.header.length > 1))).toBe(true);
    expect(plans.some((p) => p.tables.some((t) => t.total === null))).toBe(true);
    expect(texts.some((t) => /\t/.test(t))).toBe(true);
  });
});
