import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { endsOnCurrency, endsOnOpenWord } from '../../src/extract/text.js';

/** The patterns as they were: anchored at the end, so tried from every place in the line. */
const OPEN_ENDING_AS_IT_WAS = /\b(?:di|del|dello|della|dei|degli|delle|a|al|allo|alla|ai|agli|alle|da|dal|dalla|dai|dalle|in|nel|nello|nella|nei|negli|nelle|con|su|sul|sulla|per|tra|fra|e|ed|o|od|il|lo|la|i|gli|le|un|uno|una)\s*$/i;
const CURRENCY_AT_END_AS_IT_WAS = /(?:€|\beuro)\s*$/i;

describe('a line that goes on past its end', () => {
  it('ends on a word that needs the next line', () => {
    expect(endsOnOpenWord('nell’ambito della')).toBe(true);
    expect(endsOnOpenWord('P.A. e DELLE  ')).toBe(true);
    expect(endsOnOpenWord('dell’a')).toBe(true);
    expect(endsOnOpenWord('verso la città')).toBe(false);
    expect(endsOnOpenWord('Modella')).toBe(false);
    expect(endsOnOpenWord('della_')).toBe(false);
    expect(endsOnOpenWord('')).toBe(false);
  });

  it('ends on its currency, the amount to come', () => {
    expect(endsOnCurrency('alimentare il Fondo di €')).toBe(true);
    expect(endsOnCurrency('pari a Euro \t')).toBe(true);
    expect(endsOnCurrency('pari a euro 1.200,00')).toBe(false);
    expect(endsOnCurrency('Eurozona neuro')).toBe(false);
  });

  const piece = fc.constantFrom('di', 'DELLA', 'a', 'e', 'è', 'à', 'euro', 'Euro', '€', 'modella', 'x', '_', '1', "'", '’', '.', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff');
  test.prop([fc.array(piece, { maxLength: 10 })], { numRuns: 5000 })('answers as the patterns did', (pieces) => {
    const text = pieces.join('');
    expect(endsOnOpenWord(text)).toBe(OPEN_ENDING_AS_IT_WAS.test(text));
    expect(endsOnCurrency(text)).toBe(CURRENCY_AT_END_AS_IT_WAS.test(text));
  });
});
