// How reading grows with a document's size: one generated plan, then the same plan pasted 2, 4, …
// times into one document, the project headings of every copy after the first written as prose
// ("Progetto n. 3" → "Sezione n. 3"), so that they read as part of the first copy's last project:
// one project of thousands of rows, the case that once took quadratic time. Each size is read once,
// after a warm-up on the plan alone. Prints JSON on stdout.
//   node scale.mjs LIBRARY.js PLAN.txt 1,2,4,8
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [library, file, factors = '1,2,4'] = process.argv.slice(2);
const { extractSource, recordOf } = await import(pathToFileURL(resolve(library)).href);
const plan = readFileSync(file);
// The same number of bytes: "Progetto" and "Sezione " are both eight.
const unheaded = Buffer.from(plan.toString('utf8').replace(/^(\s*(?:\d+[.)]\s*)?)progetto(?=\W)/gim, '$1Sezione '), 'utf8');
const read = async (copies) => {
  const bytes = new Uint8Array(Buffer.concat(Array.from({ length: copies }, (_, i) => (i === 0 ? plan : unheaded))));
  const start = performance.now();
  const record = recordOf(await extractSource({ path: file, format: 'text', bytes }));
  return { copies, bytes: bytes.length, ms: performance.now() - start, rows: record.summary.staffRows, projects: record.summary.projects };
};
for (let warm = 0; warm < 2; warm++) await read(1);
const sizes = [];
for (const copies of factors.split(',').map(Number)) sizes.push(await read(copies));
process.stdout.write(`${JSON.stringify(sizes)}\n`);
