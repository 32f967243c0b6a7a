import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, type DocumentRecord } from '../../src/schema.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
// @ts-expect-error: a plain ES module of the scripts folder, without type declarations.
import { simulateScan } from '../../scripts/scan/simulate-scan.mjs';

/** What a document's tables read: each project's number, its printed total and its rows' values. */
function tablesOf(document: DocumentRecord): unknown[] {
  return document.projects.map((p) => [p.number, p.printedTotal, p.staff.map((r) => [r.hourlyCost, r.hours, r.product, r.percentage, r.result])]);
}

function gradesOf(document: DocumentRecord): Array<string | null> {
  return document.projects.flatMap((p) => p.staff.map((r) => r.grade));
}

/**
 * The seed's pages 2 and 3 (project 2, its table of 29 rows going on from one page to the next)
 * scanned as fed into the scanner: the right way up, and the first upside down, the second sideways.
 */
describe('pages scanned upside down or sideways', () => {
  it('are read turned the right way up, as the same pages scanned upright are', async () => {
    const dir = tempDir();
    const seed = readFileSync(join(ROOT, 'fixtures/pdf/seed-ruled.pdf'));
    for (const [name, turns] of [['upright', {}], ['turned', { 2: 180, 3: 90 }]] as const) {
      const { pdf } = (await simulateScan(seed, { seed: 1, pages: [2, 3], turns })) as { pdf: Buffer };
      writeFileSync(join(dir, `${name}.pdf`), pdf);
    }
    const run = runCli(['ingest', join(dir, 'upright.pdf'), join(dir, 'turned.pdf'), '--out', join(dir, 'out'), '--quiet']);
    expect(run.status).toBe(0);
    const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(dir, 'out', 'dataset.json'), 'utf8')));
    const [upright, turned] = ['upright.pdf', 'turned.pdf'].map((file) => dataset.documents.find((d) => d.source.path.endsWith(file))!);
    expect(upright!.projects.map((p) => [p.number, p.staff.length])).toEqual([[2, 29]]);
    expect(tablesOf(turned!)).toEqual(tablesOf(upright!));
    // A grade's letter and digit are small: OCR may read one of them otherwise on another image of the page ("BS" for B5).
    const [turnedGrades, uprightGrades] = [gradesOf(turned!), gradesOf(upright!)];
    expect(turnedGrades.filter((grade, i) => grade !== uprightGrades[i]).length).toBeLessThanOrEqual(2);
  }, 300_000);
});
