// Turns a PDF into the image-only PDF a scanner would have made of its printout: each page
// rendered to grey pixels, turned by a small skew, blurred, given Gaussian noise and saved as a
// JPEG, then wrapped one image a page into a PDF with no text layer. Deterministic: the same
// bytes and options give the same PDF. Used by scripts/make-scanned-pdf.mjs and by the OCR tests,
// which make their scans on the fly instead of committing megabytes of images.
import { createCanvas } from '@napi-rs/canvas';

export const SCAN_DEFAULTS = Object.freeze({
  dpi: 200,
  /** Largest skew in degrees; each page gets its own, between -maxSkew and +maxSkew. */
  maxSkew: 1,
  /** Standard deviation of the Gaussian noise, in grey levels (0–255). */
  noise: 12,
  /** Blur radius in pixels. */
  blur: 0.5,
  jpegQuality: 50,
  seed: 1,
  /** Pages to keep, 1-based; all when absent. */
  pages: undefined,
  /** Pages fed into the scanner turned, by page number: 90, 180 or 270 degrees clockwise. */
  turns: undefined,
  /**
   * A "sandwich": the source page's text laid invisibly (text rendering mode 3) under each image, as
   * an office scanner's OCR writes it, each piece of text passed through this function first (to
   * plant a misreading); absent, no text at all.
   */
  textLayer: undefined,
});

/**
 * @param {Uint8Array} pdfBytes
 * @param {Partial<typeof SCAN_DEFAULTS>} [options]
 * @returns {Promise<{ pdf: Buffer, pages: { page: number, skew: number, width: number, height: number }[] }>}
 */
export async function simulateScan(pdfBytes, options = {}) {
  const settings = { ...SCAN_DEFAULTS, ...options };
  const random = mulberry32(settings.seed);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdfBytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  const scanned = [];
  try {
    const wanted = settings.pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
    for (const number of wanted) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: settings.dpi / 72 });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      const printed = createCanvas(width, height);
      const printedContext = printed.getContext('2d');
      printedContext.fillStyle = '#ffffff';
      printedContext.fillRect(0, 0, width, height);
      await page.render({ canvas: printed, canvasContext: printedContext, viewport }).promise;
      const layer = settings.textLayer ? (await page.getTextContent()).items.filter((item) => item.str?.trim()).map((item) => ({ text: settings.textLayer(item.str), transform: item.transform })) : [];
      page.cleanup();

      const skew = (random() * 2 - 1) * settings.maxSkew;
      const turn = settings.turns?.[number] ?? 0;
      const sideways = turn % 180 !== 0;
      const [scanWidth, scanHeight] = sideways ? [height, width] : [width, height];
      const scan = createCanvas(scanWidth, scanHeight);
      const context = scan.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, scanWidth, scanHeight);
      context.filter = `blur(${settings.blur}px) grayscale(1)`;
      context.translate(scanWidth / 2, scanHeight / 2);
      context.rotate(((turn + skew) * Math.PI) / 180);
      context.translate(-width / 2, -height / 2);
      context.drawImage(printed, 0, 0);
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.filter = 'none';
      addNoise(context, scanWidth, scanHeight, settings.noise, random);
      const jpeg = await scan.encode('jpeg', settings.jpegQuality);
      const points = [viewport.width / viewport.scale, viewport.height / viewport.scale];
      scanned.push({ page: number, skew, width: scanWidth, height: scanHeight, jpeg, points: sideways ? points.reverse() : points, layer });
    }
  } finally {
    await doc.destroy();
  }
  return {
    pdf: imagePdf(scanned),
    pages: scanned.map(({ page, skew, width, height }) => ({ page, skew, width, height })),
  };
}

function addNoise(context, width, height, sigma, random) {
  const image = context.getImageData(0, 0, width, height);
  const pixels = image.data;
  for (let i = 0; i < pixels.length; i += 4) {
    const grey = Math.max(0, Math.min(255, Math.round(pixels[i] + gaussian(random) * sigma)));
    pixels[i] = pixels[i + 1] = pixels[i + 2] = grey;
  }
  context.putImageData(image, 0, 0);
}

function gaussian(random) {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A PDF of one JPEG per page, each filling its page, and the page's invisible text where it has
 * any (Helvetica, WinAnsi: a character outside it written "?").
 */
function imagePdf(pages) {
  const objects = [];
  const add = (parts) => objects.push(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)))) ;
  add(['<< /Type /Catalog /Pages 2 0 R >>']);
  const kids = pages.map((_, index) => `${3 + index * 3} 0 R`).join(' ');
  add([`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`]);
  const font = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>`;
  pages.forEach(({ width, height, jpeg, points: [w, h], layer }, index) => {
    const pageId = 3 + index * 3;
    const text = layer.map(({ text, transform: [a, b, c, d, e, f] }) => `BT /F1 1 Tf 3 Tr ${[a, b, c, d, e, f].map(fixed).join(' ')} Tm (${winAnsi(text)}) Tj ET`);
    const drawing = [`q ${fixed(w)} 0 0 ${fixed(h)} 0 0 cm /Scan Do Q`, ...text].join('\n');
    add([`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${fixed(w)} ${fixed(h)}] /Resources << /XObject << /Scan ${pageId + 2} 0 R >> /Font << /F1 ${font} >> >> /Contents ${pageId + 1} 0 R >>`]);
    add([`<< /Length ${Buffer.byteLength(drawing, 'latin1')} >>\nstream\n`, Buffer.from(drawing, 'latin1'), `\nendstream`]);
    add([
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      jpeg,
      '\nendstream',
    ]);
  });
  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  objects.forEach((body, index) => {
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    chunks.push(object);
    offset += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

function fixed(points) {
  return Number(points.toFixed(2)).toString();
}

/** A string in a PDF literal, in WinAnsi: brackets and backslashes escaped, a character outside it as "?". */
function winAnsi(text) {
  const special = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return [...text]
    .map((char) => {
      const code = special[char] ?? (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f);
      const byte = String.fromCharCode(code);
      return byte === '(' || byte === ')' || byte === '\\' ? `\\${byte}` : byte;
    })
    .join('');
}
