import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SEED, tempDir } from '../helpers/cli.js';

const SCAN = join(ROOT, 'fixtures/pdf/image-only.pdf');

describe('OCR through the command line', () => {
  it('reads a scanned page the same in worker threads as in one thread, and exits when done', () => {
    const dir = tempDir();
    const outputs = [1, 2].map((jobs) => {
      const run = runCli(['ingest', SCAN, SEED, '--out', join(dir, `jobs-${jobs}`), '--jobs', String(jobs), '--quiet']);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      return readFileSync(join(dir, `jobs-${jobs}`, 'dataset.json'), 'utf8');
    });
    expect(outputs[1]).toBe(outputs[0]);
    const scanned = JSON.parse(outputs[0]!).documents[0];
    expect(scanned.projects.map((p: { number: number }) => p.number)).toEqual([4, 5]);
    expect(scanned.projects.flatMap((p: { staff: Array<{ ocr?: unknown }> }) => p.staff).every((r: { ocr?: unknown }) => r.ocr !== undefined)).toBe(true);
  }, 120_000);

  it('refuses an unknown --ocr mode as a usage error', () => {
    const run = runCli(['ingest', SCAN, '--ocr', 'sometimes', '--out', join(tempDir(), 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--ocr takes auto, always or never, not "sometimes"');
  });

  it('reads every page by OCR under --ocr always, a PDF with a text layer too', () => {
    const dir = tempDir();
    const run = runCli(['ingest', join(ROOT, 'fixtures/pdf/two-tables.pdf'), '--ocr', 'always', '--out', dir, '--quiet']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')).documents[0].projects.flatMap((p: { staff: unknown[] }) => p.staff);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { ocr?: { minConfidence: number } }) => r.ocr !== undefined)).toBe(true);
  }, 120_000);
});
