import type { OcrEngine, OcrWord } from './engine.js';
import { meanConfidence, READABLE_PAGE } from './page-confidence.js';
import { turned, type GreyImage } from './scan-image.js';
import { prepareScan } from './scan-page.js';

/** Quarter turns tried, in order, on a page that does not read: upside down first (the commonest), then sideways. */
const TURNS = [2, 1, 3];

/** A page image as the OCR engine read it, and the words read. */
export interface PageReading {
  image: GreyImage;
  words: OcrWord[];
}

/**
 * Reads a drawn page (at scan resolution) the right way up: as drawn, or, where that does not read
 * ({@link READABLE_PAGE}), turned upside down or sideways, the first turn that reads. A page that
 * reads no way is given as drawn, for the audit to say so.
 */
export async function readUpright(engine: OcrEngine, drawn: GreyImage): Promise<PageReading> {
  const image = prepareScan(drawn);
  const words = await engine.read(image);
  if (meanConfidence(words) >= READABLE_PAGE) return { image, words };
  for (const turns of TURNS) {
    const turnedImage = prepareScan(turned(drawn, turns));
    const turnedWords = await engine.read(turnedImage);
    if (meanConfidence(turnedWords) >= READABLE_PAGE) return { image: turnedImage, words: turnedWords };
  }
  return { image, words };
}
