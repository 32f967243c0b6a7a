// How reading grows with one line's length: the seed plan with one line of figures inserted in its
// first staff table, of growing length. Text taken out of a PDF may lose its line breaks, and a
// reader that searches the whole line once for each of its figures grows with the square of it.
// The line mixes the forms that once did (thousands set apart by a space, a stray space within a
// cell, a no-break space). Each length is read once, after a warm-up on the seed. Prints JSON.
//   node long-line.mjs LIBRARY.js SEED.txt 25000,50000,100000
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [library, file, lengths = '25000,50000,100000'] = process.argv.slice(2);
const { extractSource, recordOf } = await import(pathToFileURL(resolve(library)).href);
const lines = readFileSync(file, 'utf8').split('\n');
const firstRow = lines.findIndex((line) => /^\s*[A-D]\d\s+\d/.test(line));
const UNIT = '1 234  17, 95  1\u00a0234  ';
const read = async (length) => {
  const long = `C3  ${UNIT.repeat(Math.ceil(length / UNIT.length))}`;
  const text = [...lines.slice(0, firstRow + 1), long, ...lines.slice(firstRow + 1)].join('\n');
  const start = performance.now();
  const record = recordOf(await extractSource({ path: file, format: 'text', bytes: new TextEncoder().encode(text) }));
  return { length: long.length, ms: performance.now() - start, rows: record.summary.staffRows };
};
for (let warm = 0; warm < 2; warm++) await read(0);
const sizes = [];
for (const length of lengths.split(',').map(Number)) sizes.push(await read(length));
process.stdout.write(`${JSON.stringify(sizes)}\n`);
