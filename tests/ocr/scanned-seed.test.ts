import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OCR_CONFIDENCE_THRESHOLD } from '../../src/normalize/ocr-row.js';
import { DatasetSchema, type DocumentRecord } from '../../src/schema.js';
import { ROOT, runCli, SHARED, tempDir } from '../helpers/cli.js';
import { differences } from '../helpers/score.js';
import type { Gold } from '../generator/plan.js';
// @ts-expect-error: a plain ES module of the scripts folder, without type declarations.
import { simulateScan } from '../../scripts/scan/simulate-scan.mjs';

const gold: Gold = JSON.parse(readFileSync(join(SHARED, 'gold/seed-2015.gold.json'), 'utf8'));

/**
 * The seed plan printed with ruled tables, then "scanned" (grey, 200 DPI, skewed up to 1°, noise,
 * blur, JPEG at quality 50) into a PDF of 33 page images without any text, read through the CLI.
 */
describe('the scanned seed plan, read by OCR', () => {
  let document: DocumentRecord;
  let status: number | null;
  let report: string;

  beforeAll(async () => {
    const dir = tempDir();
    const { pdf } = (await simulateScan(readFileSync(join(ROOT, 'fixtures/pdf/seed-ruled.pdf')), { seed: 1 })) as { pdf: Buffer };
    writeFileSync(join(dir, 'scan.pdf'), pdf);
    const run = runCli(['ingest', join(dir, 'scan.pdf'), '--out', join(dir, 'out'), '--quiet']);
    status = run.status;
    const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(dir, 'out', 'dataset.json'), 'utf8')));
    expect(dataset.failures).toEqual([]);
    document = dataset.documents[0]!;
    report = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
  }, 900_000);

  it('finds the 18 projects, every row with its page and its OCR confidence', () => {
    expect(status).toBe(0);
    expect(document.projects.map((p) => p.number)).toEqual(gold.projects.map((p) => p.number));
    const rows = document.projects.flatMap((p) => p.staff);
    expect(rows.every((r) => r.source.page !== null && r.ocr !== undefined && r.ocr.minConfidence >= 0 && r.ocr.minConfidence <= 1)).toBe(true);
  });

  it('reads at least 148 of the 151 rows exactly, and marks every other one with a repair or a finding', () => {
    const found = differences(document, gold);
    const wrongRows = found
      .map((d) => /^project (\d+) row (\d+): /.exec(d))
      .filter((m) => m !== null)
      .map((m) => ({ project: Number(m[1]), row: Number(m[2]) }));
    // A row left out of a table: it must be an unparsed line of that project.
    for (const [, project, read, want] of found.map((d) => /^project (\d+): (\d+) rows want (\d+)/.exec(d)).filter((m) => m !== null)) {
      for (let row = Number(read) + 1; row <= Number(want); row++) wrongRows.push({ project: Number(project), row });
    }
    expect(gold.projects.reduce((n, p) => n + p.staff.length, 0) - wrongRows.length).toBeGreaterThanOrEqual(148);
    for (const { project, row } of wrongRows) {
      const staffRow = document.projects.find((p) => p.number === project)?.staff[row - 1];
      const marked =
        (staffRow?.repairs.length ?? 0) > 0 || document.discrepancies.some((d) => d.project === project && (d.row === row || d.row === null));
      expect(marked, `project ${project} row ${row} is wrong and unmarked`).toBe(true);
    }
  });

  it('records each correction of what OCR read as a repair that quotes it', () => {
    const corrections = document.projects.flatMap((p) => p.staff.flatMap((r) => r.repairs)).filter((r) => r.kind === 'ocr-corrected');
    for (const repair of corrections) expect(repair.detail).toMatch(/^(OCR read "[^"]+", taken as the grade code [A-D][1-9]|.+ read by OCR as "[^"]+", taken as .+)$/);
  });

  it('lists in the report every row OCR read with low confidence', () => {
    const unsure = document.projects.flatMap((p) => p.staff.filter((r) => r.ocr!.minConfidence < OCR_CONFIDENCE_THRESHOLD));
    const listed = /<table class="ocr-unsure">.*?<\/table>/s.exec(report)?.[0] ?? '';
    expect(listed.match(/<tr data-project=/g) ?? []).toHaveLength(unsure.length);
  });
});
