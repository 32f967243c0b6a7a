import { describe, expect, it } from 'vitest';
import { generatePlan, INJECTABLE_RULES, NUMBERED_HEADING_FORMS } from './generator/plan.js';
import { readPlan } from './helpers/plans.js';
import { differences } from './helpers/score.js';

// Synthetic plans in layouts the seed does not have, each with injected errors and known truth.
// `npx tsx scripts/generate-plans.ts` writes the same plans to disk for scoring with score.mjs.
const SEEDS = Array.from({ length: 120 }, (_, i) => 1 + i * 37);

describe('generated plans with known truth', () => {
  it.each(SEEDS)('seed %i reads exactly: every value, every injected error, no other finding', (seed) => {
    const { text, gold } = generatePlan({ seed });
    expect(differences(readPlan(text), gold)).toEqual([]);
  });

  it.each(NUMBERED_HEADING_FORMS)('reads plans whose headings are a number and a title alone, %j, exactly', (heading) => {
    for (const seed of SEEDS.slice(0, 20)) {
      const { text, gold } = generatePlan({ seed, layout: { heading } });
      expect(differences(readPlan(text), gold), `seed ${seed}`).toEqual([]);
    }
  });

  it('finds every kind of injected error when all are allowed', () => {
    const found = new Set<string>();
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const { text, gold } = generatePlan({ seed, projects: 12, errors: INJECTABLE_RULES });
      const document = readPlan(text);
      expect(differences(document, gold)).toEqual([]);
      for (const d of document.discrepancies) found.add(d.rule);
    }
    expect([...found].sort()).toEqual([...INJECTABLE_RULES].sort());
  });

  it('raises nothing on clean plans', () => {
    for (const seed of [21, 22, 23, 24, 25]) {
      const { text, gold } = generatePlan({ seed, projects: 10, errors: [] });
      const document = readPlan(text);
      expect(differences(document, gold)).toEqual([]);
      expect(document.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
    }
  });
});
