import { UnreadableInputError } from '../errors.js';
import type { SourceLine } from '../model.js';
import { withSignsRestored } from './lost-signs.js';
import { withoutMojibake } from './mojibake.js';
import { composed } from './text.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Text decoded from bytes, with the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: string;
}

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Decodes the bytes of a text input: UTF-8 (with or without BOM), UTF-16 with BOM (or without,
 * when the zero bytes show it unmistakably), otherwise Windows-1252. Binary data, empty and
 * whitespace-only input are unreadable.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnreadableInputError('empty file');
  const bom = BOMS.find((b) => b.bytes.every((value, i) => bytes[i] === value));
  const decoded = bom ? decodeWith(bytes.subarray(bom.bytes.length), bom.encoding) : decodeWithoutBom(bytes);
  if (/[\u0000-\u0008\u000e-\u001f]/.test(decoded.text.slice(0, 65536)) && controlShare(decoded.text) > 0.01) {
    throw new UnreadableInputError('binary data, not text: convert the document to text or PDF first');
  }
  if (decoded.text.trim() === '') throw new UnreadableInputError('no text: the file holds only white space');
  const visible = INVISIBLE.test(decoded.text) ? decoded.text.replace(SOFT_HYPHEN_AT_LINE_END, '\u2010').replace(INVISIBLES, '') : decoded.text;
  // Composed again after the repair: the bytes read twice may have held the accents apart.
  const text = withSignsRestored(composed(withoutMojibake(composed(visible))));
  return { ...decoded, text: decoded.encoding.includes('windows-1252') ? withEuroOfLatin9(text) : text };
}

/**
 * "¤ 15,26": the byte ISO-8859-15 gives "€" (0xA4), which Windows-1252 reads as the currency sign
 * "¤", found in no Italian plan: written "€".
 */
function withEuroOfLatin9(text: string): string {
  return text.includes('¤') ? text.replace(/¤/g, '€') : text;
}

/**
 * Characters that carry nothing to a reader and would split a word or a figure: stray NUL bytes
 * (a bad export), and, from a browser's or a word processor's copy, soft hyphens ("C\u00AD1"),
 * zero-width spaces and joiners, word joiners and byte-order marks inside the text.
 */
const INVISIBLE = /[\u0000\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');
/**
 * "digitaliz\u00AD" / "zazione": a soft hyphen where a line broke a word, written as the hyphen
 * of a browser's hyphenation (U+2010), which the title's lines are joined over, not the word's own.
 */
const SOFT_HYPHEN_AT_LINE_END = /(?<=\p{L})\u00ad(?=[ \t]*\r?\n)/gu;

function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16);
  const utf8 = strictUtf8(bytes);
  return utf8 !== null ? { text: utf8, encoding: 'utf-8' } : decodeLineByLine(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text that is not valid UTF-8 is Windows-1252, or a file pasted together from both: each line is
 * read as UTF-8 where it is valid, else as Windows-1252, so neither part turns into mojibake.
 */
function decodeLineByLine(bytes: Uint8Array): DecodedText {
  const pieces: string[] = [];
  let utf8Lines = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    const asUtf8 = line.some((b) => b >= 0x80) ? strictUtf8(line) : null;
    if (asUtf8 !== null) utf8Lines++;
    pieces.push(asUtf8 ?? decodeWindows1252(line));
    start = end + 1;
  }
  return { text: pieces.join('\n'), encoding: utf8Lines > 0 ? 'utf-8+windows-1252' : 'windows-1252' };
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    throw new UnreadableInputError(`cannot be decoded as ${encoding}: the bytes are not valid text in that encoding`);
  }
}

/** UTF-16 without BOM: mostly-ASCII text leaves a zero in every other byte. */
function guessUtf16(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  let controls = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) controls++;
  }
  return controls / Math.max(1, sample.length);
}

/**
 * Splits text into numbered lines (LF, CRLF or CR), without the white space at their ends, which
 * pdftotext -layout and word processors leave and no reader sees. When the text has form feeds,
 * as pdftotext leaves between pages, each line gets its page; otherwise pages are unknown (null).
 */
export function splitLines(text: string): SourceLine[] {
  const parts = text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (!text.includes('\f')) return parts.map((part, i) => ({ text: part.trimEnd(), line: i + 1, page: null }));
  let page = 1;
  return parts.map((part, i) => {
    const pageOfLine = page;
    const feeds = part.split('\f').length - 1;
    page += feeds;
    const startsPage = part.startsWith('\f');
    return {
      text: part.replace(/\f/g, '').trimEnd(),
      line: i + 1,
      page: startsPage ? pageOfLine + 1 : pageOfLine,
    };
  });
}

/**
 * The lines of a double-spaced text, as some PDF-to-text tools write one ("Progetto 1" / "" /
 * "Titolo: …" / "" / …, a blank line after every line, and three where the page had one): where
 * every second line of the document is blank, those blank lines are the tool's spacing and mark
 * no paragraph, so they are dropped; the others keep their line numbers. A text with a blank line
 * after some lines only, or too short to tell, is returned as it is.
 */
export function withoutDoubleSpacing(lines: SourceLine[]): SourceLine[] {
  if (lines.length < MIN_DOUBLE_SPACED_LINES) return lines;
  if (!lines.every((line, i) => i % 2 === 0 || line.text.trim() === '')) return lines;
  return lines.filter((_, i) => i % 2 === 0);
}

/** Below this many lines, a text whose every second line is blank may be so by chance. */
const MIN_DOUBLE_SPACED_LINES = 20;
