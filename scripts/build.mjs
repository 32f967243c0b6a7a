// Builds dist/: the CLI as one bundled ESM file (fast start-up: module resolution dominates a
// small run), the library entry with its dependencies external, and the type declarations.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const common = { platform: 'node', target: 'node20', format: 'esm', bundle: true, logLevel: 'warning' };
// Loaded lazily, only when needed (PDF inputs; --debug logs): never bundled.
const lazy = ['pdfjs-dist', 'pdfjs-dist/*', '@napi-rs/canvas', 'pino'];

await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  external: lazy,
  minifyWhitespace: true,
  // pino requires Node built-ins at run time; an ESM bundle needs a require to give it.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
});
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
