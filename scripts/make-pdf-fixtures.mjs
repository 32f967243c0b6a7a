#!/usr/bin/env node
// Makes the PDF fixtures under fixtures/pdf/ from the seed plan text, and fixtures/pdf/manifest.json
// with what each one must read back as (staff rows as printed, words, or the expected failure).
//
//   node scripts/make-pdf-fixtures.mjs [--seed FILE] [--gold FILE]
//
// Needs Debian's chromium (HTML → PDF), qpdf (encryption, untagging) and poppler-utils (pdftoppm,
// for the image-only page): apt-get install -y chromium qpdf poppler-utils
// Staff rows come from the seed text; where the text glues two cells ("4714,0015") or breaks a row
// over lines, the hand-checked gold file says where the cells are, so each PDF prints every cell
// apart, as the plan's author printed them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: resolve(root, '../shared/seed/000_9bdcab64195021cb.txt') },
    gold: { type: 'string', default: resolve(root, '../shared/gold/seed-2015.gold.json') },
  },
});
for (const tool of ['chromium', 'qpdf', 'fix-qdf', 'pdftoppm']) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
  } catch {
    console.error(`${tool} is missing: apt-get install -y chromium qpdf poppler-utils`);
    process.exit(1);
  }
}
const outDir = join(root, 'fixtures/pdf');
const work = mkdtempSync(join(tmpdir(), 'rendiconta-fixtures-'));
mkdirSync(outDir, { recursive: true });

const STAFF_FIELDS = ['hourlyCost', 'hours', 'product', 'percentage', 'result'];
const GRADE = /^[A-D]\d$/;
const CONDITION = /^(Prima|Seconda|Terza|Quarta|Quinta|Sesta|Settima) condizione/i;

// ---------------------------------------------------------------- the seed, read into blocks

/** Italian printed number → JS number, for matching against the gold only. */
function numberOf(raw) {
  let s = raw.replace('%', '');
  if (s.includes(',')) s = s.replaceAll('.', '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replaceAll('.', '');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/** Splits a row's printed tokens into the five staff cells the gold row says were printed. */
function staffCells(tokens, gold) {
  const queue = [...tokens];
  const cells = [];
  STAFF_FIELDS.forEach((field, index) => {
    const expected = gold[field];
    if (expected === null) return void cells.push('');
    const token = queue.shift();
    if (token === undefined) throw new Error(`row ${gold.row}: no token for ${field}`);
    if (numberOf(token) === Number(expected)) return void cells.push(token);
    const next = gold[STAFF_FIELDS[index + 1]];
    for (let cut = 1; cut < token.length; cut++) {
      const [left, right] = [token.slice(0, cut), token.slice(cut)];
      if (numberOf(left) === Number(expected) && next != null && numberOf(right) === Number(next)) {
        cells.push(left);
        queue.unshift(right);
        return;
      }
    }
    throw new Error(`row ${gold.row}: "${token}" is not ${field} ${expected}`);
  });
  if (queue.length > 0) throw new Error(`row ${gold.row}: tokens left over: ${queue.join(' ')}`);
  return cells;
}

/** The seed as a list of blocks: text lines, and staff tables with their cells. */
function readSeed(text, gold) {
  const lines = text.split(/\r?\n/);
  const blocks = [];
  let table = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/^\s*PERSONALE\b/.test(line)) {
      blocks.push({ kind: 'line', text: line.replace(/\s+$/, '') });
      continue;
    }
    const project = gold.projects[table++];
    const header = [];
    while (i < lines.length && !/^\s*[A-D]\s?\d\b/.test(lines[i])) header.push(...lines[i++].trim().split(/\s+/));
    const printed = [];
    let total = null;
    for (; i < lines.length; i++) {
      const tokens = lines[i].trim().split(/\s+/).filter(Boolean);
      if (tokens.length === 0) continue;
      if (tokens[0] === 'Totale') {
        let value = tokens.slice(1);
        while (value.length === 0) value = lines[++i].trim().split(/\s+/).filter(Boolean);
        total = { label: 'Totale', value: value.join(' ') };
        break;
      }
      const current = printed.at(-1);
      const startsRow = GRADE.test(tokens[0]) || (/^[A-D]$/.test(tokens[0]) && /^\d$/.test(tokens[1] ?? ''));
      if (startsRow) {
        const gradeLength = GRADE.test(tokens[0]) ? 1 : 2;
        printed.push({ grade: tokens.slice(0, gradeLength).join(' '), tokens: tokens.slice(gradeLength) });
      } else if (current && current.tokens.length < 4) {
        current.tokens.push(...tokens);
      } else {
        total = { label: '', value: tokens.join(' ') };
        break;
      }
    }
    if (printed.length !== project.staff.length) {
      throw new Error(`project ${project.number}: ${printed.length} rows read, gold has ${project.staff.length}`);
    }
    const rows = printed.map((row, r) => [row.grade, ...staffCells(row.tokens, project.staff[r])]);
    const hoursLabel = header.includes('TOT.') ? 'TOT. ORE' : 'TOTALE ORE';
    blocks.push({
      kind: 'table',
      project: project.number,
      header: ['PERSONALE', 'COSTO ORARIO', hoursLabel, 'PRODOTTO', 'PERCENTUALE', 'RISULTATO'],
      rows,
      total,
    });
  }
  if (table !== gold.projects.length) throw new Error(`${table} tables in the seed, ${gold.projects.length} in the gold`);
  return blocks;
}

// ---------------------------------------------------------------- HTML

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const rowText = (cells) => cells.filter((c) => c !== '').join(' ');

const PAGE_STYLES = {
  ruled: `
    @page { size: A4; margin: 22mm 17mm 20mm 17mm;
      @top-right { content: "Camera di Commercio di Lucca"; font: 8pt "Liberation Sans"; }
      @bottom-center { content: counter(page); font: 9pt "Liberation Sans"; } }`,
  borderless: `
    @page { size: A4; margin: 20mm 17mm 22mm 17mm;
      @top-left { content: "Piano dei progetti di miglioramento dei servizi – 2015"; font: italic 8pt "Liberation Serif"; }
      @bottom-right { content: "Pagina " counter(page) " di " counter(pages); font: 8pt "Liberation Serif"; } }`,
  dashed: `
    @page { size: A4; margin: 20mm 17mm 20mm 17mm;
      @top-center { content: "Ente camerale – documento di lavoro"; font: 8pt "DejaVu Sans"; }
      @bottom-center { content: "- " counter(page) " -"; font: 8pt "DejaVu Sans"; } }`,
};

const TABLE_STYLES = {
  ruled: `
    table.staff { border-collapse: collapse; margin: 3pt 0 6pt; }
    table.staff th, table.staff td { border: 0.6pt solid #000; padding: 1pt 5pt; font: 9pt "Liberation Sans"; }
    table.staff th { font-weight: bold; text-align: center; }
    table.staff td.n { text-align: right; }`,
  borderless: `
    table.staff { border-collapse: collapse; margin: 3pt 0 6pt; }
    table.staff th, table.staff td { border: 0; padding: 0.5pt 9pt 0.5pt 0; font: 9.5pt "Liberation Serif"; }
    table.staff th { font-weight: normal; text-align: left; }
    table.staff td.n { text-align: right; }`,
  narrow: `
    table.staff { border-collapse: collapse; margin: 3pt 0 6pt; }
    table.staff th, table.staff td { border: 0; padding: 0; font: 9pt "Liberation Sans"; width: 1px; white-space: nowrap; }
    table.staff th { font: bold 6.5pt "Liberation Sans"; text-align: left; vertical-align: bottom; white-space: normal; }
    table.staff td.n { text-align: right; }
    table.staff td.l { text-align: left; }`,
};

function htmlPage({ pageStyle, tableStyle, extraStyle = '', body }) {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>piano</title><style>
    ${PAGE_STYLES[pageStyle]}
    body { font: 9.5pt "Liberation Serif"; margin: 0; }
    .l { white-space: pre-wrap; line-height: 1.25; }
    .gap { height: 5pt; }
    .h { font-weight: bold; }
    ${TABLE_STYLES[tableStyle]}
    ${extraStyle}
  </style></head><body>${body}</body></html>`;
}

/** A staff table; `cellClass` says how each column is aligned (n = right, l = left). */
function tableHtml(table, { repeatHeader = true, alignments = ['l', 'n', 'n', 'n', 'n', 'n'], glyphs = false } = {}) {
  const cell = (text) => (glyphs ? [...text].map((c) => `<span>${escape(c)}</span>`).join('') : escape(text));
  const head = `<tr>${table.header.map((h) => `<th>${cell(h)}</th>`).join('')}</tr>`;
  const rows = [...table.rows, ...(table.total ? [[table.total.label, '', '', '', '', table.total.value]] : [])]
    .map((cells) => `<tr>${cells.map((c, i) => `<td class="${alignments[i]}">${cell(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return repeatHeader
    ? `<table class="staff"><thead>${head}</thead><tbody>${rows}</tbody></table>`
    : `<table class="staff"><tbody>${head}${rows}</tbody></table>`;
}

function blocksHtml(blocks, tableOptions) {
  const out = [];
  let blank = false;
  for (const block of blocks) {
    if (block.kind === 'table') {
      out.push(tableHtml(block, tableOptions));
      blank = false;
    } else if (block.text.trim() === '') {
      if (!blank) out.push('<div class="gap"></div>');
      blank = true;
    } else {
      const heading = /^\s*progetto\s+n/i.test(block.text) || CONDITION.test(block.text.trim());
      out.push(`<div class="l${heading ? ' h' : ''}">${escape(block.text)}</div>`);
      blank = false;
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- tools

function printPdf(name, html) {
  const htmlPath = join(work, `${name}.html`);
  const printed = join(work, `${name}.pdf`);
  const pdfPath = join(outDir, `${name}.pdf`);
  writeFileSync(htmlPath, html);
  execFileSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'chromium')}`,
    '--no-pdf-header-footer', `--print-to-pdf=${printed}`, pathToFileURL(htmlPath).href,
  ], { stdio: 'ignore' });
  // Object streams shrink Chromium's structure tree (tagged PDF) to about a third.
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--compression-level=9', printed, pdfPath]);
  return pdfPath;
}

/** Removes the marked-content operators Chromium wraps every text run in, as untagged producers write. */
function untag(source, target) {
  const qdf = join(work, 'untag.qdf.pdf');
  const stripped = join(work, 'untag.stripped.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', source, qdf]);
  const text = readFileSync(qdf, 'latin1')
    .split('\n')
    .filter((line) => !/^\/\w+ (<<.*>>\s*)?BDC$/.test(line) && line !== 'EMC')
    .join('\n')
    .replace(/\/StructTreeRoot \d+ 0 R\n?/g, '')
    .replace(/\/MarkInfo << \/Marked true >>\n?/g, '');
  writeFileSync(stripped, text, 'latin1');
  writeFileSync(qdf, execFileSync('fix-qdf', [stripped], { maxBuffer: 1 << 28 }));
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', qdf, target]);
}

// ---------------------------------------------------------------- the fixtures

const seedText = readFileSync(args.seed, 'utf8');
const gold = JSON.parse(readFileSync(args.gold, 'utf8'));
const blocks = readSeed(seedText, gold);
const tables = blocks.filter((b) => b.kind === 'table');
const manifest = [];
const staffRowsOf = (list) => list.flatMap((t) => t.rows.map(rowText));

printPdf('seed-ruled', htmlPage({ pageStyle: 'ruled', tableStyle: 'ruled', body: blocksHtml(blocks, { repeatHeader: true }) }));
manifest.push({
  file: 'seed-ruled.pdf',
  description: 'the seed plan, ruled tables, header repeated on continued pages, running header and page number',
  staffRows: staffRowsOf(tables),
  noise: ['Camera di Commercio di Lucca'],
});

printPdf('seed-borderless', htmlPage({ pageStyle: 'borderless', tableStyle: 'borderless', body: blocksHtml(blocks, { repeatHeader: false }) }));
manifest.push({
  file: 'seed-borderless.pdf',
  description: 'the seed plan, borderless tables, running header and "Pagina N di M" footer',
  staffRows: staffRowsOf(tables),
  noise: ['Piano dei progetti di miglioramento dei servizi – 2015'],
});

// One project with filler prose before it, so that its 23-row table starts low on page 1.
const project = (n) => {
  const start = blocks.findIndex((b) => b.kind === 'line' && new RegExp(`^\\s*progetto\\s+n\\S*\\s*${n}\\b`, 'i').test(b.text));
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'line' && /^\s*progetto\s+n/i.test(b.text));
  return blocks.slice(start, end === -1 ? undefined : end);
};
const tableOf = (n) => tables.find((t) => t.project === n);
{
  // A page break and a spacer put the table's start near the foot of a page, so that it breaks.
  const blocks10 = project(10);
  const at = blocks10.findIndex((b) => b.kind === 'table');
  const body = [
    blocksHtml(blocks10.slice(0, at - 3)),
    '<div style="break-before: page; height: 180mm"></div>',
    blocksHtml(blocks10.slice(at - 3), { repeatHeader: true }),
  ].join('\n');
  printPdf('table-across-pages', htmlPage({ pageStyle: 'dashed', tableStyle: 'ruled', body }));
  manifest.push({
    file: 'table-across-pages.pdf',
    description: 'project 10: its table starts at the foot of a page and ends on the next, where the header row is repeated',
    staffRows: staffRowsOf([tableOf(10)]),
    noise: ['Ente camerale – documento di lavoro'],
  });
}
{
  const intro = (n, title) => `<div class="l h">PROGETTO N° ${n}: ${escape(title)}</div><div class="l">si intende alimentare il Fondo, quale sommatoria delle risultanze di cui a seguire:</div>`;
  const body = [
    intro(4, gold.projects[3].title), tableHtml(tableOf(4)),
    intro(5, gold.projects[4].title), tableHtml(tableOf(5), { alignments: ['l', 'l', 'l', 'l', 'l', 'l'] }),
  ].join('\n');
  printPdf('two-tables', htmlPage({ pageStyle: 'ruled', tableStyle: 'ruled', body }));
  manifest.push({
    file: 'two-tables.pdf',
    description: 'two projects with their tables on one page (the second left-aligned)',
    staffRows: staffRowsOf([tableOf(4), tableOf(5)]),
    pages: 1,
  });
}
{
  const title =
    'PROGETTO N° 12: RIORGANIZZAZIONE COMPLESSIVA DEL SERVIZIO PROMOZIONE E SVILUPPO PER LE IMPRESE ALLA LUCE DEI TAGLI DI BILANCIO, ' +
    'DELLA RIFORMA DEL SISTEMA CAMERALE E DELLE NUOVE COMPETENZE ATTRIBUITE DALLA LEGGE, CON PARTICOLARE RIFERIMENTO ALLA ' +
    'DIGITALIZZAZIONE DEI PROCEDIMENTI, ALLA SEMPLIFICAZIONE DEGLI ADEMPIMENTI E ALLA QUALITÀ DEI DATI DEL REGISTRO DELLE IMPRESE';
  const stamp = 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005';
  const body = `<div style="position: absolute; left: -39mm; top: 120mm; transform: rotate(-90deg); font: 7pt 'Liberation Sans'; white-space: nowrap">${stamp}</div>
    <div style="margin-left: 10mm"><div class="l h" style="font-size:15pt; white-space: normal">${escape(title)}</div>
    <div class="l">Quinta condizione: (risorse quantificate con criteri trasparenti e ragionevoli)</div>${tableHtml(tableOf(13))}</div>`;
  printPdf('long-title', htmlPage({ pageStyle: 'ruled', tableStyle: 'ruled', body }));
  manifest.push({
    file: 'long-title.pdf',
    description: 'a 15 pt project title wrapped over several lines, then a table; a signature stamp up the margin',
    title,
    absent: [stamp],
    staffRows: staffRowsOf([tableOf(13)]),
    pages: 1,
  });
}
{
  // Small headings (wrapped), no padding: the widest number fills its column, so a right-aligned
  // cost touches the left-aligned hours, a product the percentage: closer than a space.
  const narrow = (t) => ({ ...t, header: ['Cat.', 'Costo orario', 'Ore', 'Prodotto', '%', 'Quota'] });
  const alignments = ['l', 'n', 'l', 'n', 'l', 'n'];
  const body = `<div class="l h">PROGETTO N° 2 – Nuovo sistema di gestione documentale</div>
    ${tableHtml(narrow(tableOf(2)), { alignments })}
    <div class="l h">PROGETTO N° 3 – Indagini statistiche</div>${tableHtml(narrow(tableOf(3)), { alignments })}`;
  const tagged = printPdf('narrow-columns', htmlPage({ pageStyle: 'ruled', tableStyle: 'narrow', body }));
  manifest.push({
    file: 'narrow-columns.pdf',
    description: 'number columns without padding: neighbouring cells closer than a space (tagged PDF: one item per cell)',
    staffRows: staffRowsOf([tableOf(2), tableOf(3)]),
  });
  untag(tagged, join(outDir, 'narrow-columns-untagged.pdf'));
  manifest.push({
    file: 'narrow-columns-untagged.pdf',
    description: 'the same without marked content: pdfjs merges touching cells into one item',
    staffRows: staffRowsOf([tableOf(2), tableOf(3)]),
  });
}
{
  const spans = (text) => [...text].map((c) => `<span>${escape(c)}</span>`).join('');
  const prose = 'Il progetto riguarderà praticamente tutti i dipendenti con gradi di intensità diversa.';
  const tracked = 'PROGETTO N° 6: la performance';
  const body = `<div class="l h" style="letter-spacing: 0.7em">${escape(tracked)}</div>
    <div class="l">${spans(prose)}</div>
    <div class="l">${spans('si intende alimentare il Fondo di € 3.583,84, quale sommatoria:')}</div>
    ${tableHtml(tableOf(6), { glyphs: true })}${tableHtml(tableOf(1), { glyphs: true })}`;
  printPdf('glyph-items', htmlPage({ pageStyle: 'ruled', tableStyle: 'borderless', body }));
  manifest.push({
    file: 'glyph-items.pdf',
    description: 'text drawn one glyph per item: per-character spans, and a title tracked 0.7 em',
    lines: [tracked, prose, 'si intende alimentare il Fondo di € 3.583,84, quale sommatoria:'],
    staffRows: staffRowsOf([tableOf(6), tableOf(1)]),
    pages: 1,
  });
}

// Failures, made from a small plan.
const small = join(outDir, 'two-tables.pdf');
execFileSync('qpdf', ['--encrypt', 'segreto', 'proprietario', '256', '--', small, join(outDir, 'encrypted.pdf')]);
manifest.push({ file: 'encrypted.pdf', description: 'user password "segreto"', error: 'password-protected PDF: remove the password and try again' });
execFileSync('qpdf', ['--encrypt', '', 'proprietario', '256', '--print=none', '--modify=none', '--', small, join(outDir, 'owner-password.pdf')]);
manifest.push({
  file: 'owner-password.pdf',
  description: 'encrypted with an owner password only (printing forbidden): opens without a password, so it reads',
  staffRows: staffRowsOf([tableOf(4), tableOf(5)]),
  pages: 1,
});
execFileSync('qpdf', ['--rotate=+90:1', small, join(outDir, 'sideways.pdf')]);
manifest.push({
  file: 'sideways.pdf',
  description: 'two-tables.pdf turned a quarter (/Rotate 90): on screen its text runs up the page',
  staffRows: staffRowsOf([tableOf(4), tableOf(5)]),
  pages: 1,
});
{
  const bytes = readFileSync(small);
  writeFileSync(join(outDir, 'truncated.pdf'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  manifest.push({ file: 'truncated.pdf', description: 'the first 60% of two-tables.pdf', error: 'damaged PDF: the file is truncated (no %%EOF end marker)' });
}
{
  execFileSync('pdftoppm', ['-r', '70', '-gray', '-png', '-singlefile', small, join(work, 'scan')]);
  const png = readFileSync(join(work, 'scan.png')).toString('base64');
  const body = `<img style="display: block; width: 210mm; height: 296mm" src="data:image/png;base64,${png}">`;
  printPdf('image-only', `<!doctype html><html><head><style>@page { size: A4; margin: 0 } body { margin: 0 }</style></head><body>${body}</body></html>`);
  manifest.push({
    file: 'image-only.pdf',
    description: 'a page scanned at 70 DPI: an image and no text layer; read by OCR (too coarse to read exactly), and under --ocr never the failure below',
    error: 'no text layer; OCR is needed',
  });
}

writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
for (const { file } of manifest) console.log(`${file.padEnd(30)} ${(statSync(join(outDir, file)).size / 1024).toFixed(0).padStart(5)} KiB`);
