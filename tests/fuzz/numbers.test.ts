import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fuzzRuns } from './runs.js';
import { numberParserTarget } from './targets.js';

// Extends tests/normalize/numbers.test.ts (formatted values read back to the same value): any string,
// and printed numbers with currency, percent sign and trailing zeros, which must keep their digits.
describe('number parser (property)', () => {
  test.prop([numberParserTarget.arbitrary], { numRuns: fuzzRuns(1000) })(
    'never throws; reads canonical, exact values that keep their raw text and printed digits',
    async (value) => {
      expect(await numberParserTarget.check(value)).toEqual([]);
    },
  );
});
