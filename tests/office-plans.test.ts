import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSource, recordOf } from '../src/pipeline.js';
import type { Gold } from './generator/plan.js';
import { ROOT } from './helpers/cli.js';
import { differences } from './helpers/score.js';

// Complete plans of seven offices, with gold worked out apart from rendiconta (fixtures/offices/README.md).
const DIR = join(ROOT, 'fixtures/offices');
const PLANS = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('plans of seven offices', () => {
  it('are all there', () => {
    expect(PLANS).toHaveLength(7);
  });

  it.each(PLANS)('%s reads exactly as its gold: every value, every finding, no other', async (file) => {
    const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    const source = await extractSource({ path: file, format: 'text', bytes: new Uint8Array(readFileSync(join(DIR, file))) });
    expect(differences(recordOf(source), gold)).toEqual([]);
  });
});
