import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/cli.js';

const SCAN = join(ROOT, 'fixtures/pdf/image-only.pdf');

/**
 * Runs a library user's script in a process of its own, which prints whether the scan was read by
 * OCR: it must end by itself, having printed "true" and nothing on stderr (killed, its status is null).
 */
function expectScanReadAndExit(source: string): void {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout.trim()).toBe('true');
}

describe('OCR through the library', () => {
  it('leaves no engine behind after a scanned PDF read on its own: the process ends', () => {
    expectScanReadAndExit(
      `import { readFileSync } from 'node:fs';
       import { extractSource } from './dist/index.js';
       const source = await extractSource({ path: 'scan.pdf', format: 'pdf', bytes: readFileSync(${JSON.stringify(SCAN)}) });
       console.log(source.lines.some((l) => l.ocr !== undefined));`,
    );
  }, 120_000);

  it('does not close the engine under a scanned PDF read on its own when a run ends meanwhile', () => {
    expectScanReadAndExit(
      `import { readFileSync } from 'node:fs';
       import { extractSource, ingest } from './dist/index.js';
       const reading = extractSource({ path: 'scan.pdf', format: 'pdf', bytes: readFileSync(${JSON.stringify(SCAN)}) });
       // Reading the scan starts the engine: a run that ends while the page is being read.
       await new Promise((resolve) => setTimeout(resolve, 1_500));
       await ingest([${JSON.stringify(SEED)}]);
       const source = await reading;
       console.log(source.lines.some((l) => l.ocr !== undefined));`,
    );
  }, 120_000);
});
