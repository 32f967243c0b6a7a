import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLineNoise, mentionsPage, TextCounts } from '../../src/extract/noise.js';
import { ReadLines } from '../../src/extract/read-line.js';
import { readPlan, sourceOf } from '../helpers/plans.js';

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

describe('a line that gives its page\'s number among other words', () => {
  it.each([
    'Camera di Commercio di Prato - Piano 2012 - pag. 1',
    'Pagina 3 di 12 – Allegato A',
    'file:///tmp/piano.html 1/5',
    'Allegato 1 – 2 di 3',
    'CAMERA DI COMMERCIO DI AREZZO          2',
    'COMUNE DI FORLÌ          12   ',
    'Comune di Cantù\u00a0\u00a0\u00a04\u00a0',
    'CAMERA DI COMMERCIO DI AREZZO\t2',
  ])('%s', (text) => expect(mentionsPage(text)).toBe(true));

  it.each([
    'C1 16,25 100 1.625,00 20 325,00',
    'Totale 1.625,00',
    'D3 20,30 50 1.015,00 20 203',
    'previsto dal CCNL del 21/5/2018',
    'Progetto n. 3 – Archivio 2012',
    'impaginazione dei 12 fascicoli',
    'CAMERA DI COMMERCIO DI AREZZO 2',
  ])('not %s', (text) => expect(mentionsPage(text)).toBe(false));
});

describe('a running footer that ends on its page\'s number', () => {
  const furnitureOf = (text: string) => findLineNoise(ReadLines.of(sourceOf(text).lines));

  it('is told by its words printed again, each time with a higher number', () => {
    const noise = furnitureOf(['Comune di Valdasco – Piano progetti 2009 1', 'testo', 'Comune di Valdasco – Piano progetti 2009 2', 'testo', '2009 – 1', '2009 – 2', 'Pavia, 28 marzo 2017      1', 'Pavia, 28 marzo 2017      2', 'CCIAA Rieti 1/2012', 'CCIAA Rieti 2/2012'].join('\n'));
    for (const footer of ['Comune di Valdasco – Piano progetti 2009 3', '2009 – 3', 'Pavia, 28 marzo 2017 3', 'CCIAA Rieti 3/2012']) expect(noise.isNumberedFurniture(footer)).toBe(true);
  });

  it('is not a line printed once, nor with numbers that do not go up, nor a grade split by a space, nor a row', () => {
    const lines = [
      ['Ufficio tributi e catasto 5'],
      ['Progetti di miglioramento 2', 'Progetti di miglioramento 1'],
      ['C 4', 'C 5'],
      ['Istruttore direttivo D 1', 'Istruttore direttivo D 3'],
      ['C3 17,10 100 1.710,00 20 342', 'C3 17,10 100 1.710,00 20 345'],
      ['Esecutore B1 15 40 600 20 120', 'Esecutore B1 15 40 600 20 121'],
      ['2009 1', '2009 2'],
      // a total, an amount, a lot of a title: numbers of something named before them
      ['Totale progetto € 332', 'Totale progetto € 334'],
      ['Importo da destinare al fondo: € 500', 'Importo da destinare al fondo: € 502'],
      ['dell’Ufficio tecnico – lotto 1', 'dell’Ufficio tecnico – lotto 2'],
      // numbers too far apart for pages
      ['Piano dei progetti di miglioramento 12', 'Piano dei progetti di miglioramento 40'],
    ];
    const noise = furnitureOf(lines.flat().join('\n'));
    for (const line of lines.map((group) => group.at(-1)!)) expect(noise.isNumberedFurniture(line)).toBe(false);
  });

  it('is passed over between the halves of a row broken over a page', () => {
    const doc = readPlan(
      [
        'Progetto n. 1 – Archivio',
        'Descrizione del progetto',
        'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
        'C1 16,05 100 1.605,00 20 321,00',
        'B4 14,71 180',
        'Comune di Valdasco – Piano progetti 2009 1',
        '2647,80 20 529,56',
        'Totale 850,56',
        'Seconda condizione',
        'Comune di Valdasco – Piano progetti 2009 2',
      ].join('\n'),
    );
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.result])).toEqual([
      ['C1', '16.05', '100', '1605.00', '321.00'],
      ['B4', '14.71', '180', '2647.80', '529.56'],
    ]);
    expect(doc.discrepancies).toEqual([]);
  });
});

describe('a sentence at each page\'s foot', () => {
  it('is no footer where a line printed once follows it on its page: the amount each project declares is read', () => {
    const project = (n: number, amount: string) => [
      `${n}. PROGETTO – ARCHIVIO ${n}`,
      'Descrizione del progetto',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'C1 16,05 100 1.605,00 20 321,00',
      'TOTALE 321,00',
      '',
      'Il progetto incrementa la parte variabile del fondo risorse decentrate 2021 per complessivi',
      `€ ${amount}.`,
    ].join('\n');
    const doc = readPlan(['PIANO 2021', '', project(1, '321,00'), project(2, '312,00'), project(3, '321,00')].join('\n\f'));
    expect(doc.projects.map((p) => p.declaredAmount)).toEqual(['321.00', '312.00', '321.00']);
    expect(doc.discrepancies.map((d) => [d.rule, d.project])).toEqual([['declared-mismatch', 2]]);
  });

  it('is a footer where the page goes on below it with its number only', () => {
    const page = (n: number) => ['Testo della pagina.', '', 'Comune di Valdasco – Ufficio Personale', `Pag. ${n}`].join('\n');
    const lines = ReadLines.of(sourceOf([1, 2, 3].map(page).join('\n\f')).lines);
    const noise = findLineNoise(lines);
    const footers = Array.from({ length: lines.length }, (_, i) => i).filter((i) => lines.text(i).startsWith('Comune') && noise.isFurniture(lines, i));
    expect(footers).toHaveLength(3);
  });
});

describe('page furniture answered once a line (furnitureOf)', () => {
  const plans = ['r11i-a-cciaa-treviso-2011.txt', 'r10g-g03-cciaa-bergamo-2018.txt', 'r11g-c2_nomerge.layout.txt', 'r10g-g05-univ-camerino-2016.txt', 'r11d-f03_declared_over_pages.txt'].map(
    (name) => ReadLines.of(sourceOf(readFileSync(new URL(`../../fixtures/red-team/${name}`, import.meta.url), 'utf8')).lines),
  );
  const noises = plans.map((lines) => findLineNoise(lines));

  it('finds furniture in these plans (else the comparison below shows nothing)', () => {
    for (const [k, lines] of plans.entries()) expect(Array.from({ length: lines.length }, (_, i) => noises[k]!.isFurniture(lines, i)).some(Boolean)).toBe(true);
  });

  test.prop([fc.nat(plans.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.nat(), { maxLength: 400 })])(
    'gives isFurniture\'s answer for every line of any view, asked in any order and again',
    (k, a, b, asks) => {
      const lines = plans[k]!;
      const [from, to] = [Math.floor(Math.min(a, b) * lines.length), Math.ceil(Math.max(a, b) * lines.length)];
      const view = lines.slice(from, to);
      const once = noises[k]!.furnitureOf(view);
      const order = [...asks.map((n) => n % Math.max(1, view.length)), ...Array.from({ length: view.length }, (_, i) => i)];
      for (const i of [...order, ...order.reverse()]) if (i < view.length) expect(once(i)).toBe(noises[k]!.isFurniture(view, i));
    },
  );
});
