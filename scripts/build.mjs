// Builds dist/: the CLI as one bundled file run from a V8 code cache (fast start-up: module
// resolution, then compiling, dominate a small run), the library entry with its dependencies
// external, and the type declarations.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

rmSync('dist', { recursive: true, force: true });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = { platform: 'node', target: 'node20', format: 'esm', bundle: true, logLevel: 'warning', define: { __RENDICONTA_VERSION__: JSON.stringify(version) } };
// Loaded lazily, only when needed (PDF inputs, OCR, --debug logs, --xlsx): never bundled.
const lazy = ['pdfjs-dist', 'pdfjs-dist/*', '@napi-rs/canvas', 'tesseract.js', '@tesseract.js-data/ita', 'pino', 'pino-pretty', 'write-excel-file', 'write-excel-file/*'];

const cli = {
  ...common,
  external: lazy,
  minifyWhitespace: true,
  // Bundled CommonJS packages require Node built-ins at run time: an ESM bundle needs a require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
};
// The CLI: a small launcher (dist/cli.js) that runs the bundle (dist/cli-body.cjs, CommonJS, which
// V8 can compile from a code cache) from the code cache made below (dist/cli-body.cache).
await build({ ...common, entryPoints: ['src/cli-launcher.ts'], outfile: 'dist/cli.js' });
await build({
  ...cli,
  format: 'cjs',
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli-body.cjs',
  define: { ...common.define, 'import.meta.url': '__moduleUrl' },
  banner: { js: "const __moduleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The worker thread of --jobs N, loaded from beside the CLI and the library.
await build({ ...cli, entryPoints: ['src/ingest-worker.ts'], outfile: 'dist/ingest-worker.js' });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
// dataset.schema.json is the same for every run: generated once here, beside the bundles that copy it.
await build({ ...common, entryPoints: ['src/write/dataset-schema.ts'], outfile: 'dist/.dataset-schema.mjs' });
const { datasetSchemaText, JSON_SCHEMA_FILE } = await import(pathToFileURL('dist/.dataset-schema.mjs').href);
writeFileSync(`dist/${JSON_SCHEMA_FILE}`, datasetSchemaText());
rmSync('dist/.dataset-schema.mjs');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
// The code cache holds what a run compiles: that of a run on the seed and on a small PDF.
const sample = mkdtempSync(join(tmpdir(), 'rendiconta-build-'));
try {
  const inputs = ['fixtures/seed-2015/input.txt', 'fixtures/pdf/two-tables.pdf'];
  execFileSync(process.execPath, ['dist/cli.js', 'ingest', ...inputs, '--out', sample, '--quiet'], {
    stdio: 'inherit',
    env: { ...process.env, RENDICONTA_WRITE_CODE_CACHE: '1' },
  });
} finally {
  rmSync(sample, { recursive: true, force: true });
}
