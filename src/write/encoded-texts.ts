/**
 * Texts encoded as UTF-8 one after another in a buffer of their own, so that the whole can be
 * handed to another thread without a copy (its ArrayBuffer is transferable).
 */
export interface EncodedTexts {
  bytes: Uint8Array<ArrayBuffer>;
  /** The byte length of each text, in order. */
  lengths: number[];
}

/** Encodes `texts` into one buffer of exactly their size. */
export function encodeTexts(texts: readonly string[]): EncodedTexts {
  const lengths = texts.map((text) => Buffer.byteLength(text, 'utf8'));
  // Not from Buffer's shared pool: a pooled buffer's memory cannot be transferred.
  const bytes = Buffer.allocUnsafeSlow(lengths.reduce((sum, length) => sum + length, 0));
  let offset = 0;
  for (const text of texts) offset += bytes.write(text, offset, 'utf8');
  return { bytes, lengths };
}

/** Each text's bytes, as views of the buffer. */
export function encodedPieces(encoded: EncodedTexts): Uint8Array[] {
  let offset = 0;
  return encoded.lengths.map((length) => encoded.bytes.subarray(offset, (offset += length)));
}
