import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Library from '../src/index.js';
import { generatePlan } from './generator/plan.js';
import { ROOT, SEED, tempDir } from './helpers/cli.js';

// Worker threads load dist/ingest-worker.js: the built package is what runs them.
const { ingest, parseRateTable } = (await import(join(ROOT, 'dist/index.js'))) as typeof Library;

describe('reading in worker threads', () => {
  it('gives the same dataset, in the same order, as reading in turn', async () => {
    const dir = tempDir();
    for (let seed = 1; seed <= 12; seed++) writeFileSync(join(dir, `plan-${String(seed).padStart(2, '0')}.txt`), generatePlan({ seed }).text);
    writeFileSync(join(dir, 'plan-05b-empty.txt'), '');
    copyFileSync(SEED, join(dir, 'plan-06b-seed.txt'));
    copyFileSync(SEED, join(dir, 'plan-07b-seed-again.txt'));
    mkdirSync(join(dir, 'sub'));
    const options = { severity: { 'rate-outlier': 'info' as const }, rates: parseRateTable('D5,"22,08"\n') };
    const inTurn = await ingest([dir], options);
    const inParallel = await ingest([dir], { ...options, jobs: 3 });
    expect(inParallel).toEqual(inTurn);
    expect(inTurn.documents).toHaveLength(14);
    expect(inTurn.failures).toEqual([{ path: join(dir, 'plan-05b-empty.txt'), error: 'empty file' }]);
    expect(inTurn.documents.filter((d) => d.id.endsWith('-2'))).toHaveLength(1);
  });

  it('reads on the calling thread the inputs of a worker that runs out of memory', async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'a-seed.txt'));
    writeFileSync(join(dir, 'b-plan.txt'), generatePlan({ seed: 4 }).text);
    writeFileSync(join(dir, 'c-large.txt'), generatePlan({ seed: 3, projects: 400 }).text);
    writeFileSync(join(dir, 'd-plan.txt'), generatePlan({ seed: 5 }).text);
    const inTurn = await ingest([dir]);
    // 4 MB: no worker reads a plan (nor starts, at times). 16 MB: the small plans fit; the large
    // one, sent to a worker after a small one, does not, and that worker is replaced.
    for (const workerHeapMb of [4, 16]) expect(await ingest([dir], { jobs: 2, workerHeapMb })).toEqual(inTurn);
    expect(inTurn.documents).toHaveLength(4);
  });
});
