/** A grey page image: one byte a pixel, 0 black to 255 white, row after row. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** Pixels per inch of the page the image shows. */
  dpi: number;
}

/** Darker than this counts as ink. */
const INK = 160;

/** Turns RGBA pixels (as a canvas gives them) into a {@link GreyImage}. */
export function greyOf(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, dpi: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j++) {
    // Integer luma (ITU-R BT.601), transparent pixels as paper.
    const alpha = rgba[i + 3] ?? 255;
    const luma = ((rgba[i] ?? 0) * 77 + (rgba[i + 1] ?? 0) * 150 + (rgba[i + 2] ?? 0) * 29) >> 8;
    pixels[j] = 255 - (((255 - luma) * alpha) >> 8);
  }
  return { width, height, pixels, dpi };
}

/** Angles tried when measuring skew, in degrees either way, and the finest step. */
const MAX_SKEW = 3;
const COARSE_STEP = 0.25;
const FINE_STEP = 0.02;
/** Skew is measured on ink sampled at about this resolution: enough to tell lines of text apart. */
const SKEW_DPI = 75;

/**
 * The angle in degrees (clockwise positive, as the image shows it) by which the lines of text are
 * turned: the one at which ink falls into the sharpest horizontal bands (projection profile).
 */
export function measureSkew(image: GreyImage): number {
  const step = Math.max(1, Math.round(image.dpi / SKEW_DPI));
  const ink: number[] = [];
  for (let y = 0; y < image.height; y += step) {
    const row = y * image.width;
    for (let x = 0; x < image.width; x += step) if ((image.pixels[row + x] ?? 255) < INK) ink.push(x, y);
  }
  if (ink.length === 0) return 0;
  const sharpness = (degrees: number): number => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    const bands = new Map<number, number>();
    for (let i = 0; i < ink.length; i += 2) {
      const band = Math.round(((ink[i + 1] ?? 0) - (ink[i] ?? 0) * slope) / step);
      bands.set(band, (bands.get(band) ?? 0) + 1);
    }
    let sum = 0;
    for (const count of bands.values()) sum += count * count;
    return sum;
  };
  const best = (from: number, to: number, by: number): number => {
    let angle = 0;
    let score = -1;
    for (let degrees = from; degrees <= to + by / 2; degrees += by) {
      const candidate = sharpness(degrees);
      if (candidate > score) [angle, score] = [degrees, candidate];
    }
    return angle;
  };
  const coarse = best(-MAX_SKEW, MAX_SKEW, COARSE_STEP);
  return best(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
}

/** Ink runs at least this long (in inches) along a row or a column are table rules, not letters. */
const RULE_LENGTH = 0.3;
/** Rules are traced down to this faint a grey, so that their blurred edges go too. */
const RULE_INK = 200;
/** How far (in inches) either side of a rule its blur reaches. */
const RULE_MARGIN = 1 / 150;

/**
 * Paints the rules of ruled tables white: horizontal and vertical runs of ink far longer than any
 * stroke of a letter. OCR engines read a rule touching a digit as part of it ("|400") or give up on
 * a ruled table altogether. Returns how many pixels it painted.
 */
export function eraseRules(image: GreyImage): number {
  const { width, height, pixels } = image;
  const minimum = Math.round(RULE_LENGTH * image.dpi);
  const margin = Math.max(1, Math.round(RULE_MARGIN * image.dpi));
  const erase = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) markRuns(pixels, erase, { start: y * width, stride: 1, count: width, across: width }, minimum, margin);
  for (let x = 0; x < width; x++) markRuns(pixels, erase, { start: x, stride: width, count: height, across: 1 }, minimum, margin);
  let painted = 0;
  for (let i = 0; i < erase.length; i++) {
    if (erase[i] === 1 && pixels[i] !== 255) {
      pixels[i] = 255;
      painted++;
    }
  }
  return painted;
}

/**
 * Paints white the specks of a scan's salt-and-pepper noise: a pixel of ink with no ink around
 * it, or two side by side with none around them, on a page where they are many (a share of its
 * ink of {@link NOISY_PAGE} or more). On a clean page such a speck is part of print, a full stop
 * printed small or a thin stroke's end, and is kept. Returns how many pixels it painted.
 */
export function eraseSpecks(image: GreyImage): number {
  const { width, height, pixels } = image;
  const around = [-width - 1, -width, -width + 1, -1, 1, width - 1, width, width + 1];
  // Each inked pixel's count of inked pixels in its 3 × 3 square, itself included; 0 for paper.
  const neighbours = new Uint8Array(width * height);
  let ink = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1, at = y * width + 1; x < width - 1; x++, at++) {
      if ((pixels[at] ?? 255) >= INK) continue;
      ink++;
      let count = 1;
      for (const step of around) if ((pixels[at + step] ?? 255) < INK) count++;
      neighbours[at] = count;
    }
  }
  const specks: number[] = [];
  for (let at = 0; at < neighbours.length; at++) {
    const inked = neighbours[at]!;
    // Alone (1), or one of a pair (2) whose other pixel has no ink beside it but this one.
    if (inked === 1 || (inked === 2 && pairedAlone(neighbours, at, around))) specks.push(at);
  }
  if (specks.length < ink * NOISY_PAGE) return 0;
  for (const at of specks) pixels[at] = 255;
  return specks.length;
}

/**
 * The share of a page's ink in specks above which the page is noisy: measured, 10–15 % with
 * salt-and-pepper noise, under 0.5 % on clean scans, 2.7 % in dot-matrix print, whose letters are
 * made of dots.
 */
const NOISY_PAGE = 0.05;

function pairedAlone(neighbours: Uint8Array, at: number, around: number[]): boolean {
  for (const step of around) {
    const other = neighbours[at + step] ?? 0;
    if (other !== 0) return other === 2;
  }
  return false;
}

/** One row or column of an image: where it starts, the step along it and the step across it. */
interface Scanline {
  start: number;
  stride: number;
  count: number;
  across: number;
}

/**
 * Marks in `erase` each run of ink of at least `minimum` pixels along one row or column, and the
 * `margin` pixels either side of it.
 */
function markRuns(pixels: Uint8Array, erase: Uint8Array, line: Scanline, minimum: number, margin: number): void {
  const { start, stride, count, across } = line;
  let runStart = -1;
  for (let k = 0; k <= count; k++) {
    const inked = k < count && (pixels[start + k * stride] ?? 255) < RULE_INK;
    if (inked && runStart < 0) runStart = k;
    if (!inked && runStart >= 0) {
      if (k - runStart >= minimum) {
        for (let j = runStart; j < k; j++) {
          const at = start + j * stride;
          for (let side = -margin; side <= margin; side++) {
            const near = at + side * across;
            if (near >= 0 && near < erase.length) erase[near] = 1;
          }
        }
      }
      runStart = -1;
    }
  }
}

/**
 * The image turned back by `skew` degrees (as {@link measureSkew} measures it) about its centre,
 * bilinear, with paper where nothing was.
 */
export function straighten(image: GreyImage, skew: number): GreyImage {
  if (skew === 0) return image;
  const { width, height, pixels } = image;
  const radians = (skew * Math.PI) / 180;
  const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
  const [cx, cy] = [(width - 1) / 2, (height - 1) / 2];
  const turned = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const at = y0 * width + x0;
      const top = (pixels[at] ?? 255) * (1 - fx) + (pixels[at + 1] ?? 255) * fx;
      const bottom = (pixels[at + width] ?? 255) * (1 - fx) + (pixels[at + width + 1] ?? 255) * fx;
      turned[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { ...image, pixels: turned };
}

/** The image as a binary PGM file, which OCR engines read without a codec. */
export function pgmOf(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const file = new Uint8Array(header.length + image.pixels.length);
  file.set(header);
  file.set(image.pixels, header.length);
  return file;
}

/** The image enlarged `factor` times, bilinear. */
export function enlarge(image: GreyImage, factor: number): GreyImage {
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const pixels = new Uint8Array(width * height);
  const source = image.pixels;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1.001, y / factor);
    const y0 = Math.floor(sy);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1.001, x / factor);
      const x0 = Math.floor(sx);
      const fx = sx - x0;
      const at = y0 * image.width + x0;
      const top = (source[at] ?? 255) * (1 - fx) + (source[at + 1] ?? 255) * fx;
      const bottom = (source[at + image.width] ?? 255) * (1 - fx) + (source[at + image.width + 1] ?? 255) * fx;
      pixels[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, pixels, dpi: image.dpi * factor };
}

/** Ink black, everything else paper: scanner noise and the ghosts of erased rules go. */
export function binarize(image: GreyImage, threshold = INK): GreyImage {
  const pixels = new Uint8Array(image.pixels.length);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (image.pixels[i] ?? 255) < threshold ? 0 : 255;
  return { ...image, pixels };
}

/** The image turned clockwise by `quarters` quarter turns (0 to 3): a page scanned upside down or sideways put upright. */
export function turned(image: GreyImage, quarters: number): GreyImage {
  const { width, height, pixels } = image;
  const turns = ((quarters % 4) + 4) % 4;
  const out = new Uint8Array(width * height);
  if (turns === 0) out.set(pixels);
  else if (turns === 2) for (let i = 0, last = pixels.length - 1; i <= last; i++) out[i] = pixels[last - i]!;
  else {
    // A quarter turn swaps the sides: the source's row y becomes the column height - 1 - y (clockwise) or y (anticlockwise).
    for (let y = 0; y < height; y++) {
      for (let x = 0, at = y * width; x < width; x++, at++) {
        out[turns === 1 ? x * height + (height - 1 - y) : (width - 1 - x) * height + y] = pixels[at]!;
      }
    }
  }
  return turns % 2 === 0 ? { ...image, pixels: out } : { width: height, height: width, pixels: out, dpi: image.dpi };
}

/**
 * The page with its paper made white wherever it is not: each pixel set against the paper around
 * it, the brightest grey within {@link PAPER_REACH} once the print is taken out (a grey closing:
 * the largest grey, then the least, of a window wider than any stroke of print). A header's grey
 * shading, a highlighter's colour, yellowed paper and a shadow become white, and the print over
 * them stays as dark against them as it was, for binarising to keep it. Print on white is left as
 * it is.
 */
export function levelPaper(image: GreyImage): GreyImage {
  // Found at half the resolution, from the darkest of each 2 × 2 pixels: a quarter of the work, and
  // where the paper's grey ends it reaches a pixel too far, onto white paper, which stays white.
  const half = halved(image);
  const reach = Math.max(1, Math.round(PAPER_REACH * half.dpi));
  const paper = windowed(windowed(half, reach, true), reach, false).pixels;
  const pixels = new Uint8Array(image.pixels.length);
  for (let y = 0, at = 0; y < image.height; y++) {
    const row = (y >> 1) * half.width;
    for (let x = 0; x < image.width; x++, at++) {
      const around = paper[row + (x >> 1)]!;
      pixels[at] = around === 0 ? 255 : Math.min(255, Math.round((image.pixels[at]! * 255) / around));
    }
  }
  return { ...image, pixels };
}

/** The image at half its resolution, each pixel the darkest of the 2 × 2 it stands for. */
function halved(image: GreyImage): GreyImage {
  const { width, height } = image;
  const [halfWidth, halfHeight] = [(width + 1) >> 1, (height + 1) >> 1];
  const pixels = new Uint8Array(halfWidth * halfHeight).fill(255);
  for (let y = 0, at = 0; y < height; y++) {
    const row = (y >> 1) * halfWidth;
    for (let x = 0; x < width; x++, at++) {
      const grey = image.pixels[at]!;
      const to = row + (x >> 1);
      if (grey < pixels[to]!) pixels[to] = grey;
    }
  }
  return { width: halfWidth, height: halfHeight, pixels, dpi: image.dpi / 2 };
}

/**
 * Half the width, in inches, of the window the paper is found in: wider than the strokes of print
 * (a bold heading's are about 0,03 inch), narrower than a table's row, so that a shaded header or
 * a highlighter's stroke is paper of its own.
 */
const PAPER_REACH = 0.04;

/**
 * The image with each pixel the largest (or least) grey within `reach` pixels along its row and its
 * column, in three comparisons a pixel whatever the window (van Herk and Gil-Werman): each line cut
 * in blocks of the window's width, `behind` holding the pick of each block from its start up to a
 * pixel, `ahead` from the pixel to the block's end, and a window spanning at most two blocks. The
 * columns are swept a row at a time, all together: memory is read in its order.
 */
function windowed(image: GreyImage, reach: number, largest: boolean): GreyImage {
  const { width, height } = image;
  const size = 2 * reach + 1;
  const across = windows(width, reach);
  const along = new Uint8Array(image.pixels.length);
  const behind = new Uint8Array(image.pixels.length);
  const ahead = new Uint8Array(image.pixels.length);
  const source = image.pixels;
  for (let y = 0, row = 0; y < height; y++, row += width) {
    for (let x = 0; x < width; x++) {
      const at = row + x;
      behind[at] = x % size === 0 ? source[at]! : pick(behind[at - 1]!, source[at]!, largest);
    }
    for (let x = width - 1; x >= 0; x--) {
      const at = row + x;
      ahead[at] = x % size === size - 1 || x === width - 1 ? source[at]! : pick(ahead[at + 1]!, source[at]!, largest);
    }
    for (let x = 0; x < width; x++) along[row + x] = picked(across, x, row, 1, ahead, behind, largest);
  }
  for (let y = 0, row = 0; y < height; y++, row += width) {
    const restart = y % size === 0;
    for (let x = 0; x < width; x++) behind[row + x] = restart ? along[row + x]! : pick(behind[row - width + x]!, along[row + x]!, largest);
  }
  for (let y = height - 1, row = y * width; y >= 0; y--, row -= width) {
    const restart = y % size === size - 1 || y === height - 1;
    for (let x = 0; x < width; x++) ahead[row + x] = restart ? along[row + x]! : pick(ahead[row + width + x]!, along[row + x]!, largest);
  }
  const down = windows(height, reach);
  const pixels = new Uint8Array(image.pixels.length);
  for (let y = 0, row = 0; y < height; y++, row += width) {
    for (let x = 0; x < width; x++) pixels[row + x] = picked(down, y, x, width, ahead, behind, largest);
  }
  return { ...image, pixels };
}

function pick(a: number, b: number, largest: boolean): number {
  return a > b === largest ? a : b;
}

/**
 * For each place along a line of `count` pixels, its window (cut short at the line's ends): where
 * it starts and ends, and whether the blocks' `behind` pick at its end covers it alone (a window
 * cut short by the line's start), the `ahead` pick at its start alone (one cut short by its end),
 * or both.
 */
function windows(count: number, reach: number): { first: Int32Array; last: Int32Array; covered: Uint8Array } {
  const size = 2 * reach + 1;
  const [first, last, covered] = [new Int32Array(count), new Int32Array(count), new Uint8Array(count)];
  for (let k = 0; k < count; k++) {
    first[k] = k > reach ? k - reach : 0;
    last[k] = k + reach < count ? k + reach : count - 1;
    const oneBlock = first[k]! - (first[k]! % size) === last[k]! - (last[k]! % size);
    covered[k] = oneBlock && first[k]! % size === 0 ? BEHIND_ALONE : oneBlock ? AHEAD_ALONE : BOTH;
  }
  return { first, last, covered };
}

const [BEHIND_ALONE, AHEAD_ALONE, BOTH] = [0, 1, 2];

/** The pick over the window of place `k` of a line whose pixels start at `offset`, `step` apart. */
function picked(lines: ReturnType<typeof windows>, k: number, offset: number, step: number, ahead: Uint8Array, behind: Uint8Array, largest: boolean): number {
  const start = ahead[offset + lines.first[k]! * step]!;
  const end = behind[offset + lines.last[k]! * step]!;
  const covered = lines.covered[k];
  return covered === BEHIND_ALONE ? end : covered === AHEAD_ALONE ? start : pick(start, end, largest);
}
