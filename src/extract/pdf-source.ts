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
  if (!isReadableText(lines.map((l) => l.text).join(''))) {
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

/**
 * True when text is mostly letters, digits, punctuation and spaces. Fonts embedded without a
 * Unicode map give control codes, private-use and replacement characters instead.
 */
export function isReadableText(text: string): boolean {
  const sample = text.slice(0, 100_000);
  if (sample.length === 0) return true;
  const ordinary = sample.match(/[\p{L}\p{N}\p{P}\p{Zs}\p{Sc}\p{Sm}]/gu)?.length ?? 0;
  const latin = sample.match(/[\p{Script=Latin}\p{N}]/gu)?.length ?? 0;
  return ordinary / sample.length >= READABLE_SHARE && latin / sample.length >= READABLE_SHARE / 2;
}
