import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeText, splitLines, withoutDoubleSpacing } from '../../src/extract/decode.js';
import { UnreadableInputError } from '../../src/errors.js';

const text = 'Attività € 1.234,56 – “ok”\nsecond line\n';

function utf16(value: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(value, 'utf16le');
  if (!littleEndian) body.swap16();
  const mark = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), body]) : body);
}

describe('decoding text inputs', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(text), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8'],
    ['UTF-16LE with BOM', utf16(text, true, true), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(text, false, true), 'utf-16be'],
    ['UTF-16LE without BOM', utf16(text, true, false), 'utf-16le'],
  ])('%s', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });

  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([0x41, 0x74, 0x74, 0x69, 0x76, 0x69, 0x74, 0xe0, 0x20, 0x80, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    expect(decodeText(bytes)).toEqual({ text: 'Attività € “ok”', encoding: 'windows-1252' });
  });

  it.each([
    ['empty', new Uint8Array(), 'empty file'],
    ['white space', new TextEncoder().encode(' \n\t\r\n '), 'no text'],
    ['binary', new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 37) % 256)), 'binary data'],
  ])('refuses %s input with a one-line reason', (_name, bytes, reason) => {
    expect(() => decodeText(bytes)).toThrow(UnreadableInputError);
    expect(() => decodeText(bytes)).toThrow(reason);
  });

  it('numbers lines across LF, CRLF and CR, and pages at form feeds', () => {
    expect(splitLines('a\r\nb\rc\nd').map((l) => [l.line, l.text, l.page])).toEqual([
      [1, 'a', null], [2, 'b', null], [3, 'c', null], [4, 'd', null],
    ]);
    expect(splitLines('a\nb\n\fc\nd').map((l) => [l.text, l.page])).toEqual([['a', 1], ['b', 1], ['c', 2], ['d', 2]]);
  });

  it('leaves out the white space at the lines\' ends, and keeps the pages of lines ending on a form feed', () => {
    expect(splitLines('Allegato 1 – 2 di 3   \n  D1 20,00\t\n   \nfine').map((l) => l.text)).toEqual(['Allegato 1 – 2 di 3', '  D1 20,00', '', 'fine']);
    expect(splitLines('a  \nb \f\nc').map((l) => [l.text, l.page])).toEqual([['a', 1], ['b', 1], ['c', 2]]);
  });
});

/** What a browser's copy leaves in a text: soft hyphens, zero-width spaces and joiners, word joiners, byte-order marks. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** What may stand for a lost euro sign, and the minus sign: see tests/extract/lost-signs.test.ts. */
const LOST_SIGN = /[\ufffd?\u2212]/;

describe('UTF-8 input', () => {
  it('drops the characters that carry nothing, which would split a grade code or a figure', () => {
    const text = 'C\u00AD1 20,95 80 1.676,00\u200B 20 335,20\nregolamenti\u200b comunali\u2060\ufeff\u200c\u200d';
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf8'))).text).toBe('C1 20,95 80 1.676,00 20 335,20\nregolamenti comunali');
  });

  it('writes a soft hyphen where a line broke a word as the hyphen of a browser\'s hyphenation, which titles are joined over', () => {
    const text = 'Progetto n. 1 – Sportello e digitaliz\u00AD\r\nzazione delle pra\u00ADtiche';
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf8'))).text).toBe('Progetto n. 1 – Sportello e digitaliz\u2010\r\nzazione delle pratiche');
  });

  test.prop([fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => /^[^\u0000-\u001f]*[^\s\u0000-\u001f][^\u0000-\u001f]*$/u.test(s) && !INVISIBLE.test(s) && !LOST_SIGN.test(s))])(
    'reads any text encoded as UTF-8 back as it was, but for the characters that carry nothing, accents held apart and signs lost',
    (value) => {
      const accentsComposed = /[\u0300-\u036f]/.test(value) ? value.normalize('NFC') : value;
      expect(decodeText(new Uint8Array(Buffer.from(value, 'utf8')))).toEqual({ text: accentsComposed, encoding: 'utf-8' });
    },
  );

  it('writes a letter and its combining accent as one character, in text encoded once or twice', () => {
    const apart = 'Totale n. 3 unita\u0300 767,40 – annualita\u0300 2021';
    expect(decodeText(new TextEncoder().encode(apart)).text).toBe('Totale n. 3 unità 767,40 – annualità 2021');
    const twice = [...new TextEncoder().encode(apart)].map((b) => String.fromCharCode(b === 0x80 ? 0x20ac : b === 0x93 ? 0x201c : b === 0x96 ? 0x2013 : b)).join('');
    expect(decodeText(new TextEncoder().encode(twice)).text).toBe('Totale n. 3 unità 767,40 – annualità 2021');
  });

  it('leaves a text without combining accents as it is, other marks too', () => {
    expect(decodeText(new TextEncoder().encode('Attività D1 20,00\nक\u0951')).text).toBe('Attività D1 20,00\nक\u0951');
  });
});

describe('text encoded twice, and the euro of ISO-8859-15', () => {
  /** The UTF-8 bytes of a text, read as Windows-1252: what a double encoding leaves. */
  const twice = (value: string) => [...new TextEncoder().encode(value)].map((b) => String.fromCharCode(WINDOWS_1252[b] ?? b)).join('');
  const WINDOWS_1252: Record<number, number> = { 0x80: 0x20ac, 0x82: 0x201a, 0x93: 0x201c, 0x94: 0x201d, 0x96: 0x2013, 0x99: 0x2122, 0x9c: 0x0153 };

  it('puts back the lines a double encoding garbled, and leaves the others', () => {
    const garbled = `${twice('Progetto n. 1 – Attività “ok”')}\nD1 ${twice('€')} 21,15 120\nSeconda riga già giusta`;
    expect(garbled).toContain('â‚¬');
    expect(decodeText(new TextEncoder().encode(garbled)).text).toBe('Progetto n. 1 – Attività “ok”\nD1 € 21,15 120\nSeconda riga già giusta');
  });

  it('leaves text that only looks alike: an "Ã" or "â" before other letters', () => {
    const plain = 'Ãrea â la carte, Ângelo';
    expect(decodeText(new TextEncoder().encode(plain)).text).toBe(plain);
  });

  it('reads byte 0xA4 of a single-byte text as "€" (ISO-8859-15), not "¤"', () => {
    const bytes = new Uint8Array([...Buffer.from('D1 ', 'latin1'), 0xa4, ...Buffer.from(' 15,26 citt', 'latin1'), 0xe0]);
    expect(decodeText(bytes).text).toBe('D1 € 15,26 città');
  });
});

describe('double-spaced text', () => {
  const page = ['Progetto 1 – Sportello digitale', '', 'Prima condizione: miglioramento', 'del servizio.', '', 'Totale 396,00'];
  const lines = Array.from({ length: 4 }, () => page).flat();

  it('drops the blank line after every line, keeping each other line\'s number, and keeps one blank where the page had one', () => {
    const doubled = withoutDoubleSpacing(splitLines(lines.join('\n').replace(/\n/g, '\n\n')));
    expect(doubled.map((l) => l.text)).toEqual(lines);
    expect(doubled.slice(0, 3).map((l) => l.line)).toEqual([1, 3, 5]);
  });

  it('keeps the blank lines of a text with a blank after some lines only, or too short to tell', () => {
    const single = splitLines(lines.join('\n'));
    expect(withoutDoubleSpacing(single)).toEqual(single);
    const short = splitLines('Progetto 1\n\nTotale 396,00\n\n');
    expect(withoutDoubleSpacing(short)).toEqual(short);
  });
});
