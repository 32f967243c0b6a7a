import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { TextCounts } from '../../src/extract/noise.js';

const naiveCount = (texts: string[], text: string) => texts.filter((t) => t === text).length;

describe('counting repeated lines', () => {
  test.prop([fc.array(fc.stringMatching(/^[ab ]{0,6}$/), { maxLength: 60 }), fc.array(fc.stringMatching(/^[ab ]{0,6}$/), { maxLength: 20 })])(
    'counts each text asked about as often as it occurs',
    (texts, asked) => {
      const counts = new TextCounts(texts);
      for (const text of [...asked, ...texts]) expect(counts.count(text)).toBe(naiveCount(texts, text));
    },
  );

  it('counts right when many texts share a fingerprint (same length, same sampled characters)', () => {
    // 20 characters: the fingerprint reads characters 0, 5, 10, 14 and 19, so these differ elsewhere.
    const alike = Array.from({ length: 1_000 }, (_, i) => `A${String(i).padStart(3, '0')}-BBBB-CCC-DDDD-E`);
    expect(new Set(alike.map((t) => t.length))).toEqual(new Set([20]));
    const texts = [...alike, ...alike.slice(0, 10)];
    const counts = new TextCounts(texts);
    expect(counts.count(alike[5]!)).toBe(2);
    expect(counts.count(alike[500]!)).toBe(1);
    expect(counts.count('A999-BBBB-CCC-DDDD-X')).toBe(0);
  });
});
