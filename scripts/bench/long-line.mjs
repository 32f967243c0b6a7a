// How reading grows with one line's length: the seed plan with one long line inserted, of growing
// length. Text taken out of a PDF may lose its line breaks, and a reader that searches the whole
// line once for each of its figures grows with the square of it. Two kinds of line:
// - figures, in the first staff table: the forms that once did (thousands set apart by a space, a
//   stray space within a cell, a no-break space);
// - sentence, before the first sentence naming the fund: one sentence of amounts for the fund, with
//   asides in brackets and after "di cui", which a reader that looked back to the sentence's start
//   at each amount once read in quadratic time.
// Each length is read once, after a warm-up on the seed. Prints JSON.
//   node long-line.mjs LIBRARY.js SEED.txt 25000,50000,100000 [figures|sentence]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [library, file, lengths = '25000,50000,100000', kind = 'figures'] = process.argv.slice(2);
const { extractSource, recordOf } = await import(pathToFileURL(resolve(library)).href);
const lines = readFileSync(file, 'utf8').split('\n');
const KINDS = {
  figures: { after: lines.findIndex((line) => /^\s*[A-D]\d\s+\d/.test(line)) + 1, opening: 'C3  ', unit: '1 234  17, 95  1\u00a0234  ' },
  sentence: { after: lines.findIndex((line) => /Fondo Salario Accessorio/i.test(line)), opening: 'Il progetto contribuisce ', unit: 'al Fondo Salario Accessorio di € 1.234,56 (e € 2,00) e di cui € 3,00, ' },
};
const { after, opening, unit } = KINDS[kind];
const read = async (length) => {
  const long = `${opening}${unit.repeat(Math.ceil(length / unit.length))}`;
  const text = [...lines.slice(0, after), long, ...lines.slice(after)].join('\n');
  const start = performance.now();
  const record = recordOf(await extractSource({ path: file, format: 'text', bytes: new TextEncoder().encode(text) }));
  return { length: long.length, ms: performance.now() - start, rows: record.summary.staffRows };
};
for (let warm = 0; warm < 2; warm++) await read(0);
const sizes = [];
for (const length of lengths.split(',').map(Number)) sizes.push(await read(length));
process.stdout.write(`${JSON.stringify(sizes)}\n`);
