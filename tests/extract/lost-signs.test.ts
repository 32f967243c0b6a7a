import { describe, expect, it } from 'vitest';
import { withSignsRestored } from '../../src/extract/lost-signs.js';

describe('signs an earlier conversion lost', () => {
  it.each([
    ['Si intende alimentare il Fondo di \ufffd 1.990,00, come da tabella:', 'Si intende alimentare il Fondo di € 1.990,00, come da tabella:'],
    ['Si intende alimentare il Fondo di ? 1.990,00, come da tabella:', 'Si intende alimentare il Fondo di € 1.990,00, come da tabella:'],
    ['D3   23,10   80   \ufffd1.848,00   20   369,60 \ufffd', 'D3   23,10   80   €1.848,00   20   369,60 €'],
    ['(?\u00a01\u00a0990,00)', '(€\u00a01\u00a0990,00)'],
  ])('reads the euro sign left as U+FFFD before or after a figure, or as "?" before a figure with cents: %j', (lost, restored) => {
    expect(withSignsRestored(lost)).toBe(restored);
  });

  it('reads the minus sign a word processor prints for an empty cell as the hyphen-minus', () => {
    expect(withSignsRestored('D3   23,10   90   \u2212   20   415,80')).toBe('D3   23,10   90   -   20   415,80');
  });

  it.each([
    'Quali risultati? 12 pratiche in più.',
    'Il costo è di 1.990? Da verificare.',
    'attivit\ufffd svolte',
    'Totale 1.990,00?',
    'Progetto n. 1 – Sportello unico',
  ])('leaves any other question mark or replacement character as it is: %j', (text) => {
    expect(withSignsRestored(text)).toBe(text);
  });
});
