// The baseline of the PDF path: a bare pdfjs-dist extraction of every page's text, as
// scripts/bench-pdf.mjs does it (legacy build, eval off, pages read one after another).
//   node bare-pdfjs.mjs FILE.pdf
import { readFileSync } from 'node:fs';

const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const doc = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), isEvalSupported: false, verbosity: 0 }).promise;
let items = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  items += (await page.getTextContent()).items.length;
  page.cleanup();
}
await doc.destroy();
if (items === 0) process.exit(1);
