import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/schema.js';
import { checkPipeline } from './invariants.js';
import { caseBytes, mutationCases, type Encoding, type LineEnd, type MutationCase } from './mutations.js';
import { fuzzRuns } from './runs.js';

const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'windows-1252'];
const LINE_ENDS: LineEnd[] = ['lf', 'crlf', 'cr', 'mixed'];
const SEED: MutationCase = { base: { kind: 'seed' }, lines: [], chars: [], lineEnd: 'lf', encoding: 'utf-8', bytes: [] };

/** What a document's figures are, leaving out text that an encoding may not hold (the seed has a '�'). */
function figures(record: DocumentRecord | null): unknown {
  return {
    projects: record?.projects.map((p) => ({
      number: p.number,
      source: p.source,
      amounts: [p.declaredAmount, p.printedTotal, p.computedTotal],
      staff: p.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result, r.raw, r.source]),
    })),
    findings: record?.discrepancies.map((d) => [d.rule, d.project, d.row, d.printed, d.expected, d.source]),
    unparsed: record?.unparsed.map((u) => [u.line, u.text]),
  };
}

// The whole text pipeline under mutation. `npm run fuzz` runs the same property for 10,000+ cases
// and groups the failures by kind (scripts/fuzz.ts).
describe('text pipeline under mutation (property)', () => {
  // Long lines of at most 2,000 characters here: see `slow` in the report of `npm run fuzz` for longer ones.
  test.prop([mutationCases({ longestLine: 2_000 })], { numRuns: fuzzRuns(60) })(
    'no exception escapes, the document validates, decimals are canonical, every table line is accounted for',
    async (c) => {
      const { violations } = await checkPipeline(caseBytes(c));
      expect(violations).toEqual([]);
    },
  );

  it.each(ENCODINGS.flatMap((encoding) => LINE_ENDS.map((lineEnd) => [encoding, lineEnd] as const)))(
    'the seed in %s with %s line ends reads as in UTF-8 with LF',
    async (encoding, lineEnd) => {
      const reference = await checkPipeline(caseBytes(SEED));
      const { record, violations } = await checkPipeline(caseBytes({ ...SEED, encoding, lineEnd }));
      expect(violations).toEqual([]);
      expect(figures(record)).toEqual(figures(reference.record));
    },
  );
});
