import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { generatePlan } from '../generator/plan.js';

/**
 * Mutated plans for the whole text pipeline: a real or generated plan, damaged line by line,
 * character by character and byte by byte, its line ends changed and re-encoded. A case is plain
 * data (JSON), so fast-check can shrink it and a failure can be written down as a regression.
 */

/** The plan a case starts from: the seed, or a generated plan of a few projects. */
export type Base = { kind: 'seed' } | { kind: 'generated'; seed: number; projects: number };

/** Where an operation acts: anywhere in the text, or on a line that looks like part of a staff table. */
export interface Place {
  near: 'any' | 'table';
  /** Chooses among the candidate places (modulo their number). */
  pick: number;
}

export type LineOp =
  | { op: 'delete' | 'duplicate'; at: Place }
  | { op: 'swap'; at: Place; with: Place }
  | { op: 'glue'; at: Place; joiner: string }
  | { op: 'insert'; at: Place; text: string };

export type CharOp = { op: 'delete' | 'duplicate'; at: Place; offset: number; length: number } | { op: 'insert'; at: Place; offset: number; text: string };

export type LineEnd = 'lf' | 'crlf' | 'cr' | 'mixed';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1252';
export type ByteOp = { op: 'insert'; at: number; bytes: number[] } | { op: 'delete'; at: number; length: number } | { op: 'truncate'; at: number };

/** One fuzz case: a base plan and what is done to it, in this order. */
export interface MutationCase {
  base: Base;
  lines: LineOp[];
  chars: CharOp[];
  lineEnd: LineEnd;
  encoding: Encoding;
  bytes: ByteOp[];
}

const SEED_PATH = new URL('../../fixtures/seed-2015/input.txt', import.meta.url);
let seedText: string | undefined;
const generated = new Map<string, string>();

/** The text of a base plan (generated plans are kept, as a case is run many times while shrinking). */
export function baseText(base: Base): string {
  if (base.kind === 'seed') return (seedText ??= readFileSync(SEED_PATH, 'utf8'));
  const key = `${base.seed}/${base.projects}`;
  let text = generated.get(key);
  if (text === undefined) {
    text = generatePlan({ seed: base.seed, projects: base.projects }).text;
    if (generated.size > 500) generated.clear();
    generated.set(key, text);
  }
  return text;
}

/** Lines that look like a staff table: a header word, a grade code, a total, or an Italian decimal. */
const TABLE_LIKE = /\d,\d|^\s*[A-Da-d]\s?[1-9]\b|\btotale\b|personale|costo|percentuale|risultato/i;

function indexOf(lines: string[], place: Place, extra = 0): number {
  const size = lines.length + extra;
  if (place.near === 'table') {
    const candidates = lines.flatMap((line, i) => (TABLE_LIKE.test(line) ? [i] : []));
    if (candidates.length > 0) return candidates[place.pick % candidates.length]!;
  }
  return size === 0 ? 0 : place.pick % size;
}

function applyLineOp(lines: string[], op: LineOp): string[] {
  const out = [...lines];
  if (out.length === 0) return op.op === 'insert' ? [op.text] : out;
  const i = indexOf(out, op.at);
  switch (op.op) {
    case 'delete':
      out.splice(i, 1);
      break;
    case 'duplicate':
      out.splice(i, 0, out[i]!);
      break;
    case 'swap': {
      const j = indexOf(out, op.with);
      [out[i], out[j]] = [out[j]!, out[i]!];
      break;
    }
    case 'glue':
      if (i + 1 < out.length) out.splice(i, 2, `${out[i]}${op.joiner}${out[i + 1]}`);
      break;
    case 'insert':
      out.splice(indexOf(out, op.at, 1), 0, op.text);
      break;
  }
  return out;
}

function applyCharOp(lines: string[], op: CharOp): string[] {
  if (lines.length === 0) return op.op === 'insert' ? op.text.split('\n') : lines;
  const i = indexOf(lines, op.at);
  const line = lines[i]!;
  const at = line.length === 0 ? 0 : op.offset % (line.length + 1);
  let changed: string;
  if (op.op === 'insert') changed = line.slice(0, at) + op.text + line.slice(at);
  else if (op.op === 'delete') changed = line.slice(0, at) + line.slice(at + op.length);
  else changed = line.slice(0, at + op.length) + line.slice(at, at + op.length) + line.slice(at + op.length);
  // An inserted line break makes new lines: the text is re-split so later operations see them.
  return [...lines.slice(0, i), ...changed.split('\n'), ...lines.slice(i + 1)];
}

function withLineEnds(lines: string[], lineEnd: LineEnd): string {
  // Mixed: LF and CRLF (a lone CR before an empty LF line would read as one CRLF, and lose a line).
  if (lineEnd === 'mixed') return lines.map((l, i) => l + ['\n', '\r\n', '\r\n'][i % 3]).join('');
  const end = { lf: '\n', crlf: '\r\n', cr: '\r' }[lineEnd];
  return lines.join(end) + end;
}

/** Windows-1252 at 0x80–0x9F (the WHATWG index), for encoding: everything else is Latin-1 or '?'. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Encodes text in one of the encodings the contract accepts. */
export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf-16le-bom':
      return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
    case 'utf-16be-bom':
      return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le').swap16());
    case 'windows-1252':
      return Uint8Array.from([...text], (ch) => {
        const code = ch.codePointAt(0)!;
        if (CP1252_HIGH[ch] !== undefined) return CP1252_HIGH[ch];
        return code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : 0x3f;
      });
  }
}

function applyByteOp(bytes: Uint8Array, op: ByteOp): Uint8Array {
  const at = op.at % (bytes.length + 1);
  switch (op.op) {
    case 'insert':
      return Uint8Array.from([...bytes.subarray(0, at), ...op.bytes, ...bytes.subarray(at)]);
    case 'delete':
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + op.length)]);
    case 'truncate':
      return bytes.slice(0, at);
  }
}

/** The mutated text of a case, before its line ends and encoding (one string per line). */
export function mutatedLines(c: MutationCase): string[] {
  let lines = baseText(c.base).split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const op of c.lines) lines = applyLineOp(lines, op);
  for (const op of c.chars) lines = applyCharOp(lines, op);
  return lines;
}

/** The bytes of a case: the input the pipeline reads. */
export function caseBytes(c: MutationCase): Uint8Array {
  let bytes = encode(withLineEnds(mutatedLines(c), c.lineEnd), c.encoding);
  for (const op of c.bytes) bytes = applyByteOp(bytes, op);
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const place: fc.Arbitrary<Place> = fc.record({ near: fc.constantFrom('table', 'table', 'any'), pick: fc.nat({ max: 100_000 }) });

const italianNumber = fc
  .tuple(fc.nat({ max: 99_999 }), fc.constantFrom('', ',5', ',50', ',05', ',123', ',0015'), fc.boolean())
  .map(([n, decimals, grouped]) => (grouped ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(n)) + decimals);

const tableWord = fc.constantFrom(
  'C3', 'D 5', 'b1', 'Totale', 'TOTALE €', 'totale', '€', '%', '20%', 'Pag. 3', '- 4 -', '3/12', 'PERSONALE', 'COSTO ORARIO', 'TOTALE ORE',
  'PRODOTTO', 'PERCENTUALE', 'RISULTATO', 'QUOTA', 'Progetto N° 2 -', 'Quinta condizione', 'Descrizione', 'Istruttore', 'vedi nota', '0', '00', ',', '.',
);

/** A line that may stand inside a table: numbers, grade codes, header words, total labels, page numbers. */
const tableLine = fc.array(fc.oneof(italianNumber, tableWord), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));

/** Characters that break readers: controls, NUL, form feed, tab, odd spaces and line separators, BOM, lone surrogates. */
const oddChar = fc.constantFrom('\0', '\f', '\t', '\v', '\u00a0', '\u2028', '\u2029', '\u0085', '\ufeff', '\u200b', '\ud800', '\udfff', '\u001b', '\r', '\n', '’', 'à', '€', '%', ',', '.', ' ');

/** Text to insert: table-like lines, any characters, odd characters, or a very long line of up to `longest` characters. */
function insertedText(longest: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: tableLine },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.array(oddChar, { minLength: 1, maxLength: 4 }).map((cs) => cs.join('')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('1', '1,1 ', 'a', 'C3 17,10 ', '9.999.', ' ', '%', 'Totale ', '€ '), fc.integer({ min: Math.min(1_000, longest), max: longest }))
        .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length))),
    },
  );
}

function lineOp(longest: number): fc.Arbitrary<LineOp> {
  return fc.oneof(
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: place }),
    fc.record({ op: fc.constant('swap' as const), at: place, with: place }),
    fc.record({ op: fc.constant('glue' as const), at: place, joiner: fc.constantFrom('', ' ', '\t') }),
    fc.record({ op: fc.constant('insert' as const), at: place, text: insertedText(longest) }),
  );
}

function charOp(longest: number): fc.Arbitrary<CharOp> {
  return fc.oneof(
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: place, offset: fc.nat({ max: 200 }), length: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ op: fc.constant('insert' as const), at: place, offset: fc.nat({ max: 200 }), text: insertedText(longest) }),
  );
}

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.oneof(fc.constant<number[]>([0]), fc.constant<number[]>([0, 0]), fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 4 })) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

/** The plan a case starts from: small generated plans first (they shrink towards these), the seed a quarter of the time. */
export const baseArbitrary: fc.Arbitrary<Base> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('generated' as const), seed: fc.integer({ min: 1, max: 100_000 }), projects: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'seed' as const }) },
);

/**
 * Fuzz cases: a base plan, a few line, character and byte mutations, a line end and an encoding.
 * `longestLine` bounds the very long lines inserted (the long campaign uses 60,000 characters; the
 * short run in `npm test` less, so that no case takes seconds).
 */
export function mutationCases({ longestLine = 60_000 }: { longestLine?: number } = {}): fc.Arbitrary<MutationCase> {
  return fc.record({
    base: baseArbitrary,
    lines: fc.array(lineOp(longestLine), { maxLength: 6 }),
    chars: fc.array(charOp(longestLine), { maxLength: 6 }),
    lineEnd: fc.constantFrom<LineEnd>('lf', 'lf', 'crlf', 'cr', 'mixed'),
    encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'windows-1252'),
    bytes: fc.oneof({ weight: 5, arbitrary: fc.constant<ByteOp[]>([]) }, { weight: 1, arbitrary: fc.array(byteOp, { minLength: 1, maxLength: 2 }) }),
  });
}
