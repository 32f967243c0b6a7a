import type { PageText, PositionedText } from '../layout.js';
import type { OcrWord } from './engine.js';
import { binarize, eraseRules, eraseSpecks, enlarge, levelPaper, measureSkew, straighten, type GreyImage } from './scan-image.js';

/** Resolution at which scanned pages are drawn: that of the scans themselves. */
export const SCAN_DPI = 200;
/**
 * Drawn pages are cleaned at scan resolution, then enlarged this much for the OCR engine, whose
 * LSTM misreads the small print of tables ("15" as "45") at 200 DPI; measured on the scanned seed,
 * enlarging and binarising the cleaned image reads far better than drawing the page at 400 DPI.
 */
const ENLARGEMENT = 2;
/** Resolution of the images the OCR engine reads. */
export const OCR_DPI = SCAN_DPI * ENLARGEMENT;
/** Grey darker than this is ink once enlarged: chosen on the scanned seed (150 and 190 read worse). */
const BINARY_THRESHOLD = 170;
/**
 * The same for faint print, a faded ribbon's dots or a light photocopy, whose strokes are lighter
 * than that grey: on a dot-matrix page, a mean confidence of 0,85 against 0,74.
 */
const FAINT_PRINT_THRESHOLD = 200;

/** Below this share of inked pixels, a page is blank paper: nothing to read. */
const BLANK_PAGE_INK = 0.0005;
const INK = 128;

/**
 * A page image (drawn at {@link SCAN_DPI}) made ready for OCR: specks of noise painted out,
 * straight, its paper white, rules painted out, enlarged, black and white; with `faint`, lighter
 * greys taken for ink. The image given is cleaned of its specks in place.
 */
export function prepareScan(image: GreyImage, faint = false): GreyImage {
  eraseSpecks(image);
  const straight = levelPaper(straighten(image, measureSkew(image)));
  eraseRules(straight);
  return binarize(enlarge(straight, ENLARGEMENT), faint ? FAINT_PRINT_THRESHOLD : BINARY_THRESHOLD);
}

/** True when the image holds anything to read (a blank page does not need the OCR engine). */
/**
 * How many bands of ink the page's rows make, top to bottom: a page of print has one a line of
 * text; a logo, a stamp or a signature makes one or two.
 */
export function bandsOfInk(image: GreyImage): number {
  let bands = 0;
  let inkAbove = false;
  for (let y = 0; y < image.height; y++) {
    let ink = false;
    for (let x = y * image.width, end = x + image.width; x < end && !ink; x++) ink = (image.pixels[x] ?? 255) < INK;
    if (ink && !inkAbove) bands++;
    inkAbove = ink;
  }
  return bands;
}

export function hasInk(image: GreyImage): boolean {
  let inked = 0;
  const enough = image.pixels.length * BLANK_PAGE_INK;
  for (let i = 0; i < image.pixels.length; i++) {
    if ((image.pixels[i] ?? 255) < INK && ++inked > enough) return true;
  }
  return false;
}

/**
 * The words OCR read on a page image, as the page's positioned text in points: the same input the
 * PDF text layer gives the line and table builder, each word with its confidence.
 */
export function pageTextOfWords(page: number, image: GreyImage, words: OcrWord[]): PageText {
  const points = 72 / image.dpi;
  const items: PositionedText[] = words.map((word) => {
    const code = gradeCodeOf(word.text) ?? figureOf(word.text);
    return {
      text: code ?? word.text,
      x: word.x0 * points,
      y: word.baseline * points,
      width: (word.x1 - word.x0) * points,
      height: word.lineHeight * points,
      ocr: code === null ? { confidence: word.confidence } : { confidence: word.confidence, read: word.text },
    };
  });
  return { page, width: image.width * points, height: image.height * points, items };
}

/**
 * The amount a word stands for when the engine read the dot of its thousands as a colon
 * ("2:745,80"): no time or ratio has cents. Null otherwise.
 */
export function figureOf(word: string): string | null {
  return THOUSANDS_READ_AS_COLON.test(word) ? word.replace(/:/g, '.') : null;
}

const THOUSANDS_READ_AS_COLON = /^€?\d{1,3}(?::\d{3})+,\d{2}$/;

/**
 * The grade code a word stands for when the engine read one letter twice or three times in both
 * cases ("Cc3", "dD5", "CcC1"): its LSTM does so with a capital C, O or S standing alone before a
 * digit. Null otherwise.
 */
export function gradeCodeOf(word: string): string | null {
  const repeated = /^([A-Da-d]{2,3})([1-9])$/.exec(word);
  if (!repeated) return null;
  const letters = repeated[1]!;
  const capital = letters.toUpperCase();
  const oneLetter = [...capital].every((letter) => letter === capital[0]);
  return oneLetter && letters !== capital && letters !== letters.toLowerCase() ? `${capital[0]}${repeated[2]}` : null;
}
