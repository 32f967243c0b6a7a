import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSource, recordOf } from '../src/pipeline.js';
import type { Gold } from './generator/plan.js';
import { ROOT } from './helpers/cli.js';
import { differences } from './helpers/score.js';

// Complete plans of other offices and years, with gold worked out apart from rendiconta
// (fixtures/offices/README.md): texts, pdftotext -layout output of PDFs, and two of those PDFs.
const DIR = join(ROOT, 'fixtures/offices');
const PLANS = readdirSync(DIR).filter((f) => f.endsWith('.txt') || f.endsWith('.pdf')).sort();
const goldOf = (file: string) => JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|pdf)$/, '.gold.json')), 'utf8')) as Gold;

describe('plans of other offices and years', () => {
  it('are all there, each with its gold', () => {
    expect(PLANS.filter((f) => f.endsWith('.txt'))).toHaveLength(14);
    expect(PLANS.filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    for (const file of PLANS) expect(goldOf(file).projects.length).toBeGreaterThan(0);
  });

  it.each(PLANS)('%s reads exactly as its gold: every value, every finding, no other', async (file) => {
    const format = file.endsWith('.pdf') ? 'pdf' : 'text';
    const source = await extractSource({ path: file, format, bytes: new Uint8Array(readFileSync(join(DIR, file))) }, { ocr: 'never' });
    expect(differences(recordOf(source), goldOf(file))).toEqual([]);
  }, 30_000);
});
