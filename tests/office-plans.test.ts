import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSource, recordOf } from '../src/pipeline.js';
import type { Gold } from './generator/plan.js';
import { ROOT } from './helpers/cli.js';
import { differences } from './helpers/score.js';

// Complete plans of other offices and years, with gold worked out apart from rendiconta
// (fixtures/offices/README.md): texts, pdftotext -layout output of PDFs, and two of those PDFs;
// the plans of the red team (fixtures/red-team/README.md), texts and PDFs; and small plans of
// numbers printed otherwise (fixtures/numbers/README.md) and of heading forms (fixtures/headings/README.md).
const plansIn = (folder: string) => {
  const dir = join(ROOT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.pdf'))
    .sort()
    .map((file) => ({ dir, file }));
};
const OFFICES = plansIn('fixtures/offices');
const RED_TEAM = plansIn('fixtures/red-team');
const NUMBERS = plansIn('fixtures/numbers');
const HEADINGS = plansIn('fixtures/headings');
/** A plan's gold: "p03.pdf" and its text "p03.layout.txt" share "p03.gold.json". */
const goldOf = ({ dir, file }: { dir: string; file: string }) =>
  JSON.parse(readFileSync(join(dir, file.replace(/(?:\.layout)?\.(?:txt|pdf)$/, '.gold.json')), 'utf8')) as Gold;

describe('plans of other offices and years', () => {
  it('are all there, each with its gold', () => {
    expect(OFFICES.filter((p) => p.file.endsWith('.txt'))).toHaveLength(14);
    expect(OFFICES.filter((p) => p.file.endsWith('.pdf'))).toHaveLength(2);
    expect(RED_TEAM).toHaveLength(1876);
    expect(NUMBERS).toHaveLength(2);
    expect(HEADINGS).toHaveLength(2);
    for (const plan of [...OFFICES, ...RED_TEAM, ...NUMBERS, ...HEADINGS]) expect(goldOf(plan).projects.length).toBeGreaterThan(0);
  });

  it.each([...OFFICES, ...RED_TEAM, ...NUMBERS, ...HEADINGS].map((plan) => [plan.file, plan] as const))('%s reads exactly as its gold: every value, every finding, no other', async (_, plan) => {
    const format = plan.file.endsWith('.pdf') ? 'pdf' : 'text';
    const source = await extractSource({ path: plan.file, format, bytes: new Uint8Array(readFileSync(join(plan.dir, plan.file))) }, { ocr: 'never' });
    expect(differences(recordOf(source), goldOf(plan))).toEqual([]);
  }, 30_000);
});
