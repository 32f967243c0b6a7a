import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWithCache } from '../src/code-cache.js';
import { ROOT, SEED, tempDir } from './helpers/cli.js';

const DIST = join(ROOT, 'dist');

/** Runs the CLI of `root`/dist on the seed; returns its dataset. */
function runCli(root: string): { status: number | null; stderr: string; dataset: string } {
  const out = join(tempDir(), 'out');
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'ingest', SEED, '--out', out, '--quiet'], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, dataset: run.status === 0 ? readFileSync(join(out, 'dataset.json'), 'utf8') : '' };
}

describe('the CLI’s code cache', () => {
  it('is run by code that imports packages through importPackage: code from a cache cannot call import() on Node 20', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    // The launcher, importPackage itself, and the PDF parser thread's script (run in a thread of its own).
    const allowed = ['cli-launcher.ts', 'import-package.ts', join('extract', 'pdf-thread.ts')];
    const importers = sources.filter((f) => /(?:await|=>|return)\s+import\(\s*['"`](?!\.)/.test(readFileSync(join(ROOT, 'src', f), 'utf8')));
    expect(importers.filter((f) => !allowed.includes(f))).toEqual([]);
  });

  it('is made by the build and taken by this Node', () => {
    const bundle = compileWithCache(join(DIST, 'cli-body.cjs'), join(DIST, 'cli-body.cache'));
    expect(bundle.fromCache).toBe(true);
  });

  it('is not needed: without it, or with a damaged one, the CLI compiles from source and writes the same dataset', () => {
    const reference = runCli(ROOT);
    expect(reference.status).toBe(0);
    for (const damage of ['missing', 'damaged'] as const) {
      const dir = tempDir();
      cpSync(DIST, join(dir, 'dist'), { recursive: true });
      writeFileSync(join(dir, 'package.json'), readFileSync(join(ROOT, 'package.json')));
      const cache = join(dir, 'dist/cli-body.cache');
      if (damage === 'missing') rmSync(cache);
      else writeFileSync(cache, readFileSync(cache).map((byte, i) => (i % 7 === 3 ? byte ^ 0xff : byte)));
      expect(compileWithCache(join(dir, 'dist/cli-body.cjs'), cache).fromCache).toBe(false);
      const copy = runCli(dir);
      expect(copy.stderr).toBe('');
      expect(copy.status).toBe(0);
      expect(copy.dataset).toBe(reference.dataset);
    }
  });
});
