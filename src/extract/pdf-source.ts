import type { SourceDocument } from '../model.js';
import { assembleLines, layoutPage } from './layout.js';
import type { NoiseLine, PageLayout } from './layout.js';
import { readPdf } from './pdf.js';
import { UnreadableInputError } from '../errors.js';

/** A PDF read into lines, with the page furniture that was taken out of them. */
export interface PdfSource {
  document: SourceDocument;
  noise: NoiseLine[];
}

/**
 * Reads a PDF into a {@link SourceDocument} (`format: 'pdf'`), page by page, keeping of each page
 * only its rebuilt lines; also returns the running headers, footers and page numbers taken out.
 * Throws `UnreadableInputError` as {@link readPdf} does.
 */
export async function readPdfSource(bytes: Uint8Array, path: string, id: string, sha256: string): Promise<PdfSource> {
  const pdf = await readPdf(bytes, path);
  const pages: PageLayout[] = [];
  for await (const page of pdf) pages.push(layoutPage(page, pages.at(-1)?.openTable ?? null));
  const { lines, noise } = assembleLines(pages);
  if (!isReadableText(textStart(lines, READABLE_SAMPLE))) {
    throw new UnreadableInputError('the text layer is garbage (fonts without a Unicode map); OCR is needed');
  }
  return {
    document: { id, path, sha256, format: 'pdf', encoding: 'pdf', pages: pdf.pageCount, lines },
    noise,
  };
}

/** {@link readPdfSource}, keeping only the document: the same shape the text path produces. */
export async function pdfToSourceDocument(bytes: Uint8Array, path: string, id: string, sha256: string): Promise<SourceDocument> {
  return (await readPdfSource(bytes, path, id, sha256)).document;
}

/** Below this share of ordinary characters, a text layer is glyph codes, not text. */
const READABLE_SHARE = 0.6;
/** How much of the text (UTF-16 code units) the check looks at. */
const READABLE_SAMPLE = 100_000;
const ORDINARY = /[\p{L}\p{N}\p{P}\p{Zs}\p{Sc}\p{Sm}]/u;
const LATIN = /[\p{Script=Latin}\p{N}]/u;

/** The first `length` code units of the lines' texts joined, without joining them all. */
function textStart(lines: readonly { text: string }[], length: number): string {
  let text = '';
  for (const line of lines) {
    if (text.length >= length) break;
    text += line.text;
  }
  return text.slice(0, length);
}

/**
 * True when text is mostly letters, digits, punctuation and spaces. Fonts embedded without a
 * Unicode map give control codes, private-use and replacement characters instead.
 */
export function isReadableText(text: string): boolean {
  const sample = text.slice(0, READABLE_SAMPLE);
  if (sample.length === 0) return true;
  let ordinary = 0;
  let latin = 0;
  for (const char of sample) {
    if (ORDINARY.test(char)) ordinary++;
    if (LATIN.test(char)) latin++;
  }
  return ordinary / sample.length >= READABLE_SHARE && latin / sample.length >= READABLE_SHARE / 2;
}
