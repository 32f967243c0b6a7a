import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrWord } from '../../../src/extract/ocr/engine.js';
import { readScannedPage } from '../../../src/extract/ocr/page-reading.js';
import type { GreyImage } from '../../../src/extract/ocr/scan-image.js';

const DPI = 100;

/** A page of white paper with a block of print of grey `grey`, in the top or the bottom half. */
function page(grey: number, half: 'top' | 'bottom'): GreyImage {
  const [width, height] = [200, 300];
  const pixels = new Uint8Array(width * height).fill(255);
  const [from, to] = half === 'top' ? [40, 100] : [200, 260];
  for (let y = from; y < to; y += 6) for (let x = 30; x < 170; x++) if (x % 9 < 6) pixels[y * width + x] = pixels[(y + 1) * width + x] = grey;
  return { width, height, pixels, dpi: DPI };
}

/**
 * An engine that reads a page the right way up with confidence `sure` (its ink in the top half,
 * as this page's print is), else `unsure`; no ink, no word. It tells the images it was given.
 */
function engine(sure: number, unsure: number): OcrEngine & { images: GreyImage[] } {
  const images: GreyImage[] = [];
  return {
    images,
    async read(image) {
      images.push(image);
      let [top, bottom] = [0, 0];
      image.pixels.forEach((p, i) => {
        if (p === 0) (i < image.pixels.length / 2 ? top++ : bottom++);
      });
      if (top + bottom === 0) return [];
      const word: OcrWord = { text: 'Progetto', confidence: top > bottom ? sure : unsure, x0: 0, x1: 10, baseline: 10, lineHeight: 10 };
      return [word];
    },
    async close() {},
  };
}

describe('reading a scanned page the right way up', () => {
  it('reads a page as drawn where it reads, once', async () => {
    const ocr = engine(0.95, 0.2);
    const reading = await readScannedPage(ocr, page(20, 'top'));
    expect(ocr.images).toHaveLength(1);
    expect(reading.words[0]!.confidence).toBe(0.95);
  });

  it('turns a page upside down where it does not read as drawn', async () => {
    const ocr = engine(0.95, 0.2);
    const reading = await readScannedPage(ocr, page(20, 'bottom'));
    expect(ocr.images).toHaveLength(2);
    expect(reading.words[0]!.confidence).toBe(0.95);
    expect(reading.image).toBe(ocr.images[1]);
  });

  it('tries every way up, then faint print, and gives a page that reads no way as drawn', async () => {
    const ocr = engine(0.3, 0.2);
    const reading = await readScannedPage(ocr, page(20, 'top'));
    // As drawn, upside down, sideways both ways, and as faint print.
    expect(ocr.images.map((image) => [image.width, image.height])).toEqual([[400, 600], [400, 600], [600, 400], [600, 400], [400, 600]]);
    expect(reading.image).toBe(ocr.images[0]);
  });

  it('reads faint print (greys lighter than ink is taken for) again as such, and keeps the reading it is surer of', async () => {
    const ocr = engine(0.75, 0.2);
    // Print of grey 185: no ink at all at the usual threshold, ink as faint print.
    const faint = await readScannedPage(ocr, page(185, 'top'));
    expect(faint.words).toHaveLength(1);
    expect(ocr.images).toHaveLength(5);
    // Print of ink read at 0,75 either way: read twice, the first reading kept.
    const clear = engine(0.75, 0.2);
    const dark = await readScannedPage(clear, page(20, 'top'));
    expect(clear.images).toHaveLength(2);
    expect(dark.image).toBe(clear.images[0]);
  });
});
