import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/extract/decode.js';
import { amountInHeading, ANOTHER_SUM, ANY_FUND, endsOnPartOf, FEEDING, findDeclaredAmounts, namesAnotherSum, PART_OF } from '../../src/extract/declared.js';
import { findLineNoise } from '../../src/extract/noise.js';
import { ReadLines } from '../../src/extract/read-line.js';

const declaredIn = (lines: string[]) => {
  const found = findDeclaredAmounts(ReadLines.of(splitLines(lines.join('\n'))))[0];
  return found ? { raw: found.amount.raw, lines: found.source.lines } : null;
};

/**
 * The search as it was: every line joined, one match of the whole, for a sentence feeding the fund,
 * else any; but for up to three short lines without cents between a line ending on "€" or "euro"
 * and one starting with an amount, which are a page's furniture.
 */
function searchOfTheWhole(lines: string[]) {
  return searchOfTheWholeFor(lines, FEEDING.sentence) ?? searchOfTheWholeFor(lines, ANY_FUND.sentence);
}

function searchOfTheWholeFor(lines: string[], sentence: RegExp) {
  const read = ReadLines.of(splitLines(lines.join('\n')));
  const kept: Array<{ text: string; line: number; start: number }> = [];
  let length = 0;
  const texts = Array.from({ length: read.length }, (_, i) => read.text(i));
  const furniture = new Set<number>();
  texts.forEach((text, i) => {
    if (!/(?:€|\beuro)\s*$/i.test(text)) return;
    const next = texts.map((t, k) => [t, k] as const).filter(([t, k]) => k > i && t !== '');
    const amountAt = next.findIndex(([t]) => /^\d+(?:\.\d{3})*,\d\d?(?!\d)(?!\s*\d)/.test(t));
    const between = next.slice(0, Math.max(0, amountAt));
    const pageLike = ([t, k]: readonly [string, number]) => t.length <= 100 && !/\d,\d/.test(t) && !/^\d[\d.]*,?\s*[a-z]/i.test(t) && !/(?:€|\beuro)\s*$/i.test(t) && !read.headerPiece(k);
    if (amountAt >= 0 && between.length <= 3 && between.every(pageLike)) for (const [, k] of between) furniture.add(k);
  });
  for (let i = 0; i < read.length; i++) {
    if (read.text(i) === '' || furniture.has(i)) continue;
    if (kept.length > 0) length += 1;
    kept.push({ text: read.text(i), line: read.source(i).line, start: length });
    length += read.text(i).length;
  }
  const match = sentence.exec(kept.map((k) => k.text).join(' '));
  if (!match) return null;
  const lineAt = (offset: number) => kept.filter((k) => k.start <= offset).at(-1)!.line;
  const first = lineAt(match.index);
  const last = lineAt(match.index + match[0].length - 1);
  const spanned = texts.flatMap((text, i) => (text !== '' && read.source(i).line >= first && read.source(i).line <= last ? [read.source(i).line] : []));
  return { raw: (match[1] ?? match[3])!, lines: spanned };
}

describe('the declared amount', () => {
  it('is found where a line broken at a fixed width cuts the mention in two', () => {
    const lines = [
      'Si quantifica in € 965,20 l’incremento delle risorse variabili ex art. 67, comma',
      '5, lett. b), CCNL 21.05.2018, come da prospetto seguente:',
    ];
    expect(declaredIn(lines)).toEqual({ raw: '965,20', lines: [1, 2] });
    const named = ['Il progetto comporta una spesa di € 1.487,10 a carico del fondo della', 'produttività collettiva, come segue:'];
    expect(declaredIn(named)).toEqual({ raw: '1.487,10', lines: [1, 2] });
  });

  it.each([
    ['Si propone un incremento di € 739,80 delle risorse variabili del fondo, calcolato come segue:'],
    ['Si propone un incremento di € 739,80 della parte variabile del fondo, calcolato come segue:'],
    ['L’incremento proposto, pari a € 739,80, confluisce nelle risorse variabili del fondo:'],
    ['Si propone un incremento di € 739,80 delle risorse variabili, calcolato come segue:'],
    ['L’incremento ex art. 79, comma 2, lett. c) del CCNL 16.11.2022 è pari a € 739,80.'],
    ['Il progetto è finanziato con € 739,80 di risorse variabili del fondo (art. 79, c. 2, lett. c), CCNL 2022).'],
  ])('is the fund\'s increase an amount quantifies before the fund is named, or under the 2022 contract\'s article: %j', (line) => {
    expect(declaredIn([line])?.raw).toBe('739,80');
  });

  it('is no amount before a fund named without its increase, nor the 2022 contract\'s stable part', () => {
    expect(declaredIn(['Una spesa di € 5.000,00 per il software, finanziata dal fondo regionale.'])).toBeNull();
    expect(declaredIn(['L’incremento stabile di € 84,50 per dipendente previsto dall’art. 79, comma 1, lett. b) del CCNL.'])).toBeNull();
  });

  it('reads no mention that only the next line has, nor a cut word the next line does not finish', () => {
    // "comma" / "15 del …": "comma 15" is no mention of feeding the fund; nor does any line name one.
    expect(declaredIn(['Si quantifica in € 965,20 la spesa ai sensi dell’art. 67, comma', '15 del regolamento interno.'])).toBeNull();
  });

  it('goes on over a lower-case line of header words that carries on an open sentence', () => {
    const lines = ['Si intende alimentare il Fondo risorse decentrate per il 20% del costo orario', 'complessivo', '(pari a € 798,00), come da tabella:'];
    expect(declaredIn(lines)).toEqual({ raw: '798,00', lines: [1, 2, 3] });
  });

  it('stops at a table\'s header after a sentence closed by its colon, even in lower case', () => {
    const lines = ['Si intende alimentare il Fondo risorse decentrate come da prospetto:', 'costo orario complessivo', '(pari a € 798,00)'];
    expect(declaredIn(lines)).toBeNull();
  });

  it('is found after an earlier mention of the fund that names no amount', () => {
    const lines = [
      'Il fondo incentivante è ripartito a consuntivo, secondo i criteri stabiliti dal contratto integrativo decentrato.',
      '',
      'Tenuto conto del valore del progetto si intende alimentare l’art. 15, comma 5 del Fondo',
      'Salario Accessorio di €',
      '2.900,05, quale sommatoria delle risultanze di cui a seguire:',
    ];
    expect(declaredIn(lines)).toEqual({ raw: '2.900,05', lines: [3, 4, 5] });
  });

  it.each([
    ['di € 2 496,20, come segue', '2 496,20', '2496.20'],
    ["di € 1'299,20, come segue", "1'299,20", '1299.20'],
    ['di euro 12.481,00 complessivi', '12.481,00', '12481.00'],
    ['pari ad €. 2.496,20.', '2.496,20', '2496.20'],
  ])('reads thousands set apart by spaces or apostrophes, and "€.": %j', (sentence, raw, text) => {
    const [found] = findDeclaredAmounts(ReadLines.of(splitLines(`Si intende alimentare il Fondo Salario Accessorio ${sentence}`)));
    expect(found && { raw: found.amount.raw, text: found.amount.text }).toEqual({ raw, text });
  });

  it.each([
    [['Si intende alimentare il Fondo per le risorse decentrate di € 1.071,', '80, quale sommatoria delle risultanze:'], '1071.80'],
    [['Si intende alimentare il Fondo per le risorse decentrate di € 1.256,¬', '20, quale sommatoria delle risultanze:'], '1256.20'],
    [['Si intende alimentare il Fondo per le risorse decentrate di € 1.022, 96, quale sommatoria:'], '1022.96'],
    [['Si intende alimentare il Fondo per le risorse decentrate di € 487,', '48, quale sommatoria:'], '487.48'],
    [['Si intende alimentare il Fondo per le risorse decentrate di € 1 .256,20, quale sommatoria:'], '1256.20'],
  ])('reads the cents after a comma broken by a space or a line\'s end, and a space before a thousands dot: %j', (lines, text) => {
    const [found] = findDeclaredAmounts(ReadLines.of(splitLines(lines.join('\n'))));
    expect(found?.amount.text).toBe(text);
  });

  it.each([
    ['di € 1.500, 120 ore in tutto'],
    ['di € 1.037, 20% del valore orario'],
    ['di € 900, 50 ore in più del 2014'],
  ])('reads no cents from a figure after the comma and a space that the sentence goes on from as a count: %j', (sentence) => {
    const [found] = findDeclaredAmounts(ReadLines.of(splitLines(`Si intende alimentare il Fondo Salario Accessorio ${sentence}`)));
    expect(found?.amount.text).toMatch(/^\d+$/);
  });

  const candidates = (lines: string[]) => findDeclaredAmounts(ReadLines.of(splitLines(lines.join('\n')))).map((d) => [d.amount.raw, d.source.lines]);

  it('prefers a sentence feeding the fund to one that names another fund', () => {
    expect(candidates([
      'Il progetto, cofinanziato dal Fondo di perequazione Unioncamere per € 45.000,00, mira a',
      'ridurre i tempi di risposta.',
      'Si intende alimentare il Fondo Salario Accessorio di € 2.496,20, come segue:',
    ])).toEqual([['2.496,20', [3]]]);
    expect(candidates(['Il progetto è sostenuto dal Fondo di perequazione per € 45.000,00.'])).toEqual([['45.000,00', [1]]]);
  });

  it('offers the fund\'s increase first, before a later sentence that names the fund of ancillary pay', () => {
    expect(candidates([
      'Si prevede un incremento del fondo di € 400,00, come segue:',
      '',
      'Il budget 2023 destina al fondo per il trattamento accessorio € 1.245.300,00.',
    ])).toEqual([['400,00', [1]], ['1.245.300,00', [3]]]);
  });

  it('offers every amount of the sentence, in order, when it names more than one', () => {
    expect(candidates(['Il Fondo Salario Accessorio 2017, pari a complessivi € 185.400,00, sarà incrementato di € 540,50:', 'segue la tabella di € 9,99']))
      .toEqual([['185.400,00', [1]], ['540,50', [1]]]);
    expect(candidates(['Il Fondo Salario Accessorio, pari a € 185.400,00, sarà incrementato ai sensi dell’art. 15, comma 5', 'di € 540,50. Il costo è di € 9,99.']))
      .toEqual([['185.400,00', [1]], ['540,50', [1, 2]]]);
  });

  it('offers no amount of an aside: in brackets, or a part of the amount before it', () => {
    expect(candidates([
      'Si intende alimentare il Fondo risorse decentrate di € 2.200,00 (nel 2017 l’analogo progetto',
      'aveva comportato un incremento di € 2.027,60), come da prospetto:',
    ])).toEqual([['2.200,00', [1]]]);
    expect(candidates(['Il progetto alimenta il Fondo Salario Accessorio di € 700,00, di cui € 642,00 per il personale di categoria D.']))
      .toEqual([['700,00', [1]]]);
  });

  it.each([
    ['Si propone di destinare euro 934,90 al Fondo Salario Accessorio, come da prospetto:', '934,90'],
    ['La quota destinata al Fondo Salario Accessorio è pari a 2.496,20 euro.', '2.496,20'],
  ])('reads an amount before the fund or before "euro": %j', (sentence, raw) => {
    expect(candidates([sentence])[0]?.[0]).toBe(raw);
  });

  it('is not read from a mention more than 160 characters before the euro sign', () => {
    const filler = 'parole '.repeat(30);
    expect(declaredIn([`Il fondo ${filler}`, 'di € 100,00'])).toBeNull();
    expect(declaredIn([`Il fondo ${filler}`, 'alimentare di € 100,00'])).toEqual({ raw: '100,00', lines: [2] });
  });

  const word = fc.constantFrom('fondo', 'Fondo', 'alimentare', '€', 'euro', 'eur', 'di', 'il', ';', '2.900,05', '150', '12,5', 'salario', 'accessorio', 'x'.repeat(40));
  const line = fc.array(word, { maxLength: 8 }).map((words) => words.join(' '));
  test.prop([fc.array(line, { maxLength: 25 })], { numRuns: 2000 })(
    'is the amount a search of all the lines joined finds, on the same lines; else one printed before a mention',
    (lines) => {
      const whole = searchOfTheWhole(lines);
      const found = declaredIn(lines);
      if (whole !== null || found === null) expect(found).toEqual(whole);
      else expect(lines.slice(found.lines[0]! - 1).join(' ')).toMatch(new RegExp(`${found.raw.replace(/[.]/g, '\\.')}.*(?:alimentar|destin|accessori|decentrat|\\bfondo\\b|art\\.?\\s*(?:15|67))`, 'i'));
    },
  );

  it.each([
    [['Incremento ex art. 67, comma 5, lett. b): € 2.306,40'], '2.306,40'],
    [['Risorse ai sensi dell’art. 15 comma 5: euro 960,00'], '960,00'],
    [['Si quantifica in € 960 l’incremento delle risorse del fondo.'], '960'],
    [['Il progetto vale € 739,80, da inserire nella parte variabile del fondo:'], '739,80'],
    [['Il progetto vale € 739,80, da iscrivere tra le risorse variabili del fondo.'], '739,80'],
    [['Le somme (€ 530,80) saranno inserite nel fondo, parte variabile, dell’anno 2005.'], '530,80'],
    [['Le somme (€ 530,80) saranno inserite nel fondo (risorse variabili).'], '530,80'],
  ])('reads the article that lets a project feed the fund, and an amount before any fund: %j', (lines, raw) => {
    expect(candidates(lines)[0]?.[0]).toBe(raw);
  });

  it('never runs a sentence back over a table line: the total above a heading that mentions the fund is not its amount', () => {
    expect(candidates(['Animatore C2\t80\t17,43\t20\t278,88', 'Totale\t\t\t\t€ 706,34', "Condizioni per l'incremento del fondo"])).toEqual([]);
    expect(candidates(['Totale          € 706,34', "Condizioni per l'incremento del fondo"])).toEqual([]);
  });

  it('still reads an amount before the mention on a prose line above it', () => {
    expect(candidates(['Si quantifica in € 706,34', "l'incremento del fondo."])[0]?.[0]).toBe('706,34');
  });

  it.each([
    [['Si intende alimentare il fondo per le risorse decentrate per €uro 863,54, come risulta dal prospetto:'], '863,54'],
    [['Si propone di destinare al fondo la somma di euro cinquecentodiciotto/56 (518,56), così determinata:'], '518,56'],
  ])('reads the euro written "€uro", and an amount in words with its figures in brackets: %j', (lines, raw) => {
    expect(candidates(lines)[0]?.[0]).toBe(raw);
  });

  it.each([
    [['Si propone di incrementare di € 1.513,60 il Fondo per la contrattazione integrativa (risorse variabili),', 'secondo il prospetto che segue:'], '1.513,60'],
    [['Il progetto comporta una spesa di € 1.487,10 a carico del fondo della produttività collettiva, come segue:'], '1.487,10'],
    [['Si destinano € 1.531,80 al Fondo premialità e fasce, quale sommatoria delle risultanze:'], '1.531,80'],
    [['Il progetto prevede 280 ore per un importo di € 1.208,80 a valere sul Fondo unico', 'di amministrazione 2016, come da prospetto:'], '1.208,80'],
    [['Quota a carico del F.U.A.: € 1.017,50'], '1.017,50'],
    [['L’importo da corrispondere a carico del FUA 2013 è stato quantificato in € 639,60, secondo il prospetto:'], '639,60'],
    [['Si imputano € 420,00 al fondo per la produttività collettiva.'], '420,00'],
    [['Si imputano € 420,00 al fondo incentivante.'], '420,00'],
    [['Si imputano € 420,00 al Fondo per i trattamenti accessori.'], '420,00'],
    [['Si imputano € 420,00 al FO.R.E.G. dell’anno.'], '420,00'],
    [['Si imputano € 420,00 al Fondo per le politiche di sviluppo delle risorse umane.'], '420,00'],
    [['Si imputano € 420,00 al Fondo unico di ente.'], '420,00'],
  ])('reads the fund by its other names, the amount before or after: %j', (lines, raw) => {
    expect(candidates(lines).map(([amount]) => amount)).toEqual([raw]);
  });

  it.each([
    'La spesa di € 5.000,00 grava sul Fondo unico giustizia.',
    'La spesa di € 5.000,00 grava sul Fondo unico per lo spettacolo.',
    'La spesa di € 5.000,00 è coperta dal fondo regionale per la produttività delle imprese.',
    'La spesa di € 5.000,00 è coperta dal fondo per l’efficienza energetica.',
    'La spesa di € 5.000,00 è accantonata nel fondo pluriennale vincolato.',
  ])('takes no amount before another fund whose name shares a word with the fund: %j', (sentence) => {
    expect(candidates([sentence])).toEqual([]);
  });

  it.each([
    [['Le risorse sono quantificate in € 970,04, come da prospetto:'], [['970,04', [1]]]],
    [['Le risorse del progetto ammontano a', '€ 1.200,00.'], [['1.200,00', [1, 2]]]],
    [['Le risorse necessarie per il progetto sono pari a 640,50 euro.'], [['640,50', [1]]]],
    [['Le risorse stanziate in bilancio ammontano a € 150.000,00.'], []],
    [['Le risorse umane impiegate sono quantificate in 4 unità; il costo è di € 900,00.'], []],
    [['Le risorse sono quantificate in base alle ore stimate; il costo orario medio è di € 18,20.'], []],
    [['Risorse aggiuntive: € 1.570,98'], [['1.570,98', [1]]]],
    [['Per il presente progetto si prevede un incremento delle risorse variabili pari a', 'complessivi euro 819,18, determinato come segue:'], [['819,18', [1, 2]]]],
    [['Le risorse variabili del bilancio sono di € 40.000,00.'], []],
    [['Le risorse necessarie alla realizzazione del progetto ammontano a € 2.400,00, come'], [['2.400,00', [1]]]],
    [['Risorse assegnate: € 530,80'], [['530,80', [1]]]],
    [['Valore economico del progetto: € 530,80'], [['530,80', [1]]]],
    [['Importo complessivo del progetto: € 530,80'], [['530,80', [1]]]],
    [['Il valore economico del progetto è di € 530,80.'], [['530,80', [1]]]],
    [['Il valore economico delle attività svolte nel 2018 è stato di € 9.000,00.'], []],
    [['Si quantifica l’incremento in € 530,80; la spesa trova copertura al capitolo 1010.'], [['530,80', [1]]]],
    [['L’incremento è quantificato in € 530,80.'], [['530,80', [1]]]],
    [['L’ammontare delle risorse, € 530,80, è stato determinato sulla base del costo orario medio di € 13,02.'], [['530,80', [1]]]],
    [['L’ammontare delle risorse del progetto è pari a € 530,80.'], [['530,80', [1]]]],
    [['L’ammontare delle risorse di bilancio per la formazione è di € 9.000,00.'], []],
    [['Si quantifica l’incremento delle pratiche evase in 120 unità, a un costo di € 900,00.'], []],
  ])('reads the project\'s resources quantified, no fund named, and no other sum: %j', (lines, expected) => {
    expect(candidates(lines)).toEqual(expected);
  });

  it('reads the project\'s resources after a sentence naming the fund whose amount is a past year\'s', () => {
    const past = 'Le risorse variabili del fondo destinate al servizio nel 2021 erano pari a € 1.100,00.';
    expect(candidates([past, '', 'Risorse variabili: € 1.323,52'])).toEqual([['1.100,00', [1]], ['1.323,52', [3]]]);
    expect(candidates(['Le risorse variabili del fondo destinate al servizio nel 2022 sono pari a € 1.100,00.', '', 'Risorse variabili: € 1.323,52'])).toEqual([['1.100,00', [1]]]);
  });

  it('reads on over a line of currency signs, which is no line of a header\'s units', () => {
    expect(candidates(['Il fondo', '12,5', 'euro €'])).toEqual([['12,5', [1, 2, 3]]]);
  });

  it('takes no cost paid by another fund for the amount a project adds', () => {
    expect(candidates(['Il progetto comporta una spesa di € 5.000,00 per il software, finanziata dal fondo regionale per l’innovazione.'])).toEqual([]);
    expect(candidates(['Le economie pari a € 1.134,00 confluiscono nel fondo dell’anno successivo come risorse variabili.'])).toEqual([]);
  });

  it('reads an amount printed before the mention of the fund, in the same sentence', () => {
    expect(candidates([
      'Per la realizzazione del progetto si quantifica in € 800,00 l’incremento della parte',
      'variabile del fondo per le risorse decentrate, calcolato come segue:',
    ])).toEqual([['800,00', [1, 2]]]);
    expect(candidates(['La spesa è di € 900,00.', 'Il resto va alle risorse decentrate.'])).toEqual([]);
    // The project's cost in brackets is the amount it adds; an hourly cost is not, nor any amount of a sentence that says it adds nothing.
    expect(candidates(['Il costo del progetto (€ 496,50, oneri esclusi) è finanziato con l’incremento della parte variabile del Fondo.'])).toEqual([['496,50', [1]]]);
    expect(candidates(['Il progetto impegna 200 ore (tariffa oraria di € 18,20) con l’incremento delle risorse decentrate.'])).toEqual([]);
    expect(candidates([
      'Il progetto impegna 200 ore del personale (costo orario medio € 18,20), e non comporta',
      'incremento delle risorse di cui all’art. 15, comma 5 del Fondo.',
    ])).toEqual([]);
    expect(candidates(['La spesa è di € 900,00', '', 'Il resto va alle risorse decentrate.'])).toEqual([]);
  });

  it('reads the amount before the mention where the one after it is what the amount is net of', () => {
    const line = 'L’importo di € 657,54 da destinare al fondo è già al netto della quota di € 120,00 finanziata dalla Regione.';
    expect(candidates([line])).toEqual([['657,54', [1]], ['120,00', [1]]]);
    expect(findDeclaredAmounts(ReadLines.of(splitLines(line))).map((d) => d.namesAnotherSum ?? false)).toEqual([false, true]);
  });

  const flagged = (lines: string[]) => findDeclaredAmounts(ReadLines.of(splitLines(lines.join('\n')))).map((d) => [d.amount.raw, d.namesAnotherSum ?? false]);

  it.each([
    ['Si propone di integrare il fondo di € 520,80; nel 2004 erano stati destinati € 3.050,00:'],
    ['Si propone di integrare il fondo di € 520,80. In precedenza erano stati destinati € 3.050,00.'],
    ['Si propone di integrare il fondo di € 520,80.', 'Nel 2004 erano stati destinati € 3.050,00.'],
  ])('reads the amount of a sentence naming any fund where the one feeding it names a past year\'s sum: %j', (...lines) => {
    expect(flagged(lines)).toContainEqual(['3.050,00', true]);
    expect(flagged(lines)).toContainEqual(['520,80', false]);
  });

  it('reads a sentence naming a year before the plan\'s, and not the plan\'s, as a past year\'s sum', () => {
    const lines = [
      'Nel 2012 l’analogo progetto ha alimentato il Fondo Salario Accessorio per € 4.120,00, a fronte di 612 domande.',
      'Si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di € 3.211,40, quale sommatoria:',
    ];
    const ofYear = (year: number | null, text = lines) => findDeclaredAmounts(ReadLines.of(splitLines(text.join('\n'))), undefined, { year }).map((d) => [d.amount.raw, d.namesAnotherSum ?? false]);
    expect(ofYear(2013)).toEqual([['4.120,00', true], ['3.211,40', false]]);
    // The plan's own year, or no year known: nothing to tell.
    expect(ofYear(2012)).toEqual([['4.120,00', false], ['3.211,40', false]]);
    expect(ofYear(null)).toEqual([['4.120,00', false], ['3.211,40', false]]);
    // A date is no year named; the plan's year beside a past one is the plan's sentence.
    expect(ofYear(2021, ['Si intende alimentare l’art. 67 del CCNL 21/05/2018 – parte variabile del Fondo risorse decentrate di € 2.212,68.'])).toEqual([['2.212,68', false]]);
    expect(ofYear(2013, ['Come nel 2012, per il 2013 si intende alimentare il Fondo Salario Accessorio di € 3.211,40.'])).toEqual([['3.211,40', false]]);
  });

  it('reads an amount in lire that the euro after it restates as the next candidate', () => {
    expect(candidates(['Si propone di incrementare il fondo di L. 4.557.000 (pari a € 2.353,49), quale somma'])).toEqual([
      ['2.353,49', [1]],
      ['4.557.000', [1]],
    ]);
    expect(candidates(['Si propone di incrementare il fondo di € 2.353,49, quale somma'])).toEqual([['2.353,49', [1]]]);
  });

  it('reads no figure of millions or thousands as an amount, nor its digits', () => {
    const lines = ['Le risorse PNRR destinate alle imprese sono stimate in € 38,5 milioni.', 'Si intende alimentare il Fondo risorse decentrate di € 2.212,68, quale sommatoria:'];
    expect(candidates(lines)).toEqual([['2.212,68', [2]]]);
    expect(candidates(['Il bando, finanziato con € 2 mld, è destinato alle imprese.'])).toEqual([]);
    expect(candidates(['Il fondo dispone di € 120 mila per le imprese.'])).toEqual([]);
  });

  it('reads no amount of another fund: a region\'s, a guarantee fund, grants, a collection', () => {
    expect(candidates(['Nel 2020 sono stati seguiti 37 casi; il fondo regionale di garanzia ha', 'messo a disposizione € 250.000,00.'])).toEqual([]);
    expect(candidates(['Sono stati erogati contributi a fondo perduto per € 50.000,00 alle imprese.'])).toEqual([]);
    expect(candidates(['Il fondo di garanzia dispone di € 80.000,00.'])).toEqual([]);
    // A library's collection is no fund.
    expect(candidates(['Catalogazione del fondo antico: la Regione ha concesso un contributo di € 6.000,00 per il restauro.'])).toEqual([]);
    // The fund of the plan, named by another sentence's amount, still is.
    expect(candidates(['Il fondo è integrato di € 530,80 per il presente progetto.'])).toEqual([['530,80', [1]]]);
  });

  it('reads a sum before the project\'s amount as another sum: what a budget\'s chapter holds, a cost or a spending', () => {
    expect(flagged(['Al capitolo 1234, che presenta una disponibilità di € 25.000,00, si imputa l’importo di € 2.034,52', 'destinato al fondo:'])).toEqual([['25.000,00', true], ['2.034,52', false]]);
    expect(flagged(['Il costo del progetto, pari a € 702,67 comprensivo degli oneri, corrisponde a un compenso di € 530,80', 'a carico del fondo della produttività collettiva:'])).toEqual([['702,67', true], ['530,80', false]]);
    expect(flagged(['Il progetto comporta una spesa complessiva di € 3.200,00, dei quali € 530,80 per il 2005,', 'importo che viene destinato al fondo:'])).toEqual([['3.200,00', true], ['530,80', false]]);
  });

  it.each([
    ['Il fondo complessivo, pari a € 88.000,00, è integrato di € 530,80 per il presente progetto.', '88.000,00'],
    ['Il fondo risorse decentrate 2019, pari a € 145.320,00, viene integrato per il presente progetto di € 530,80.', '145.320,00'],
    ['Il fondo, pari per l’anno 2005 a € 45.000,00, viene aumentato di € 530,80.', '45.000,00'],
    ['Il fondo dell’anno 2005 è di € 45.000,00 e viene incrementato di € 530,80 per il progetto.', '45.000,00'],
  ])('reads the size of the fund a sentence opens on as another sum, not what the project adds: %j', (line, size) => {
    expect(flagged([line])).toEqual([[size, true], ['530,80', false]]);
  });

  it.each([
    ['Il fondo del progetto è pari a € 530,80.'],
    ['Il fondo è incrementato, per un importo pari a € 530,80.'],
    ['L’incremento del fondo, pari a € 530,80, è calcolato sulla tabella seguente.'],
  ])('reads an amount the fund is increased by, or the project\'s own fund, as no other sum: %j', (line) => {
    expect(flagged([line])).toEqual([['530,80', false]]);
  });

  it('reads a sentence\'s last amount first where it is the sum of the amounts before it', () => {
    expect(flagged(['Il progetto incrementa il fondo di € 300,00 per il 2020 e di € 230,80 per il 2021, per complessivi € 530,80:'])).toEqual([
      ['530,80', false],
      ['300,00', false],
      ['230,80', false],
    ]);
    expect(flagged(['Il progetto incrementa il fondo di € 300,00 per il 2020 e di € 230,80 per il 2021, con una spesa complessiva di € 540,80:'])).toEqual([
      ['300,00', false],
      ['230,80', false],
      ['540,80', true],
    ]);
  });

  it('reads the project\'s part of an amount after "di cui" first, and no other part', () => {
    expect(flagged(['Le risorse decentrate sono incrementate di € 9.500,00 complessivi, di cui € 1.225,12 per il', 'presente progetto:'])).toEqual([['1.225,12', false], ['9.500,00', false]]);
    expect(flagged(['Le risorse decentrate sono incrementate di € 700,00, di cui € 642,00 per la formazione.'])).toEqual([['700,00', false]]);
  });

  it('reads "La somma di € … viene destinata al fondo"', () => {
    expect(candidates(['La somma di € 520,80 (L. 1.008.410) viene destinata al fondo, parte variabile:'])[0]?.[0]).toBe('520,80');
  });

  it('reads a sentence broken by a page break, passing over the page\'s footer and header', () => {
    const running = ['CCIAA della Maremma e del Tirreno', 'Piano dei progetti di miglioramento 2024'];
    const text = [
      ...running,
      '',
      'Progetto 1 – Protocollo',
      'Le risorse da destinare al progetto, quantificate sulla base delle ore di impegno aggiuntivo',
      '',
      '1/2',
      `\f${running[0]}`,
      running[1],
      '',
      'stimate per ciascun dipendente e del relativo costo orario, ammontano a € 800,00,',
      'come da prospetto:',
      'Testo.',
      '2/2',
    ].join('\n');
    const read = ReadLines.of(splitLines(text));
    const noise = findLineNoise(read);
    expect(findDeclaredAmounts(read, (i) => noise.isFurniture(read, i)).map((d) => d.amount.raw)).toEqual(['800,00']);
    expect(findDeclaredAmounts(read)).toEqual([]);
  });

  it.each([
    ['a page\'s number alone', ['1']],
    ['a page\'s number and a running header printed once', ['14', '\fCAMERA DI COMMERCIO – Progetti di miglioramento dei servizi']],
    ['a footer wrapped before its number', ['Piano dei progetti di miglioramento dei servizi 2012 – pag.', '7']],
    ['a running header with a date', ['Allegato A alla deliberazione n. 12 del 03/03/2015']],
  ])('reads on from a sentence left open on its currency at a page\'s foot, past %s, to the amount that starts a line', (_, between) => {
    const found = declaredIn(['Progetto 1 – A', 'si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di €', '', ...between, '', '2.496,2, quale sommatoria delle risultanze:']);
    expect(found?.raw).toBe('2.496,2');
  });

  it('does not read on from an open currency past a line with cents, nor past more than three lines', () => {
    const sentence = 'si intende alimentare il Fondo Salario Accessorio di €';
    expect(declaredIn(['Progetto 1 – A', sentence, 'D3 20,30 100 2.030,00 20 406,00', '2.496,20, quale'])).toBeNull();
    expect(declaredIn(['Progetto 1 – A', sentence, 'uno', 'due', 'tre', 'quattro', '2.496,20, quale'])).toBeNull();
    // An amount without cents goes on the sentence; a staff row starts with a cost, not an amount alone.
    expect(declaredIn(['Progetto 1 – A', sentence, '304, quale sommatoria:', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERC. QUOTA', 'B5', '15,21 200 3042,00 10 304,2'])?.raw).toBe('304');
    expect(declaredIn(['Progetto 1 – A', sentence, 'B5', '15,21 200 3042,00 10 304,2'])).toBeNull();
  });

  it('does not pass over a sentence a plan repeats word for word, when one copy stands at a page\'s edge', () => {
    const sentence = 'Si intende alimentare il Fondo Salario Accessorio per il progetto';
    const text = ['Progetto 1 – A', sentence, 'di € 100,00.', 'Testo.', '\fProgetto 2 – B', 'Testo.', sentence, 'di € 200,00.', 'Testo.'].join('\n');
    const read = ReadLines.of(splitLines(text));
    const noise = findLineNoise(read);
    expect(findDeclaredAmounts(read, (i) => noise.isFurniture(read, i)).map((d) => d.amount.raw)).toEqual(['100,00', '200,00']);
  });
});

describe('the amount printed after a project\'s title', () => {
  const inHeading = (lines: string[]) => {
    const found = amountInHeading(ReadLines.of(splitLines(lines.join('\n'))));
    return found ? [found.amount.text, found.source.lines] : null;
  };

  it.each([
    [['Progetto n. 1 – Sportello unico (€ 3.250,00)'], ['3250.00', [1]]],
    [['Progetto n. 3 – Mensa scolastica: iscrizioni online – importo € 342,27'], ['342.27', [1]]],
    [['Progetto n. 2 – Servizio di reperibilità', 'informatica (quota al fondo: € 756,87)'], ['756.87', [2]]],
    [['PROGETTO 4 - Archivio - 1.200,00 euro'], ['1200.00', [1]]],
  ])('is read set apart by brackets, a dash or a colon: %j', (lines, expected) => {
    expect(inHeading(lines)).toEqual(expected);
  });

  it.each([
    [['Progetto n. 5 – Recupero crediti per € 10.000,00']],
    [['Progetto n. 6 – Acquisto arredi (budget € 10.000,00)']],
    [['Progetto n. 7 – Sportello (€ 3.250,00) per le imprese']],
    [['Progetto n. 8 – Sportello unico']],
  ])('is not one the title\'s words lead to, nor one inside the title: %j', (lines) => {
    expect(inHeading(lines)).toBeNull();
  });
});

describe('the words before an amount, looked for in its last words only', () => {
  it('finds another sum named before an amount, however far back the sentence starts', () => {
    const start = 'al Fondo Salario Accessorio di € 1.234,56 e '.repeat(200);
    expect(namesAnotherSum(`${start}il costo orario complessivo del personale di € 2.592,80`)).toBe(true);
    expect(namesAnotherSum(`${start}l'ammontare  della   quota euro 120,00 euro `)).toBe(true);
    expect(namesAnotherSum(`${start}a titolo di incentivo € 2.592,80`)).toBe(false);
  });

  it('finds "di cui" before an amount, however far back the sentence starts', () => {
    const start = 'al Fondo di € 700,00 '.repeat(200);
    expect(endsOnPartOf(`${start}di cui   €  `)).toBe(true);
    expect(endsOnPartOf(`${start}di cui euro`)).toBe(true);
    expect(endsOnPartOf(`${start}di cui€ 5`)).toBe(false);
    expect(endsOnPartOf(`${start}ladi cui €`)).toBe(false);
  });

  const piece = fc.constantFrom(
    'costo', 'ammontare', 'ammontarexyzxyzxyzxyz', 'complessivi', 'spesa', 'netto', 'era', 'di cui', 'la', 'xdi', 'zcosto',
    '€', '€.', 'euro', 'eur', 'eur.', ' ', '  ', '\n', '\t', '\u00a0', '1.234,56', '7', ',', '.', "'", '/', '(', ')', ';', 'x'.repeat(30),
  );
  test.prop([fc.array(piece, { maxLength: 30 })], { numRuns: 3000 })('answers as the anchored pattern over the whole text does', (pieces) => {
    const text = pieces.join('');
    expect(namesAnotherSum(text)).toBe(ANOTHER_SUM.test(text));
    expect(endsOnPartOf(text)).toBe(PART_OF.test(text));
  });
});

describe('a second sentence of the fund on the same line', () => {
  const amountsOf = (lines: string[]) => findDeclaredAmounts(ReadLines.of(splitLines(lines.join('\n')))).map((d) => d.amount.raw);

  it('gives the amount of each sentence of the line, the first still first, for the staff table to bear one out', () => {
    const line = "Nel 2022 al progetto erano stati destinati € 1.100,00; per il 2023 si destinano al Fondo risorse decentrate, ai sensi dell'art. 67, comma 5, lett. b), del CCNL 21.05.2018, € 994,80.";
    expect(amountsOf([line])).toEqual(['1.100,00', '994,80']);
  });

  it('gives the amount of a clause or a sentence after it that turns to another year, without naming the fund again', () => {
    const last = "Nel 2018 l'analogo progetto ha comportato un incremento del fondo di € 1.100,00";
    expect(amountsOf([`${last}; per il 2019 l'incremento è di € 894,10.`])).toEqual(['1.100,00', '894,10']);
    expect(amountsOf([`${last}. Per il 2019 si propone un incremento di € 894,10.`])).toEqual(['1.100,00', '894,10']);
    expect(amountsOf([`${last}.`, "Per l'anno 2019 si propone un incremento di € 894,10."])).toEqual(['1.100,00', '894,10']);
    // Nor a year, nor a clause of its own: the sentence ends.
    expect(amountsOf([`${last}; per il progetto il costo è di € 894,10.`])).toEqual(['1.100,00']);
    expect(amountsOf([`${last} e per il 2019 ne servono € 894,10.`])).toEqual(['1.100,00', '894,10']);
  });

  it('reads one sentence where no other of the fund follows its end, and no amount of a sentence without a mention', () => {
    expect(amountsOf(['Si destinano al Fondo risorse decentrate € 994,80; il costo orario medio è di € 18,50.'])).toEqual(['994,80']);
    expect(amountsOf(['Si destinano al Fondo risorse decentrate € 994,80, di cui € 400,00 per la formazione.'])).toEqual(['994,80']);
  });
});

describe('a mention of the fund broken at a line\'s end', () => {
  /** Words of the mentions (and the words around them) that a line's end may cut anywhere between. */
  const words = fc.constantFrom(
    'art.', 'art', 'Art.', '15', '67', '67,', 'comma', 'c.', '5', 'fondo', 'Fondo', 'FONDO', 'per', 'di', 'del', 'della', 'la', 'le', 'risorse', 'dell’', 'l’', "d'",
    'unico', 'amministrazione', 'ente', 'produttività', 'contrattazione', 'integrativa', 'premialità', 'incentivante', 'politiche', 'sviluppo', 'trattamenti',
    'accessori', 'accessorio', 'efficienza', 'gestionale', 'alimentare', 'destinare', 'decentrate', 'F.U.A.', 'FO.R.E.G.', 'progetto', 'ossia', '€', '1.200,00', 'e', 'a',
  );
  const mentions = fc.constantFrom('art. 67, comma 5', 'art.15 comma 5', 'fondo per la produttività', 'fondo unico di amministrazione', 'fondo delle politiche di sviluppo', 'fondo dell’ ente per trattamenti accessori', 'fondo risorse decentrate');
  /** Two lines: words and whole mentions, broken at one of their spaces. */
  const twoLines = fc.tuple(fc.array(fc.oneof(words, mentions), { minLength: 1, maxLength: 10 }), fc.nat()).map(([pieces, at]) => {
    const ws = pieces.join(' ').split(' ');
    const cut = 1 + (at % ws.length);
    return [ws.slice(0, cut).join(' '), ws.slice(cut).join(' ')] as const;
  });

  test.prop([twoLines])('starts, on a line without a whole mention, with one of the words it may start with (brokenFrom)', ([text, next]) => {
    for (const kind of [FEEDING, ANY_FUND]) {
      if (kind.mention.test(text)) continue;
      const across = kind.mention.exec(`${text} ${next}`);
      if (across && across.index < text.length) expect(kind.brokenFrom?.test(text)).toBe(true);
    }
  });

  it('is found over the line\'s end, from either of those words', () => {
    expect(declaredIn(['Il progetto incrementa le risorse variabili ex art. 67,', 'comma 5, lett. b) di € 1.200,00.'])?.raw).toBe('1.200,00');
    expect(declaredIn(['Il progetto comporta un incremento del fondo per la', 'produttività collettiva di € 900,00.'])?.raw).toBe('900,00');
  });
});
