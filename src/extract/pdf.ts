import { UnreadableInputError } from '../errors.js';
import { importPackage } from '../import-package.js';
import type { PageText, PositionedText } from './layout.js';
import { greyOf, type GreyImage } from './ocr/scan-image.js';
import { leasePdfParser, type PdfParserLease } from './pdf-thread.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.min.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

/** A page of an opened PDF: its text layer, and its picture for when the text layer is not enough. */
export interface PdfPage {
  text: PageText;
  /** The page drawn in grey at `dpi` pixels an inch; only until the next page is read. */
  render(dpi: number): Promise<GreyImage>;
  /**
   * Whether the page's text is invisible over an image (a "sandwich": a scan with another
   * program's OCR text laid under it); only until the next page is read.
   */
  textOverScan(): Promise<boolean>;
}

/** The pages of an opened PDF, read one at a time. */
export interface PdfPages extends AsyncIterable<PdfPage> {
  /** Number of pages in the document. */
  readonly pageCount: number;
  /** Releases the document; iterating to the end (or breaking out of the loop) does it too. */
  close(): Promise<void>;
}

const PDF_HEADER = '%PDF-';
const EOF_MARKER = '%%EOF';
/** Where to look for the header (readers accept leading junk) and for the end marker (trailing junk). */
const HEADER_WINDOW = 1024;
const TRAILER_WINDOW = 8192;
/** Pages the parser thread reads ahead of the one in use (their text only is held). */
const PAGES_AHEAD = 8;

let pdfjsModule: Promise<Pdfjs> | undefined;

/** pdfjs-dist is imported on first use only, so that text inputs never pay for it. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= keepingBuiltins(() => importPackage<Pdfjs>('pdfjs-dist/legacy/build/pdf.min.mjs'));
  return pdfjsModule;
}

/**
 * Runs `load` and puts back the built-ins that it replaced.
 *
 * Note: the legacy build of pdfjs-dist (the one Node 20 needs) carries core-js polyfills that
 * replace, for the whole process, Array.prototype.push, JSON.stringify and JSON.parse with
 * JavaScript versions, for corner cases (array lengths beyond 2^32, JSON.rawJSON, JSON.parse's
 * source text) that neither pdfjs nor rendiconta meets. After the import every push ran about
 * twice and every JSON.stringify twenty times slower: reading and writing a large PDF's document.
 */
async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const { push } = Array.prototype;
  const { stringify, parse } = JSON;
  try {
    return await load();
  } finally {
    Array.prototype.push = push;
    JSON.stringify = stringify;
    JSON.parse = parse;
  }
}

/**
 * Opens a PDF and yields each page's positioned text items, one page at a time, parsed in the
 * parser thread a few pages ahead: each page is released (`page.cleanup()`) once used, and the
 * document when the pages are done.
 * Throws {@link UnreadableInputError} with a one-line reason when the bytes are no PDF, or a
 * damaged, truncated or password-protected one.
 * The caller's `bytes` are left untouched (pdfjs receives a copy). `path` is where the bytes came
 * from; messages leave it out, since the caller prefixes it (as the CLI does).
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<PdfPages> {
  checkEnvelope(bytes);
  const parser = await leasePdfParser(loadPdfjs);
  const pdfjs = await loadPdfjs();
  let task: ReturnType<Pdfjs['getDocument']> | undefined;
  let doc: PdfDocument;
  try {
    task = pdfjs.getDocument({
      // pdfjs transfers the buffer to its worker, which would detach the caller's array.
      data: new Uint8Array(bytes),
      worker: parser.worker,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      stopAtErrors: true,
      disableAutoFetch: true,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
    doc = await parser.guard(task.promise);
  } catch (error) {
    if (task) await parser.guard(task.destroy()).catch(() => undefined);
    parser.release();
    throw openFailure(error);
  }
  return documentPages(doc, parser, holdsScan(bytes));
}

/**
 * Whether the file holds an image the size of a scanned page ("/Subtype /Image" with a width and a
 * height of 1,000 pixels or more): only such a PDF can be a scan with an OCR text layer. An image's
 * dictionary is always in the file's bytes as they are (a stream is never inside an object stream),
 * so the bytes tell without parsing a page; a letterhead's logo is smaller.
 */
function holdsScan(bytes: Uint8Array): boolean {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let at = file.indexOf(IMAGE_SUBTYPE); at >= 0; at = file.indexOf(IMAGE_SUBTYPE, at + 1)) {
    const dictionary = file.toString('latin1', Math.max(0, at - IMAGE_DICTIONARY), at + IMAGE_DICTIONARY);
    const width = Number(/\/Width\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
    const height = Number(/\/Height\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
    if (width >= SCAN_PIXELS && height >= SCAN_PIXELS) return true;
  }
  return false;
}

const IMAGE_SUBTYPE = '/Image';
/** How far either side of "/Image" an image's dictionary is looked for its size. */
const IMAGE_DICTIONARY = 300;
/** Pixels a side of the smallest scanned page: an A5 page at 150 DPI is 874 × 1,240; an A4 at 200, 1,654 × 2,339. */
const SCAN_PIXELS = 1_000;

function checkEnvelope(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnreadableInputError('empty file: there is no PDF to read');
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WINDOW));
  if (!head.includes(PDF_HEADER, 0, 'latin1')) {
    throw new UnreadableInputError('not a PDF: the file has no %PDF- header');
  }
  const tailStart = Math.max(0, bytes.length - TRAILER_WINDOW);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + tailStart, bytes.length - tailStart);
  if (!tail.includes(EOF_MARKER, 0, 'latin1')) {
    // pdfjs would rebuild what it can and read on; a plan missing its last pages must not pass as whole.
    throw new UnreadableInputError('damaged PDF: the file is truncated (no %%EOF end marker)');
  }
}

function openFailure(error: unknown): UnreadableInputError {
  if (error instanceof UnreadableInputError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new UnreadableInputError('password-protected PDF: remove the password and try again');
  }
  return new UnreadableInputError(`damaged PDF: ${reasonOf(error)}`);
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n', 1)[0]?.trim() ?? '';
  return line === '' ? 'pdfjs could not read it' : line.replace(/\.$/, '');
}

function documentPages(doc: PdfDocument, parser: PdfParserLease, scanned: boolean): PdfPages {
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      await parser.guard(doc.destroy());
    } finally {
      parser.release();
    }
  };
  const read = async (number: number): Promise<ReadPage> => {
    const page = await parser.guard(openPage(doc, number));
    return { page, text: await parser.guard(readPage(page, number)) };
  };
  async function* pages(): AsyncGenerator<PdfPage> {
    // The parser thread reads pages ahead while the caller uses the current one.
    const ahead: Promise<ReadPage>[] = [];
    let requested = 0;
    try {
      for (let number = 1; number <= doc.numPages; number++) {
        while (requested < doc.numPages && ahead.length < PAGES_AHEAD) {
          const reading = read(++requested);
          reading.catch(() => undefined);
          ahead.push(reading);
        }
        const { page, text } = await (ahead.shift() as Promise<ReadPage>);
        try {
          yield {
            text,
            render: (dpi) => parser.guard(renderPage(page, number, dpi)),
            textOverScan: async () => scanned && (await parser.guard(textOverImage(page, number))),
          };
        } finally {
          page.cleanup();
        }
      }
    } finally {
      await close();
    }
  }
  return { pageCount: doc.numPages, close, [Symbol.asyncIterator]: pages };
}

/** A page opened and its text read. */
interface ReadPage {
  page: PdfPageProxy;
  text: PageText;
}

type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

async function openPage(doc: PdfDocument, number: number): Promise<PdfPageProxy> {
  try {
    return await doc.getPage(number);
  } catch (error) {
    throw new UnreadableInputError(`damaged PDF: page ${number}: ${reasonOf(error)}`);
  }
}

async function renderPage(page: PdfPageProxy, number: number, dpi: number): Promise<GreyImage> {
  const { createCanvas } = await importPackage<typeof import('@napi-rs/canvas')>('@napi-rs/canvas');
  try {
    const viewport = page.getViewport({ scale: dpi / 72 });
    const [width, height] = [Math.round(viewport.width), Math.round(viewport.height)];
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    // pdfjs's types name the DOM canvas; @napi-rs/canvas is the one it draws on in Node.
    await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<PdfPageProxy['render']>[0]).promise;
    return greyOf(context.getImageData(0, 0, width, height).data, width, height, dpi);
  } catch (error) {
    throw new UnreadableInputError(`damaged PDF: page ${number} cannot be drawn for OCR: ${reasonOf(error)}`);
  }
}

/**
 * Whether a page draws an image and shows its text invisible (text rendering mode 3), nine text
 * runs in ten or more: a scan with an OCR text layer under it. Asks for the page's operators, which
 * costs as much again as its text: only for a file that holds a scan (see `holdsScan`).
 */
async function textOverImage(page: PdfPageProxy, number: number): Promise<boolean> {
  const { OPS } = await loadPdfjs();
  try {
    const { fnArray, argsArray } = await page.getOperatorList();
    const modes: number[] = [];
    let [mode, image, invisible, shown] = [0, false, 0, 0];
    for (let i = 0; i < fnArray.length; i++) {
      const op = fnArray[i];
      if (op === OPS.save) modes.push(mode);
      else if (op === OPS.restore) mode = modes.pop() ?? 0;
      else if (op === OPS.setTextRenderingMode) mode = Number((argsArray[i] as unknown[])[0]);
      else if (op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject || op === OPS.paintImageXObjectRepeat) image = true;
      else if (op === OPS.showText || op === OPS.showSpacedText || op === OPS.nextLineShowText || op === OPS.nextLineSetSpacingShowText) {
        shown++;
        if (mode === INVISIBLE_TEXT) invisible++;
      }
    }
    return image && shown > 0 && invisible >= INVISIBLE_SHARE * shown;
  } catch (error) {
    throw new UnreadableInputError(`damaged PDF: page ${number}: ${reasonOf(error)}`);
  }
}

/** Text rendering mode 3: neither filled nor stroked, the mode of OCR text laid under a scan. */
const INVISIBLE_TEXT = 3;
const INVISIBLE_SHARE = 0.9;

async function readPage(page: PdfPageProxy, number: number): Promise<PageText> {
  try {
    const viewport = page.getViewport({ scale: 1 });
    // Viewport space: origin at the top-left corner, y growing downwards, page rotation applied.
    const [va = 1, vb = 0, vc = 0, vd = 1, ve = 0, vf = 0] = viewport.transform as number[];
    const content = await page.getTextContent();
    const placed: PlacedItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !/\S/.test(item.str)) continue;
      const [ta = 0, tb = 0, tc = 0, td = 0, tx = 0, ty = 0] = item.transform as number[];
      const size = Math.hypot(va * tc + vc * td, vb * tc + vd * td);
      if (!(size > 0)) continue;
      const [dx, dy] = [va * ta + vc * tb, vb * ta + vd * tb];
      placed.push({
        text: item.str,
        x: va * tx + vc * ty + ve,
        y: vb * tx + vd * ty + vf,
        direction: quarterTurns(dx, dy),
        aslant: Math.min(Math.abs(dx), Math.abs(dy)) > ASLANT * Math.max(Math.abs(dx), Math.abs(dy)),
        width: item.width,
        height: size,
      });
    }
    return upright(number, viewport.width, viewport.height, placed);
  } catch (error) {
    throw new UnreadableInputError(`damaged PDF: page ${number}: ${reasonOf(error)}`);
  }
}

/** An item in viewport space, with the direction its text runs in (quarter turns clockwise). */
interface PlacedItem extends PositionedText {
  direction: 0 | 1 | 2 | 3;
  /** Its text runs at a slant, more than about 10° off the nearest quarter turn: a watermark across the page. */
  aslant: boolean;
}

/** tan 10°: how far off its quarter turn text may run and still be the page's text. */
const ASLANT = 0.18;
/** Text this many times taller than the page's own, printed over it (a watermark, "BOZZA" across the page), is none of it. */
const WATERMARK_SIZE = 3;

function quarterTurns(dx: number, dy: number): PlacedItem['direction'] {
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 0 : 2;
  return dy > 0 ? 1 : 3;
}

/**
 * The page turned so that most of its text reads left to right: a table printed sideways on a
 * portrait page is read like any other. Text running in other directions (a stamp up the margin),
 * at a slant, or far taller than the page's own text (a watermark) is left out.
 */
function upright(page: number, width: number, height: number, placed: PlacedItem[]): PageText {
  const weight = [0, 0, 0, 0];
  for (const item of placed) if (!item.aslant) weight[item.direction] = (weight[item.direction] ?? 0) + item.text.length;
  const direction = weight.indexOf(Math.max(...weight)) as PlacedItem['direction'];
  const turned = direction % 2 === 1;
  const level = placed.filter((item) => item.direction === direction && !item.aslant);
  const tallest = WATERMARK_SIZE * textSize(level);
  const items: PositionedText[] = [];
  for (const item of placed) {
    if (item.direction !== direction || item.aslant || (item.height > tallest && coversText(item, level, tallest))) continue;
    const { x, y } = item;
    // Where the item is along its line (x) and down the page (y), once the page is turned.
    const along = direction === 0 ? x : direction === 1 ? y : direction === 2 ? width - x : height - y;
    const down = direction === 0 ? y : direction === 1 ? width - x : direction === 2 ? height - y : x;
    items.push({ text: item.text, x: along, y: down, width: item.width, height: item.height });
  }
  return { page, width: turned ? height : width, height: turned ? width : height, items };
}

/** The size most of the characters are printed in. */
function textSize(items: PlacedItem[]): number {
  const bySize = new Map<number, number>();
  for (const item of items) bySize.set(item.height, (bySize.get(item.height) ?? 0) + item.text.length);
  let size = Infinity;
  let most = 0;
  for (const [height, characters] of bySize) if (characters > most) [size, most] = [height, characters];
  return size;
}

/**
 * Whether lines of the page's own text stand inside the item's letters, two or more: the item is
 * printed over them. A large heading, however tight its spacing, has at most the line above it
 * reaching into its box, and that above its capitals.
 */
function coversText(item: PlacedItem, items: PlacedItem[], tallest: number): boolean {
  const [top, bottom] = [item.y - CAP_HEIGHT * item.height, item.y];
  const [left, right] = [item.x, item.x + item.width];
  const baselines = new Set<number>();
  for (const other of items) {
    if (other.height <= tallest && other.y > top && other.y < bottom && other.x < right && other.x + other.width > left) baselines.add(Math.round(other.y));
  }
  return baselines.size >= 2;
}

/** How high capitals stand above the baseline, in font sizes. */
const CAP_HEIGHT = 0.7;
