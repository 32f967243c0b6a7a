#!/usr/bin/env node
// rendiconta's benchmark (issue 7): medians of whole processes measured side by side, alternated
// in one run, against the targets. Not a test: it prints a table and never fails on a target.
//
//   npm run bench [-- --quick] [-- --only startup,text,pdf,batch,memory,ocr] [-- --runs N]
//
// Large inputs (generated plans, a 1,000-page PDF, a 500 MB batch) are made under .tmp/bench/ on
// the first run and reused; --fresh remakes them. The built CLI and library (npm run build) are
// copied first, so that a rebuild while the benchmark runs cannot change what is measured.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alternate, median, peakRss, removeDir } from './measure.mjs';
import { writePlanPdf } from './pdf-writer.mjs';
import { simulateScan } from '../scan/simulate-scan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SECTIONS = ['startup', 'text', 'scale', 'pdf', 'batch', 'memory', 'ocr'];
const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: SECTIONS.join(',') },
    runs: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});
const quick = opts.quick;
const only = new Set(opts.only.split(',').map((s) => s.trim()));
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s}; known: ${SECTIONS.join(', ')}`);
const runs = (full, fast) => Number(opts.runs ?? (quick ? fast : full));
const tmp = join(root, '.tmp/bench');
const say = (line) => process.stderr.write(`${line}\n`);
const node = process.execPath;
const MiB = 1_048_576;

// --- the build under test, copied -------------------------------------------------------------
if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: npm run build first');
const build = join(tmp, 'build');
removeDir(build);
mkdirSync(join(build, 'dist'), { recursive: true });
// Every built file but the type declarations: the bundles and what they read beside them (dataset.schema.json).
for (const f of readdirSync(join(root, 'dist'), { withFileTypes: true })) if (f.isFile()) copyFileSync(join(root, 'dist', f.name), join(build, 'dist', f.name));
copyFileSync(join(root, 'package.json'), join(build, 'package.json'));
const cli = join(build, 'dist/cli.js');
const library = join(build, 'dist/index.js');
const help = spawnSync(node, [cli, 'ingest', '--help'], { encoding: 'utf8' }).stdout;
const cliHasJobs = help.includes('--jobs');

let outs = 0;
const out = () => join(tmp, 'out', String(outs++));
const cleanOuts = () => removeDir(join(tmp, 'out'));
const ingestArgv = (inputs, extra = []) => [node, cli, 'ingest', ...inputs, '--out', out(), '--quiet', ...extra];

// --- inputs, generated once -----------------------------------------------------------------
/** Generated plans in `.tmp/bench/corpus/NAME` (gold files dropped), made in two processes at a time until `bytes` are reached or `count` plans written. */
async function corpus(name, { count, projects, seed, bytes = Infinity, chunk = count }) {
  const dir = join(tmp, 'corpus', name);
  const marker = join(dir, 'complete.json');
  if (!opts.fresh && existsSync(marker)) return { dir, ...JSON.parse(readFileSync(marker, 'utf8')) };
  removeDir(dir);
  say(`generating ${name} (${Number.isFinite(bytes) ? `${(bytes / MiB).toFixed(0)} MB` : `${count} plans`}) ...`);
  const generate = (part, n, from) =>
    new Promise((done, fail) => {
      const argv = ['scripts/generate-plans.ts', '--out', join(dir, part), '--count', String(n), '--seed', String(from), ...(projects ? ['--projects', String(projects)] : [])];
      spawn(join(root, 'node_modules/.bin/tsx'), argv, { cwd: root, stdio: 'ignore' }).on('exit', (code) => (code === 0 ? done() : fail(new Error(`generate-plans exited ${code}`))));
    });
  let written = 0;
  let total = 0;
  for (let part = 0; written < count && total < bytes; part += 2) {
    // after the first round, the size of the plans written so far says how many more are needed
    const needed = written === 0 ? chunk : Math.ceil((bytes - total) / (total / written) / 2);
    const n = Math.min(chunk, needed, count - written);
    const second = Math.min(n, count - written - n);
    await Promise.all([generate(`part-${part}`, n, seed + written), second > 0 ? generate(`part-${part + 1}`, second, seed + written + n) : null]);
    written += n + second;
    total = 0;
    for (const sub of readdirSync(dir)) {
      for (const f of readdirSync(join(dir, sub))) {
        if (f.endsWith('.gold.json')) removeDir(join(dir, sub, f));
        else total += statSync(join(dir, sub, f)).size;
      }
    }
  }
  const info = { files: written, bytes: total };
  writeFileSync(marker, JSON.stringify(info));
  return { dir, ...info };
}

function planPdf(pages) {
  const file = join(tmp, `plan-${pages}-pages.pdf`);
  if (opts.fresh || !existsSync(file)) writePlanPdf(file, pages);
  return file;
}

// --- the table ------------------------------------------------------------------------------
const rows = [];
const notes = [];
const ms = (x) => `${x.toFixed(0)} ms`;
const row = (section, measure, figure, target = '', met = null) => {
  rows.push({ section, measure, figure, target, met: met === null ? '' : met ? 'yes' : '**no**' });
  say(`  ${measure}: ${figure}${target ? ` (target ${target}: ${met ? 'met' : 'missed'})` : ''}`);
};

const started = Date.now();
const sectionLoads = [];
const sectionLoad = (name) => sectionLoads.push(`${name} ${loadavg()[0].toFixed(1)}`);
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain', 'src'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== '';
const built = statSync(join(root, 'dist/cli.js')).mtime;
const newestSource = Math.max(...readdirSync(join(root, 'src'), { recursive: true }).map((f) => statSync(join(root, 'src', f)).mtimeMs));
if (newestSource > built.getTime()) notes.push('dist/ is older than some file of src/: what was measured is the last build (npm run build).');
const cpuModel = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model;
say(`rendiconta benchmark${quick ? ' (quick)' : ''}: ${[...only].join(', ')}; load average at start ${load}`);

if (only.has('startup')) {
  sectionLoad('startup');
  say('text path through the CLI, seed plan ...');
  const seed = 'fixtures/seed-2015/input.txt';
  const pdftotext = spawnSync('pdftotext', ['-v']).error ? null : 'pdftotext';
  const n = runs(21, 7);
  const r = alternate(
    {
      cli: () => ingestArgv([seed]),
      node: () => [node, '-e', '0'],
      help: () => [node, cli, '--help'],
      ...(pdftotext ? { pdftotext: () => [pdftotext, 'fixtures/pdf/seed-ruled.pdf', join(tmp, 'seed-ruled.txt')] } : {}),
    },
    { runs: n, cwd: root, after: cleanOuts },
  );
  const ratio = r.cli.median / r.node.median;
  row('CLI, seed (text)', '`node -e 0`', ms(r.node.median));
  row('CLI, seed (text)', '`rendiconta ingest input.txt`', `${ms(r.cli.median)} (${ratio.toFixed(2)}× node -e 0)`, '≤ 2× node -e 0', ratio <= 2);
  row('CLI, seed (text)', 'for scale: `rendiconta --help` (loading the CLI, reading nothing)', `${ms(r.help.median)} (${(r.help.median / r.node.median).toFixed(2)}× node -e 0)`);
  if (r.pdftotext) row('CLI, seed (text)', '`pdftotext seed-ruled.pdf`', `${ms(r.pdftotext.median)} (rendiconta on the text: ${(r.cli.median / r.pdftotext.median).toFixed(2)}×)`);
  else notes.push('pdftotext is not installed (apt-get install poppler-utils): its line is skipped.');
  notes.push(`CLI on the seed: medians of ${n} alternated runs each.`);
}

if (only.has('text')) {
  sectionLoad('text');
  const plans = quick ? 1 : 4;
  const c = await corpus(`text-${plans}x400`, { count: plans, projects: 400, seed: 7001 });
  say(`text path in process, ${c.files} plans, ${(c.bytes / MiB).toFixed(1)} MB ...`);
  const n = runs(5, 3);
  const result = JSON.parse(execFileSync(node, [join(root, 'scripts/bench/inproc.mjs'), library, c.dir, String(n)], { cwd: root, encoding: 'utf8' }));
  const mbps = (key) => c.bytes / MiB / (median(result.passes.map((p) => p[key])) / 1000);
  const rate = mbps('total');
  row('text, in process', `extractSource + recordOf, ${c.files} plan${c.files === 1 ? '' : 's'} of ≥ 1 MB (${(c.bytes / MiB).toFixed(1)} MB)`, `${rate.toFixed(2)} MB/s`, '≥ 20 MB/s', rate >= 20);
  row('text, in process', 'of which extractSource alone', `${mbps('extract').toFixed(1)} MB/s`);
  row('text, in process', 'of which recordOf alone', `${mbps('record').toFixed(2)} MB/s`);
  row('text, in process', 'for scale: the warm-up pass (code not yet optimised, as one CLI run finds it)', `${(c.bytes / MiB / (result.cold.total / 1000)).toFixed(2)} MB/s`);
  notes.push(`Text in process: one process, files read once, one warm-up pass then the median of ${n} passes; MB = 1,048,576 bytes of plan text.`);
}

if (only.has('scale')) {
  sectionLoad('scale');
  const c = await corpus('text-1x400', { count: 1, projects: 400, seed: 7001 });
  const plan = join(c.dir, readdirSync(c.dir, { recursive: true }).find((f) => String(f).endsWith('.txt')));
  const factors = quick ? [1, 2, 4] : [1, 2, 4, 8];
  say(`reading one plan pasted ${factors.join(', ')} times into one document ...`);
  const sizes = JSON.parse(execFileSync(node, [join(root, 'scripts/bench/scale.mjs'), library, plan, factors.join(',')], { cwd: root, encoding: 'utf8' }));
  const perMb = (s) => s.ms / (s.bytes / MiB);
  for (const s of sizes) {
    row('scale, in process', `the plan pasted ${s.copies}× into one document (${(s.bytes / MiB).toFixed(1)} MB, ${s.rows} rows)`, `${ms(s.ms)} (${perMb(s).toFixed(0)} ms a MB)`);
  }
  notes.push('Scale: extractSource + recordOf of one generated plan, and of it pasted into one document several times (the headings of every copy after the first written as prose, so that the copies read as one project of thousands of rows), each read once after two warm-up reads of the plan; linear reading keeps the ms a MB about flat.');
  const lengths = quick ? [25_000, 100_000] : [25_000, 50_000, 100_000, 200_000];
  for (const kind of ['figures', 'sentence']) {
    say(`reading the seed with one line (${kind}) ${lengths.join(', ')} characters long ...`);
    const lines = JSON.parse(execFileSync(node, [join(root, 'scripts/bench/long-line.mjs'), library, join(root, 'fixtures/seed-2015/input.txt'), lengths.join(','), kind], { cwd: root, encoding: 'utf8' }));
    for (const l of lines) row('scale, in process', `the seed with one line of ${kind === 'figures' ? 'figures' : 'amounts for the fund'} ${l.length.toLocaleString('en')} characters long`, ms(l.ms));
  }
  notes.push('Scale: the seed with one long line of growing length inserted (text out of a PDF that lost its line breaks), read once each after two warm-up reads: figures in its first staff table (a reader that searched the whole line for each figure made 200,000 characters take 73 s, session 19), or one sentence of amounts for the fund with asides (a reader that looked back to the sentence\'s start at each amount made 120,000 characters take 3 s, session 20).');
}

if (only.has('pdf')) {
  sectionLoad('pdf');
  const big = planPdf(quick ? 100 : 1000);
  const files = [
    ['fixtures/pdf/seed-ruled.pdf', runs(15, 5)],
    ['fixtures/pdf/seed-borderless.pdf', runs(15, 5)],
    [big, runs(7, 3)],
  ];
  for (const [file, n] of files) {
    const name = file.startsWith(tmp) ? `generated ${file.match(/plan-(\d+)-pages/)[1]}-page PDF` : file.split('/').pop();
    say(`PDF path, ${name} ...`);
    const r = alternate({ rendiconta: () => ingestArgv([file]), bare: () => [node, join(root, 'scripts/bench/bare-pdfjs.mjs'), file] }, { runs: n, cwd: root, cpu: true, after: cleanOuts });
    const ratio = r.rendiconta.median / r.bare.median;
    const cpu = (x) => (x.cpu === null ? '' : `; CPU ${ms(x.cpu)}`);
    row('PDF', `${name}: bare pdfjs-dist, every page`, `${ms(r.bare.median)}${cpu(r.bare)}`);
    row('PDF', `${name}: \`rendiconta ingest\``, `${ms(r.rendiconta.median)}${cpu(r.rendiconta)} (${ratio.toFixed(2)}× bare)`, '≤ 1.15× bare', ratio <= 1.15);
  }
  notes.push(
    `PDF: whole processes (start-up and pdfjs import included), medians of ${runs(15, 5)} alternated runs for the seed PDFs, ${runs(7, 3)} for the generated one; CPU: user + system time of the process, all threads (rendiconta parses in a thread of its own while it lays out the pages before).`,
  );
}

if (only.has('ocr')) {
  sectionLoad('ocr');
  // The seed printed with ruled tables, scanned (scripts/scan/simulate-scan.mjs): every page read by OCR.
  const pages = quick ? [1, 2, 3, 4] : undefined;
  const scan = join(tmp, `scan-${quick ? 'quick' : 'seed'}.pdf`);
  if (!existsSync(scan) || opts.fresh) {
    say('OCR: scanning the seed PDF ...');
    writeFileSync(scan, (await simulateScan(readFileSync(join(root, 'fixtures/pdf/seed-ruled.pdf')), { seed: 1, pages })).pdf);
  }
  const count = pages?.length ?? 33;
  say(`OCR: ${count} scanned pages ...`);
  const r = alternate({ rendiconta: () => ingestArgv([scan]) }, { runs: runs(3, 1), warm: false, cwd: root, after: cleanOuts });
  const perPage = r.rendiconta.median / count / 1000;
  row('OCR', `scanned seed, ${count} pages (${cpus().length} cores): \`rendiconta ingest\``, `${(r.rendiconta.median / 1000).toFixed(1)} s, ${perPage.toFixed(2)} s a page`, '≤ 4 s a page', perPage <= 4);
  notes.push(`OCR: whole runs on a scan of the seed PDF (200 DPI, skew, noise, blur, JPEG 50), one worker a core; median of ${runs(3, 1)}.`);
}

if (only.has('batch')) {
  sectionLoad('batch');
  const plans = quick ? 200 : 1000;
  const c = await corpus(`batch-${plans}`, { count: plans, seed: 1, chunk: Math.ceil(plans / 2) });
  say(`batch of ${c.files} plans (${(c.bytes / MiB).toFixed(1)} MB), --jobs 1 and 2 ...`);
  const n = runs(3, 3);
  const argv = (jobs) => (cliHasJobs ? ingestArgv([c.dir], ['--jobs', String(jobs)]) : [node, join(root, 'scripts/bench/library-batch.mjs'), library, String(jobs), c.dir]);
  const r = alternate({ 1: () => argv(1), 2: () => argv(2) }, { runs: n, warm: false, cwd: root, cpu: true, after: cleanOuts });
  const speedup = r[1].median / r[2].median;
  // What two cores give here and now: one pure-JS loop alone against two at once, as processes.
  const spin = `${node} -e "let x = 0; for (let i = 0; i < 4e8; i++) x += i % 7"`;
  const s = alternate({ one: () => ['sh', '-c', spin], two: () => ['sh', '-c', `${spin} & ${spin}; wait`] }, { runs: n, cwd: root });
  const how = cliHasJobs ? '`rendiconta ingest --jobs' : '`ingest(paths, { jobs:';
  const cpu = (x) => (x.cpu === null ? '' : `; CPU ${(x.cpu / 1000).toFixed(1)} s`);
  row('batch', `${c.files} plans (${(c.bytes / MiB).toFixed(1)} MB), ${how} 1\``, `${ms(r[1].median)}${cpu(r[1])}`);
  row('batch', `${c.files} plans, ${how} 2\``, `${ms(r[2].median)}${cpu(r[2])} (${speedup.toFixed(2)}× faster)`, '≥ 1.7× faster', speedup >= 1.7);
  row('batch', 'for scale: two CPU-bound loops at once against one (2 = two free cores)', `${((2 * s.one.median) / s.two.median).toFixed(2)}× the work per second`);
  if (cliHasJobs) {
    // What two cores give this work, not a plain loop: two processes at once, each reading half the
    // plans (the corpus's two parts) in one thread, against one process reading them all.
    const quote = (args) => args.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const [half1, half2] = ['part-0', 'part-1'].map((part) => quote(ingestArgv([join(c.dir, part)], ['--jobs', '1'])));
    const h = alternate({ two: () => ['sh', '-c', `${half1} & ${half2}; wait`] }, { runs: n, warm: false, cwd: root, after: cleanOuts });
    row('batch', 'for scale: two processes at once, each reading half the plans with `--jobs 1`', `${ms(h.two.median)} (${(r[1].median / h.two.median).toFixed(2)}× faster than one)`);
  }
  notes.push(
    `Batch: medians of ${n} alternated runs, whole processes (CPU: user + system time of the process, all threads), ${cliHasJobs ? 'through the CLI' : 'through the library in a process of its own (the CLI had no --jobs flag yet): no output files written'}.`,
  );
}

if (only.has('memory')) {
  sectionLoad('memory');
  const pages = quick ? 100 : 1000;
  const pdf = planPdf(pages);
  say(`peak RSS, ${pages}-page PDF ...`);
  const bare = await peakRss([node, join(root, 'scripts/bench/bare-pdfjs.mjs'), pdf], { cwd: root });
  const whole = await peakRss(ingestArgv([pdf]), { cwd: root });
  cleanOuts();
  row('peak RSS', `${pages}-page PDF (${(statSync(pdf).size / MiB).toFixed(1)} MB): bare pdfjs-dist`, `${bare.mb.toFixed(0)} MB`);
  row('peak RSS', `${pages}-page PDF: \`rendiconta ingest\``, `${whole.mb.toFixed(0)} MB (${(whole.ms / 1000).toFixed(1)} s)`, '< 300 MB', whole.mb < 300);
  const target = (quick ? 50 : 500) * MiB;
  const c = await corpus(`batch-${quick ? 50 : 500}mb`, { count: 100_000, projects: 100, seed: 20001, bytes: target, chunk: 60 });
  for (const jobs of cliHasJobs ? [1, 2] : [1]) {
    say(`peak RSS, ${(c.bytes / MiB).toFixed(0)} MB batch${cliHasJobs ? `, --jobs ${jobs}` : ''} ...`);
    const m = await peakRss(ingestArgv([c.dir], cliHasJobs ? ['--jobs', String(jobs)] : []), { cwd: root });
    cleanOuts();
    row('peak RSS', `${(c.bytes / MiB).toFixed(0)} MB batch, ${c.files} plans: \`rendiconta ingest${cliHasJobs ? ` --jobs ${jobs}` : ''}\``, `${m.mb.toFixed(0)} MB (${(m.ms / 1000).toFixed(0)} s)`, '< 300 MB', m.mb < 300);
  }
  notes.push(`Peak RSS: one run each, ${whole.via}; the CLI writes every output file.`);
}

// --- report ---------------------------------------------------------------------------------
const gb = (b) => `${(b / 1024 ** 3).toFixed(1)} GB`;
console.log(`rendiconta benchmark — ${new Date(started).toISOString()}${quick ? ' (--quick)' : ''}`);
console.log(`machine: ${cpus().length} CPUs (nproc ${execFileSync('nproc', { encoding: 'utf8' }).trim()}), ${cpuModel}, memory ${gb(totalmem())} (${gb(freemem())} free), Node ${process.version}`);
console.log(`build: dist/ built ${built.toISOString()}, HEAD ${commit}${dirty ? ' + uncommitted changes in src/' : ''}; load average at start ${load}, at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}; took ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
console.log('| section | measure | median | target | met |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.section} | ${r.measure} | ${r.figure} | ${r.target} | ${r.met} |`);
notes.push(`Load average (1 min) as each section began: ${sectionLoads.join(', ')} (${cpus().length} CPUs).`);
console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
