#!/usr/bin/env node
// Times the PDF front end (bytes → SourceDocument) and, when dist/ is built, the whole
// `rendiconta ingest` command, against a bare pdfjs-dist text extraction of every page: all as whole
// Node processes (start-up and pdfjs import included), alternated in one run; ratios of medians.
//
//   node scripts/bench-pdf.mjs [--runs 15] [FILE.pdf ...]     (default: fixtures/pdf/seed-*.pdf)
//
// The front end is bundled with esbuild first (pdfjs-dist left external and imported lazily, as in
// the build), so that TypeScript compilation is not what is measured.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '15' } }, allowPositionals: true });
const runs = Number(values.runs);
const files = positionals.length > 0 ? positionals.map((f) => resolve(f)) : ['seed-ruled', 'seed-borderless'].map((f) => join(root, `fixtures/pdf/${f}.pdf`));
const dir = join(root, '.tmp/bench');
mkdirSync(dir, { recursive: true });

writeFileSync(
  join(dir, 'front-end-entry.ts'),
  `import { readFileSync } from 'node:fs';
import { readPdfSource } from '${join(root, 'src/extract/pdf-source.ts')}';
const path = process.argv[2] ?? '';
const { document } = await readPdfSource(readFileSync(path), path, 'bench', '');
if (document.lines.length === 0) process.exit(1);
`,
);
await build({
  entryPoints: [join(dir, 'front-end-entry.ts')],
  outfile: join(dir, 'front-end.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['pdfjs-dist'],
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'bare.mjs'),
  `import { readFileSync } from 'node:fs';
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const doc = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), isEvalSupported: false, verbosity: 0 }).promise;
let items = 0;
for (let n = 1; n <= doc.numPages; n++) items += (await (await doc.getPage(n)).getTextContent()).items.length;
await doc.destroy();
if (items === 0) process.exit(1);
`,
);

// The whole command, when it has been built (npm run build): every stage and every output file.
// A copy, so that a rebuild while the benchmark runs cannot pull it away.
const cli = join(dir, 'dist/cli.js');
if (existsSync(join(root, 'dist/cli.js'))) cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
const commands = {
  'front end': (file) => [join(dir, 'front-end.mjs'), file],
  'bare pdfjs': (file) => [join(dir, 'bare.mjs'), file],
  ...(existsSync(cli) ? { 'rendiconta ingest': (file) => [cli, 'ingest', file, '--out', join(dir, 'out')] } : {}),
};
const time = (name, file) => {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, commands[name](file), { cwd: root, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const file of files) {
  const names = Object.keys(commands);
  const timings = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) time(name, file); // warm the file cache
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? names : [...names].reverse();
    for (const name of order) timings[name].push(time(name, file));
  }
  const bare = median(timings['bare pdfjs']);
  const report = names.map((name) => {
    const ms = median(timings[name]);
    return name === 'bare pdfjs' ? `bare pdfjs ${ms.toFixed(0)} ms` : `${name} ${ms.toFixed(0)} ms (×${(ms / bare).toFixed(3)})`;
  });
  console.log(`${relative(root, file)}: ${report.join(', ')}; medians of ${runs} alternated runs`);
}
