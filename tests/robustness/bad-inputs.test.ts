import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestEach } from '../../src/ingest.js';
import { DatasetSchema } from '../../src/schema.js';
import { ROOT, runCli, SEED, SHARED, tempDir } from '../helpers/cli.js';

const PDF = join(ROOT, 'fixtures/pdf');
const readDataset = (dir: string) => DatasetSchema.parse(JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')));

/** Runs the CLI on one bad input beside the seed: the bad one fails with `reason`, the seed is still written. */
function expectFailure(name: string, bytes: Buffer | null, reason: string | RegExp, copyFrom?: string, flags: string[] = []) {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  const bad = join(dir, 'in', name);
  if (copyFrom) copyFileSync(copyFrom, bad);
  else writeFileSync(bad, bytes ?? Buffer.alloc(0));
  copyFileSync(SEED, join(dir, 'in', 'zz-seed.txt'));
  const run = runCli(['ingest', join(dir, 'in'), '--out', join(dir, 'out'), ...flags]);
  expect(run.status).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`rendiconta: ${bad}: `)).toBe(true);
  expect(lines[0]!.slice(`rendiconta: ${bad}: `.length)).toMatch(reason);
  const dataset = readDataset(join(dir, 'out'));
  expect(dataset.documents.map((d) => d.source.path)).toEqual([join(dir, 'in', 'zz-seed.txt')]);
  expect(dataset.failures).toEqual([{ path: bad, error: expect.stringMatching(reason) }]);
  expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
}

describe('unreadable inputs: a one-line failure naming the file, exit 1, the other inputs written', () => {
  it('an empty file', () => expectFailure('empty.txt', Buffer.alloc(0), /^empty file$/));
  it('only white space', () => expectFailure('blank.txt', Buffer.from(' \n\t\r\n  \n'), /^no text: the file holds only white space$/));
  it('binary data named .txt', () =>
    expectFailure('binary.txt', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)), /^binary data, not text/));
  it('a .pdf that is not a PDF', () => expectFailure('fake.pdf', Buffer.from('just some text, renamed'), /^not a PDF: the file has no %PDF- header$/));
  it('a truncated PDF', () => expectFailure('truncated.pdf', null, /^damaged PDF: the file is truncated/, join(PDF, 'truncated.pdf')));
  it('a password-protected PDF', () =>
    expectFailure('encrypted.pdf', null, /^password-protected PDF: remove the password and try again$/, join(PDF, 'encrypted.pdf')));
  it('an image-only PDF under --ocr never', () =>
    expectFailure('scan.pdf', null, /^no text layer; OCR is needed$/, join(PDF, 'image-only.pdf'), ['--ocr', 'never']));
  it('a PDF with scanned pages among text pages under --ocr never, naming them', () =>
    expectFailure('partly.pdf', null, /^pages 2, 3 have no text to read \(a scan, or glyph codes\): OCR is needed to read the document whole \(--ocr auto\)$/, join(ROOT, 'fixtures/scans/partly-scanned.pdf'), ['--ocr', 'never']));
  it('reads a PDF whose page without text is a logo or a signature, not a scan of print, under --ocr never', () => {
    const dir = tempDir();
    const run = runCli(['ingest', join(ROOT, 'fixtures/scans/logo-cover.pdf'), join(ROOT, 'fixtures/scans/signature-last.pdf'), '--out', join(dir, 'out'), '--ocr', 'never']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readDataset(join(dir, 'out')).documents.map((d) => d.summary.projects)).toEqual([2, 2]);
  });
  it('a PDF with its cross-reference table destroyed and no way back', () => {
    const bytes = readFileSync(join(PDF, 'two-tables.pdf'));
    const body = Buffer.from(bytes.toString('latin1').replace(/\bobj\b/g, 'jbo').replace(/\bxref\b/g, 'free'), 'latin1');
    expectFailure('wrecked.pdf', body, /^damaged PDF: /);
  });
  it('a file over the size limit, named in the message with the limit', () => {
    const dir = tempDir();
    const big = join(dir, 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1_048_576); // sparse: 200 MB on paper, nothing on disk
    const run = runCli(['ingest', big, SEED, '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `rendiconta: ${big}: file of 200.0 MB is over the size limit of 100.0 MB: raise it with --max-size if the file is really a plan\n`,
    );
    expect(readDataset(join(dir, 'out')).documents).toHaveLength(1);
    const smaller = runCli(['ingest', SEED, '--max-size', '0.05', '--out', join(dir, 'out2')]);
    expect(smaller.stderr).toContain('is over the size limit of 51.2 KB');
  });
});

describe('readable inputs of other kinds', () => {
  it('recovers a PDF whose cross-reference offsets are wrong', () => {
    const dir = tempDir();
    const text = readFileSync(join(PDF, 'two-tables.pdf')).toString('latin1');
    const shifted = text.replace(/startxref\s+(\d+)/, (_m, offset: string) => `startxref\n${Number(offset) + 977}`);
    writeFileSync(join(dir, 'shifted.pdf'), Buffer.from(shifted, 'latin1'));
    const run = runCli(['ingest', join(dir, 'shifted.pdf'), '--out', join(dir, 'out')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readDataset(join(dir, 'out')).documents[0]!.projects.length).toBeGreaterThan(0);
  });

  it('reads the real municipal decrees of ../shared/foreign as documents without projects', () => {
    const dir = tempDir();
    const run = runCli(['ingest', join(SHARED, 'foreign'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(0);
    const dataset = readDataset(join(dir, 'out'));
    expect(dataset.documents).toHaveLength(8);
    for (const document of dataset.documents) {
      expect(document.projects).toEqual([]);
      expect(document.discrepancies.map((d) => d.rule)).toEqual(['no-projects']);
    }
  });

  it('decodes UTF-16 with and without BOM, Windows-1252 and a file mixing UTF-8 and Windows-1252 lines', () => {
    const dir = tempDir();
    const seed = readFileSync(SEED, 'utf8');
    const utf16 = Buffer.from(seed, 'utf16le');
    writeFileSync(join(dir, 'a-utf16-bom.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]));
    writeFileSync(join(dir, 'b-utf16.txt'), utf16);
    const cp1252 = Buffer.from(seed.replace(/€/g, '\u0080').replace(/’/g, '\u0092').replace(/[“”]/g, '"').replace(/–/g, '\u0096').replace(/[•�‘]/g, '-'), 'latin1');
    writeFileSync(join(dir, 'c-cp1252.txt'), cp1252);
    const lines = seed.split('\n');
    const half = lines.length >> 1;
    writeFileSync(join(dir, 'd-mixed.txt'), Buffer.concat([Buffer.from(lines.slice(0, half).join('\n') + '\n', 'utf8'), cp1252.subarray(Buffer.from(lines.slice(0, half).join('\n') + '\n', 'latin1').length)]));
    const run = runCli(['ingest', dir, '--out', join(dir, 'out')]);
    expect(run.stderr).toBe('');
    const documents = readDataset(join(dir, 'out')).documents;
    expect(documents.map((d) => d.source.encoding)).toEqual(['utf-16le', 'utf-16le', 'windows-1252', 'utf-8+windows-1252']);
    for (const document of documents) {
      expect(document.summary).toMatchObject({ projects: 18, staffRows: 151 });
      expect(document.projects[0]!.declaredAmount).toBe('2496.2');
      expect(JSON.stringify(document)).not.toMatch(/Ã|â‚¬/);
    }
  });

  it('drops stray NUL bytes and reads the plan', () => {
    const dir = tempDir();
    const seed = readFileSync(SEED, 'utf8');
    writeFileSync(join(dir, 'nul.txt'), seed.replace(/Totale/g, 'Tot\u0000ale').replace(/\n\n/g, '\n\u0000\n'));
    const run = runCli(['ingest', join(dir, 'nul.txt'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(0);
    expect(readDataset(join(dir, 'out')).documents[0]!.summary).toMatchObject({ projects: 18, staffRows: 151 });
  });

  it('reads a 50 MB file of one line as a document without projects', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one-line.txt'), 'Lorem ipsum dolor sit amet 1.234,56 € '.repeat(1_400_000));
    const run = runCli(['ingest', join(dir, 'one-line.txt'), '--out', join(dir, 'out')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readDataset(join(dir, 'out')).documents[0]!.discrepancies.map((d) => d.rule)).toEqual(['no-projects']);
  });

  it('reads a table of 130,000 rows, over pages, without overflowing the stack', () => {
    const dir = tempDir();
    const rows = Array.from({ length: 130_000 }, (_, i) => `${i % 60 === 59 ? '\f' : ''}C1 16,05 100 1.605,00 20 321,00`);
    const text = ['Progetto n. 1 – Archivio', 'Descrizione del progetto', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', ...rows, 'Totale 41.730.000,00'].join('\n');
    writeFileSync(join(dir, 'long.txt'), text);
    const run = runCli(['ingest', join(dir, 'long.txt'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readDataset(join(dir, 'out')).documents[0]!.summary).toMatchObject({ projects: 1, staffRows: 130_000 });
  }, 60_000);

  it('reads a plan with no tables: every project with staff [] and missing-table', () => {
    const dir = tempDir();
    // Rows and totals go too: a table whose header alone is lost is read without it (a `no-header` repair).
    const text = readFileSync(SEED, 'utf8').split('\n').filter((l) => !/^\s*(?:PERSONALE|ORARIO|TOT|ORE|PRODOTTO|[A-D]\s?[1-7]\s)/i.test(l)).join('\n');
    writeFileSync(join(dir, 'no-tables.txt'), text);
    const run = runCli(['ingest', join(dir, 'no-tables.txt'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(0);
    const [document] = readDataset(join(dir, 'out')).documents;
    expect(document!.projects).toHaveLength(18);
    expect(document!.projects.every((p) => p.staff.length === 0)).toBe(true);
    expect(document!.discrepancies.filter((d) => d.rule === 'missing-table')).toHaveLength(18);
  });
});

describe('folders', () => {
  it('fails a pipe named .txt at once, rather than wait for a writer, and reads the rest', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    copyFileSync(SEED, join(dir, 'in/plan.txt'));
    execFileSync('mkfifo', [join(dir, 'in/pipe.txt')]);
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'ingest', join(dir, 'in'), '--out', join(dir, 'out')], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`rendiconta: ${join(dir, 'in/pipe.txt')}: not a file but a pipe or a device: save the document to a file first\n`);
    expect(readDataset(join(dir, 'out')).documents).toHaveLength(1);
  });

  it('follows a symbolic-link loop once, reports a dangling link and a self-loop, and reads the rest', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in/sub'), { recursive: true });
    copyFileSync(SEED, join(dir, 'in/sub/plan.txt'));
    symlinkSync('..', join(dir, 'in/sub/up'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'in/dangling.txt'));
    symlinkSync('self.txt', join(dir, 'in/self.txt'));
    mkdirSync(join(dir, 'in/folder.txt'));
    const run = runCli(['ingest', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').sort()).toEqual([
      `rendiconta: ${join(dir, 'in/dangling.txt')}: a symbolic link to nothing: its target does not exist`,
      `rendiconta: ${join(dir, 'in/self.txt')}: too many levels of symbolic links`,
    ]);
    expect(readDataset(join(dir, 'out')).documents.map((d) => d.source.path)).toEqual([join(dir, 'in/sub/plan.txt')]);
  });

  it('fails a folder named on the command line with nothing to read in it, and reads the rest', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty/sub'), { recursive: true });
    writeFileSync(join(dir, 'empty/sub/notes.docx'), 'x');
    copyFileSync(SEED, join(dir, 'plan.txt'));
    const run = runCli(['ingest', join(dir, 'empty'), join(dir, 'plan.txt'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`rendiconta: ${join(dir, 'empty')}: a folder with no .txt or .pdf file in it\n`);
    expect(readDataset(join(dir, 'out')).documents).toHaveLength(1);
    // A folder named twice, its plans read once: nothing is missing.
    mkdirSync(join(dir, 'plans'));
    copyFileSync(SEED, join(dir, 'plans/plan.txt'));
    expect(runCli(['ingest', join(dir, 'plans'), join(dir, 'plans'), '--out', join(dir, 'out2'), '--quiet']).status).toBe(0);
  });

  it('reports a file that vanishes during the run and goes on', async () => {
    const dir = tempDir();
    for (const name of ['a.txt', 'b.txt', 'c.txt']) copyFileSync(SEED, join(dir, name));
    const outcomes: string[] = [];
    for await (const outcome of ingestEach([dir])) {
      if (outcome.path.endsWith('a.txt')) unlinkSync(join(dir, 'b.txt'));
      outcomes.push('failure' in outcome ? `${outcome.path}: ${outcome.failure.error}` : `${outcome.path}: read`);
    }
    expect(outcomes).toEqual([
      `${join(dir, 'a.txt')}: read`,
      `${join(dir, 'b.txt')}: no such file or folder (it may have been moved or deleted during the run)`,
      `${join(dir, 'c.txt')}: read`,
    ]);
  });
});

describe('interrupted runs', () => {
  it('leave the previous output intact and no temporary folder', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    expect(runCli(['ingest', SEED, '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'dataset.json'));
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 400; i++) copyFileSync(SEED, join(dir, 'many', `plan-${String(i).padStart(3, '0')}.txt`));
    const script = `
      const { spawn } = require('node:child_process');
      const child = spawn(process.execPath, [${JSON.stringify(join(ROOT, 'dist/cli.js'))}, 'ingest', ${JSON.stringify(join(dir, 'many'))}, '--out', ${JSON.stringify(out)}, '--quiet']);
      setTimeout(() => child.kill('SIGINT'), 1500);
      child.on('exit', (code, signal) => { process.stdout.write(String(code ?? signal)); });`;
    const status = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(status).toBe('130');
    expect(readFileSync(join(out, 'dataset.json'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['many', 'out']);
    expect(existsSync(join(out, 'dataset.json'))).toBe(true);
  });
});

describe('the output folder', () => {
  const refused = (args: string[], cwd: string, reason: RegExp) => {
    const run = runCli(['ingest', ...args], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(reason);
  };

  it('is never a folder that holds the inputs or files of its own, which replacing it would delete', () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'plan.txt'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    mkdirSync(join(dir, 'plans'));
    copyFileSync(SEED, join(dir, 'plans', 'a.txt'));
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'letter.odt'), 'mine');
    refused(['plan.txt', '--out', ''], dir, /^rendiconta: --out needs a folder$/);
    refused(['plan.txt', '--out', '.'], dir, /^rendiconta: --out \. holds the input plan\.txt, which the output would replace/);
    refused(['plans', '--out', 'plans'], dir, /^rendiconta: --out plans holds the input plans/);
    refused(['plans/a.txt', '--out', '..'], join(dir, 'plans'), /holds the input/);
    refused(['plan.txt', '--out', 'mine'], dir, /^rendiconta: --out mine holds files that are not rendiconta's \(letter\.odt\), which the output would delete/);
    refused(['plan.txt', '--out', 'notes.txt'], dir, /^rendiconta: --out notes\.txt is a file, not a folder$/);
    symlinkSync('mine', join(dir, 'link'));
    refused(['plan.txt', '--out', 'link'], dir, /^rendiconta: --out link is a symbolic link/);
    refused(['', '--out', 'out'], dir, /^rendiconta: an input path is empty$/);
    expect(readdirSync(dir).sort()).toEqual(['link', 'mine', 'notes.txt', 'plan.txt', 'plans']);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['a.txt']);
    expect(readdirSync(join(dir, 'mine'))).toEqual(['letter.odt']);
  });

  it('replaces an earlier output, made with the permissions of a folder made by hand, and reads a file named twice once', () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'plan.txt'));
    expect(runCli(['ingest', 'plan.txt', '--out', 'out', '--quiet'], dir).status).toBe(0);
    expect(runCli(['ingest', 'plan.txt', '.', join(dir, 'plan.txt'), '--out', 'out', '--quiet'], dir).status).toBe(0);
    const dataset = JSON.parse(readFileSync(join(dir, 'out', 'dataset.json'), 'utf8')) as { documents: unknown[] };
    expect(dataset.documents).toHaveLength(1);
    expect(statSync(join(dir, 'out')).mode & 0o777).toBe(0o777 & ~process.umask());
  });

  it('says so in one line, naming it, when it cannot be written', () => {
    const run = runCli(['ingest', SEED, '--out', join(SEED, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`rendiconta: cannot write the output folder ${join(SEED, 'out')}: a file stands where a folder should be\n`);
  });

  it('is cleared of what a killed run left beside it', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(join(dir, `.out.partial-${dead}-abcdef`));
    writeFileSync(join(dir, `.out.partial-${dead}-abcdef`, 'dataset.json'), '{');
    mkdirSync(join(dir, `.out.partial-${process.pid}-ghijkl`));
    expect(runCli(['ingest', SEED, '--out', join(dir, 'out'), '--quiet']).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`.out.partial-${process.pid}-ghijkl`, 'out']);
  });
});
