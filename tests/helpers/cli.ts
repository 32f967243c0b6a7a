import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_TEMP } from '../global-setup.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SEED = join(ROOT, 'fixtures/seed-2015/input.txt');
export const SHARED = join(ROOT, '../shared');

/** What a run of the built CLI printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …args` as a user would. */
export function runCli(args: string[], cwd = ROOT): CliRun {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary folder, under the test run's own (removed when the run ends) where there is one. */
export function tempDir(prefix = 'rendiconta-'): string {
  return mkdtempSync(join(process.env[TEST_TEMP] ?? tmpdir(), prefix));
}
