import { describe, expect, it } from 'vitest';
import { breaksWord } from '../../src/extract/hyphenation.js';

describe('a hyphen at a line\'s end', () => {
  it.each([
    ['Monitoraggio della fauna e censi-', 'mento del camoscio'],
    ['Censi-', 'mento'],
    ['un con-', 'tributo comunitario'],
    ['Nucleo di valu- ', 'tazione'],
    ['la pro-', 'grammazione'],
    ['Semplifica-', 'zione delle procedure'],
    ['comunica-', 'zione istituzionale'],
    ['attiva-', 'zione del servizio'],
    ['controllo eco-', 'nomico'],
    ['anti-', 'cipazione'],
  ])('breaks the word in %j / %j', (line, next) => {
    expect(breaksWord(line, next)).toBe(true);
  });

  it.each([
    ['Servizi socio-', 'sanitari'],
    ['miglioramento quali-', 'quantitativo'],
    ['supporto tecnico-', 'amministrativo'],
    ['profilo amministrativo-', 'contabile'],
    ['personale ex-', 'dipendente'],
    ['Servizi socio-', 'Sanitari'],
    ['POTEN-', 'ZIAMENTO'],
    ['emergenza COVID-', '19'],
    ['servizi e-', 'government'],
    ['Progetto 1 –', 'gestione'],
    ['censimento', 'del camoscio'],
  ])('keeps the hyphen, or there is none to drop, in %j / %j', (line, next) => {
    expect(breaksWord(line, next)).toBe(false);
  });
});
