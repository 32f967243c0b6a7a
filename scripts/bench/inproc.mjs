// The text path in one process: reads every .txt under a folder once, then times extractSource +
// recordOf over all of them, one warm-up pass and `runs` timed passes. Prints JSON on stdout; the
// warm-up pass is there too, as `cold`: the code not yet optimised, as a one-document CLI run finds it.
//   node inproc.mjs LIBRARY.js DIR RUNS
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [library, dir, runs = '5'] = process.argv.slice(2);
const { extractSource, recordOf } = await import(pathToFileURL(resolve(library)).href);
const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ path: f, format: 'text', bytes: new Uint8Array(readFileSync(join(dir, f))) }));
const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
const passes = [];
let cold = null;
for (let pass = 0; pass <= Number(runs); pass++) {
  let extract = 0;
  let record = 0;
  let projects = 0;
  for (const file of files) {
    const t0 = performance.now();
    const source = await extractSource(file);
    const t1 = performance.now();
    projects += recordOf(source).projects.length;
    record += performance.now() - t1;
    extract += t1 - t0;
  }
  if (pass > 0) passes.push({ extract, record, total: extract + record, projects });
  else cold = { extract, record, total: extract + record, projects };
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, passes, cold })}\n`);
