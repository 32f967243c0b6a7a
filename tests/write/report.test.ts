import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { DatasetSchema, type Dataset, type DocumentRecord } from '../../src/schema.js';
import { runCli, SEED, tempDir } from '../helpers/cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = process.env.CI === 'true';
// The flags that keep a headless Chromium off the network on a closed machine.
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const HOSTILE_PLAN = [
  '<script>window.pwned=1</script> PIANO 2016 & "Co"',
  '',
  'Progetto N° 1 - <img src=x onerror="window.pwned=2"> & </td>',
  'Quinta condizione',
  'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
  '<b>D3</b> 20,30 100 2030,00 20 406',
  'D3 20,30 100 203,00 20 406',
  'Totale 812',
];

/** Outside CI a missing Chromium skips the test; under CI=true it fails (a missing install must show). */
function needChromium(context: TestContext): void {
  if (!HAVE_CHROMIUM && !IN_CI) context.skip(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
}

/** The staff-row and project cells that the document's findings name, with the worst severity. */
function markedCells(document: DocumentRecord): Map<string, { severity: string; messages: string[] }> {
  const rank: Record<string, number> = { error: 3, warning: 2, info: 1 };
  const cells = new Map<string, { severity: string; messages: string[] }>();
  for (const d of document.discrepancies) {
    if (d.project === null || d.field === null) continue;
    const staffField = ['hourlyCost', 'hours', 'product', 'percentage', 'result'].includes(d.field);
    const projectField = ['declaredAmount', 'total'].includes(d.field);
    if (d.row !== null ? !staffField : !projectField) continue;
    const key = `${d.project}/${d.row ?? '-'}/${d.field}`;
    const cell = cells.get(key) ?? { severity: d.severity, messages: [] };
    if (rank[d.severity]! > rank[cell.severity]!) cell.severity = d.severity;
    cell.messages.push(d.message);
    cells.set(key, cell);
  }
  return cells;
}

describe('report.html in headless Chromium', () => {
  let dir: string;
  let dataset: Dataset;
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/a-seed.txt'), readFileSync(SEED));
    writeFileSync(join(dir, 'in/b-hostile.txt'), HOSTILE_PLAN.join('\n'));
    writeFileSync(join(dir, 'in/c-decree.txt'), 'DETERMINAZIONE DIRIGENZIALE\n\nQuadro economico\nLavori 1.000,00\nTotale 1.000,00\n');
    writeFileSync(join(dir, 'in/d-empty.txt'), '');
    const run = runCli(['ingest', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(dir, 'out/dataset.json'), 'utf8')));
    if (!HAVE_CHROMIUM && !IN_CI) return;
    if (!HAVE_CHROMIUM) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (CI=true: the report test must run)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(pathToFileURL(join(dir, 'out/report.html')).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained file: nothing fetched, no script, no external resource', async (context) => {
    needChromium(context);
    expect(requests).toEqual([pathToFileURL(join(dir, 'out/report.html')).href]);
    expect(consoleErrors).toEqual([]);
    const external = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      linked: document.querySelectorAll('link, img, iframe, object, embed, [src]').length,
      urlsInStyle: [...document.querySelectorAll('style')].some((s) => /url\(|@import/.test(s.textContent ?? '')),
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
    }));
    expect(external).toEqual({ scripts: 0, linked: 0, urlsInStyle: false, pwned: null });
  });

  it('shows per document the summary, and per project the staff table with every row', async (context) => {
    needChromium(context);
    const documents = await page.locator('section.document').all();
    expect(documents).toHaveLength(dataset.documents.length);
    for (const [i, document] of dataset.documents.entries()) {
      const section = documents[i]!;
      expect(await section.getAttribute('data-document-id')).toBe(document.id);
      expect(await section.locator('section.project').count()).toBe(document.projects.length);
      expect(await section.locator('table.staff tbody tr').count()).toBe(document.summary.staffRows);
      expect(await section.locator('[data-summary="projects"]').textContent()).toBe(String(document.summary.projects));
      expect(await section.locator('[data-summary="staff-rows"]').textContent()).toBe(String(document.summary.staffRows));
      for (const severity of ['error', 'warning', 'info'] as const) {
        expect(await section.locator(`[data-summary="findings"] [data-severity="${severity}"]`).textContent()).toMatch(new RegExp(`^${document.summary.findings[severity]} `));
      }
      expect(await section.locator('table.findings-list tbody tr').count()).toBe(document.discrepancies.length);
      expect(await section.locator('svg.fund-chart rect.bar.recomputed[data-project]').count()).toBe(document.projects.length);
      expect(await section.locator('svg.fund-chart rect.bar.declared[data-project]').count()).toBe(document.projects.filter((p) => p.declaredAmount !== null).length);
    }
    const seed = documents[0]!;
    expect(await seed.locator('[data-summary="declared"]').textContent()).toBe('62.684,69');
    expect(await seed.locator('[data-summary="recomputed"]').textContent()).toBe('144.841,779');
    expect(await page.locator('table.all-documents tbody tr').count()).toBe(dataset.documents.length);
    expect(await page.locator('ul.failures li').allTextContents()).toEqual([`${join(dir, 'in/d-empty.txt')}: empty file`]);
  });

  it('marks each mismatching cell (class and title) and puts the finding’s sentence beside it', async (context) => {
    needChromium(context);
    const documents = await page.locator('section.document').all();
    for (const [i, document] of dataset.documents.entries()) {
      const expected = markedCells(document);
      const marked = await documents[i]!.locator('td.mismatch').evaluateAll((cells) =>
        cells.map((td) => ({
          project: td.closest('section.project')!.getAttribute('data-project'),
          row: td.closest('tr')!.getAttribute('data-row'),
          field: td.getAttribute('data-field'),
          severity: [...td.classList].find((c) => c.startsWith('sev-'))!.slice(4),
          title: td.getAttribute('title'),
          beside: td.closest('tr')!.querySelector('td.findings')?.textContent ?? null,
        })),
      );
      expect(marked).toHaveLength(expected.size);
      for (const cell of marked) {
        const key = `${cell.project}/${cell.row ?? '-'}/${cell.field}`;
        const want = expected.get(key);
        expect(want, key).toBeDefined();
        expect(cell.severity).toBe(want!.severity);
        for (const message of want!.messages) {
          expect(cell.title).toContain(message);
          if (cell.row !== null) expect(cell.beside).toContain(message);
        }
      }
    }
    expect(await page.locator('section.document').first().locator('td.mismatch').count()).toBe(20);
  });

  it('shows the source text of every finding about a row', async (context) => {
    needChromium(context);
    const documents = await page.locator('section.document').all();
    for (const [i, document] of dataset.documents.entries()) {
      const rows = await documents[i]!.locator('table.findings-list tbody tr').all();
      for (const [j, finding] of document.discrepancies.entries()) {
        const text = (await rows[j]!.textContent()) ?? '';
        expect(text).toContain(finding.message);
        expect(text).toContain(`line${finding.source.lines.length === 1 ? '' : 's'} ${finding.source.lines.join(', ')}`);
        if (finding.row === null) continue;
        const row = document.projects.find((p) => p.number === finding.project)!.staff.find((r) => r.row === finding.row)!;
        expect(await rows[j]!.locator('pre.raw').allTextContents()).toEqual([row.raw]);
      }
    }
  });

  it('shows text from the document as text, never as markup', async (context) => {
    needChromium(context);
    const hostile = dataset.documents.find((d) => d.source.path.endsWith('b-hostile.txt'))!;
    const section = page.locator(`section.document[data-document-id="${hostile.id}"]`);
    expect(await section.locator('h2').textContent()).toBe(hostile.title);
    expect(await section.locator('h3').first().textContent()).toBe(`Project 1: ${hostile.projects[0]!.title}`);
    expect(await section.locator('pre.raw').first().textContent()).toBe('D3 20,30 100 203,00 20 406');
    expect(await section.locator('table.staff tbody tr').first().locator('td').nth(1).textContent()).toBe('D3');
    expect(await section.locator('img, b, script').count()).toBe(0);
  });

  it('saves a screenshot of the report', async (context) => {
    needChromium(context);
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect([...readFileSync(shot).subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });
});
