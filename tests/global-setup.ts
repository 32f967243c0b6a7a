import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The variable naming the folder under which the test files make their temporary folders. */
export const TEST_TEMP = 'RENDICONTA_TEST_TEMP';

/**
 * Builds dist/ once, so that the CLI tests run the code as it is now, and gives the run one
 * temporary folder that is removed when it ends: a run writes over a gigabyte of inputs and outputs.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const root = mkdtempSync(join(tmpdir(), 'rendiconta-tests-'));
  process.env[TEST_TEMP] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
