import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../src/schema.js';
import { ROOT, runCli, SEED, SHARED, tempDir } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';

const readDataset = (dir: string) => DatasetSchema.parse(JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')));

describe('rendiconta ingest', () => {
  it('reads the seed plan into a dataset that validates and scores perfectly against its gold', () => {
    const out = join(tempDir(), 'out');
    const run = runCli(['ingest', SEED, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('18 projects, 151 staff rows; 3 errors, 7 warnings, 10 infos');
    expect(readdirSync(out).sort()).toEqual(['datapackage.json', 'dataset.json', 'dataset.schema.json', 'discrepancies.csv', 'projects.csv', 'report.html', 'staff.csv']);
    const dataset = readDataset(out);
    expect(dataset.failures).toEqual([]);
    expect(dataset.documents[0]!.summary).toMatchObject({ projects: 18, staffRows: 151, findings: { error: 3, warning: 7, info: 10 } });
    const score = spawnSync(process.execPath, [join(SHARED, 'tools/score.mjs'), join(out, 'dataset.json'), join(SHARED, 'gold/seed-2015.gold.json')], { encoding: 'utf8' });
    expect(score.stdout.trim().split('\n').pop()).toBe(
      'score: projects 18/18, titles 18/18, declared 18/18, totals 18/18, rows 151/151, conditions 18/18, year ok, findings 20/20, false-alarms 0',
    );
    expect(score.status).toBe(0);
  });

  it('prints each error and warning as a line a user can grep, and survives a reader that stops early', () => {
    const run = runCli(['ingest', SEED, '--out', join(tempDir(), 'out')]);
    expect(run.stdout).toContain(`  ${SEED}:l189: error: Row 6 (C3): product 34,20 ≠ 17,10 × 200 = 3.420,00 (product-mismatch)\n`);
    const out = join(tempDir(), 'out');
    const piped = spawnSync('sh', ['-c', `node ${join(ROOT, 'dist/cli.js')} ingest ${SEED} --out ${out} | head -1`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(readdirSync(out)).toContain('dataset.json');
  });

  it('names in the total-mismatch of project 2 the rows the total leaves out', () => {
    const out = join(tempDir(), 'out');
    runCli(['ingest', SEED, '--out', out]);
    const finding = readDataset(out).documents[0]!.discrepancies.find((d) => d.rule === 'total-mismatch');
    expect(finding).toMatchObject({ project: 2, printed: '3867.46', expected: '8361.21' });
    expect(finding!.message).toContain('rows 1–5 (4.493,75)');
  });

  it('writes the same bytes for the same inputs', () => {
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    runCli(['ingest', SEED, '--out', a, '--xlsx']);
    // Zip entries keep times to 2 s: wait past that, so that a timestamp in the workbook would show.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
    runCli(['ingest', SEED, '--out', b, '--xlsx']);
    expect(readdirSync(a)).toContain('rendiconta.xlsx');
    for (const file of readdirSync(a)) expect(readFileSync(join(b, file))).toEqual(readFileSync(join(a, file)));
  });

  it('writes the same dataset with --jobs 2 as with one thread', () => {
    const dir = tempDir();
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), readFileSync(SEED));
    writeFileSync(join(dir, 'd-empty.txt'), '');
    const one = runCli(['ingest', dir, '--out', join(dir, 'one')]);
    const two = runCli(['ingest', dir, '--out', join(dir, 'two'), '--jobs', '2']);
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(two.stdout.replace(join(dir, 'two'), '')).toBe(one.stdout.replace(join(dir, 'one'), ''));
    for (const file of ['dataset.json', 'staff.csv', 'discrepancies.csv', 'report.html']) {
      expect(readFileSync(join(dir, 'two', file))).toEqual(readFileSync(join(dir, 'one', file)));
    }
  });

  it('writes the contract’s CSV columns, plain by default', async () => {
    const out = join(tempDir(), 'out');
    runCli(['ingest', SEED, '--out', out]);
    const staff = readFileSync(join(out, 'staff.csv'), 'utf8');
    expect(staff.startsWith('document_id,project,row,grade,hourly_cost,hours,product,percentage,result,expected_hourly_cost,expected_product,expected_result,repairs,raw,page,lines\n')).toBe(true);
    const rows = await parseCsv(staff, ',');
    expect(rows).toHaveLength(152);
    expect(rows[1]!.slice(1, 9)).toEqual(['1', '1', 'D2', '18.56', '350', '6496.00', '20', '1299.2']);
    const projects = await parseCsv(readFileSync(join(out, 'projects.csv'), 'utf8'), ',');
    expect(projects[0]).toEqual(['document_id', 'project', 'title', 'declared_amount', 'printed_total', 'computed_total', 'staff_rows', 'errors', 'warnings', 'infos', 'page', 'line']);
    const discrepancies = await parseCsv(readFileSync(join(out, 'discrepancies.csv'), 'utf8'), ',');
    expect(discrepancies[0]).toEqual(['document_id', 'project', 'row', 'rule', 'severity', 'field', 'printed', 'expected', 'difference', 'message', 'page', 'lines']);
    expect(discrepancies).toHaveLength(21);
  });

  it('writes CSV for Italian Excel with --csv-locale it', async () => {
    const out = join(tempDir(), 'out');
    runCli(['ingest', SEED, '--out', out, '--csv-locale', 'it']);
    const bytes = readFileSync(join(out, 'staff.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('document_id;project;row;grade;hourly_cost;hours;product;percentage;result;expected_hourly_cost;expected_product;expected_result;repairs;raw;page;lines');
    const rows = await parseCsv(text, ';');
    expect(rows[1]!.slice(3, 9)).toEqual(['D2', '18,56', '350', '6496,00', '20', '1299,2']);
  });

  it('neutralises text cells that a spreadsheet would run as formulas', async () => {
    const dir = tempDir();
    const plan = ['=HYPERLINK("http://x") PIANO 2016', '', 'Progetto N° 1 - =SUM(A1:A9)', 'Quinta condizione', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', '@D3 20,30 100 2030,00 20 406', 'Totale 406'];
    writeFileSync(join(dir, 'plan.txt'), plan.join('\n'));
    runCli(['ingest', join(dir, 'plan.txt'), '--out', join(dir, 'out')]);
    const projects = await parseCsv(readFileSync(join(dir, 'out/projects.csv'), 'utf8'), ',');
    expect(projects[1]![2]).toBe("'=SUM(A1:A9)");
    for (const file of ['projects.csv', 'staff.csv', 'discrepancies.csv']) {
      const rows = await parseCsv(readFileSync(join(dir, 'out', file), 'utf8'), ',');
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@\t\r]/);
    }
  });

  it('writes the other inputs and a one-line failure for an unreadable one (exit 1)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/a-empty.txt'), '');
    writeFileSync(join(dir, 'in/b-plan.txt'), readFileSync(SEED));
    writeFileSync(join(dir, 'in/c-binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));
    writeFileSync(join(dir, 'in/notes.md'), 'ignored: not a plan format');
    const run = runCli(['ingest', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `rendiconta: ${join(dir, 'in/a-empty.txt')}: empty file`,
      `rendiconta: ${join(dir, 'in/c-binary.txt')}: binary data, not text: convert the document to text or PDF first`,
    ]);
    const dataset = readDataset(join(dir, 'out'));
    expect(dataset.documents.map((d) => d.source.path)).toEqual([join(dir, 'in/b-plan.txt')]);
    expect(dataset.failures.map((f) => f.path)).toEqual([join(dir, 'in/a-empty.txt'), join(dir, 'in/c-binary.txt')]);
  });

  it('reads a document of another kind as a document with no projects (exit 0)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'decree.txt'), 'DETERMINAZIONE DIRIGENZIALE\n\nQuadro economico\nLavori 1.000,00\nIVA 220,00\nTotale 1.220,00\n');
    const run = runCli(['ingest', join(dir, 'decree.txt'), '--out', join(dir, 'out')]);
    expect(run.status).toBe(0);
    const [document] = readDataset(join(dir, 'out')).documents;
    expect(document!.projects).toEqual([]);
    expect(document!.discrepancies.map((d) => d.rule)).toEqual(['no-projects']);
  });

  it('exits 3 with --fail-on when a finding is that severe, and 1 wins over 3', () => {
    const dir = tempDir();
    expect(runCli(['ingest', SEED, '--out', join(dir, 'a'), '--fail-on', 'error']).status).toBe(3);
    expect(runCli(['ingest', SEED, '--out', join(dir, 'b'), '--fail-on', 'warning', '--severity', 'cost-typo=info', '--severity', 'product-mismatch=info', '--severity', 'total-mismatch=info', '--severity', 'rate-outlier=info']).status).toBe(0);
    expect(runCli(['ingest', SEED, join(dir, 'missing.txt'), '--out', join(dir, 'c'), '--fail-on', 'error']).status).toBe(1);
  });

  it('exits 2 on wrong arguments, writing nothing', () => {
    const dir = tempDir();
    for (const args of [['ingest'], ['ingest', SEED, '--fail-on', 'maybe'], ['ingest', SEED, '--severity', 'nope=error'], ['frobnicate'], ['ingest', SEED, '--bogus']]) {
      const run = runCli([...args, '--out', join(dir, 'out')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^rendiconta: .+\nRun "rendiconta --help" for usage\.\n$/);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses, in one line, an output that cannot be written, and leaves what is there', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'not a folder');
    const run = runCli(['ingest', SEED, '--out', join(dir, 'file')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('not a folder');
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('logs JSON lines to stderr with --debug when stderr is not a terminal', () => {
    const run = runCli(['ingest', SEED, '--out', join(tempDir(), 'out'), '--debug']);
    expect(run.status).toBe(0);
    const logs = run.stderr.trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(logs.map((l) => l.msg)).toEqual(['run started', 'document written']);
  });

  it('documents every option in --help', () => {
    const help = runCli(['ingest', '--help']);
    expect(help.status).toBe(0);
    for (const option of ['--out', '--csv-locale', '--xlsx', '--fail-on', '--severity', '--rates', '--max-size', '--jobs', '--quiet', '--debug']) expect(help.stdout).toContain(option);
    expect(runCli(['--help']).stdout).toContain('rendiconta ingest');
  });
});
