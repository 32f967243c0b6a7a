import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { namesPlan } from '../../src/extract/titles.js';

/** The pattern as it was, which searched a line to its end from each word naming a plan. */
const PLAN_NAMED_AS_IT_WAS = /\b(?:progett[oi]|piano)\b.*\bmiglioramento\b/i;

describe('a line naming the plan', () => {
  it('names it with "miglioramento" after a word naming a plan', () => {
    expect(namesPlan('Progetti per il miglioramento dei servizi – esercizio 2020')).toBe(true);
    expect(namesPlan('PIANO DI MIGLIORAMENTO 2019')).toBe(true);
    expect(namesPlan('Miglioramento dei servizi: progetti 2019')).toBe(false);
    expect(namesPlan('Pianoforte e miglioramento')).toBe(false);
    expect(namesPlan('Progetto di miglioramentoX')).toBe(false);
  });

  it('reads a line of thousands of projects\' headings without searching it from each', () => {
    const headings = Array.from({ length: 20_000 }, (_, i) => `PROGETTO N. ${i} titolo`).join(' ');
    expect(namesPlan(headings)).toBe(false);
    expect(namesPlan(`${headings} per il miglioramento`)).toBe(true);
  });

  const piece = fc.constantFrom('progetto', 'Progetti', 'piano', 'PIANO', 'pianoforte', 'xprogetto', 'miglioramento', 'MIGLIORAMENTO', 'miglioramenti', ' ', '-', '\n', '\u2028', 'a', '2020');
  test.prop([fc.array(piece, { maxLength: 12 })], { numRuns: 3000 })('answers as the pattern did', (pieces) => {
    const text = pieces.join('');
    expect(namesPlan(text)).toBe(PLAN_NAMED_AS_IT_WAS.test(text));
  });
});
