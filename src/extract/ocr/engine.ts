import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { importPackage } from '../../import-package.js';
import { releaseOnce } from '../../release-once.js';
import { pgmOf, type GreyImage } from './scan-image.js';

/** A word the OCR engine read, in pixels of the image it read, with its confidence from 0 to 1. */
export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  x1: number;
  /** The baseline of its line under the word's middle. */
  baseline: number;
  /** Height of its line of text (ascenders to descenders), the OCR's measure of the font size. */
  lineHeight: number;
}

/** Reads page images; one engine serves a whole run, its workers shared by the documents. */
export interface OcrEngine {
  read(image: GreyImage): Promise<OcrWord[]>;
  close(): Promise<void>;
}

type Tesseract = typeof import('tesseract.js');

/**
 * The model's config names a word list the package does not ship; tesseract would print that it is
 * missing. (tesseract.js's types list only some of the init parameters it passes on.)
 */
const QUIET = { user_words_suffix: '' } as Partial<import('tesseract.js').InitOptions>;

/**
 * Starts tesseract.js with the Italian LSTM model of `@tesseract.js-data/ita`, read from
 * node_modules (nothing is downloaded), one worker a core unless told otherwise, for images of
 * `dpi` pixels an inch. tesseract.js is imported here only, and only when a page needs reading.
 */
export async function startOcr(dpi: number, workers = availableParallelism()): Promise<OcrEngine> {
  const tesseract = await importPackage<Tesseract>('tesseract.js');
  const scheduler = tesseract.createScheduler();
  const started = await Promise.all(
    Array.from({ length: Math.max(1, workers) }, () =>
      tesseract.createWorker('ita', tesseract.OEM.LSTM_ONLY, { langPath: italianModelPath(), gzip: true, cacheMethod: 'none' }, QUIET),
    ),
  );
  for (const worker of started) {
    // A block of text, not sparse words: the layout of each line is rebuilt from the word boxes.
    await worker.setParameters({ tessedit_pageseg_mode: tesseract.PSM.SINGLE_BLOCK, user_defined_dpi: String(dpi) });
    scheduler.addWorker(worker);
  }
  return {
    async read(image) {
      const result = await scheduler.addJob('recognize', Buffer.from(pgmOf(image)), {}, { blocks: true, text: false });
      return wordsOf(result.data);
    },
    async close() {
      await scheduler.terminate();
    },
  };
}

/** The folder holding the LSTM-only Italian model (`ita.traineddata.gz`). */
function italianModelPath(): string {
  const require = createRequire(import.meta.url);
  const data = require('@tesseract.js-data/ita') as { langPath: string };
  // The package's default folder holds the larger legacy+LSTM model; the LSTM engine wants best_int.
  return `${data.langPath}_best_int`;
}

function wordsOf(page: import('tesseract.js').Page): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const lineHeight = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0;
        const { x0, y0, x1, y1 } = line.baseline;
        const slope = x1 === x0 ? 0 : (y1 - y0) / (x1 - x0);
        for (const word of line.words) {
          const text = word.text.trim();
          if (text === '') continue;
          const middle = (word.bbox.x0 + word.bbox.x1) / 2;
          words.push({
            text,
            confidence: Math.max(0, Math.min(1, word.confidence / 100)),
            x0: word.bbox.x0,
            x1: word.bbox.x1,
            baseline: y0 + (middle - x0) * slope,
            lineHeight,
          });
        }
      }
    }
  }
  return words;
}

let shared: Promise<OcrEngine> | undefined;
/** Runs and documents under way that may want the engine: the last of them to end closes it. */
let holders = 0;

/**
 * This thread's OCR engine, started on first use at `dpi` (later calls share it). Call it only
 * while holding the engine ({@link holdSharedOcr}): nothing else closes it.
 */
export function sharedOcr(dpi: number, workers?: number): Promise<OcrEngine> {
  shared ??= startOcr(dpi, workers);
  return shared;
}

/**
 * Keeps this thread's OCR engine, once started, until the function returned is called. The last
 * holder to let go closes it: its workers would keep the process alive. A run holds it from start
 * to end, so that its documents share one engine; a document holds it while it is read, so that a
 * document read on its own leaves no engine behind, and a run ending meanwhile does not close the
 * engine under it.
 */
export function holdSharedOcr(): () => Promise<void> {
  holders++;
  return releaseOnce(async () => {
    if (--holders === 0) await closeSharedOcr();
  });
}

/** Stops this thread's OCR engine, if one was started, whoever holds it. */
export async function closeSharedOcr(): Promise<void> {
  const engine = shared;
  shared = undefined;
  if (engine) await (await engine.catch(() => null))?.close();
}
