import { describe, expect, it } from 'vitest';
import { figureOf, gradeCodeOf, hasInk } from '../../../src/extract/ocr/scan-page.js';
import { meanConfidence } from '../../../src/extract/ocr/page-confidence.js';
import { binarize, enlarge, eraseRules, eraseSpecks, levelPaper, measureSkew, straighten, turned, type GreyImage } from '../../../src/extract/ocr/scan-image.js';

const DPI = 100;

/** A white page with dark dashes standing for words, on lines turned by `skew` degrees. */
function textPage(skew: number): GreyImage {
  const [width, height] = [800, 1000];
  const pixels = new Uint8Array(width * height).fill(255);
  const slope = Math.tan((skew * Math.PI) / 180);
  for (let line = 100; line < 900; line += 40) {
    for (let x = 80; x < 720; x++) {
      if (x % 50 > 38) continue; // gaps between words
      for (let thick = 0; thick < 8; thick++) {
        const y = Math.round(line + thick + (x - width / 2) * slope);
        if (y >= 0 && y < height) pixels[y * width + x] = 20;
      }
    }
  }
  return { width, height, pixels, dpi: DPI };
}

describe('preparing a scanned page', () => {
  it.each([0, 0.6, -0.9, 1.7])('measures a skew of %s° within 0.05°, and straightening takes it away', (skew) => {
    const page = textPage(skew);
    expect(measureSkew(page)).toBeCloseTo(skew, 1);
    expect(Math.abs(measureSkew(straighten(page, measureSkew(page))))).toBeLessThanOrEqual(0.05);
  });

  it('paints out table rules, and nothing as short as a letter', () => {
    const [width, height] = [400, 300];
    const pixels = new Uint8Array(width * height).fill(255);
    const ink = (x: number, y: number) => (pixels[y * width + x] = 0);
    for (let x = 20; x < 380; x++) ink(x, 50); // a rule across the table
    for (let y = 40; y < 260; y++) ink(200, y); // a column rule
    for (let y = 100; y < 120; y++) ink(100, y); // the stem of a letter, 0.2 inch tall
    for (let x = 100; x < 115; x++) ink(x, 130); // a bar of a letter
    const page = { width, height, pixels, dpi: DPI };
    eraseRules(page);
    expect(pixels[50 * width + 300]).toBe(255);
    expect(pixels[150 * width + 200]).toBe(255);
    expect(pixels[110 * width + 100]).toBe(0);
    expect(pixels[130 * width + 107]).toBe(0);
  });

  it('paints out specks of noise, one pixel or two side by side, and no mark of print, on a noisy page alone', () => {
    const [width, height] = [60, 40];
    const pixels = new Uint8Array(width * height).fill(255);
    const ink = (x: number, y: number) => (pixels[y * width + x] = 0);
    ink(5, 5); // a speck alone
    ink(10, 5), ink(11, 6); // two touching at a corner
    for (let x = 20; x < 23; x++) for (let y = 5; y < 8; y++) ink(x, y); // an i's dot, three pixels square
    ink(30, 5), ink(31, 5), ink(32, 5); // three in a row: the bar of a letter
    for (let y = 10; y < 30; y++) ink(40, y); // a stem one pixel wide
    const page = { width, height, pixels, dpi: 200 };
    expect(eraseSpecks(page)).toBe(3);
    expect([pixels[5 * width + 5], pixels[5 * width + 10], pixels[6 * width + 11]]).toEqual([255, 255, 255]);
    expect([pixels[6 * width + 21], pixels[5 * width + 31], pixels[20 * width + 40], pixels[10 * width + 40], pixels[29 * width + 40]]).toEqual([0, 0, 0, 0, 0]);
    // Three specks beside a page of print: a clean page's full stops, kept.
    const clean = textPage(0);
    for (const at of [50 * 800 + 40, 60 * 800 + 40, 70 * 800 + 40]) clean.pixels[at] = 0;
    expect(eraseSpecks(clean)).toBe(0);
    expect(clean.pixels[60 * 800 + 40]).toBe(0);
    // Specks 3 % of the ink, as the dots of dot-matrix letters are: kept; 10 %, as salt-and-pepper noise is: painted out.
    const withSpecks = (share: number) => {
      const page = textPage(0);
      const ink = page.pixels.filter((p) => p < 160).length;
      // In the left margin, three pixels apart, 25 a row (8,000 specks take 320 rows).
      for (let k = 0; k < Math.round(ink * share); k++) page.pixels[(2 + 3 * Math.floor(k / 25)) * 800 + 3 + 3 * (k % 25)] = 0;
      return eraseSpecks(page);
    };
    expect(withSpecks(0.03)).toBe(0);
    expect(withSpecks(0.1)).toBeGreaterThan(0);
  });

  it('enlarges and binarises, and tells blank paper from a page with ink', () => {
    const page = textPage(0);
    const big = binarize(enlarge(page, 2), 170);
    expect([big.width, big.height, big.dpi]).toEqual([1600, 2000, 200]);
    expect(new Set(big.pixels)).toEqual(new Set([0, 255]));
    expect(hasInk(page)).toBe(true);
    expect(hasInk({ ...page, pixels: new Uint8Array(page.pixels.length).fill(250) })).toBe(false);
  });
});

describe('paper that is not white', () => {
  /** The paper as `levelPaper` finds it, the slow way: the least, over the window, of the largest grey over the window. */
  function paperOf(image: GreyImage, reach: number): number[] {
    const { width, height, pixels } = image;
    const at = (x: number, y: number) => pixels[y * width + x]!;
    const over = (x: number, y: number, f: (x: number, y: number) => number, pick: (...v: number[]) => number) => {
      const values: number[] = [];
      for (let dy = -reach; dy <= reach; dy++) for (let dx = -reach; dx <= reach; dx++) {
        const [u, v] = [x + dx, y + dy];
        if (u >= 0 && v >= 0 && u < width && v < height) values.push(f(u, v));
      }
      return pick(...values);
    };
    const largest = (x: number, y: number) => over(x, y, at, Math.max);
    return Array.from({ length: width * height }, (_, i) => over(i % width, Math.floor(i / width), largest, Math.min));
  }

  it('is made white, a shaded header and a highlighter alike, the print over it kept as dark against it', () => {
    // 100 DPI: the paper is found within 4 pixels. A band of grey 150 (a shaded header), with a letter's stroke of 20 in it; a stroke on white.
    const [width, height] = [60, 40];
    const pixels = new Uint8Array(width * height).fill(255);
    for (let y = 10; y < 30; y++) for (let x = 5; x < 55; x++) pixels[y * width + x] = 150;
    for (let y = 15; y < 25; y++) for (let x = 20; x < 22; x++) pixels[y * width + x] = 20;
    for (let y = 32; y < 38; y++) pixels[y * width + 40] = 20;
    const levelled = levelPaper({ width, height, pixels, dpi: DPI });
    expect(levelled.pixels[12 * width + 6]).toBe(255); // the band, at its very edge
    expect(levelled.pixels[20 * width + 50]).toBe(255);
    expect(levelled.pixels[20 * width + 20]).toBe(Math.round((20 * 255) / 150)); // the stroke on grey: 34, still ink
    expect(levelled.pixels[35 * width + 40]).toBe(20); // the stroke on white, as it was
    expect(levelled.pixels[35 * width + 41]).toBe(255);
    expect(binarize(levelled, 170).pixels.filter((p) => p === 0).length).toBe(20 + 6);
  });

  it('is found over a window, in a few comparisons a pixel, as the slow way finds it', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const [width, height] = [47, 35];
    const image: GreyImage = { width, height, pixels: Uint8Array.from({ length: width * height }, () => Math.floor(random() * 256)), dpi: 2 * DPI };
    // At half the resolution (each pixel the darkest of its 2 × 2), within 0,04 inch: 4 pixels at 100 DPI.
    const [halfWidth, halfHeight] = [24, 18];
    const half = Uint8Array.from({ length: halfWidth * halfHeight }, (_, i) => {
      const [x, y] = [2 * (i % halfWidth), 2 * Math.floor(i / halfWidth)];
      const square = [[x, y], [x + 1, y], [x, y + 1], [x + 1, y + 1]].filter(([u, v]) => u! < width && v! < height);
      return Math.min(...square.map(([u, v]) => image.pixels[v! * width + u!]!));
    });
    const paper = paperOf({ width: halfWidth, height: halfHeight, pixels: half, dpi: DPI }, 4);
    const expected = Array.from(image.pixels, (p, i) => {
      const around = paper[Math.floor(Math.floor(i / width) / 2) * halfWidth + Math.floor((i % width) / 2)]!;
      return around === 0 ? 255 : Math.min(255, Math.round((p * 255) / around));
    });
    expect(Array.from(levelPaper(image).pixels)).toEqual(expected);
  });
});

describe('a page scanned upside down or sideways', () => {
  // 1 2 3
  // 4 5 6
  const page: GreyImage = { width: 3, height: 2, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6]), dpi: DPI };

  it('is turned by quarter turns, clockwise, its sides swapped by one', () => {
    expect(turned(page, 1)).toEqual({ width: 2, height: 3, pixels: Uint8Array.from([4, 1, 5, 2, 6, 3]), dpi: DPI });
    expect(turned(page, 2)).toEqual({ width: 3, height: 2, pixels: Uint8Array.from([6, 5, 4, 3, 2, 1]), dpi: DPI });
    expect(turned(page, 3)).toEqual({ width: 2, height: 3, pixels: Uint8Array.from([3, 6, 2, 5, 1, 4]), dpi: DPI });
    expect(turned(turned(page, 1), 3)).toEqual(page);
    expect(turned(page, 4)).toEqual(page);
    expect(turned(page, 0).pixels).not.toBe(page.pixels);
  });

  it("is told by the engine's confidence in its words, each weighed by its characters", () => {
    expect(meanConfidence([])).toBe(0);
    expect(meanConfidence([{ text: 'Progetto', confidence: 0.9 }, { text: 'n.', confidence: 0.4 }])).toBeCloseTo((8 * 0.9 + 2 * 0.4) / 10, 10);
  });
});

describe('grade codes OCR reads with a letter twice or three times', () => {
  it.each([
    ['Cc3', 'C3'],
    ['cC5', 'C5'],
    ['dD2', 'D2'],
    ['CcC1', 'C1'],
  ])('takes %s for %s', (read, code) => expect(gradeCodeOf(read)).toBe(code));

  it.each(['C3', 'Cd3', 'CC3', 'CCC3', 'CcD3', 'Ee3', 'Cc', 'Cc35', 'cc3', 'ccc3'])('leaves %s alone', (word) => expect(gradeCodeOf(word)).toBeNull());
});

describe('amounts OCR reads with a colon for the dot of their thousands', () => {
  it.each([
    ['2:745,80', '2.745,80'],
    ['€1:234:567,00', '€1.234.567,00'],
  ])('takes %s for %s', (read, amount) => expect(figureOf(read)).toBe(amount));

  it.each(['7:30', '2:745', '2:74,80', '12,40', 'ore:'])('leaves %s alone', (word) => expect(figureOf(word)).toBeNull());
});
