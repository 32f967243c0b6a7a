import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { OutputFolder } from '../../src/write/output-folder.js';
import { ROOT, runCli, SEED, tempDir } from '../helpers/cli.js';

const getDocument = vi.hoisted(() => ({ options: [] as Array<Record<string, unknown>> }));

vi.mock('pdfjs-dist/legacy/build/pdf.min.mjs', async (importOriginal) => {
  const pdfjs = await importOriginal<typeof import('pdfjs-dist/legacy/build/pdf.min.mjs')>();
  return {
    ...pdfjs,
    getDocument: (options: Record<string, unknown>) => {
      getDocument.options.push(options);
      return pdfjs.getDocument(options as Parameters<typeof pdfjs.getDocument>[0]);
    },
  };
});

describe('what a file can make rendiconta do', () => {
  it('opens PDFs with eval off and without fetching fonts or anything else', async () => {
    const { readPdf } = await import('../../src/extract/pdf.js');
    const pdf = await readPdf(readFileSync(join(ROOT, 'fixtures/pdf/two-tables.pdf')), 'two-tables.pdf');
    await pdf.close();
    expect(getDocument.options).toHaveLength(1);
    expect(getDocument.options[0]).toMatchObject({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false });
    expect(getDocument.options[0]).not.toHaveProperty('url');
    expect(getDocument.options[0]).not.toHaveProperty('standardFontDataUrl');
    expect(getDocument.options[0]).not.toHaveProperty('cMapUrl');
  });

  it('writes only the fixed output files inside --out, whatever the inputs are called', () => {
    const dir = tempDir();
    const inputs = join(dir, 'in', '..', 'in');
    mkdirSync(join(dir, 'in'));
    for (const name of ['..%2f..%2fescape.txt', '-rf.txt', '=cmd.txt', 'dataset.json.txt', 'a\nb.txt']) {
      writeFileSync(join(dir, 'in', name), readFileSync(SEED));
    }
    const run = runCli(['ingest', inputs, '--out', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
    expect(readdirSync(join(dir, 'in')).length).toBe(5);
    expect(readdirSync(join(dir, 'out')).every((f) => !f.includes('escape') && !f.startsWith('.'))).toBe(true);
  });

  it('refuses output names that would leave the output folder', async () => {
    const folder = await OutputFolder.prepare(join(tempDir(), 'out'));
    expect(() => folder.file('../x.json')).toThrow(/not a plain name/);
    expect(() => folder.file('/etc/passwd')).toThrow(/not a plain name/);
    expect(folder.file('dataset.json').startsWith(folder.temporary)).toBe(true);
    await folder.discard();
  });

  it('never modifies its inputs', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.txt'), readFileSync(SEED));
    const before = readFileSync(join(dir, 'plan.txt'));
    runCli(['ingest', join(dir, 'plan.txt'), '--out', join(dir, 'out')]);
    expect(readFileSync(join(dir, 'plan.txt'))).toEqual(before);
  });
});
