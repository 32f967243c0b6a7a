import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UnreadableInputError } from '../../src/errors.js';
import type { NoiseLine } from '../../src/extract/layout.js';
import { isReadableText, pdfToSourceDocument, readPdfSource } from '../../src/extract/pdf-source.js';
import type { OcrMode, PdfSource } from '../../src/extract/pdf-source.js';
import { closeSharedOcr } from '../../src/extract/ocr/engine.js';
import { readPdf } from '../../src/extract/pdf.js';
import { stopPdfParser } from '../../src/extract/pdf-thread.js';
import { ingest } from '../../src/ingest.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'fixtures/pdf');
const SEED = join(ROOT, '../shared/seed/000_9bdcab64195021cb.txt');
const GOLD = join(ROOT, '../shared/gold/seed-2015.gold.json');

/** What scripts/make-pdf-fixtures.mjs says each fixture must read back as. */
interface FixtureEntry {
  file: string;
  description: string;
  staffRows?: string[];
  noise?: string[];
  lines?: string[];
  title?: string;
  /** Text printed on the page that must not come out as a line (a stamp up the margin). */
  absent?: string[];
  pages?: number;
  error?: string;
}

interface GoldRow {
  grade: string;
  hourlyCost: string | null;
  hours: string | null;
  product: string | null;
  percentage: string | null;
  result: string | null;
}

const manifest: FixtureEntry[] = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'));
const entry = (file: string): FixtureEntry => {
  const found = manifest.find((e) => e.file === file);
  if (!found) throw new Error(`${file} is not in fixtures/pdf/manifest.json`);
  return found;
};
const tokens = (text: string): string => text.trim().split(/\s+/).join(' ');
const read = (file: string, ocr: OcrMode = 'auto'): Promise<PdfSource> =>
  readPdfSource(readFileSync(join(FIXTURES, file)), `fixtures/pdf/${file}`, 'test', 'sha', { ocr });

// A scanned fixture starts the OCR engine, whose worker threads must not outlive the tests.
afterAll(closeSharedOcr);

/** Index of each expected row among the lines, in order; -1 where a row is missing. */
function rowLines(source: PdfSource, rows: string[]): number[] {
  const lines = source.document.lines;
  let from = 0;
  return rows.map((row) => {
    const index = lines.findIndex((line, i) => i >= from && tokens(line.text) === row);
    if (index !== -1) from = index + 1;
    return index;
  });
}

/** An Italian number as printed → its value, for comparing fixture rows with the gold. */
function valueOf(printed: string): number {
  let s = printed.replace('%', '');
  if (s.includes(',')) s = s.replaceAll('.', '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replaceAll('.', '');
  return Number(s);
}

describe('fixtures/pdf', () => {
  it('has a manifest entry for every PDF, and every PDF is well under 1 MB', () => {
    const pdfs = readdirSync(FIXTURES).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual(manifest.map((e) => e.file).sort());
    for (const pdf of pdfs) expect(readFileSync(join(FIXTURES, pdf)).length, pdf).toBeLessThan(512 * 1024);
  });

  it('prints the seed’s staff rows as the gold reads them, and every whole row of the seed text as written', () => {
    const gold: { projects: { staff: GoldRow[] }[] } = JSON.parse(readFileSync(GOLD, 'utf8'));
    const goldRows = gold.projects.flatMap((p) => p.staff);
    const printed = entry('seed-ruled.pdf').staffRows ?? [];
    expect(printed).toHaveLength(151);
    printed.forEach((row, i) => {
      const expected = goldRows[i] as GoldRow;
      const cells = row.split(' ');
      const grade = cells.slice(0, cells.length - [expected.hourlyCost, expected.hours, expected.product, expected.percentage, expected.result].filter((v) => v !== null).length);
      expect(grade.join(''), row).toBe(expected.grade);
      const values = cells.slice(grade.length).map(valueOf);
      const wanted = [expected.hourlyCost, expected.hours, expected.product, expected.percentage, expected.result].filter((v) => v !== null).map(Number);
      expect(values, row).toEqual(wanted);
    });
    const wholeRows = readFileSync(SEED, 'utf8')
      .split(/\r?\n/)
      .map(tokens)
      .filter((line) => /^[A-D]\d( \d[\d.,]*%?){5}$/.test(line));
    expect(wholeRows.length).toBeGreaterThan(100);
    for (const row of wholeRows) expect(printed, row).toContain(row);
  });
});

describe.each(['seed-ruled.pdf', 'seed-borderless.pdf'])('the seed plan printed to PDF: %s', (file) => {
  let source: PdfSource;
  beforeAll(async () => {
    source = await read(file);
  });

  it('rebuilds every staff row as one line, its cells the text’s tokens, in order', () => {
    const rows = entry(file).staffRows ?? [];
    const found = rowLines(source, rows);
    expect(rows.filter((_, i) => found[i] === -1)).toEqual([]);
    expect(tokens('D2  18,56 350 6496,00  20 1299,2')).toBe(rows[0]);
  });

  it('gives every line its page and numbers the lines 1.. in reading order', () => {
    const { document } = source;
    expect(document).toMatchObject({ format: 'pdf', encoding: 'pdf', pages: 33, id: 'test', sha256: 'sha' });
    document.lines.forEach((line, i) => {
      expect(line.line).toBe(i + 1);
      expect(line.page).toBeGreaterThanOrEqual(i === 0 ? 1 : (document.lines[i - 1]?.page ?? 1));
      expect(line.page).toBeLessThanOrEqual(33);
    });
    expect(new Set(document.lines.map((l) => l.page)).size).toBe(33);
  });

  it('keeps every line of prose of the seed text, word for word', () => {
    const lines = new Set(source.document.lines.map((l) => l.text));
    // Pieces of the seed's tables as its text broke them: headers over lines, rows over lines.
    const tableFragment = /PERSONALE|ORARIO|PRODOTTO PERCENTUALE|^(TOTALE|ORE|Totale)$|^[A-D] ?\d\b|^[\d.,% ]+$/;
    const prose = readFileSync(SEED, 'utf8')
      .split(/\r?\n/)
      .map(tokens)
      .filter((line) => line !== '' && !tableFragment.test(line));
    expect(prose.length).toBeGreaterThan(1500);
    expect(prose.filter((line) => !lines.has(line))).toEqual([]);
  });

  it('takes out the running header and the page number of every page, and accounts for them', () => {
    const [running] = entry(file).noise ?? [];
    const byReason = (reason: NoiseLine['reason']) => source.noise.filter((n) => n.reason === reason);
    expect(byReason('running-header').map((n) => n.text)).toEqual(Array(33).fill(running));
    expect(byReason('page-number').map((n) => n.page)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    for (const line of source.document.lines) {
      expect(line.text).not.toBe(running);
      expect(line.text).not.toMatch(/^(Pagina \d+ di \d+|\d+)$/);
    }
  });
});

describe('other layouts', () => {
  it.each(manifest.filter((e) => e.staffRows !== undefined && !e.file.startsWith('seed-')).map((e) => [e.file, e] as const))(
    '%s: every staff row on a line of its own, in order',
    async (file, expected) => {
      const source = await read(file);
      if (expected.pages !== undefined) expect(source.document.pages).toBe(expected.pages);
      expect(source.document.lines.every((line) => line.page !== null && line.page >= 1)).toBe(true);
      const rows = expected.staffRows ?? [];
      const found = rowLines(source, rows);
      // The untagged narrow table may leave a pair of cells glued where no place to cut is certain.
      const allowed = file === 'narrow-columns-untagged.pdf' ? 2 : 0;
      expect(rows.filter((_, i) => found[i] === -1).length).toBeLessThanOrEqual(allowed);
    },
  );

  it('reads a table broken over a page as rows on both pages, its repeated header taken out', async () => {
    const source = await read('table-across-pages.pdf');
    const rows = entry('table-across-pages.pdf').staffRows ?? [];
    const found = rowLines(source, rows);
    expect(found).not.toContain(-1);
    const pages = found.map((i) => source.document.lines[i]?.page);
    expect(new Set(pages).size).toBe(2);
    const headers = source.document.lines.filter((l) => l.text.startsWith('PERSONALE COSTO ORARIO'));
    expect(headers).toHaveLength(1);
    expect(source.noise.filter((n) => n.reason === 'repeated-table-header')).toEqual([
      { page: pages.at(-1), text: headers[0]?.text, reason: 'repeated-table-header' },
    ]);
  });

  it('keeps every word of a title wrapped over several lines, in order, and leaves out a stamp up the margin', async () => {
    const source = await read('long-title.pdf');
    const text = source.document.lines.map((l) => l.text).join(' ');
    expect(text).toContain(entry('long-title.pdf').title);
    for (const absent of entry('long-title.pdf').absent ?? []) expect(text).not.toContain(absent.split(' ')[1]);
    expect(rowLines(source, entry('long-title.pdf').staffRows ?? [])).not.toContain(-1);
  });

  it('cuts cells that pdfjs glued into one item at the column edges, and never inside a cell', async () => {
    const source = await read('narrow-columns-untagged.pdf');
    const rows = entry('narrow-columns-untagged.pdf').staffRows ?? [];
    const exact = rowLines(source, rows).filter((i) => i !== -1).length;
    expect(exact).toBeGreaterThanOrEqual(rows.length - 2);
    // Wherever a row is not exact, its tokens may only be cells still glued together.
    const lines = source.document.lines.map((l) => l.text);
    for (const row of rows) {
      const line = lines.find((l) => l.replace(/ /g, '') === row.replace(/ /g, ''));
      expect(line, row).toBeDefined();
      const cells = row.split(' ');
      let next = 0;
      for (const token of (line ?? '').split(' ')) {
        const end = cells.findIndex((_, j) => j >= next && cells.slice(next, j + 1).join('') === token);
        expect(end, `"${token}" is whole cells of "${row}"`).not.toBe(-1);
        next = end + 1;
      }
    }
  });

  it('rebuilds words drawn one glyph per item, per-character spans and wide tracking alike', async () => {
    const source = await read('glyph-items.pdf');
    const expected = entry('glyph-items.pdf');
    const lines = source.document.lines.map((l) => l.text);
    for (const line of expected.lines ?? []) expect(lines).toContain(line);
    expect(rowLines(source, expected.staffRows ?? [])).not.toContain(-1);
  });

  it('takes out a page number at the foot of a single page', async () => {
    const source = await read('two-tables.pdf');
    expect(source.noise).toEqual([{ page: 1, text: '1', reason: 'page-number' }]);
  });
});

describe('inputs that cannot be read', () => {
  it.each(manifest.filter((e) => e.error !== undefined).map((e) => [e.file, e.error] as const))(
    '%s fails with "%s" (without OCR)',
    async (file, message) => {
      const failure = read(file, 'never');
      await expect(failure).rejects.toBeInstanceOf(UnreadableInputError);
      await expect(failure).rejects.toMatchObject({ message });
    },
  );

  it.each([
    ['an empty file', new Uint8Array(), 'empty file: there is no PDF to read'],
    ['text named .pdf', new TextEncoder().encode('PROGETTO DI MIGLIORAMENTO DEI SERVIZI\n'), 'not a PDF: the file has no %PDF- header'],
  ])('%s fails with one line', async (_name, bytes, message) => {
    const failure = pdfToSourceDocument(bytes, 'x.pdf', 'id', 'sha');
    await expect(failure).rejects.toBeInstanceOf(UnreadableInputError);
    await expect(failure).rejects.toMatchObject({ message });
  });

  it('names a PDF whose structure pdfjs cannot rebuild as damaged, in one line', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\nstartxref\n999999\n%%EOF\n`);
    const failure = pdfToSourceDocument(bytes, 'x.pdf', 'id', 'sha');
    await expect(failure).rejects.toBeInstanceOf(UnreadableInputError);
    await expect(failure).rejects.toMatchObject({ message: expect.stringMatching(/^damaged PDF: [^\n]+$/) });
  });
});

describe('reading', () => {
  it('prints nothing to the console, and leaves the caller’s bytes whole', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const writes = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
    try {
      const bytes = readFileSync(join(FIXTURES, 'narrow-columns-untagged.pdf'));
      const length = bytes.length;
      await pdfToSourceDocument(bytes, 'x.pdf', 'id', 'sha');
      await read('image-only.pdf').catch(() => undefined);
      await read('encrypted.pdf').catch(() => undefined);
      expect(bytes.length).toBe(length);
      for (const spy of [...spies, ...writes]) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of [...spies, ...writes]) spy.mockRestore();
    }
  });

  it('yields the pages one at a time, and can be closed without reading them', async () => {
    const pdf = await readPdf(readFileSync(join(FIXTURES, 'table-across-pages.pdf')), 'x.pdf');
    expect(pdf.pageCount).toBe(5);
    const seen: number[] = [];
    for await (const { text: page } of pdf) {
      seen.push(page.page);
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((item) => item.text.trim() !== '' && item.height > 0)).toBe(true);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const unread = await readPdf(readFileSync(join(FIXTURES, 'two-tables.pdf')), 'x.pdf');
    await unread.close();
  });

  it('is, with its parser thread, the only module that imports pdfjs-dist, and only when a PDF is read', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const importers = sources.filter((f) => /pdfjs-dist/.test(readFileSync(join(ROOT, 'src', f), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')));
    const adapter = ['pdf-thread.ts', 'pdf.ts', 'pdfjs-min.d.ts'].map((name) => join('extract', name));
    expect(importers.sort()).toEqual(adapter);
    for (const module of adapter) {
      expect(readFileSync(join(ROOT, 'src', module), 'utf8')).not.toMatch(/^import [^;]*from 'pdfjs-dist/m);
    }
  });
});

describe('the parser thread', () => {
  it('fails the document being read in one line when it stops, and the next PDF starts another', async () => {
    const pdf = await readPdf(readFileSync(join(FIXTURES, 'table-across-pages.pdf')), 'x.pdf');
    await stopPdfParser();
    const reading = (async () => {
      for await (const page of pdf) expect(page).toBeDefined();
    })();
    await expect(reading).rejects.toThrow(UnreadableInputError);
    await expect(reading).rejects.toThrow(/^the PDF parser stopped$/);
    const next = await readPdf(readFileSync(join(FIXTURES, 'two-tables.pdf')), 'y.pdf');
    const pages: number[] = [];
    for await (const { text } of next) pages.push(text.page);
    expect(pages).toEqual([1]);
  });

  it('is not stopped under a PDF read on its own when a run ends meanwhile', async () => {
    const reading = pdfToSourceDocument(readFileSync(join(FIXTURES, 'table-across-pages.pdf')), 'x.pdf', 'id', 'sha');
    await ingest([SEED]);
    const source = await reading;
    expect(source.pages).toBe(5);
    expect(source.lines.length).toBeGreaterThan(0);
  });

  it('lets the caller stop after the first page while the next pages are being read ahead', async () => {
    const pdf = await readPdf(readFileSync(join(FIXTURES, 'table-across-pages.pdf')), 'x.pdf');
    const seen: number[] = [];
    for await (const { text } of pdf) {
      seen.push(text.page);
      break;
    }
    expect(seen).toEqual([1]);
    const again = await readPdf(readFileSync(join(FIXTURES, 'table-across-pages.pdf')), 'x.pdf');
    const pages: number[] = [];
    for await (const { text } of again) pages.push(text.page);
    expect(pages).toEqual([1, 2, 3, 4, 5]);
  });

  it('is shared by runs at the same time: the first to end leaves it to the others', async () => {
    const short = ingest([join(FIXTURES, 'two-tables.pdf')]);
    const long = ingest(['seed-ruled.pdf', 'table-across-pages.pdf', 'two-tables.pdf'].map((file) => join(FIXTURES, file)));
    const [first, second] = await Promise.all([short, long]);
    expect(first.failures).toEqual([]);
    expect(second.failures).toEqual([]);
    expect(second.documents).toHaveLength(3);
  });

  it('keeps the process alive while a PDF is read, and not after', () => {
    const script = [
      `import { extractSource } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};`,
      `import { readFileSync } from 'node:fs';`,
      `const bytes = readFileSync(${JSON.stringify(join(FIXTURES, 'table-across-pages.pdf'))});`,
      `const source = await extractSource({ path: 'x.pdf', format: 'pdf', bytes });`,
      `console.log(source.pages);`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('5');
  });
});

describe('a garbage text layer', () => {
  it('is told apart from text', () => {
    expect(isReadableText('PERSONALE COSTO ORARIO D2 18,56 350 6496,00 20 1299,2 € – “ok”')).toBe(true);
    expect(isReadableText('\u0003\u0004\u0005\u0006 \u0007\u0008\u000e\u000f\u0010 \u0011\u0012')).toBe(false);
    expect(isReadableText('\ue001\ue002\ue003 \ue004\ue005\ue006 \ue007 12')).toBe(false);
    expect(isReadableText('\ufffd\ufffd\ufffd \ufffd\ufffd 3')).toBe(false);
  });
});

describe('a scan with another program’s OCR text laid under it', () => {
  /** The seed's pages 2 and 3 scanned, each with the page's text laid invisibly under the image, `layer` passed each piece first. */
  async function sandwich(layer: (text: string) => string): Promise<Uint8Array> {
    // @ts-expect-error: a plain ES module of the scripts folder, without type declarations.
    const { simulateScan } = await import('../../scripts/scan/simulate-scan.mjs');
    const { pdf } = (await simulateScan(readFileSync(join(FIXTURES, 'seed-ruled.pdf')), { seed: 1, pages: [2, 3], textLayer: layer })) as { pdf: Buffer };
    return new Uint8Array(pdf);
  }

  it('is read as its text layer, its pages said to be such, never checked against the images', async () => {
    const bytes = await sandwich((text) => text.replace('7424,00', '7424,99'));
    const { document } = await readPdfSource(bytes, 'sandwich.pdf', 'id', '0'.repeat(64));
    expect(document.textOverScan).toEqual([1, 2]);
    expect(document.lines.some((line) => line.ocr !== undefined)).toBe(false);
    expect(document.lines.map((line) => line.text)).toContainEqual(expect.stringContaining('7424,99'));
  }, 60_000);

  it('is no text PDF, nor a page read by OCR under --ocr always', async () => {
    expect((await read('seed-ruled.pdf')).document.textOverScan).toBeUndefined();
    const bytes = await sandwich((text) => text);
    const always = await readPdfSource(bytes, 'sandwich.pdf', 'id', '0'.repeat(64), { ocr: 'always' });
    expect(always.document.textOverScan).toBeUndefined();
    expect(always.document.lines.some((line) => line.ocr !== undefined)).toBe(true);
  }, 120_000);
});
