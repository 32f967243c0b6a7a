import type { SourceDocument } from '../model.js';
import { assembleLines, layoutPage } from './layout.js';
import type { NoiseLine, PageLayout, PageText } from './layout.js';
import { readPdf, type PdfPage } from './pdf.js';
import { UnreadableInputError } from '../errors.js';

/** When pages are read by OCR: those without a usable text layer, every page, or none. */
export type OcrMode = 'auto' | 'always' | 'never';

/** How a PDF's pages are read. */
export interface PdfReadOptions {
  /** Default `auto`. */
  ocr?: OcrMode;
  /** OCR worker threads, should the run's engine start here (default: one a core). */
  ocrWorkers?: number;
}

/** A PDF read into lines, with the page furniture that was taken out of them. */
export interface PdfSource {
  document: SourceDocument;
  noise: NoiseLine[];
}

/** Scanned pages drawn and waiting for the OCR engine at most (about 13 MB each): bounds the memory held. */
const PAGES_IN_FLIGHT = 4;

/**
 * Reads a PDF into a {@link SourceDocument} (`format: 'pdf'`), page by page, keeping of each page
 * only its rebuilt lines; also returns the running headers, footers and page numbers taken out.
 * A page without a usable text layer is drawn and read by OCR (unless `ocr` is `never`), its words
 * feeding the same line and table builder. Throws `UnreadableInputError` as {@link readPdf} does,
 * and when no page has text that can be read.
 */
export async function readPdfSource(
  bytes: Uint8Array,
  path: string,
  id: string,
  sha256: string,
  options: PdfReadOptions = {},
): Promise<PdfSource> {
  const ocr = options.ocr ?? 'auto';
  const pdf = await readPdf(bytes, path);
  const pages = new PageLayouts();
  const inFlight = new Set<Promise<PageText>>();
  let releaseOcr: (() => Promise<void>) | null = null;
  /** Pages with lines of print but no text, under `never`: a scan, never to be passed over unsaid. */
  const scanned: number[] = [];
  /** Pages whose text layer is invisible over a scan: another program's OCR, read as it is. */
  const textOverScan: number[] = [];
  try {
    for await (const page of pdf) {
      const usable = ocr !== 'always' && hasUsableText(page.text);
      if (ocr === 'never' || usable) {
        if (ocr === 'never' && !usable && (await printed(page))) scanned.push(page.text.page);
        if (usable && (await page.textOverScan())) textOverScan.push(page.text.page);
        pages.add(page.text);
        continue;
      }
      while (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
      releaseOcr ??= await holdOcr();
      const scan = await readByOcr(page, options.ocrWorkers);
      if (scan === null) {
        pages.add(page.text);
        continue;
      }
      const { reading } = scan;
      inFlight.add(reading);
      void reading.finally(() => inFlight.delete(reading)).catch(() => undefined);
      pages.add(reading);
    }
    if (scanned.length > 0 && scanned.length < pdf.pageCount) {
      const which = scanned.length === 1 ? `page ${scanned[0]} has` : `pages ${scanned.join(', ')} have`;
      throw new UnreadableInputError(`${which} no text to read (a scan, or glyph codes): OCR is needed to read the document whole (--ocr auto)`);
    }
    const source = documentOf(await pages.all(), { id, path, sha256, pages: pdf.pageCount });
    if (textOverScan.length > 0) source.document.textOverScan = textOverScan;
    return source;
  } finally {
    await releaseOcr?.();
  }
}

/** The OCR engine held for the document being read (the module loaded only when a page needs it). */
async function holdOcr(): Promise<() => Promise<void>> {
  return (await import('./ocr/engine.js')).holdSharedOcr();
}

function documentOf(laidOut: PageLayout[], about: Pick<SourceDocument, 'id' | 'path' | 'sha256' | 'pages'>): PdfSource {
  const { id, path, sha256, pages } = about;
  const { lines, noise } = assembleLines(laidOut);
  if (lines.length === 0 && noise.length === 0) throw new UnreadableInputError('no text layer; OCR is needed');
  if (!isReadableText(textStart(lines, READABLE_SAMPLE))) {
    throw new UnreadableInputError('the text layer is garbage (fonts without a Unicode map); OCR is needed');
  }
  return { document: { id, path, sha256, format: 'pdf', encoding: 'pdf', pages, lines }, noise };
}

/**
 * Pages laid out in order as their text comes: a page's positioned text (thousands of small
 * objects) is let go as soon as the pages before it are laid out, not kept for the whole document.
 */
class PageLayouts {
  private readonly laidOut: PageLayout[] = [];
  /** Pages waiting for a page before them that OCR is still reading. */
  private readonly waiting: Array<PageText | Promise<PageText>> = [];

  add(text: PageText | Promise<PageText>): void {
    this.waiting.push(text);
    while (this.waiting.length > 0 && !(this.waiting[0] instanceof Promise)) this.lay(this.waiting.shift() as PageText);
  }

  async all(): Promise<PageLayout[]> {
    for (const text of await Promise.all(this.waiting.splice(0))) this.lay(text);
    return this.laidOut;
  }

  private lay(text: PageText): void {
    this.laidOut.push(layoutPage(text, this.laidOut.at(-1)?.openTable ?? null));
  }
}

/** {@link readPdfSource}, keeping only the document: the same shape the text path produces. */
export async function pdfToSourceDocument(
  bytes: Uint8Array,
  path: string,
  id: string,
  sha256: string,
  options: PdfReadOptions = {},
): Promise<SourceDocument> {
  return (await readPdfSource(bytes, path, id, sha256, options)).document;
}

/** How much of a page's text the garbage check reads: glyph codes show from the start of a page. */
const PAGE_SAMPLE = 2_000;

function hasUsableText(page: PageText): boolean {
  return page.items.length > 0 && isReadableText(textStart(page.items, PAGE_SAMPLE));
}

/** Resolution a page without text is drawn at to see whether it has lines of print: enough to part them, quick. */
const INK_DPI = 36;
/** Bands of ink that make a page of print, not a logo, a stamp or a signature (a scan of text makes dozens). */
const MIN_PRINTED_BANDS = 4;

/** Whether a page without text is a scan of print (lines of ink), rather than blank paper, a logo or a signature. */
async function printed(page: PdfPage): Promise<boolean> {
  const { bandsOfInk } = await import('./ocr/scan-page.js');
  return bandsOfInk(await page.render(INK_DPI)) >= MIN_PRINTED_BANDS;
}

/** Draws the page and hands it to the OCR engine; null for blank paper, which needs no reading. */
async function readByOcr(page: PdfPage, workers: number | undefined): Promise<{ reading: Promise<PageText> } | null> {
  const [{ sharedOcr }, { OCR_DPI, SCAN_DPI, hasInk, pageTextOfWords }, { readScannedPage }] = await Promise.all([
    import('./ocr/engine.js'),
    import('./ocr/scan-page.js'),
    import('./ocr/page-reading.js'),
  ]);
  const drawn = await page.render(SCAN_DPI);
  if (!hasInk(drawn)) return null;
  const engine = await sharedOcr(OCR_DPI, workers).catch((error: unknown) => {
    throw new UnreadableInputError(`page ${page.text.page} needs OCR, which could not start: ${String(error).split('\n')[0]}`);
  });
  const reading = readScannedPage(engine, drawn).then(
    ({ image, words }) => pageTextOfWords(page.text.page, image, words),
    (error: unknown) => {
      throw new UnreadableInputError(`page ${page.text.page} could not be read by OCR: ${String(error).split('\n')[0]}`);
    },
  );
  return { reading };
}

/** Below this share of ordinary characters, a text layer is glyph codes, not text. */
const READABLE_SHARE = 0.6;
/** How much of the text (UTF-16 code units) the check looks at. */
const READABLE_SAMPLE = 100_000;
const ORDINARY = /[\p{L}\p{N}\p{P}\p{Zs}\p{Sc}\p{Sm}]/u;
const LATIN = /[\p{Script=Latin}\p{N}]/u;
const IS_ORDINARY = 1;
const IS_LATIN = 2;
const classOf = (char: string): number => (ORDINARY.test(char) ? IS_ORDINARY : 0) | (LATIN.test(char) ? IS_LATIN : 0);
/** The classes of the ASCII characters, worked out once: most text is ASCII. */
const ASCII_CLASSES = Array.from({ length: 128 }, (_, code) => classOf(String.fromCharCode(code)));

/** The first `length` code units of the texts (lines, a page's items) joined, without joining them all. */
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
    const code = char.charCodeAt(0);
    const kind = code < 128 ? (ASCII_CLASSES[code] ?? 0) : classOf(char);
    if (kind & IS_ORDINARY) ordinary++;
    if (kind & IS_LATIN) latin++;
  }
  return ordinary / sample.length >= READABLE_SHARE && latin / sample.length >= READABLE_SHARE / 2;
}
