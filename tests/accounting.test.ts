import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFormat } from '../src/model.js';
import { extractSource, recordOf } from '../src/pipeline.js';
import { generatePlan } from './generator/plan.js';
import { provenanceProblems } from './fuzz/invariants.js';
import { accountTables } from './helpers/accounting.js';
import { readPlan, sourceOf } from './helpers/plans.js';

// Issue 6, "Nothing lost": every line inside every table region, from the header's first line to
// the last line the reader consumed, has exactly one role (row, header, total, noise, blank,
// unparsed), and every unparsed line is in the document's `unparsed` list with an
// `unparsed-line` finding.

const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'fixtures');
const FOREIGN = join(ROOT, '../shared/foreign');

function filesUnder(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}

/** PDF fixtures that must read (the manifest lists the ones that must fail with an error). */
function readablePdfs(): string[] {
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'pdf/manifest.json'), 'utf8')) as Array<{ file: string; error?: string }>;
  return manifest.filter((entry) => entry.error === undefined).map((entry) => join(FIXTURES, 'pdf', entry.file));
}

/** The accounting of a file's tables; its problems include rows whose raw text is not their lines' text. */
async function accountFile(path: string, format: SourceFormat) {
  const source = await extractSource({ path, format, bytes: readFileSync(path) });
  const record = recordOf(source);
  const accounting = accountTables(source, record);
  return { ...accounting, problems: [...accounting.problems, ...provenanceProblems(source, record, accounting.roles)] };
}

describe('every line of every table region is accounted for', () => {
  it('in the seed plan: 18 tables, every line from header to total', async () => {
    const accounting = await accountFile(join(FIXTURES, 'seed-2015/input.txt'), 'text');
    expect(accounting.problems).toEqual([]);
    expect(accounting.tables).toHaveLength(18);
    for (const table of accounting.tables) {
      const counted = Object.values(table.counts).reduce((a, b) => a + b, 0);
      expect(counted).toBe(table.last - table.first + 1);
      expect(table.counts.total).toBeGreaterThan(0);
    }
  });

  it.each(filesUnder(FIXTURES, '.txt').map((path) => [relative(ROOT, path), path]))('in the text fixture %s', async (_name, path) => {
    expect((await accountFile(path, 'text')).problems).toEqual([]);
  });

  it.each(filesUnder(FOREIGN, '.txt').map((path) => [relative(ROOT, path), path]))('in the foreign document %s', async (_name, path) => {
    expect((await accountFile(path, 'text')).problems).toEqual([]);
  });

  it.each(readablePdfs().map((path) => [relative(ROOT, path), path]))('in the PDF fixture %s', async (_name, path) => {
    expect((await accountFile(path, 'pdf')).problems).toEqual([]);
  });

  const SEEDS = Array.from({ length: 60 }, (_, i) => 7 + i * 53);
  it.each(SEEDS)('in generated plan %i', (seed) => {
    const source = sourceOf(generatePlan({ seed }).text);
    const record = recordOf(source);
    const accounting = accountTables(source, record);
    expect(accounting.problems).toEqual([]);
    expect(provenanceProblems(source, record, accounting.roles)).toEqual([]);
    expect(accounting.tables.length).toBeGreaterThan(0);
  });
});

describe('the accounting helper', () => {
  const HEADER = 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO';
  const plan = (...table: string[]) => ['Progetto N° 1 - A', '', 'Quinta condizione', HEADER, ...table, 'Sesta condizione: (b)', 'testo'].join('\n');

  it('counts each role once, from the header to the last line read', () => {
    const text = plan('', 'D3 20,30 100 2030,00 20 406', 'Pag. 3', 'vedi la nota', 'C3 17,10', '', '200 3420,00 20 684', 'Totale 1090', 'Testo dopo la tabella.');
    const accounting = accountTables(sourceOf(text), readPlan(text));
    expect(accounting.problems).toEqual([]);
    expect(accounting.tables).toEqual([
      { project: 1, first: 4, last: 12, counts: { header: 1, blank: 2, row: 3, noise: 1, unparsed: 1, total: 1 } },
    ]);
    expect(accounting.unparsedLines).toEqual([8]);
  });

  it('reports an unparsed line missing from the document or without its finding', () => {
    const text = plan('D3 20,30 100 2030,00 20 406', 'vedi la nota', 'C3 17,10 200 3420,00 20 684', 'Totale 1090');
    const document = readPlan(text);
    const stripped = { ...document, unparsed: [], discrepancies: document.discrepancies.filter((d) => d.rule !== 'unparsed-line') };
    expect(accountTables(sourceOf(text), stripped).problems).toEqual([
      'line 6 "vedi la nota" is unparsed but not in the document\'s unparsed list',
      'line 6 "vedi la nota" is unparsed but has no unparsed-line finding',
    ]);
  });
});
