// Makes an image-only "scanned" PDF of a PDF, as a scanner would have made of its printout
// (scripts/scan/simulate-scan.mjs: grey pages at 200 DPI, skew up to ±1°, Gaussian noise, a blur of
// half a pixel, JPEG at quality 50). The OCR tests make theirs on the fly; this is for looking at
// one, or for the benchmark.
//   node scripts/make-scanned-pdf.mjs fixtures/pdf/seed-ruled.pdf scan.pdf [--pages 1,2,3] [--seed 1] [--dpi 200]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { simulateScan } from './scan/simulate-scan.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pages: { type: 'string' }, seed: { type: 'string', default: '1' }, dpi: { type: 'string', default: '200' } },
});
const [input, output] = positionals;
if (!input || !output) {
  console.error('usage: node scripts/make-scanned-pdf.mjs INPUT.pdf OUTPUT.pdf [--pages 1,2,3] [--seed N] [--dpi N]');
  process.exit(2);
}
const { pdf, pages } = await simulateScan(readFileSync(input), {
  seed: Number(values.seed),
  dpi: Number(values.dpi),
  ...(values.pages ? { pages: values.pages.split(',').map(Number) } : {}),
});
writeFileSync(output, pdf);
console.log(`${output}: ${pages.length} pages, ${(pdf.length / 1_048_576).toFixed(1)} MB; skew ${pages.map((p) => p.skew.toFixed(2)).join(' ')}°`);
