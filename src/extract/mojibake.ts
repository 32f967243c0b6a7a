/**
 * Text encoded twice: UTF-8 bytes read as Windows-1252 and written out as UTF-8 again, as a web
 * page or a mail program may leave it ("â‚¬ 21,15" for "€ 21,15", "â€“" for "–", "Ã " for "à").
 * Each line that shows such a sequence is put back: its characters taken as Windows-1252 bytes
 * and read as UTF-8, where that is valid and leaves none of them.
 */
export function withoutMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (MOJIBAKE.test(line) ? repaired(line) ?? line : line))
    .join('\n');
}

/** A lead byte of a two or three-byte UTF-8 sequence (Â, Ã, â) read as Windows-1252, then a continuation byte so read. */
const MOJIBAKE = /[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

function repaired(line: string): string | null {
  const bytes = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const byte = code < 0x100 ? code : WINDOWS_1252_BYTE.get(code);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  try {
    const read = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return MOJIBAKE.test(read) ? null : read;
  } catch {
    return null;
  }
}

/** The byte Windows-1252 gives each character it puts at 0x80–0x9F. */
const WINDOWS_1252_BYTE = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);
