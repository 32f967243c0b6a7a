import type { SourceDocument } from '../model.js';
import { assembleLines, layoutPage } from './layout.js';
import type { NoiseLine, PageLayout } from './layout.js';
import { readPdf } from './pdf.js';

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
  return {
    document: { id, path, sha256, format: 'pdf', encoding: 'pdf', pages: pdf.pageCount, lines },
    noise,
  };
}

/** {@link readPdfSource}, keeping only the document: the same shape the text path produces. */
export async function pdfToSourceDocument(bytes: Uint8Array, path: string, id: string, sha256: string): Promise<SourceDocument> {
  return (await readPdfSource(bytes, path, id, sha256)).document;
}
