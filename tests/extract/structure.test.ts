import { describe, expect, it } from 'vitest';
import { findProjectHeadings, readConditionHeading, readScannedConditionHeading } from '../../src/extract/headings.js';
import { findLineNoise } from '../../src/extract/noise.js';
import { planEnd } from '../../src/extract/plan-end.js';
import { ReadLines } from '../../src/extract/read-line.js';
import { outlineDocument } from '../../src/extract/structure.js';
import { findingsOf, readPlan, sourceOf } from '../helpers/plans.js';

const outline = (text: string) => outlineDocument(sourceOf(text));

describe('project headings', () => {
  it('reads a heading after a section\'s or a list\'s number, by its own number', () => {
    const text = ['8.2 Progetto n. 1 – Sportello unico', 'Descrizione del progetto', '10.2 Progetto n. 2 – Archivio dei protesti', 'Descrizione del progetto', '3. PROGETTO N. 3 – Assistenza', 'Descrizione del progetto'].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([
      [1, 'Sportello unico'],
      [2, 'Archivio dei protesti'],
      [3, 'Assistenza'],
    ]);
  });

  it('reads a heading after its office\'s name and a dash, and no sentence that names a project after a dash', () => {
    const text = ['Servizio Tributi – Progetto n. 1 – Recupero dell’evasione', 'Descrizione del progetto', 'AREA TECNICA - PROGETTO N. 2 - Manutenzioni', 'Descrizione del progetto', 'Ufficio Cultura – Progetto n. 3 – Biblioteca aperta', 'Descrizione del progetto', 'Come già detto – progetto n. 4 a parte – il servizio prosegue.'].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([
      [1, 'Recupero dell’evasione'],
      [2, 'Manutenzioni'],
      [3, 'Biblioteca aperta'],
    ]);
  });

  it.each([
    ['Progetto N°1 - Gestione documentale', 1, 'Gestione documentale'],
    ['PROGETTO N° 3: Indagini statistiche', 3, 'Indagini statistiche'],
    ['PROGETTO n° 4: Affermare il ruolo', 4, 'Affermare il ruolo'],
    ['PROGETTO N. 6: Orientare la performance', 6, 'Orientare la performance'],
    ['Progetto n°18: “RIORGANIZZAZIONE SERVIZI INTERNI”', 18, 'RIORGANIZZAZIONE SERVIZI INTERNI'],
    ['Progetto n. 7 – Deposito marchi', 7, 'Deposito marchi'],
    ['PROGETTO Nº 2 - Ordinale maschile', 2, 'Ordinale maschile'],
    ['Progetto 5: Senza la N', 5, 'Senza la N'],
    ['Scheda progetto n. 1 – Tributi', 1, 'Tributi'],
    ['SCHEDA PROGETTO N. 2: Sportello', 2, 'Sportello'],
    ['Progetto n° 2 denominato “Archivio”', 2, 'Archivio'],
    ['PROGETTO N. 2/2016 - Archivio', 2, 'Archivio'],
    ['Progetto obiettivo n. 3 – Vigilanza', 3, 'Vigilanza'],
    ['3) Progetto: Il numero prima', 3, 'Il numero prima'],
    ['2. PROGETTO – Il numero prima', 2, 'Il numero prima'],
    ['1) Progetto “Il numero prima”', 1, 'Il numero prima'],
    ['1° Progetto – Un ordinale in cifre', 1, 'Un ordinale in cifre'],
    ['2^ PROGETTO: Un ordinale in cifre', 2, 'Un ordinale in cifre'],
    ['Progetto 3° – Un ordinale in cifre', 3, 'Un ordinale in cifre'],
    ['PROGETT0 N. 3 - Come una scansione', 3, 'Come una scansione'],
    ['Progetto n. l - Come una scansione', 1, 'Come una scansione'],
    ['Progetto n. lO - Come una scansione', 10, 'Come una scansione'],
    ['PROGETTO N. Z - Come una scansione', 2, 'Come una scansione'],
    ['PROGETTO N. S - Come una scansione', 5, 'Come una scansione'],
    ['Progetto n. II – In numeri romani', 2, 'In numeri romani'],
    ['PROGETTO XII: In numeri romani', 12, 'In numeri romani'],
    ['Progetto speciale n. 2 – Qualificato', 2, 'Qualificato'],
    ['Progetto strategico n. 3 – Qualificato', 3, 'Qualificato'],
    ['PROGETTO DI MIGLIORAMENTO N. 1 – Qualificato', 1, 'Qualificato'],
    ['PROGETTO-OBIETTIVO N. 1 – Qualificato', 1, 'Qualificato'],
    ['SCHEDA PROGETTUALE N. 1 – Abbreviato', 1, 'Abbreviato'],
    ['Prog. n. 4 – Abbreviato', 4, 'Abbreviato'],
    ['Progetto n. 2 \u2011 Trattino che non va a capo', 2, 'Trattino che non va a capo'],
    ['Progetto n. 3 \u2212 Segno meno', 3, 'Segno meno'],
    ['Progetto n. 3 \u2015 Barra orizzontale', 3, 'Barra orizzontale'],
    ['Progetto n. 5 • Punto elenco', 5, 'Punto elenco'],
    ['Progetto n. 5 | Barra', 5, 'Barra'],
    ['Progetto B – Con una lettera', 2, 'Con una lettera'],
    ['PROGETTO C: Con una lettera', 3, 'Con una lettera'],
    ['OBIETTIVO C – Con una lettera', 3, 'Con una lettera'],
    ['Obiettivo I – In numeri romani, non la lettera I', 1, 'In numeri romani, non la lettera I'],
    ['3° OBIETTIVO: Un ordinale in cifre', 3, 'Un ordinale in cifre'],
    ['SECONDO PROGETTO – Con un ordinale', 2, 'Con un ordinale'],
    ['Terzo progetto: con un ordinale', 3, 'con un ordinale'],
    ['Progetto obiettivo trasversale n. 3 – Continuità assistenziale', 3, 'Continuità assistenziale'],
    ['Progetto finalizzato n. 1 – Qualificato', 1, 'Qualificato'],
    ['Progetto di produttività n. 4 – Qualificato', 4, 'Qualificato'],
    ['PROGETTO DI PERFORMANCE ORGANIZZATIVA N. 2 – Qualificato', 2, 'Qualificato'],
    ['Progetto d’Ateneo n. 2 – Qualificato', 2, 'Qualificato'],
    ['Progetto obiettivo aziendale n° 5: Qualificato', 5, 'Qualificato'],
    ['Progetto obiettivo della rete n. 3 – Qualificato', 3, 'Qualificato'],
    ['Progetto obiettivo n. 3 (trasversale) – Con un inciso', 3, 'Con un inciso'],
    ['Progetto n. 2 (prosecuzione del progetto 2015) – Con un inciso', 2, 'Con un inciso'],
    ['Progetto (intersettoriale) n. 2 – Con un inciso', 2, 'Con un inciso'],
    ['Progetto obiettivo II – Qualificato in numeri romani', 2, 'Qualificato in numeri romani'],
    ['Piano di attività n. 1 – Un’altra parola', 1, 'Un’altra parola'],
    ['Piano di lavoro n. 2 – Un’altra parola', 2, 'Un’altra parola'],
    ['Obiettivo operativo n. 2 – Un’altra parola', 2, 'Un’altra parola'],
    ['Scheda obiettivo n. 1 – Un’altra parola', 1, 'Un’altra parola'],
    ['Attività n. 3 – Un’altra parola', 3, 'Un’altra parola'],
    ['Scheda n. 1 – Progetto: Un’etichetta prima del titolo', 1, 'Un’etichetta prima del titolo'],
    ['Obiettivo n. 2 – Obiettivo: Un’etichetta prima del titolo', 2, 'Un’etichetta prima del titolo'],
  ])('%s', (line, number, title) => {
    const { projects } = outline(`PIANO 2015\n\n${line}\n\nDescrizione del progetto\n`);
    expect(projects.map((p) => [p.number, p.title])).toEqual([[number, title]]);
  });

  it.each([
    ['Progetto 2\nSportello unico per le imprese', 2, 'Sportello unico per le imprese'],
    ['PROGETTO 3. Revisione dei procedimenti', 3, 'Revisione dei procedimenti'],
    ['progetto n. 4 – In minuscolo', 4, 'In minuscolo'],
    ['PROGETTO N. 2          Censimento permanente', 2, 'Censimento permanente'],
    ['Progetto 1             Recupero dell’evasione dei tributi locali', 1, 'Recupero dell’evasione dei tributi locali'],
  ])('%j starts a project where a paragraph starts', (line, number, title) => {
    const { projects } = outline(`PIANO 2015\n\nIntroduzione al piano.\n${line}\n\nDescrizione del progetto\n`);
    expect(projects.map((p) => [p.number, p.title])).toEqual([[number, title]]);
  });

  it('opens no project at an index\'s entry, its leaders or its page number there, even with two entries run into one line', () => {
    const text = [
      'INDICE',
      'Progetto n. 4 – Servizi cimiteriali digitali ........ Progetto n. 8 – Protezione civile ........ pag. 5',
      'Progetto n. 5 – Mensa scolastica pag. 6',
      'Progetto n. 1 – Sportello unico',
      'Descrizione del progetto',
      'Progetto n. 2 – Archivio',
      'Descrizione del progetto',
    ].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello unico'], [2, 'Archivio']]);
  });

  it('opens no project at an index\'s entry wrapped in a narrow column, its leaders or its page on the line below', () => {
    const text = [
      'INDICE',
      'Progetto n. 1 – Sportello unico',
      '........ pag. 2',
      'Progetto n. 2 – Archivio ........',
      'pag. 3',
      'Progetto n. 3 – Gestione delle entrate',
      'patrimoniali ........ pag. 4',
      'Progetto n. 1 – Sportello unico',
      'Descrizione del progetto',
      'Progetto n. 2 – Archivio',
      'Descrizione del progetto',
    ].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello unico'], [2, 'Archivio']]);
  });

  it('does not open a project at a reference to one that a wrapped sentence brings to the start of a line', () => {
    const text = [
      'PROGETTO N. 1 – Archivio digitale',
      'Il progetto si coordina con la dematerializzazione prevista dal',
      'progetto n. 2. Esso riduce i tempi di risposta.',
      'Lo stesso vale per il',
      'Progetto 3. Inoltre si prevede un corso.',
      'PROGETTO N. 2 – Sportello unico',
      'Descrizione del progetto',
    ].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Archivio digitale'], [2, 'Sportello unico']]);
  });

  it('takes no item of a numbered list in prose for a heading with the number first', () => {
    const text = [
      'Progetto n. 1 – Formazione',
      'Le attività previste sono:',
      '2) Progetto formativo per il personale;',
      '3) progetto: corsi in aula.',
      '4) Progetto: definizione delle procedure;',
      'Descrizione del progetto',
    ].join('\n');
    expect(outline(text).projects.map((p) => p.number)).toEqual([1]);
  });

  it.each([
    'Progetto obiettivo n. 7 – realizzato nel 2015 – dopo la verifica dei risultati.',
    'PROGETTO N. 5/2015 - già concluso lo scorso anno.',
    'Progetto n° 4 denominato “Archivio” nel corso del 2015.',
    'Scheda progetto n. 2 – allegata alla delibera di Giunta n. 45/2015.',
  ])('takes no heading that a sentence ending on "il" or "alla" runs into for one: %j', (reference) => {
    const text = ['Progetto N° 1 - Sportello', 'Descrizione del progetto', 'Le risorse saranno erogate come già avvenuto per il', reference, 'Progetto N° 2 - Archivio', 'Descrizione del progetto'].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello'], [2, 'Archivio']]);
  });

  it('keeps a real heading after a footer or running header cut short on "del" or "di"', () => {
    const text = ['Progetto N° 1 - Archivio', 'Descrizione del progetto', 'Allegato A alla deliberazione di Giunta n. 45 del', 'Progetto N° 2 - Sportello unico digitale', 'Descrizione del progetto'].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Archivio'], [2, 'Sportello unico digitale']]);
  });

  it('reads projects whose sections and tables are worded in ways it does not know, rather than none', () => {
    const project = (n: number, title: string) => [`Progetto n. ${n} – ${title}`, 'Finalità', 'Ridurre i tempi.', 'D2 18,56 350 6.496,00 20 1.299,20', ''];
    expect(outline([...project(1, 'Gestione documentale'), ...project(2, 'Archivio')].join('\n')).projects.map((p) => p.number)).toEqual([1, 2]);
  });

  it('does not take an office\'s name in capitals, or the next page\'s running header, into a title', () => {
    const text = ['Progetto N° 2 - Sportello unico digitale', 'AREA PROMOZIONE E SVILUPPO DELLE IMPRESE', 'Descrizione del progetto', '\fPROGETTO N. 3 – ARCHIVIO STORICO', '\fCAMERA DI COMMERCIO DI LUCCA', 'Descrizione del progetto'].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Sportello unico digitale', 'ARCHIVIO STORICO']);
  });

  it('reads projects of prose alone that each say what they add to the fund', () => {
    const project = (n: number, title: string, amount: string) => [`Progetto n. ${n} - ${title}`, '', 'Il progetto prevede l’apertura pomeridiana.', `Si quantifica in € ${amount} l’incremento delle risorse del fondo.`, ''];
    const text = [...project(1, 'Sportello', '800,00'), ...project(2, 'Archivio', '1.200,00')].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.declared[0]?.amount.raw])).toEqual([[1, '800,00'], [2, '1.200,00']]);
  });

  it('passes over a list of the projects before them, and reads each project where its sections are', () => {
    const text = [
      'PIANO DEI PROGETTI 2016',
      'Elenco dei progetti:',
      'Progetto n. 1 – Sportello unico digitale',
      'Progetto n. 2 – Archivio informatizzato',
      '',
      'Progetto n. 1 – Sportello unico digitale',
      'Descrizione del progetto',
      'PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE RISULTATO',
      'D3 20,30 100 2030,00 20 406,00',
      'Progetto n. 2 – Archivio informatizzato',
      'Descrizione del progetto',
    ].join('\n');
    const { projects } = outline(text);
    expect(projects.map((p) => [p.number, p.title, p.heading.line])).toEqual([
      [1, 'Sportello unico digitale', 6],
      [2, 'Archivio informatizzato', 10],
    ]);
    expect(projects[0]!.tables).toHaveLength(1);
  });

  it('keeps a project without sections that a later project refers back to at the start of a paragraph', () => {
    const text = [
      'Progetto n. 1 – Sportello unico digitale',
      'Il personale seguirà i corsi previsti.',
      'Progetto n. 2 – Archivio informatizzato',
      'Descrizione del progetto',
      '',
      'Progetto n. 1 – vedi sopra',
      'PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE RISULTATO',
    ].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.heading.line])).toEqual([[1, 1], [2, 3]]);
  });

  describe('a heading whose number is not after the last one', () => {
    const project = (heading: string, row: string) => [heading, 'Descrizione del progetto', 'Prima condizione: (a)', 'testo', 'PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE RISULTATO', row, ''];
    const first = project('Progetto n. 1 – Sportello', 'D3 20,30 100 2030,00 20 406,00');

    it('opens a project of its own when a section and a staff table of its own follow it: a number printed twice, a suffix, a second plan', () => {
      for (const [heading, number, title] of [
        ['Progetto n. 1 – Archivio', 1, 'Archivio'],
        ['Progetto n. 1 bis – Archivio', 1, 'bis – Archivio'],
        ['PROGETTO N° 1 BIS: Archivio', 1, 'BIS: Archivio'],
      ] as const) {
        const doc = readPlan([...first, ...project(heading, 'C1 17,00 50 850,00 10 85,00')].join('\n'));
        expect(doc.projects.map((p) => [p.number, p.title, p.staff.map((r) => r.grade)])).toEqual([[1, 'Sportello', ['D3']], [number, title, ['C1']]]);
        expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
      }
    });

    it('is the project before printed again, with its title, where it goes on over a page or is recapped in an annex', () => {
      for (const again of ['Progetto n. 1 – Sportello', 'Progetto n. 1 – Sportello (segue)', 'PROGETTO N. 1 - SPORTELLO', 'Progetto n. 1 (segue)']) {
        const doc = readPlan([...first, again, 'Quinta condizione: (continua)', 'PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE RISULTATO', 'C1 17,00 50 850,00 10 85,00', 'Totale 491,00'].join('\n'));
        expect(doc.projects.map((p) => [p.number, p.staff.map((r) => r.grade)])).toEqual([[1, ['D3', 'C1']]]);
      }
    });

    it('is a reference in prose where no table follows it, or the project before has had none yet', () => {
      const noTableAfter = [...first, 'Progetto n. 1 – come sopra', 'Seconda condizione: (b)', 'testo'];
      expect(outline(noTableAfter.join('\n')).projects.map((p) => [p.number, p.heading.line])).toEqual([[1, 1]]);
      const beforeOwnTable = [...project('Progetto n. 2 – Archivio', 'C1 17,00 50 850,00 10 85,00').slice(0, 2), 'Progetto n. 1 – come sopra', ...project('', 'C1 17,00 50 850,00 10 85,00').slice(2)];
      expect(outline([...first, ...beforeOwnTable].join('\n')).projects.map((p) => [p.number, p.heading.line])).toEqual([[1, 1], [2, 8]]);
    });
  });

  it('gives the tables of an annex, each under a caption naming its project, to the projects they name', () => {
    const header = 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO';
    const text = [
      'Progetto n. 1 – Pratiche edilizie',
      'Descrizione del progetto',
      'Prima condizione: (a)',
      'Progetto n. 2 – Controllo di gestione',
      'Descrizione del progetto',
      'Prima condizione: (a)',
      'ALLEGATO B - PROSPETTO DI QUANTIFICAZIONE DELLE RISORSE',
      'Progetto n. 1 - Pratiche edilizie',
      header,
      'D3 21,40 200 4.280,00 20 856,00',
      'Totale 856,00',
      '',
      'Progetto n. 2 - Controllo di gestione',
      header,
      'D1 18,90 100 1.890,00 20 378,00',
      'Totale 378,00',
      '',
      'TOTALE GENERALE 1.234,00',
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects.map((p) => [p.number, p.staff.map((r) => r.grade), p.printedTotal])).toEqual([
      [1, ['D3'], '856.00'],
      [2, ['D1'], '378.00'],
    ]);
    expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
    // A recap of tables read where their projects are: left out, not added to the last project.
    const project = (heading: string, row: string) => [heading, 'Descrizione del progetto', 'Prima condizione: (a)', header, row, ''];
    const recap = [
      ...project('Progetto n. 1 – Pratiche edilizie', 'D3 21,40 200 4.280,00 20 856,00'),
      ...project('Progetto n. 2 – Controllo di gestione', 'D1 18,90 100 1.890,00 20 378,00'),
      'ALLEGATO – RIEPILOGO',
      'Progetto n. 1 – Pratiche edilizie',
      'Descrizione del progetto: vedi sopra.',
      header,
      'D3 21,40 200 4.280,00 20 856,00',
      'Progetto n. 2 – Controllo di gestione',
      'Descrizione del progetto: vedi sopra.',
      header,
      'D1 18,90 100 1.890,00 20 378,00',
    ];
    expect(readPlan(recap.join('\n')).projects.map((p) => [p.number, p.staff.length])).toEqual([[1, 1], [2, 1]]);
    // Tables each under their own project's heading printed again: no annex, the grand total the project's (a misprint of 1.234,00).
    const own = [
      'Progetto n. 1 – Pratiche edilizie',
      header,
      'D3 21,40 200 4.280,00 20 856,00',
      'Totale parziale 856,00',
      'Progetto n. 1 – Pratiche edilizie (segue)',
      header,
      'D1 18,90 50 945,00 20 189,00',
      'Totale parziale 189,00',
      'Progetto n. 1 – Pratiche edilizie (segue)',
      header,
      'D1 18,90 50 945,00 20 189,00',
      'Totale parziale 189,00',
      'TOTALE COMPLESSIVO 1.243,00',
    ];
    expect(readPlan(own.join('\n')).projects.map((p) => [p.number, p.staff.length, p.printedTotal])).toEqual([[1, 3, '1243.00']]);
    // One table under a reference to another project is the project's own.
    const reference = ['Progetto n. 1 – A', 'Descrizione del progetto', 'Progetto n. 2 – B', 'Descrizione del progetto', 'Progetto n. 1 – come sopra', header, 'D1 18,90 100 1.890,00 20 378,00'];
    expect(outline(reference.join('\n')).projects.map((p) => p.tables.length)).toEqual([0, 1]);
  });

  it.each([
    'Tabella n. {4-n} – Progetto n. {n}',
    'Tab. {n} – Progetto n. {n} (personale)',
    'Allegato A.{n} – Progetto n. {n}',
    'A.{n} Progetto n. {n}',
    'Personale coinvolto nel progetto n. {n}',
    'Scheda del personale – Progetto n. {n}',
    'PROGETTO N. {n} – PERSONALE',
  ])('gives an annex\'s tables to the projects their captions name after other words: %s', (caption) => {
    const header = 'CAT. COSTO ORARIO ORE PRODOTTO % RISULTATO';
    const project = (n: number) => [`Progetto n. ${n} – Servizio ${n}`, 'Descrizione del progetto', 'Prima condizione: (a)', 'testo', ''];
    const captionOf = (n: number) => caption.replace('{4-n}', String(4 - n)).replace(/\{n\}/g, String(n));
    const table = (n: number, row: string, total: string) => [captionOf(n), '', header, row, `Totale ${total}`, ''];
    const text = [
      ...project(1),
      ...project(2),
      ...project(3),
      'ALLEGATO A – TABELLE DEL PERSONALE',
      '',
      ...table(3, 'C2 17,00 100 1.700,00 20 340,00', '340,00'),
      ...table(1, 'D2 20,00 50 1.000,00 20 200,00', '200,00'),
      ...table(2, 'B3 16,00 100 1.600,00 10 160,00', '160,00'),
      'TOTALE GENERALE 700,00',
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects.map((p) => [p.number, p.staff.map((r) => r.grade), p.printedTotal])).toEqual([
      [1, ['D2'], '200.00'],
      [2, ['B3'], '160.00'],
      [3, ['C2'], '340.00'],
    ]);
    expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  describe('one table of the rows of all projects, after them', () => {
    const project = (n: number) => [`Progetto n. ${n} – Servizio ${n}`, 'Descrizione del progetto', 'Prima condizione: (a)', 'testo', ''];
    const plan = (table: string[]) => readPlan([...project(1), ...project(2), 'PROSPETTO DEL PERSONALE COINVOLTO NEI PROGETTI', '', ...table].join('\n'));
    const staff = (doc: ReturnType<typeof readPlan>) => doc.projects.map((p) => [p.number, p.staff.map((r) => `${r.grade} ${r.result}`), p.printedTotal]);

    it('gives each project the rows under its caption row, with its own total', () => {
      const doc = plan([
        'CAT. COSTO ORARIO ORE PRODOTTO % RISULTATO',
        'Progetto n. 1',
        'D5 23,12 50 1.156,00 20 231,20',
        'C2 17,67 100 1.767,00 20 353,40',
        'Totale progetto n. 1 584,60',
        'Progetto n. 2',
        'B1 15,89 100 1.589,00 20 317,80',
        'Totale progetto n. 2 317,80',
        'TOTALE GENERALE 902,40',
      ]);
      expect(staff(doc)).toEqual([
        [1, ['D5 231.20', 'C2 353.40'], '584.60'],
        [2, ['B1 317.80'], '317.80'],
      ]);
      expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
    });

    it('gives no project a row whose project cannot be told: the rows stay one table', () => {
      const doc = plan([
        'PROGETTO CAT. COSTO ORARIO ORE PRODOTTO % RISULTATO',
        '1 D3 21,40 100 2.140,00 20 428,00',
        'C3 18,00 100 1.800,00 10 180,00',
        '2 B5 16,00 50 800,00 20 160,00',
      ]);
      expect(doc.projects.map((p) => p.staff.length)).toEqual([0, 3]);
      expect(findingsOf(doc, 'missing-table').map((d) => d.project)).toEqual([1]);
    });
  });

  it('ends the title at a sentence or paragraph of its own, where no "Descrizione del progetto" opens the description', () => {
    const text = [
      'Progetto N° 1 - Sportello unico',
      '',
      'Il progetto prevede l’attivazione del fascicolo elettronico d’impresa.',
      '',
      'Per il personale coinvolto si intende alimentare il Fondo Salario Accessorio di € 805,60.',
      '',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'Progetto N° 2 - Biblioteca',
      '',
      'Il progetto prevede il riordino del fondo librario. Per il personale coinvolto',
      'si intende alimentare il Fondo Salario Accessorio di € 100,00.',
      'PROGETTO N° 8: accorpamento dell\'ufficio metrico con la',
      'riorganizzazione dell\'attivita\' di vigilanza.',
      'Descrizione del progetto',
      'Progetto n. 9 – Apertura straordinaria della biblioteca civica nei mesi estivi',
      '',
      'La biblioteca resterà aperta il martedì e il giovedì sera (20.30-23.00) e il sabato pomeriggio nei',
      'mesi di giugno, luglio e agosto, con animazioni per ragazzi.',
      '',
      'Prima condizione: (miglioramento quali-quantitativo dei servizi)',
      'Progetto n. 10 – Anagrafe nazionale della popolazione',
      'residente: subentro',
      'Descrizione del progetto',
    ].join('\n');
    const { projects } = outline(text);
    expect(projects.map((p) => [p.title, p.declared[0]?.amount.raw ?? null])).toEqual([
      ['Sportello unico', '805,60'],
      ['Biblioteca', '100,00'],
      ["accorpamento dell'ufficio metrico con la riorganizzazione dell'attivita' di vigilanza.", null],
      ['Apertura straordinaria della biblioteca civica nei mesi estivi', null],
      ['Anagrafe nazionale della popolazione residente: subentro', null],
    ]);
  });

  it.each([
    ['Responsabile del progetto: dott.ssa Anna Bellini'],
    ['Importo destinato al Fondo (art. 67, comma 5, lett. b) CCNL 21.05.2018): € 1.392,42'],
    ['Quota del fondo 1.392,42'],
  ])('ends the title before a labelled field or an amount under it, a description following: %j', (field) => {
    const text = ['Progetto n. 1 – Animazione nei nuclei Alzheimer', '', field, '', 'Descrizione del progetto', 'Il progetto anima i nuclei.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe('Animazione nei nuclei Alzheimer');
  });

  it.each([
    ['Progetto n. 2 – Misure di prevenzione della corruzione previste dalla', 'Legge 190/2012: mappatura dei processi a rischio'],
    ['Progetto n. 2 – Servizi demografici', 'Anagrafe e stato civile: nuove procedure digitali'],
    ['Progetto n. 2 – Riduzione dei tempi medi di pagamento delle fatture', 'da 32,50 a 25 giorni'],
    ['Progetto n. 2 – Erogazione dei contributi alle famiglie', '(buono spesa di € 300 per nucleo familiare)'],
  ])('keeps a title\'s line with a colon or figures that is no field: %j / %j', (heading, next) => {
    const text = [heading, next, '', 'Descrizione del progetto', 'Testo.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe(`${heading.replace(/^Progetto n\. 2 – /, '')} ${next}`);
  });

  it.each([
    ['Titolo del progetto        Riscossione coattiva delle sanzioni', 'Servizio                   Polizia locale'],
    ['Titolo      Riscossione coattiva delle sanzioni', 'Responsabile      dott.ssa Laura Ferrandi'],
    ['TITOLO DEL PROGETTO:    Riscossione coattiva delle sanzioni', 'SERVIZIO    Polizia locale'],
    ['Denominazione        Riscossione coattiva delle sanzioni', 'Servizio    Polizia locale'],
    ['Oggetto: Riscossione coattiva delle sanzioni', 'Ufficio    Polizia locale'],
    // A PDF's line keeps one space of the columns' gap.
    ['Titolo del progetto Riscossione coattiva delle sanzioni', 'Servizio Servizio finanziario'],
    ['Titolo progetto Riscossione coattiva delle sanzioni', 'Servizio Servizio finanziario'],
    ['Titolo Riscossione coattiva delle sanzioni', 'Responsabile geom. Paolo Sartori'],
  ])('reads the title of a project\'s sheet printed as a table of two columns, without its label or the fields under it: %j / %j', (title, field) => {
    const text = ['SCHEDA PROGETTO N. 1', title, field, 'Descrizione         Il comando provvederà alla formazione dei ruoli.', '', 'Prima condizione: (miglioramento)', 'Testo.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe('Riscossione coattiva delle sanzioni');
  });

  it.each([
    [['Settore: Servizi demografici', 'Responsabile: dott. Mario Rossi', 'Titolo del progetto: Riorganizzazione dello sportello anagrafe']],
    [['Area: Affari generali', 'Dirigente responsabile: dott.ssa Anna Bianchi', 'Titolo: Riorganizzazione dello sportello anagrafe']],
    [['SETTORE        Servizi demografici', 'RESPONSABILE   dott. Mario Rossi', '', 'TITOLO DEL PROGETTO    Riorganizzazione dello sportello anagrafe']],
    [['Servizio    Anagrafe', 'Titolo del progetto Riorganizzazione dello sportello anagrafe']],
  ])('reads the title of a sheet whose other fields come before it: %j', (fields) => {
    const text = ['PROGETTO N. 1', '', ...fields, '', 'Descrizione del progetto', 'Testo.', '', 'Prima condizione: (miglioramento)', 'Testo.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe('Riorganizzazione dello sportello anagrafe');
  });

  it('reads the title of a sheet whose labels stand over their values, "Titolo del progetto" alone on its line', () => {
    const text = ['Progetto n. 1', 'Titolo del progetto', 'Transizione al digitale dei servizi scolastici', 'Settore proponente', 'Settore Servizi alla Persona', '', 'Descrizione', 'Testo.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe('Transizione al digitale dei servizi scolastici');
  });

  it('reads a heading in capitals that opens a page, a form feed glued to it, after a page that ends mid-sentence', () => {
    const page = (n: number) => [`PROGETTO ${n}`, n === 1 ? 'SPORTELLO DIGITALE PER LE IMPRESE' : 'ARCHIVIO STORICO', 'Descrizione', 'Testo.', 'Prima condizione: (miglioramento)', 'Testo che resta aperto,'];
    const text = ['Indice dei progetti, in ordine', `\f${page(1).join('\n')}`, `\f${page(2).join('\n')}`].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([
      [1, 'SPORTELLO DIGITALE PER LE IMPRESE'],
      [2, 'ARCHIVIO STORICO'],
    ]);
    // On the same page, a weak heading after a line left open is the sentence's rest.
    expect(outline(['Il piano comprende,', 'PROGETTO 1', 'Testo.'].join('\n')).projects).toEqual([]);
  });

  it.each([['N. progetto: 1'], ['Numero del progetto: 1'], ['Progetto n.: 1'], ['N° progetto: 1']])('reads a form\'s field of the number, %j, as a project\'s heading, its title the "Titolo:" field below', (field) => {
    const sheet = (n: number, title: string) => ['SCHEDA PROGETTO', '', field.replace('1', String(n)), `Titolo: ${title}`, 'Servizio: Area Vigilanza', '', 'Descrizione', 'Testo.', '', 'Prima condizione: (miglioramento)', 'Testo.'];
    const projects = outline([...sheet(1, 'Controllo del territorio'), '', ...sheet(2, 'Gestione associata SUAP')].join('\n')).projects;
    expect(projects.map((p) => [p.number, p.title])).toEqual([
      [1, 'Controllo del territorio'],
      [2, 'Gestione associata SUAP'],
    ]);
    expect(outline(['Il progetto n.: 1 della scorsa delibera', 'Testo.'].join('\n')).projects).toEqual([]);
  });

  it('reads the rest of a title\'s field\'s value wrapped under its start, and not a line set elsewhere', () => {
    const field = 'Titolo del progetto: GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE:';
    const sheet = (next: string) => ['Progetto n. 1', '', 'Area: Servizi al territorio', field, next, 'Durata: 1.3.2024 – 31.12.2024', '', 'Descrizione:', 'Testo.'].join('\n');
    expect(outline(sheet('                     CONTROLLI SERALI NEI CENTRI STORICI')).projects[0]!.title).toBe('GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE: CONTROLLI SERALI NEI CENTRI STORICI');
    expect(outline(sheet('Referente: dott. Neri')).projects[0]!.title).toBe('GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE:');
  });

  it('reads the rest of a title\'s field\'s value indented by a tab as set under its start, and not a line without indent', () => {
    const field = 'Titolo del progetto: GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE:';
    const sheet = (next: string) => ['Progetto n. 1', '', 'Area: Servizi al territorio', field, next, 'Durata: 1.3.2024 – 31.12.2024', '', 'Descrizione:', 'Testo.'].join('\n');
    expect(outline(sheet('\tCONTROLLI SERALI NEI CENTRI STORICI')).projects[0]!.title).toBe('GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE: CONTROLLI SERALI NEI CENTRI STORICI');
    expect(outline(sheet('CONTROLLI SERALI NEI CENTRI STORICI')).projects[0]!.title).toBe('GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE:');
  });

  it('reads the title\'s field right under a heading that prints an area\'s name for a title, and no field further down', () => {
    const text = (field: string) => ['Progetto n. 1 – Area Tecnica', field, '', 'Descrizione del progetto', 'Testo.', 'Prima condizione: (miglioramento)', 'Testo.'].join('\n');
    expect(outline(text('Titolo: Catasto delle strade provinciali')).projects[0]!.title).toBe('Catasto delle strade provinciali');
    expect(outline(text('Responsabile: dott. Mario Rossi')).projects[0]!.title).toBe('Area Tecnica');
  });

  it('keeps the title under a heading when a field follows it', () => {
    const text = ['PROGETTO N. 1', 'Riorganizzazione dello sportello anagrafe', 'Responsabile: dott. Mario Rossi', '', 'Descrizione del progetto', 'Testo.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe('Riorganizzazione dello sportello anagrafe');
  });

  it('keeps a name with its number in capitals, alone on a title\'s last line', () => {
    const text = ['PROGETTO N. 1 – Contributi a fondo perduto per le imprese colpite dall’emergenza', 'COVID-19', '', 'Descrizione del progetto', 'Testo.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe('Contributi a fondo perduto per le imprese colpite dall’emergenza COVID-19');
  });

  it('still reads a title below a heading alone on its line when the title has a colon', () => {
    const text = ['PROGETTO N. 3', 'Qualità del servizio: rilevazione della soddisfazione', '', 'Descrizione del progetto', 'Testo.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe('Qualità del servizio: rilevazione della soddisfazione');
  });

  it('reads a title in capitals over eight lines whole, up to the condition after it', () => {
    const lines = ['RIORGANIZZAZIONE COMPLESSIVA DEL', 'SERVIZIO PROMOZIONE E SVILUPPO PER LE IMPRESE ALLA', 'LUCE DEI TAGLI DI BILANCIO, DELLA RIFORMA DEL SISTEMA', 'CAMERALE E DELLE NUOVE COMPETENZE ATTRIBUITE', 'DALLA LEGGE, CON PARTICOLARE RIFERIMENTO ALLA', 'DIGITALIZZAZIONE DEI PROCEDIMENTI, ALLA', 'SEMPLIFICAZIONE DEGLI ADEMPIMENTI E ALLA QUALITÀ DEI', 'DATI DEL REGISTRO DELLE IMPRESE'];
    const text = [`PROGETTO N° 12: ${lines[0]}`, ...lines.slice(1), 'Quinta condizione: (risorse quantificate)'].join('\n');
    expect(outline(text).projects[0]!.title).toBe(lines.join(' '));
  });

  it('ends the title where a description opens on the heading\'s own line', () => {
    const text = 'Progetto n. 3 – Aggiornamento del sito istituzionale Descrizione del progetto Il sito sarà rinnovato.\n\nPrima condizione';
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Aggiornamento del sito istituzionale']);
  });

  it('joins a title hyphenated at a line\'s end, without soft hyphens or ligatures', () => {
    const text = 'Progetto n. 1 – Miglioramento quali-\nquantitativo dei servizi di veriﬁca\nDescrizione del progetto\nProgetto n. 2 – Apertura straor\u00addinaria\nDescrizione del progetto\nProgetto n. 3 – Servizi socio-\nSanitari integrati\nDescrizione del progetto\nPROGETTO N. 4 – POTEN- \nZIAMENTO DEL SERVIZIO\nDescrizione del progetto\nProgetto n. 5 – Gestione e certifica\u2010\nzione digitale\nDescrizione del progetto';
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Miglioramento quali-quantitativo dei servizi di verifica', 'Apertura straordinaria', 'Servizi socio-Sanitari integrati', 'POTEN-ZIAMENTO DEL SERVIZIO', 'Gestione e certificazione digitale']);
  });

  it('drops the hyphen of a word a line\'s end broke, continued in lower case, and keeps a compound\'s', () => {
    const project = (n: number, first: string, second: string) => [`Progetto n. ${n} – ${first}`, second, 'Descrizione del progetto', 'Testo.'];
    const text = [
      ...project(1, 'Monitoraggio della fauna e censi-', 'mento del camoscio'),
      ...project(2, 'Servizi socio-', 'sanitari integrati'),
      ...project(3, 'Supporto tecnico-', 'amministrativo ai comuni'),
      ...project(4, 'Recupero dell\'evasione e con-', 'trollo dei tributi'),
      ...project(5, 'Contabilità economico-', 'patrimoniale'),
    ].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual([
      'Monitoraggio della fauna e censimento del camoscio',
      'Servizi socio-sanitari integrati',
      'Supporto tecnico-amministrativo ai comuni',
      'Recupero dell\'evasione e controllo dei tributi',
      'Contabilità economico-patrimoniale',
    ]);
  });

  it.each(['a) Descrizione del progetto', '(a) descrizione', 'A. DESCRIZIONE DEL PROGETTO', '1) DESCRIZIONE', 'II. DESCRIZIONE DEL PROGETTO', '2.1 DESCRIZIONE DEL PROGETTO', 'b) Rispondenza alle condizioni', 'c) Obiettivi del progetto'])(
    'ends a title over two lines at "%s", a section\'s heading with a list\'s mark',
    (section) => {
      const text = ['PIANO 2018', '', 'Progetto n. 1 – GESTIONE ASSOCIATA DELLO SPORTELLO UNICO (SUAP) IN', 'MODALITÀ TELEMATICA', '', section, 'Testo del progetto.', ...body(ROWS[0]!).slice(1)].join('\n');
      expect(readOf(text)).toEqual([[1, 'GESTIONE ASSOCIATA DELLO SPORTELLO UNICO (SUAP) IN MODALITÀ TELEMATICA', 1, ROWS[0]]]);
    },
  );

  it('ends the title of a heading that is a number and a title at its lettered description', () => {
    const project = (n: number, row: string) => [`${n}. GESTIONE ASSOCIATA DEL SERVIZIO ${n} IN`, 'MODALITÀ TELEMATICA', '', 'a) Descrizione del progetto', 'Testo.', ...body(row).slice(2)];
    const text = ['PIANO 2018', '', ...project(1, ROWS[0]!), ...project(2, ROWS[1]!)].join('\n');
    expect(readOf(text)).toEqual([
      [1, 'GESTIONE ASSOCIATA DEL SERVIZIO 1 IN MODALITÀ TELEMATICA', 1, ROWS[0]],
      [2, 'GESTIONE ASSOCIATA DEL SERVIZIO 2 IN MODALITÀ TELEMATICA', 1, ROWS[1]],
    ]);
  });

  it('does not pass over a description the plan repeats word for word in each project to take its next line for the title', () => {
    const project = (n: number, title: string) => [
      `PROGETTO N. ${n} ${title}`,
      'Il progetto intende migliorare i tempi di risposta all’utenza attraverso la revisione delle',
      'procedure interne e la formazione del personale coinvolto nelle attività.',
      'IL PROGETTO RISPONDE ALLE SEGUENTI CONDIZIONI:',
    ];
    const text = [...project(1, 'Censimento permanente'), ...project(2, 'Polizia urbana'), ...project(3, 'Mensa scolastica')].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Censimento permanente', 'Polizia urbana', 'Mensa scolastica']);
  });

  it('takes the title below a heading alone on its line, past the page\'s number and furniture, whatever its first words', () => {
    const running = 'Camera di commercio di Torino';
    const text = [
      running,
      'Progetto 1 - Anagrafe',
      'Descrizione del progetto',
      'Testo.',
      '',
      'PROGETTO 2',
      '',
      'Piazza Garibaldi 12 – 56125 Vallebassa – tel. 050 512111 – pag. 1',
      `\f${running}`,
      '',
      'Metrologia legale: verifiche periodiche degli strumenti di misura',
      '',
      'Descrizione del progetto',
    ].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Anagrafe', 'Metrologia legale: verifiche periodiche degli strumenti di misura']);
  });

  it('does not take the document title or prose for a project', () => {
    const text = 'PROGETTO DI MIGLIORAMENTO DEI SERVIZI PER L’ANNO 2015\n\nIl progetto n. 3 prevede che...\nProgetto N° 1 - Vero\nDescrizione del progetto\n\nProgetto n. 1 - richiamo\n';
    expect(outline(text).projects.map((p) => p.number)).toEqual([1]);
  });

  it('reads a heading of a number and a year alone on its line, and the title under it without its field\'s label', () => {
    const project = (n: number, title: string) => [`PROGETTO ${n}/2019`, `Titolo: ${title}`, 'Descrizione del progetto', 'PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE RISULTATO', 'D3 20,30 100 2030,00 20 406,00'];
    const { projects } = outline(['PIANO 2019', '', ...project(1, 'Sportello digitale'), ...project(2, 'Archivio')].join('\n'));
    expect(projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello digitale'], [2, 'Archivio']]);
  });

  it.each(['Intervento', 'Azione', 'Scheda', 'Obiettivo di miglioramento'])('reads "%s n. 1 –" headings as "Obiettivo" ones', (word) => {
    const alone = `${word} n. 1 – Sportello unico\nDescrizione del progetto\n${word.toUpperCase()} N° 2: Archivio\nDescrizione del progetto\n`;
    expect(outline(alone).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello unico'], [2, 'Archivio']]);
    const aims = `Progetto n. 1 – Sportello unico\nDescrizione del progetto\n${word} n. 2: ridurre i tempi\n${word} n. 3: nuovi servizi\n`;
    expect(outline(aims).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello unico']]);
  });

  it('reads actions listed in an objective\'s description, and an action\'s caption over a project\'s second table, as the project\'s text', () => {
    const objectives = [
      'Obiettivo di miglioramento n. 1 – Accessibilità',
      'Azione n. 1 – verifica dei requisiti;',
      'Azione n. 2 – adeguamento dei modelli;',
      'Quinta condizione: (risorse)',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'D3 20,30 100 2030,00 20 406,00',
      'Obiettivo di miglioramento n. 2 – Regolamenti',
      'Azione n. 1 – ricognizione;',
      'Quinta condizione: (risorse)',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'C1 16,05 120 1926,00 20 385,20',
    ].join('\n');
    expect(outline(objectives).projects.map((p) => [p.number, p.title, p.tables.length])).toEqual([[1, 'Accessibilità', 1], [2, 'Regolamenti', 1]]);
    // A line of a description that starts like a "Progetto" heading names no project of a plan of objectives.
    const prose = objectives.replace('Azione n. 1 – ricognizione;', 'Descrizione del progetto\nL’obiettivo attua il\nProgetto n. 3 – Città sicura del Piano esecutivo di gestione 2019,');
    expect(outline(prose).projects.map((p) => [p.number, p.title, p.tables.length])).toEqual([[1, 'Accessibilità', 1], [2, 'Regolamenti', 1]]);
    const actions = [
      'Progetto n. 1 – Trasparenza',
      'Quinta condizione: (risorse)',
      'Azione n. 1 – Mappatura',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'D3 20,30 100 2030,00 20 406,00',
      'Totale azione 1 406,00',
      'Azione n. 2 – Pubblicazione',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'C1 16,05 120 1926,00 20 385,20',
      'Totale azione 2 385,20',
      'Sesta condizione: (consuntivo)',
      'Progetto n. 2 – Inventario',
      'Quinta condizione: (risorse)',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'B3 15,02 200 3004,00 15 450,60',
    ].join('\n');
    expect(readPlan(actions).projects.map((p) => [p.number, p.staff.length, p.printedTotal])).toEqual([[1, 2, '791.20'], [2, 1, null]]);
  });

  it.each([
    'Progetto di cui alla delibera n. 45 – approvata dalla Giunta',
    'Obiettivo del progetto n. 2: ridurre i tempi',
    'Scheda dell’obiettivo n. 2 – allegata',
    'Progetto approvato con determina n. 3 – vedi allegato',
    'Progetto di vita: n. 2 – incontri',
  ])('takes no prose that starts with a heading\'s word for a heading with words that qualify it: %j', (prose) => {
    const text = ['Progetto n. 1 – Sportello', 'Descrizione del progetto', prose, 'Progetto n. 2 – Archivio', 'Descrizione del progetto'].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello'], [2, 'Archivio']]);
  });

  it('keeps an aside that says the project goes on: its heading printed again opens no project', () => {
    const text = ['Progetto n. 1 – Sportello', 'Descrizione del progetto', 'Progetto n. 1 (segue) – Sportello', 'Progetto n. 2 – Archivio', 'Descrizione del progetto'].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello'], [2, 'Archivio']]);
  });

  it('reads "Obiettivo n. 1 –" headings in a plan that has no "Progetto" heading, and only there', () => {
    const objectives = 'Obiettivo n. 1 – Sportello unico\nDescrizione del progetto\nOBIETTIVO N° 2: Archivio\nDescrizione del progetto\n';
    expect(outline(objectives).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello unico'], [2, 'Archivio']]);
    const aims = 'Progetto n. 1 – Sportello unico\nDescrizione del progetto\nObiettivo n. 2: ridurre i tempi\nObiettivo n. 3: nuovi servizi\n';
    expect(outline(aims).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Sportello unico']]);
  });

  it('finds no project in a document that lists projects without a description, a condition or a table of any', () => {
    const text = [
      'DECRETO DEL SINDACO N. 14',
      'VISTA la deliberazione con la quale sono stati approvati i seguenti progetti:',
      '   Progetto n. 1 – Riorganizzazione dell’ufficio tributi          € 1.830,00',
      '   Progetto n. 2 – Sportello unico per le attività produttive      € 1.397,20',
      'CONSIDERATO che il fondo per le risorse decentrate è stato costituito nell’importo di € 96.518,44;',
    ].join('\n');
    expect(outline(text).projects).toEqual([]);
  });

  it('continues the title over lines, across blank lines for upper-case titles, up to the description', () => {
    const text = [
      'PROGETTO N° 12: RIORGANIZZAZIONE DEL SERVIZIO PER LE',
      '',
      'IMPRESE ALLA LUCE DELLA NUOVA COLLABORAZIONE',
      '',
      'Descrizione del progetto: testo',
      'Progetto N°13 - Gestione del processo di razionalizzazione e',
      'miglioramento della governance',
      '',
      'Nel corso dell’anno il progetto...',
    ].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual([
      'RIORGANIZZAZIONE DEL SERVIZIO PER LE IMPRESE ALLA LUCE DELLA NUOVA COLLABORAZIONE',
      'Gestione del processo di razionalizzazione e miglioramento della governance',
    ]);
  });
  it('continues a title in quotes not yet closed onto a line in another case', () => {
    const text = ['Progetto n°9: “Diffusione degli strumenti', 'ADR', 'e ampliamento delle funzioni di regolazione del mercato”', '', 'Descrizione del progetto:', 'Il servizio prosegue.'].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Diffusione degli strumenti ADR e ampliamento delle funzioni di regolazione del mercato']);
  });

  it('continues a title with a bracket left open at a line\'s end onto the next line, whatever it starts with', () => {
    const text = ['Progetto n. 1 – Attuazione del Piano per la prevenzione della corruzione (L.', '190/2012)', 'Il progetto nasce dall’esigenza di ridurre l’arretrato.', 'Descrizione del progetto', 'Testo.'].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Attuazione del Piano per la prevenzione della corruzione (L. 190/2012)']);
  });

  it('reads a project\'s sheet drawn as a form: the title\'s field up to the next field, though that is printed on every sheet, and the first condition after the label', () => {
    const sheet = (n: number, title: string[]) => [
      `SCHEDA PROGETTO ${n}`,
      'N.',
      `Titolo ${title[0]}`,
      ...title.slice(1),
      'Struttura U.O.C. Servizi Amministrativi Ospedalieri',
      'responsabile',
      'Descrizione Il progetto riduce i tempi.',
      'Condizioni Prima condizione – miglioramento quali-quantitativo dei',
      'servizi: Il progetto consente di ridurre i tempi.',
      'Seconda condizione – concreti risultati: Gli utenti ne beneficiano.',
    ];
    const text = ['AZIENDA OSPEDALIERA – ANNO 2011', ...sheet(1, ['Accettazione unica dei ricoveri', 'programmati']), ...sheet(2, ['Fatturazione elettronica']), ...sheet(3, ['Archivio delle cartelle'])].join('\n');
    const { projects } = outline(text);
    expect(projects.map((p) => p.title)).toEqual(['Accettazione unica dei ricoveri programmati', 'Fatturazione elettronica', 'Archivio delle cartelle']);
    expect(projects.map((p) => p.conditions.map((c) => c.ordinal))).toEqual([[1, 2], [1, 2], [1, 2]]);
  });

  it('takes for its title a line under a heading alone that other projects print too, even where the page furniture test counts it', () => {
    // Three projects of one title, each right under "Pag. N", where running headers stand.
    const project = (n: number) => [`Pag. ${n}`, '', `Progetto ${n}`, 'Sportello legalità per le imprese', '', 'Descrizione del progetto:', 'Il servizio prosegue.', ''];
    const text = [...project(4), ...project(5), ...project(6)].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title])).toEqual([4, 5, 6].map((n) => [n, 'Sportello legalità per le imprese']));
  });
});

/**
 * A project's body as plans print it: a description, the seven conditions, a staff table in the
 * fifth (`extra` lines are put in the description, `after` ones in the seventh condition, after the table).
 */
const body = (row: string, extra: string[] = [], after: string[] = []) => [
  'Descrizione del progetto',
  'Il progetto riduce i tempi di risposta.',
  ...extra,
  'IL PROGETTO RISPONDE ALLE SEGUENTI CONDIZIONI:',
  ...['Prima', 'Seconda', 'Terza', 'Quarta'].flatMap((o) => [`${o} condizione: (titolo)`, 'Testo.']),
  'Quinta condizione: (risorse quantificate)',
  'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
  row,
  'Sesta condizione: (risorse a consuntivo)',
  'Testo.',
  'Settima condizione: (risorse in bilancio)',
  'Testo.',
  ...after,
  '',
];
const ROWS = ['D3 20,30 100 2030,00 20 406,00', 'C1 16,05 120 1926,00 20 385,20', 'B3 15,02 200 3004,00 15 450,60', 'C3 17,10 80 1368,00 15 205,20'];
const readOf = (text: string) => outline(text).projects.map((p) => [p.number, p.title, p.tables.length, p.tables[0]?.body[0]?.text ?? null]);

describe('headings with words that qualify their noun', () => {
  it('reads a project whose heading has an extra word or an aside as its own, not as a second table of the project before', () => {
    const text = [
      'PIANO 2019',
      '',
      'Progetto obiettivo n. 1 – Prenotazioni',
      ...body(ROWS[0]!),
      'Progetto obiettivo n. 2 (prosecuzione del progetto 2018) – Screening',
      ...body(ROWS[1]!),
      'Progetto obiettivo trasversale n. 3 – Dimissioni protette',
      ...body(ROWS[2]!),
    ].join('\n');
    expect(readOf(text)).toEqual([
      [1, 'Prenotazioni', 1, ROWS[0]],
      [2, 'Screening', 1, ROWS[1]],
      [3, 'Dimissioni protette', 1, ROWS[2]],
    ]);
  });

  it.each(['Obiettivo', 'Obiettivo operativo', 'Attività'])('reads "%s n. 1 –" listed in the descriptions of numbered projects as their text', (word) => {
    const text = [
      'PIANO 2019',
      '',
      '1) Sportello unico',
      ...body(ROWS[0]!, [`${word} n. 1 – Mappatura dei procedimenti`, `${word} n. 2 – Pubblicazione`]),
      '2) Archivio digitale',
      ...body(ROWS[1]!, [`${word} n. 1 – Scansione`]),
    ].join('\n');
    expect(readOf(text)).toEqual([
      [1, 'Sportello unico', 1, ROWS[0]],
      [2, 'Archivio digitale', 1, ROWS[1]],
    ]);
  });
});

describe('"Obiettivo" headings among "Progetto" ones', () => {
  it.each([
    ['Obiettivo n. 2 – Archivio digitale', 'Archivio digitale'],
    ['OBIETTIVO N° 2: Archivio digitale', 'Archivio digitale'],
    ['OBIETTIVO 2 – Archivio digitale', 'Archivio digitale'],
    ['Obiettivo 2: Archivio digitale', 'Archivio digitale'],
    ['OBIETTIVO 2\nArchivio digitale', 'Archivio digitale'],
    ['OBIETTIVO B – Archivio digitale', 'Archivio digitale'],
    ['Obiettivo B: Archivio digitale', 'Archivio digitale'],
    ['OBIETTIVO II – Archivio digitale', 'Archivio digitale'],
    ['2° OBIETTIVO: Archivio digitale', 'Archivio digitale'],
    ['2° Obiettivo – Archivio digitale', 'Archivio digitale'],
  ])('reads %j as a project of its own, with its own table', (heading, title) => {
    const text = ['PIANO 2016', '', 'Progetto n. 1 – Sportello', ...body(ROWS[0]!), heading, ...body(ROWS[1]!), 'Progetto n. 3 – Tributi', ...body(ROWS[2]!)].join('\n');
    expect(readOf(text)).toEqual([
      [1, 'Sportello', 1, ROWS[0]],
      [2, title, 1, ROWS[1]],
      [3, 'Tributi', 1, ROWS[2]],
    ]);
  });

  it('reads one as the last project, and before the first "Progetto"', () => {
    const last = ['Progetto n. 1 – Sportello', ...body(ROWS[0]!), 'Progetto n. 2 – Tributi', ...body(ROWS[1]!), 'Obiettivo n. 3 – Archivio', ...body(ROWS[2]!)].join('\n');
    expect(readOf(last).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 1], [2, 'Tributi', 1], [3, 'Archivio', 1]]);
    const first = ['PIANO 2016', '', 'Obiettivo n. 1 – Archivio', ...body(ROWS[0]!), 'Progetto n. 2 – Tributi', ...body(ROWS[1]!)].join('\n');
    expect(readOf(first).map((p) => p.slice(0, 3))).toEqual([[1, 'Archivio', 1], [2, 'Tributi', 1]]);
  });

  it.each([
    ['aims listed in a description', ['Obiettivo n. 2: ridurre i tempi', 'Obiettivo n. 3: nuovi servizi'], []],
    ['an aim in a description', ['Obiettivo 2 – ridurre i tempi di attesa'], []],
    ['aims listed after the table', [], ['Obiettivo n. 2: ridurre i tempi', 'Obiettivo n. 3: nuovi servizi']],
    ['a reference in prose', [], ['Il progetto concorre all’', 'Obiettivo n. 2 – Trasparenza del piano della performance.']],
  ])('leaves "Obiettivo" in %s of the project before to it, and the project after it its own', (_, extra, after) => {
    const text = ['Progetto n. 1 – Sportello', ...body(ROWS[0]!, extra, after), 'Progetto n. 2 – Tributi', ...body(ROWS[1]!, extra, after)].join('\n');
    expect(readOf(text)).toEqual([[1, 'Sportello', 1, ROWS[0]], [2, 'Tributi', 1, ROWS[1]]]);
  });

  it('reads no "Obiettivo" as a project whose number does not come next, or whose project before has no table of its own', () => {
    const outOfSequence = ['Progetto n. 1 – Sportello', ...body(ROWS[0]!), 'Obiettivo n. 5 – Archivio', ...body(ROWS[1]!), 'Progetto n. 2 – Tributi', ...body(ROWS[2]!)].join('\n');
    expect(readOf(outOfSequence).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 2], [2, 'Tributi', 1]]);
    // An aim stated before the table, then the project's own conditions and table: the last project's own.
    const beforeTable = ['Progetto n. 1 – Sportello', ...body(ROWS[0]!), 'Progetto n. 2 – Tributi', 'Descrizione del progetto', 'Obiettivo n. 3 – Ridurre i tempi', ...body(ROWS[1]!)].join('\n');
    expect(readOf(beforeTable).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 1], [2, 'Tributi', 1]]);
    const lastOutOfSequence = ['Progetto n. 1 – Sportello', ...body(ROWS[0]!), 'Progetto n. 2 – Tributi', ...body(ROWS[1]!), 'Obiettivo n. 5 – Archivio', ...body(ROWS[2]!)].join('\n');
    expect(readOf(lastOutOfSequence).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 1], [2, 'Tributi', 2]]);
  });

  it('reads no "Obiettivo" as a project above a "Progetto" of its number: a part of the project before, with a table of its own', () => {
    const office = ['Obiettivo n. 2 – Sportello decentrato', 'Descrizione delle attività', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', ROWS[3]!];
    const text = ['Progetto n. 1 – Sportello', ...body(ROWS[0]!, [], office), 'Progetto n. 2 – Tributi', ...body(ROWS[1]!)].join('\n');
    expect(readOf(text).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 2], [2, 'Tributi', 1]]);
  });
});

describe('a heading damaged by a scan', () => {
  it.each([
    ['Progelto n° 2 – Archivio digitale'],
    ['Proqetto n. 2 - Archivio digitale'],
    ['Progettó n. 2 - Archivio digitale'],
    ['Pro getto n. 2 - Archivio digitale'],
    ['P rogetto n. 2 - Archivio digitale'],
    ['Progetto rn. 2 - Archivio digitale'],
    ['Progetto n0 2 - Archivio digitale'],
    ['Progetto n, 2 - Archivio digitale'],
    ['Progetto n" 2 - Archivio digitale'],
    ['Progetto N*2 - Archivio digitale'],
    ['Progetto n˚ 2 - Archivio digitale'],
    ['Progetto 11. 2 - Archivio digitale'],
    ["' Progetto n. 2 - Archivio digitale"],
    ['Progetto n. 2 ~ Archivio digitale'],
    ['Progetto n. 2 = Archivio digitale'],
    ['PROGETTO N. 2 _ Archivio digitale'],
    ['Progetto N° 2/ Archivio digitale'],
    ['Progetto\nn° 2 - Archivio digitale'],
    ['Progetiio n. 2 - Archivio digitale'],
    ['Progetlio n. 2 - Archivio digitale'],
    ['Progettco n. 2 - Archivio digitale'],
    ['Prugelto n. 2 - Archivio digitale'],
    ['Frssetto n. 2 – Archivio digitale'],
    ['Orogetio n. 2 - Archivio digitale'],
  ])('reads %j between projects 1 and 3 as project 2, its table its own', (heading) => {
    const text = ['PIANO 2005', '', 'Progetto n. 1 – Sportello', ...body(ROWS[0]!), heading, ...body(ROWS[1]!), 'Progetto n. 3 – Tributi', ...body(ROWS[2]!)].join('\n');
    expect(readOf(text)).toEqual([
      [1, 'Sportello', 1, ROWS[0]],
      [2, 'Archivio digitale', 1, ROWS[1]],
      [3, 'Tributi', 1, ROWS[2]],
    ]);
  });

  it('reads a plan whose headings are all damaged, in sequence from 1', () => {
    const text = ['PIANO 2004', '', 'Progetto n* 1 - Sportello', ...body(ROWS[0]!), 'Progettó n. 2 - Archivio', ...body(ROWS[1]!), 'Pro getto n. 3 - Tributi', ...body(ROWS[2]!)].join('\n');
    expect(readOf(text).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 1], [2, 'Archivio', 1], [3, 'Tributi', 1]]);
  });

  it.each([
    ['out of sequence', 'Progelto n. 5 - Archivio', []],
    ['of a number a heading before has', 'Progelto n. 2 - Archivio', ['Progetto n. 2 – Tributi']],
    ['not "Progetto"', 'Progetti n. 2 - Archivio', []],
    ['more than three letters off', 'Fressetlo n. 2 - Archivio', []],
    ['a word of its own', 'Prodotto n. 2 - Archivio', []],
    ['a word of its own, in capitals', 'PROSPETTO N. 2 - Archivio', []],
    ['in prose that runs on into it', 'come previsto dal\nProgelto n. 2 - Archivio', []],
  ])('reads no damaged heading %s: its lines stay the project\'s before', (_, line, between) => {
    const text = ['PIANO 2005', '', 'Progetto n. 1 – Sportello', ...body(ROWS[0]!), ...between, line, ...body(ROWS[1]!)].join('\n');
    expect(readOf(text)[0]!.slice(0, 3)).toEqual([1, 'Sportello', between.length === 0 ? 2 : 1]);
  });
});

describe('a project whose heading was not printed as one', () => {
  const plan = (second: string[]) => ['PIANO 2005', '', 'Progetto n. 1 – Sportello', ...body(ROWS[0]!), ...second, ...body(ROWS[1]!), 'Progetto n. 3 – Tributi', ...body(ROWS[2]!)].join('\n');

  it.each([
    ['a title alone', ['', 'Archivio digitale', '']],
    ['what a scan left of the heading', ['', 'Prgtto Nr 2 – Archivio digitale', '']],
    ['a word of its own for the heading\'s', ['', 'Prodotto n. 2 – Archivio digitale', '']],
  ])('is read from %s, where the numbering skips its number and its conditions and table start again, and said', (_, second) => {
    expect(readOf(plan(second))).toEqual([
      [1, 'Sportello', 1, ROWS[0]],
      [2, 'Archivio digitale', 1, ROWS[1]],
      [3, 'Tributi', 1, ROWS[2]],
    ]);
    const doc = readPlan(plan(second));
    expect(findingsOf(doc, 'unparsed-line').map((d) => [d.project, d.message.startsWith('Line ') && d.message.includes('read as the heading of project 2, though not printed as one')])).toEqual([[2, true]]);
  });

  it('is not read with no blank line above its title, nor where no number is skipped: its lines stay the project\'s before', () => {
    const glued = ['PIANO 2005', '', 'Progetto n. 1 – Sportello', ...body(ROWS[0]!).slice(0, -1), 'Archivio digitale', '', ...body(ROWS[1]!), 'Progetto n. 3 – Tributi', ...body(ROWS[2]!)].join('\n');
    expect(readOf(glued).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 2], [3, 'Tributi', 1]]);
    const inSequence = ['PIANO 2005', '', 'Progetto n. 1 – Sportello', ...body(ROWS[0]!), '', 'Archivio digitale', '', ...body(ROWS[1]!), 'Progetto n. 2 – Tributi', ...body(ROWS[2]!)].join('\n');
    expect(readOf(inSequence).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 2], [2, 'Tributi', 1]]);
  });
});

describe('"PROGETTO" in a badge over its number, the title beside the number', () => {
  it('reads "PROGETTO" alone, then "1 Servizio …", as the heading of each project its body and table prove', () => {
    const text = ['PIANO 2024', '', 'PROGETTO', '1 Servizio di mediazione', ...body(ROWS[0]!), 'PROGETTO', '2 Revisione dei regolamenti', ...body(ROWS[1]!)].join('\n');
    expect(readOf(text)).toEqual([
      [1, 'Servizio di mediazione', 1, ROWS[0]],
      [2, 'Revisione dei regolamenti', 1, ROWS[1]],
    ]);
  });

  it('reads none out of sequence, nor a line in lower case after the word', () => {
    const outOfSequence = ['PIANO 2024', '', 'Progetto n. 1 – Sportello', ...body(ROWS[0]!), 'PROGETTO', '5 Revisione dei regolamenti', ...body(ROWS[1]!)].join('\n');
    expect(readOf(outOfSequence).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 2]]);
    const prose = ['PIANO 2024', '', 'Progetto n. 1 – Sportello', ...body(ROWS[0]!), 'PROGETTO', '2 volte l’anno', ...body(ROWS[1]!)].join('\n');
    expect(readOf(prose).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 2]]);
  });
});

describe('headings that are a number and a title, without "Progetto"', () => {
  it.each([
    ['1) Potenziamento dello sportello', '2) Digitalizzazione archivio', 'Potenziamento dello sportello', 'Digitalizzazione archivio'],
    ['1. Potenziamento dello sportello', '2. Digitalizzazione archivio', 'Potenziamento dello sportello', 'Digitalizzazione archivio'],
    ['1 - Potenziamento dello sportello', '2 – Digitalizzazione archivio', 'Potenziamento dello sportello', 'Digitalizzazione archivio'],
    ['1) “Sportello amico”', '2) ARCHIVIO DIGITALE', 'Sportello amico', 'ARCHIVIO DIGITALE'],
  ])('reads %j, %j where each opens a project\'s body', (first, second, title1, title2) => {
    const text = ['PIANO DEI PROGETTI 2016', '', first, ...body(ROWS[0]!), second, ...body(ROWS[1]!), '3) Tributi'.replace('3)', first.replace(/^1(\)|\.| -).*$/, '3$1')), ...body(ROWS[2]!)].join('\n');
    expect(readOf(text)).toEqual([
      [1, title1, 1, ROWS[0]],
      [2, title2, 1, ROWS[1]],
      [3, 'Tributi', 1, ROWS[2]],
    ]);
  });

  it('reads the numbered headings before the first "Progetto" one when they number the projects up to it', () => {
    const text = ['PIANO DEI PROGETTI 2016', '', '1) Potenziamento dello sportello', ...body(ROWS[0]!), 'Progetto n. 2 – Digitalizzazione archivio', ...body(ROWS[1]!)].join('\n');
    expect(readOf(text)).toEqual([
      [1, 'Potenziamento dello sportello', 1, ROWS[0]],
      [2, 'Digitalizzazione archivio', 1, ROWS[1]],
    ]);
    const gap = ['PIANO DEI PROGETTI 2016', '', '1) Potenziamento dello sportello', ...body(ROWS[0]!), 'Progetto n. 3 – Digitalizzazione archivio', ...body(ROWS[1]!)].join('\n');
    expect(readOf(gap).map((p) => p[0])).toEqual([3]);
    // Its rows, in no project, are said unread rather than dropped.
    expect(readPlan(gap).unparsed.map((u) => u.text)).toEqual([ROWS[0]]);
    expect(readPlan(gap).discrepancies.map((d) => [d.rule, d.project])).toContainEqual(["unparsed-line", null]);
  });

  it('takes no numbered condition, numbered list in a description or a condition, nor an index of the projects, for a heading', () => {
    const text = [
      'PIANO DEI PROGETTI 2016',
      'Elenco dei progetti:',
      '1. Potenziamento dello sportello',
      '2. Digitalizzazione archivio',
      '3. Tributi',
      '',
      '1. Potenziamento dello sportello',
      ...body(ROWS[0]!, ['Le attività sono:', '1. Revisione della modulistica.', '', '2. Formazione del personale.'], ['1. Verifica dei tempi.', '', '2. Relazione finale.']),
      '2. Digitalizzazione archivio',
      'Il progetto si svolge in tre fasi.',
      '1. Scansione dei fascicoli.',
      '',
      '2. Indicizzazione.',
      '',
      '3. Conservazione a norma.',
      ...body(ROWS[1]!, [], ['1. Prima verifica.', '', '2. Seconda verifica.', '', '3. Terza verifica.']),
      '3. Tributi',
      'Descrizione del progetto',
      '1) Miglioramento quali-quantitativo dei servizi',
      'Testo.',
      '2) Concreti risultati percepibili',
      'Testo.',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      ROWS[2],
    ].join('\n');
    expect(readOf(text)).toEqual([
      [1, 'Potenziamento dello sportello', 1, ROWS[0]],
      [2, 'Digitalizzazione archivio', 1, ROWS[1]],
      [3, 'Tributi', 1, ROWS[2]],
    ]);
    expect(outline(text).projects[0]!.heading.line).toBe(7);
  });

  it.each([
    ['numbers out of sequence', ['1) Sportello', ...body(ROWS[0]!), '3) Archivio', ...body(ROWS[1]!)]],
    ['a number that does not start at 1', ['2) Sportello', ...body(ROWS[0]!), '3) Archivio', ...body(ROWS[1]!)]],
    ['a heading with no table after it', ['1) Sportello', ...body(ROWS[0]!), '2) Archivio', 'Descrizione del progetto', 'Testo.']],
    ['a project\'s body before the first heading', [...body(ROWS[0]!), '1) Sportello', ...body(ROWS[1]!)]],
    ['two headings numbered alike before a body', ['1) Sportello', ...body(ROWS[0]!), '2) Archivio', 'Testo.', '2) Archivio storico', ...body(ROWS[1]!)]],
    ['a numbered line that carries on a sentence', ['1) Sportello', ...body(ROWS[0]!, [], ['Le risorse sono stanziate come indicato al punto']).slice(0, -1), '2) Bilancio di previsione', ...body(ROWS[1]!)]],
    ['two lines numbered alike before a body: which of the two heads it is not known', ['Premessa:', '1) Sportello', '', '1) Ufficio relazioni con il pubblico', ...body(ROWS[0]!), '2) Archivio', ...body(ROWS[1]!)]],
    ['chapters of a decree, with no project\'s body', ['DECRETO DEL SINDACO N. 14', '1. Premessa', 'Il fondo è costituito.', '2. Dispositivo', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', ROWS[0]!]],
  ])('reads none where the structure does not prove them: %s', (_, lines) => {
    expect(outline(['PIANO 2016', '', ...lines].join('\n')).projects).toEqual([]);
  });

  it('passes over a list of one project before it that names its title', () => {
    const text = ['Progetto presentato:', '1) Sportello unico per le imprese ........ pag. 2', '', '1) Sportello unico', 'per le imprese', ...body(ROWS[0]!)].join('\n');
    expect(readOf(text).map((p) => [...p.slice(0, 3), outline(text).projects[0]!.heading.line])).toEqual([[1, 'Sportello unico per le imprese', 1, 4]]);
  });

  it('reads a title over lines, one of them in a table header\'s words', () => {
    const text = ['1) Sportello legalità per le imprese con le', 'associazioni di categoria', ...body(ROWS[0]!), '2) Archivio', ...body(ROWS[1]!)].join('\n');
    expect(readOf(text).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello legalità per le imprese con le associazioni di categoria', 1], [2, 'Archivio', 1]]);
  });

  it('takes no line numbered with another mark, nor an item ending as a list\'s do, for a heading', () => {
    const text = ['1) Sportello', ...body(ROWS[0]!, [], ['Restano da svolgere:', '', '2. Verifiche finali', '', '2) Relazione conclusiva;']), '2) Archivio', ...body(ROWS[1]!)].join('\n');
    expect(readOf(text)).toEqual([[1, 'Sportello', 1, ROWS[0]], [2, 'Archivio', 1, ROWS[1]]]);
  });

  it('reads them only in a plan that has no heading of another form', () => {
    const text = ['Progetto n. 1 – Sportello', ...body(ROWS[0]!), '2) Archivio', ...body(ROWS[1]!)].join('\n');
    expect(readOf(text).map((p) => p.slice(0, 3))).toEqual([[1, 'Sportello', 2]]);
  });
});

describe('title and year', () => {
  it('passes over a footer and a running header in lower case inside a title broken over a page', () => {
    const footer = 'unioncamere toscana – fondo consortile – c.f. 80012345678';
    const header = 'camera di commercio di lucca – piano dei progetti di miglioramento 2019';
    const text = [
      'Progetto N° 1 - Riorganizzazione dell’archivio camerale e della', '', footer, `\f${header}`, '', 'gestione documentale', '', 'Descrizione del progetto', 'testo.', '', footer,
      `\f${header}`, 'Progetto N° 2 - Sportello unico', '', 'Descrizione del progetto', 'testo.', '', footer, `\f${header}`, 'Prima condizione: (x)', 'testo.',
    ].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Riorganizzazione dell’archivio camerale e della gestione documentale', 'Sportello unico']);
  });

  it('passes over a footer printed once with a protocol number, at the foot of the page a title breaks over', () => {
    const text = [
      'Progetto n. 1 – Sportello unico', '', 'Descrizione del progetto', 'testo.', '',
      'Progetto n. 2 – Ufficio metrico: verificazione periodica degli', '', '', 'CCIAA di Bari – Area Risorse – Prot. 0018822/2022',
      '\fstrumenti di misura fiscali', 'Descrizione del progetto', 'testo.',
    ].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual(['Sportello unico', 'Ufficio metrico: verificazione periodica degli strumenti di misura fiscali']);
  });

  it('keeps a title\'s line that cites a protocol number away from a page\'s edge', () => {
    const text = ['Progetto n. 1 – Attuazione della circolare', 'Prot. 4512/2019 sui controlli', '', 'Descrizione del progetto', 'testo.', '', 'Progetto n. 2 – B', '', 'Descrizione del progetto', 'testo.', 'altro testo.'].join('\n');
    expect(outline(text).projects[0]!.title).toBe('Attuazione della circolare Prot. 4512/2019 sui controlli');
  });

  it('reads a year named over the end of a line under the title ("… – anno" / "2023")', () => {
    const doc = outline('UNIONE DEI COMUNI TERRE DEL SAVIO\nProgetti finalizzati al miglioramento e all’ampliamento dei servizi – anno\n2023\nAi sensi dell’art. 79 del CCNL 16.11.2022.\n\nProgetto n. 1 – A\n');
    expect(doc.year).toBe(2023);
  });

  it('reads the year named over a line\'s end on the plan\'s line, not one a preamble so names', () => {
    const doc = outline('COMUNE DI CONEGLIANO\nRichiamato il piano dei progetti approvato per l’anno\n2022 con deliberazione della Giunta n. 41;\nPIANO DEI PROGETTI DI MIGLIORAMENTO DEI SERVIZI – anno\n2023\n\nProgetto n. 1 – A\n');
    expect(doc.year).toBe(2023);
    const named = outline('Richiamato il piano dei progetti approvato per l’anno\n2022 con deliberazione della Giunta n. 41;\nPIANO DEI PROGETTI DI MIGLIORAMENTO DEI SERVIZI\nAnno 2023\n\nProgetto n. 1 – A\n');
    expect(named.year).toBe(2023);
  });

  it('reads the year a title names with a scan\'s O for a nought ("ANNO 2OO6"), not one the preamble cites', () => {
    const doc = outline('COMUNE DI ODERZO\n\nPROGETTI DI MIGLIORAMENTO DEI SERVIZI - ANNO 2OO6\n\nVisti i risultati dei progetti dell\'anno 2005, si propongono i seguenti.\n\nProgetto n. 1 – A\n');
    expect(doc.year).toBe(2006);
    const noYear = outline('PROGETTI DI MIGLIORAMENTO DEI SERVIZI - ANNO 2OOO8\n\nProgetti dell\'anno 2005.\n\nProgetto n. 1 – A\n');
    expect(noYear.year).toBe(2005);
  });

  it('reads them from the first lines', () => {
    const doc = outline('\n \nPROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2015 \n\nProgetto N° 1 - A\n');
    expect([doc.title, doc.year]).toEqual(['PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2015', 2015]);
  });

  it.each([
    ['COMUNE DI SANT’ELPIDIO AL PIANO\n\nPIANO DEI PROGETTI DI MIGLIORAMENTO DEI SERVIZI 2020', 'PIANO DEI PROGETTI DI MIGLIORAMENTO DEI SERVIZI 2020', 2020],
    ['PROGETTO DI MIGLIORAMENTO DEI SERVIZI\nOFFERTI PER L’ANNO 2016', 'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2016', 2016],
    ['PROGETTI DI MIGLIORAMENTO DEI SERVIZI\n2019\nCOMUNE DI ROCCALTA', 'PROGETTI DI MIGLIORAMENTO DEI SERVIZI 2019', 2019],
    // The contract's date is not the plan's year.
    ['PROGETTI DI MIGLIORAMENTO AI SENSI DELL’ART. 67, COMMA 5, LETT. B) DEL CCNL 21.05.2018 –\nANNO 2019', 'PROGETTI DI MIGLIORAMENTO AI SENSI DELL’ART. 67, COMMA 5, LETT. B) DEL CCNL 21.05.2018 – ANNO 2019', 2019],
    ['PIANO DEI PROGETTI DI MIGLIORAMENTO (ART. 15 C. 5 CCNL 1.4.1999) – ANNO 2009', 'PIANO DEI PROGETTI DI MIGLIORAMENTO (ART. 15 C. 5 CCNL 1.4.1999) – ANNO 2009', 2009],
    // The year named on a line of its own, or in lower case under the body's name.
    ['PIANO DEI PROGETTI DI MIGLIORAMENTO DEI SERVIZI\nEsercizio finanziario 2012', 'PIANO DEI PROGETTI DI MIGLIORAMENTO DEI SERVIZI', 2012],
    ['UNIONE DEI COMUNI DELLA VAL DI SERRA\nProgetti per il miglioramento dei servizi – esercizio 2020', 'UNIONE DEI COMUNI DELLA VAL DI SERRA', 2020],
    ['COMUNE DI ROCCALTA\nProgetti per il miglioramento dei servizi 2021', 'COMUNE DI ROCCALTA', 2021],
    ['COMUNE DI ROCCALTA\nProgetti finanziati con il fondo risorse decentrate 2025', 'COMUNE DI ROCCALTA', 2025],
    // A year the title prints comes before the years a preamble cites; a triennial plan's year is the one named, else its first.
    ['PROGETTI DI MIGLIORAMENTO DEI SERVIZI 2019\nNell’anno 2018 è stato sottoscritto il nuovo CCNL.', 'PROGETTI DI MIGLIORAMENTO DEI SERVIZI 2019', 2019],
    ['PIANO TRIENNALE DEI PROGETTI DI MIGLIORAMENTO 2020-2022\nAggiornamento – annualità 2021', 'PIANO TRIENNALE DEI PROGETTI DI MIGLIORAMENTO 2020-2022', 2021],
    ['PIANO DELLA PERFORMANCE 2020-2022\nPROGETTI DI MIGLIORAMENTO DEI SERVIZI', 'PROGETTI DI MIGLIORAMENTO DEI SERVIZI', 2020],
    ['COMUNE DI PROVA\nPIAO 2025-2027 – Sottosezione Performance', 'COMUNE DI PROVA', 2025],
    // The year in a form's field under a title without one.
    ['PROGETTI DI MIGLIORAMENTO DEI SERVIZI\nAnno: 2021', 'PROGETTI DI MIGLIORAMENTO DEI SERVIZI', 2021],
    ['PROGETTI DI MIGLIORAMENTO DEI SERVIZI\nAnno di riferimento 2019', 'PROGETTI DI MIGLIORAMENTO DEI SERVIZI', 2019],
    ['PROGETTI DI MIGLIORAMENTO DEI SERVIZI\nEsercizio: 2018', 'PROGETTI DI MIGLIORAMENTO DEI SERVIZI', 2018],
    ['PROGETTI DI MIGLIORAMENTO DEI SERVIZI\nPeriodo di riferimento: 01/01/2019 – 31/12/2019', 'PROGETTI DI MIGLIORAMENTO DEI SERVIZI', 2019],
  ])('reads the title that names the plan, over the lines it runs on: %j', (head, title, year) => {
    const doc = outline(`${head}\n\nProgetto N° 1 - A\nDescrizione del progetto\n`);
    expect([doc.title, doc.year]).toEqual([title, year]);
  });
});

describe('the year a preamble names', () => {
  it.each([
    ['Il fondo unico dell’esercizio 2000 ammontava a L. 142.000.000 (€ 73.336,88).\nPer l’esercizio 2001 la Giunta ha deliberato di integrare il fondo con i progetti seguenti.', 2001],
    ['CONSIDERATO che il fondo dell’anno 2008 è stato costituito in € 2.456.300,00;\nRITENUTO di destinare al fondo, per l’esercizio finanziario 2009, le risorse dei progetti;', 2009],
    ['Il fondo dell’anno 2010 è stato costituito con determinazione n. 112.\nIl presente piano, relativo all’anno 2011, propone i seguenti progetti.', 2011],
    ['Nell’anno 2018 è stato sottoscritto il nuovo CCNL.\nSi propongono i progetti per l’anno 2019.', 2019],
  ])('is the one a sentence names that does not look back at what was: %j', (preamble, year) => {
    expect(outline(`PROGETTI DI MIGLIORAMENTO DEI SERVIZI\n\n${preamble}\n\nProgetto n. 1 – A\nDescrizione del progetto\n`).year).toBe(year);
  });

  it('is the first named where no sentence looks back, or every one does', () => {
    expect(outline('PROGETTI DI MIGLIORAMENTO DEI SERVIZI\n\nProgetti per l’anno 2019, da liquidare nell’anno 2020.\n\nProgetto n. 1 – A\n').year).toBe(2019);
    expect(outline('PROGETTI DI MIGLIORAMENTO DEI SERVIZI\n\nIl fondo dell’anno 2010 è stato costituito in € 512.300,00.\n\nProgetto n. 1 – A\n').year).toBe(2010);
  });
});

describe('the year of a resolution that approves the plan', () => {
  const resolution = (date: string, subject: string) =>
    ['COMUNE DI CASTELVERDE', '', 'DELIBERAZIONE DELLA GIUNTA COMUNALE', `N. 45 DEL ${date}`, '', `OGGETTO: ${subject}`, '', 'Premesso che:',
      '- con deliberazione n. 112 del 28/12/2010 è stato approvato il piano esecutivo di gestione', '  dell’esercizio 2010, i cui obiettivi sono stati raggiunti;', '', 'Progetto n. 1', 'Descrizione del progetto'].join('\n');

  it('is the act\'s date\'s, not a year its premises name, where no line naming the plan names one', () => {
    expect(outline(resolution('12/04/2011', 'APPROVAZIONE DEI PROGETTI DI MIGLIORAMENTO DEI SERVIZI')).year).toBe(2011);
  });

  it('gives way to the year a line naming the plan names: a plan for next year approved in December', () => {
    expect(outline(resolution('14/12/2023', 'Approvazione dei progetti di miglioramento dei servizi per l’anno 2024')).year).toBe(2024);
  });
});

describe('page furniture in a plan\'s text without form feeds', () => {
  it('leaves a page\'s number out of a title, and its running header out of a declared sentence', () => {
    const text = [
      'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2013',
      '',
      'Progetto N° 1 - Armonizzazione dei',
      '8',
      'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2013',
      'regolamenti delle due sedi',
      'Descrizione del progetto',
      'Quinta condizione: (risorse)',
      'Tenuto conto del valore del progetto, si intende alimentare il Fondo Salario Accessorio di €',
      'Pag. 1',
      'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2013',
      '2.017,20, quale sommatoria delle risultanze di cui a seguire:',
      'Pag. 2',
      'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2013',
      'Progetto N° 2 - Archivio',
    ].join('\n');
    const [first] = outline(text).projects;
    expect(first!.title).toBe('Armonizzazione dei regolamenti delle due sedi');
    expect(first!.declared.map((d) => d.amount.text)).toEqual(['2017.20']);
    // A number of the title's own on a line of its own, no page's edge or running header beside it.
    const own = outline('Progetto N° 1 - Celebrazioni per i\n150\nanni di attività della Camera\nDescrizione del progetto\n').projects[0]!;
    expect(own.title).toBe('Celebrazioni per i 150 anni di attività della Camera');
    // Set apart by the blank lines a page's end leaves, it is the page's.
    const paged = outline('Progetto N° 1 - Revisione delle posizioni e cancellazione\n\n\n1\n\nd’ufficio delle imprese\nDescrizione del progetto\n').projects[0]!;
    expect(paged.title).toBe('Revisione delle posizioni e cancellazione d’ufficio delle imprese');
  });

  it('finds a page\'s end by its numbered footer where the text has form feeds at other page breaks only', () => {
    const header = 'CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA DI FERRARA';
    const text = [
      'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2012',
      '',
      'Progetto N° 1 – Revisione della modulistica',
      '',
      'Piano dei progetti di miglioramento dei servizi 2012 – pag. 1',
      '\f',
      header,
      '',
      'Progetto N° 2 – Sportello telematico',
      'Quinta condizione: (risorse quantificate con criteri trasparenti e ragionevoli)',
      'Tenuto conto del valore innovativo del progetto si intende alimentare l\'art. 15, comma 5 del',
      'Fondo Salario Accessorio di €',
      '',
      'Piano dei progetti di miglioramento dei servizi 2012 – pag. 2',
      '',
      header,
      '1.766,60, quale sommatoria delle risultanze di cui a seguire:',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
    ].join('\n');
    expect(outline(text).projects[1]!.declared.map((d) => d.amount.text)).toEqual(['1766.60']);
  });

  it('goes on with a title left open onto a line printed elsewhere too (two projects of one title)', () => {
    const project = (n: number) => [`PROGETTO ${n}. IMPLEMENTAZIONE DI INDAGINI STATISTICHE PER`, 'IL MONITORAGGIO DELL’ECONOMIA LOCALE', '', 'Descrizione del progetto.'];
    const text = ['PIANO 2015', '', ...project(1), ...project(2), ...project(3)].join('\n');
    expect(outline(text).projects.map((p) => p.title)).toEqual(Array(3).fill('IMPLEMENTAZIONE DI INDAGINI STATISTICHE PER IL MONITORAGGIO DELL’ECONOMIA LOCALE'));
  });

  const project = (heading: string, ...prose: string[]) => [heading, 'Descrizione del progetto', ...prose, 'Prima condizione: (miglioramento)', 'Testo.', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', 'D3 20,30 100 2030,00 20 406,00'];
  it.each([
    ['written otherwise', ['Progetto europeo n. 2 – COSME “Turismo alpino sostenibile”.']],
    ['in lower case, its number printed again later', ['progetto n. 2 – Sportello unico regionale, concluso nel 2014.']],
    ['with an aside, its number printed again later', ['Progetto n. 2 (già progetto n. 5 del 2013) – Sportello unico regionale.']],
    ['out of sequence, in a list', ['Progetto n. 3 (anno 2014) – Sportello digitale;', 'Progetto n. 2 (anno 2015) – Fascicolo elettronico.']],
  ])('reads a heading in a project\'s description before its conditions and table, %s, as prose', (_, prose) => {
    const text = ['PIANO 2016', ...project('Progetto n. 1 – SUAP', 'Il progetto si collega alle iniziative precedenti:', ...prose), ...project('Progetto n. 2 – Archivio')].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title, p.tables.length])).toEqual([
      [1, 'SUAP', 1],
      [2, 'Archivio', 1],
    ]);
  });

  it('opens a project after one without conditions or table, where its heading is written as the one before and numbered next', () => {
    const text = ['PIANO 2016', 'Progetto n. 1 – SUAP', 'Descrizione del progetto', 'Testo.', ...project('Progetto n. 2 – Archivio')].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.tables.length])).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  it('reads actions listed in a preamble, and a title with a run of dots, as no index\'s entries nor headings of their own', () => {
    const body = (row: string) => ['Descrizione del progetto', 'Quinta condizione: (risorse)', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', row];
    const text = [
      'PIANO 2019',
      'Azione n. 1 – Digitalizzazione dei servizi',
      'Azione n. 2 – Semplificazione',
      'Azione n. 3 – Trasparenza',
      'Progetto n. 1 – Sportello',
      ...body('D3 20,30 100 2030,00 20 406,00'),
      'Progetto n. 2 – Meno code, più servizi .......... anche on line',
      ...body('C1 16,05 120 1926,00 20 385,20'),
    ].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.title, p.tables.length])).toEqual([
      [1, 'Sportello', 1],
      [2, 'Meno code, più servizi .......... anche on line', 1],
    ]);
  });
});

describe('conditions', () => {
  it('reads a heading one word a line (mutool\'s text of a justified line), its name in brackets over lines and a blank one', () => {
    const text = [
      'Progetto n. 1 – Sportello', '', 'Prima condizione: (miglioramento quali-quantitativo dei servizi)', '', 'Testo uno.', '',
      'Seconda ', 'condizione: ', '(concreti ', 'risultati, ', 'risparmi ', 'e/o ', 'benefici ', 'percepibili', '', 'dall’utenza esterna o interna)', '', 'Testo due.', '',
      'Terza ', 'condizione: ', 'Testo tre.',
    ].join('\n');
    const conditions = outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text]);
    expect(conditions).toEqual([
      [1, 'miglioramento quali-quantitativo dei servizi', 'Testo uno.'],
      [2, 'concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna', 'Testo due.'],
      [3, '', 'Testo tre.'],
    ]);
  });

  it('reads no heading from an ordinal alone that a line not starting with "condizione" follows', () => {
    const text = ['Progetto n. 1 – Sportello', '', 'Prima condizione: (x)', 'La fase', 'seconda', 'riguarda il personale.'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.text])).toEqual([[1, 'La fase seconda riguarda il personale.']]);
  });
  const inProse = [
    'Il progetto soddisfa le condizioni previste dalla normativa contrattuale, in quanto: 1)',
    'miglioramento quali-quantitativo dei servizi: si amplia l’orario di apertura; 2) concreti risultati, risparmi e/o',
    'benefici percepibili dall’utenza esterna o interna: i cittadini presentano le istanze in via telematica; 3) risultati',
    'verificabili attraverso standard, indicatori e/o attraverso i giudizi espressi dall’utenza: report trimestrali; 4)',
    'risultati difficili, sfidanti, che possono essere conseguiti attraverso un ruolo attivo e determinante del personale interno: il personale riorganizza il lavoro; 5) risorse quantificate con',
    'criteri trasparenti e ragionevoli: ore aggiuntive per il costo orario; 6) risorse rese disponibili solo a consuntivo,',
    'dopo aver accertato i risultati: liquidazione dopo la relazione finale; 7) risorse previste nel bilancio annuale: la spesa è in bilancio.',
  ];

  it('reads the seven conditions written as numbered items of one paragraph, over a page\'s break', () => {
    const page = (n: number) => ['', `Unione dei Comuni – Progetti 2022 pag. ${n} di 3`, ''];
    const text = [
      'Progetto n. 1 – Sportello telematico', ...page(1), 'Condizioni', '', ...inProse.slice(0, 4), ...page(2), ...inProse.slice(4), '',
      'Progetto n. 2 – Archivio', ...page(2), 'Condizioni', '', ...inProse, ...page(3),
    ].join('\n');
    for (const project of outline(text).projects) {
      expect(project.conditions.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(project.conditions[0]).toMatchObject({ heading: 'miglioramento quali-quantitativo dei servizi', text: 'si amplia l’orario di apertura' });
      expect(project.conditions[6]).toMatchObject({ heading: 'risorse previste nel bilancio annuale', text: 'la spesa è in bilancio.' });
    }
    expect(outline(text).projects[0]!.conditions[4]!.text).toBe('ore aggiuntive per il costo orario');
  });

  it('reads the paragraph\'s items where a wrapped line of it starts with an item\'s mark, not that line as a heading', () => {
    const wrapped = [
      'Il progetto soddisfa le condizioni previste, in quanto: 1) miglioramento quali-quantitativo dei servizi: più aperture;',
      '2) concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna: i',
      'cittadini presentano le istanze on line; 3) risultati verificabili attraverso standard: report; 4) risultati difficili,',
      'sfidanti: il personale si riorganizza; 5) risorse quantificate con criteri trasparenti: ore per costo orario; 6) risorse',
      'rese disponibili solo a consuntivo: dopo la relazione; 7) risorse previste nel bilancio annuale: la spesa è in bilancio.',
    ];
    const text = ['Progetto n. 1 – Sportello telematico', '', 'Condizioni', '', ...wrapped].join('\n');
    const conditions = outline(text).projects[0]!.conditions;
    expect(conditions.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(conditions[1]).toMatchObject({ heading: 'concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna', text: 'i cittadini presentano le istanze on line' });
    // Headings of their own lines, and a paragraph of items elsewhere in the project: the headings are read.
    const headed = ['Progetto n. 1 – Sportello telematico', 'Prima condizione: (miglioramento)', 'testo uno', '', 'Seconda condizione: (risultati)', 'testo due', '', ...wrapped].join('\n');
    expect(outline(headed).projects[0]!.conditions.map((c) => [c.ordinal, c.heading])).toEqual([
      [1, 'miglioramento'],
      [2, 'risultati'],
    ]);
  });

  it('reads the conditions after a staff table, not the description\'s numbered objectives before it, where no blank line parts them', () => {
    const text = [
      'Progetto n. 1 – Trasporto scolastico',
      'Descrizione',
      'Gli obiettivi del progetto sono: 1) miglioramento quali-quantitativo del servizio di trasporto; 2) concreti risultati in termini di riduzione dei reclami; 3) risultati verificabili attraverso i giudizi delle famiglie.',
      'Risorse aggiuntive: € 529,20',
      'Categoria   Costo orario   Ore   Prodotto   %   Risultato',
      'C1   17,64   150   2.646,00   20   529,20',
      'Totale € 529,20',
      'Condizioni',
      ...inProse,
    ].join('\n');
    const conditions = outline(text).projects[0]!.conditions;
    expect(conditions.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(conditions[0]).toMatchObject({ heading: 'miglioramento quali-quantitativo dei servizi', text: 'si amplia l’orario di apertura' });
    // Look-alike: the same paragraph of conditions with no table before it still reads as one.
    const plain = ['Progetto n. 1 – Trasporto scolastico', 'Condizioni', ...inProse].join('\n');
    expect(outline(plain).projects[0]!.conditions.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Look-alike: a wrapped line of the paragraph mostly of header words ("orario di ciascuna posizione") ends nothing.
    const wrapped = [...inProse.slice(0, 5), 'orario di ciascuna posizione', 'economica per le ore dedicate al progetto;', ...inProse.slice(5)];
    const prose = ['Progetto n. 1 – Trasporto scolastico', 'Condizioni', ...wrapped].join('\n');
    expect(outline(prose).projects[0]!.conditions.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([
    ['lettered', (n: number) => `${'abcdefg'[n - 1]})`],
    ['numbered with a full stop', (n: number) => `${n}.`],
    ['numbered with a dash', (n: number) => `${n} -`],
  ])('reads the seven conditions as items of one paragraph, %s', (_, mark) => {
    const names = ['miglioramento quali-quantitativo dei servizi', 'concreti risultati percepibili', 'risultati verificabili', 'risultati difficili', 'risorse quantificate', 'risorse rese disponibili a consuntivo', 'risorse previste nel bilancio annuale'];
    const items = names.map((name, k) => `${mark(k + 1)} ${name}: testo ${k + 1}`).join('; ');
    const text = ['Progetto n. 1 – Sportello', '', `Il progetto risponde alle condizioni di cui all’art. 67, comma 5, lett. b) del CCNL, e cioè: ${items}.`].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual(names.map((name, k) => [k + 1, name, k === 6 ? 'testo 7.' : `testo ${k + 1}`]));
  });

  it('reads no condition from items of a paragraph marked in two ways, nor from numbered items that name none', () => {
    const mixed = 'in quanto: a) miglioramento quali-quantitativo dei servizi: uno; 2) concreti risultati: due; c) risultati verificabili: tre; 4) risultati difficili: quattro; e) risorse quantificate: cinque; 6) risorse rese disponibili: sei; g) risorse previste: sette.';
    const unnamed = 'Fasi: 1. analisi dei dati; 2. formazione; 3. avvio; 4. verifica; 5. relazione; 6. liquidazione; 7. chiusura.';
    for (const paragraph of [mixed, unnamed]) expect(outline(['Progetto n. 1 – Sportello', '', paragraph].join('\n')).projects[0]!.conditions).toEqual([]);
  });

  it('reads no condition from prose whose numbered items are not most of the seven', () => {
    const text = ['Progetto n. 1 – Sportello telematico', '', 'Il progetto prevede: 1) miglioramento quali-quantitativo dei servizi: più aperture; 2) un corso di formazione.'].join('\n');
    expect(outline(text).projects[0]!.conditions).toEqual([]);
  });

  it('takes no prose that cites a paragraph for a condition heading under an outline number', () => {
    const text = [
      'Progetto N° 1 - A',
      'Prima condizione: (miglioramento)',
      'Il servizio sarà reso in tempi più brevi, come già indicato al paragrafo',
      '2.3 prima condizione di efficacia del progetto, e con maggiore qualità.',
      '1.2 Seconda condizione del regolamento approvato nel 2018, e così via.',
      'Seconda condizione: (concreti risultati)',
      'testo due',
    ].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.text])).toEqual([
      [1, 'Il servizio sarà reso in tempi più brevi, come già indicato al paragrafo 2.3 prima condizione di efficacia del progetto, e con maggiore qualità. 1.2 Seconda condizione del regolamento approvato nel 2018, e così via.'],
      [2, 'testo due'],
    ]);
  });

  it('reads a condition in a bulleted list in lower case before its name in brackets', () => {
    const text = ['Progetto N° 1 - A', '- prima condizione: (miglioramento quali-quantitativo dei servizi)', 'testo uno', '- seconda condizione (concreti risultati)', 'testo due', '- terza condizione per l’accesso è la verifica.'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.text])).toEqual([
      [1, 'testo uno'],
      [2, 'testo due - terza condizione per l’accesso è la verifica.'],
    ]);
  });

  it('reads condition headings under a section\'s outline number ("8.2.1 Prima condizione – …")', () => {
    const text = ['PROGETTO N. 8 – A', '8.1 Descrizione del progetto', 'testo', '8.2 Rispondenza alle condizioni', '8.2.1 Prima condizione – miglioramento quali-quantitativo', 'testo uno', '8.2.2 Seconda condizione (concreti risultati)', 'testo due'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [1, 'miglioramento quali-quantitativo', 'testo uno'],
      [2, 'concreti risultati', 'testo due'],
    ]);
  });

  it('reads the seven conditions in their forms, a heading over two lines, and a repeated heading', () => {
    const text = [
      'Progetto N° 1 - A',
      'Prima condizione: (miglioramento quali-quantitativo dei servizi)',
      'testo uno',
      'Seconda condizione: (concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o',
      'interna)',
      'testo due',
      'Terza condizione risultati verificabili',
      'testo tre',
      'Quarta condizione',
      'testo quattro',
      'Quinta condizione: risorse quantificate con criteri trasparenti e ragionevoli',
      'testo cinque',
      'Quinta condizione',
      'ancora cinque',
      'Sesta condizione: (risorse rese disponibili solo a consuntivo',
      '',
      'testo sei',
      '7^ condizione: (risorse previste nel bilancio annuale)',
      'testo sette',
    ].join('\n');
    const [project] = outline(text).projects;
    expect(project!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [1, 'miglioramento quali-quantitativo dei servizi', 'testo uno'],
      [2, 'concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna', 'testo due'],
      [3, 'risultati verificabili', 'testo tre'],
      [4, '', 'testo quattro'],
      [5, 'risorse quantificate con criteri trasparenti e ragionevoli', 'testo cinque ancora cinque'],
      [6, 'risorse rese disponibili solo a consuntivo', 'testo sei'],
      [7, 'risorse previste nel bilancio annuale', 'testo sette'],
    ]);
  });

  it('reads conditions in a lettered or bulleted list, but not a list in prose that names one', () => {
    const text = ['Progetto N° 1 - A', 'a. Prima condizione: (miglioramento)', 'testo uno', '• prima condizione per l’accesso è la registrazione;', 'b) Seconda condizione: (risultati)', 'testo due', '- Quinta condizione del bando regionale: rispettata.', '• Terza condizione', 'testo tre'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.text])).toEqual([
      [1, 'testo uno • prima condizione per l’accesso è la registrazione;'],
      [2, 'testo due - Quinta condizione del bando regionale: rispettata.'],
      [3, 'testo tre'],
    ]);
  });

  it.each([
    ['\uf0b7', 'a symbol font’s bullet, as Word’s lists come out of their PDFs'],
    ['\uf0a7', 'a Wingdings square'],
    ['\uf0d8', 'a Wingdings arrowhead'],
    ['\uf076', 'a Wingdings diamond'],
    ['➢', 'an arrowhead'],
    ['►', 'a pointer'],
    ['→', 'an arrow'],
    ['✓', 'a check mark'],
    ['❖', 'a diamond'],
    ['■', 'a square'],
    ['*', 'an asterisk'],
    ['o', 'a second level’s bullet'],
  ])('reads conditions bulleted with "%s" (%s), and a list in prose so bulleted as text', (bullet) => {
    const text = ['Progetto N° 1 - A', `${bullet} Prima condizione: (miglioramento quali-quantitativo dei servizi)`, 'testo uno', `${bullet} prima condizione per l’accesso è la registrazione;`, `${bullet}\tSeconda condizione: (concreti risultati)`, 'testo due'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [1, 'miglioramento quali-quantitativo dei servizi', `testo uno ${bullet} prima condizione per l’accesso è la registrazione;`],
      [2, 'concreti risultati', 'testo due'],
    ]);
  });

  it('reads no bullet in a word’s first letter: "oPrima condizione" is none', () => {
    expect(readConditionHeading('oPrima condizione: (miglioramento quali-quantitativo dei servizi)')).toBeNull();
  });

  it('reads a condition\'s text that starts on its heading\'s line: after the brackets, after a colon, after a tab', () => {
    const text = [
      'Progetto N° 1 - A',
      'Prima condizione: (miglioramento dei servizi) Il progetto riduce i tempi.',
      'Seconda condizione: (concreti risultati,',
      'benefici percepibili) – I benefici sono percepibili.',
      '3) Risultati verificabili attraverso standard: I risultati saranno verificati.',
      '4. Risultati difficili e sfidanti\tIl risultato richiede impegno.',
      'Quinta condizione: risorse quantificate',
      'testo cinque',
    ].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [1, 'miglioramento dei servizi', 'Il progetto riduce i tempi.'],
      [2, 'concreti risultati, benefici percepibili', 'I benefici sono percepibili.'],
      [3, 'Risultati verificabili attraverso standard', 'I risultati saranno verificati.'],
      [4, 'Risultati difficili e sfidanti', 'Il risultato richiede impegno.'],
      [5, 'risorse quantificate', 'testo cinque'],
    ]);
  });

  it('reads a condition\'s text in a column of its own after the heading, with or without the name in a column between', () => {
    const text = [
      'Progetto N° 1 - A',
      'Prima condizione          Il progetto consente di ridurre i tempi medi di risposta',
      'Seconda condizione\tconcreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna\tGli utenti potranno presentare le istanze.',
      // The name in the column after the heading, the text below: the name is the heading.
      'Terza condizione          risultati verificabili attraverso standard',
      'Gli indicatori sono i tempi.',
    ].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [1, '', 'Il progetto consente di ridurre i tempi medi di risposta'],
      [2, 'concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna', 'Gli utenti potranno presentare le istanze.'],
      [3, 'risultati verificabili attraverso standard', 'Gli indicatori sono i tempi.'],
    ]);
  });

  it('reads the heading up to the colon after a condition\'s own name, and up to the end of its sentence', () => {
    const text = [
      'Progetto N° 1 - A',
      '1) miglioramento quali-quantitativo dei servizi: il progetto consente di innalzare lo standard;',
      '2) concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna: i benefici saranno percepibili.',
      'Terza condizione: verificabilità: indicatori trimestrali',
      'Quarta condizione – risultati difficili, sfidanti. I risultati richiedono un ruolo attivo del personale.',
      'Quinta condizione – rispetto dell’art. 67 del CCNL',
      'testo cinque',
      'Sesta condizione – risorse verificate dal dr. Rossi (a consuntivo). Le risorse sono erogate a consuntivo.',
      'Settima condizione – risorse previste nel bilancio annuale. Le risorse sono previste nel bilancio di previsione.',
    ].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [1, 'miglioramento quali-quantitativo dei servizi', 'il progetto consente di innalzare lo standard;'],
      [2, 'concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna', 'i benefici saranno percepibili.'],
      // Not the condition's own name: a colon before small letters is the heading's.
      [3, 'verificabilità: indicatori trimestrali', ''],
      [4, 'risultati difficili, sfidanti', 'I risultati richiedono un ruolo attivo del personale.'],
      [5, 'rispetto dell’art. 67 del CCNL', 'testo cinque'],
      // A stop after a title of two letters ends no sentence; after a bracket it does.
      [6, 'risorse verificate dal dr. Rossi (a consuntivo)', 'Le risorse sono erogate a consuntivo.'],
      [7, 'risorse previste nel bilancio annuale', 'Le risorse sono previste nel bilancio di previsione.'],
    ]);
  });

  it('leaves a page\'s footer and the running header after it out of a condition\'s text, not a sentence that names a page or goes on', () => {
    const project = (n: number) => [
      `Progetto n. ${n} – Servizio ${n}`,
      'Prima condizione: (miglioramento quali-quantitativo dei servizi)',
      'Il servizio migliora.',
      '',
      `Comune di Selvazzano – pag. ${2 * n - 1} di 4`,
      '',
      'Le risorse saranno rese disponibili solo a consuntivo, previo accertamento del grado di',
      'raggiungimento degli obiettivi.',
      'Settima condizione: (risorse previste nel bilancio annuale)',
      n === 1 ? 'Vedi bilancio di previsione 2018, pagina 4' : 'In bilancio.',
      '',
      `- ${2 * n} -`,
      'Unione dei Comuni – Progetti 2024',
      '',
    ];
    const conditions = outline([...project(1), ...project(2)].join('\n')).projects.map((p) => p.conditions.map((c) => c.text));
    expect(conditions).toEqual([
      ['Il servizio migliora. Le risorse saranno rese disponibili solo a consuntivo, previo accertamento del grado di raggiungimento degli obiettivi.', 'Vedi bilancio di previsione 2018, pagina 4'],
      ['Il servizio migliora. Le risorse saranno rese disponibili solo a consuntivo, previo accertamento del grado di raggiungimento degli obiettivi.', 'In bilancio.'],
    ]);
  });

  it('leaves out of a condition\'s text a running header at every page\'s top, where a sentence broken over the page goes on after it', () => {
    const header = 'COMUNE DI POGGIO ALTO – Settore Risorse Umane';
    const footer = (page: number) => `Comune di Poggio Alto – Piano 2021 – Pag. ${page} di 3`;
    const project = (n: number, pageBreak: string[]) => [
      `Progetto n. ${n} – Servizio ${n}`,
      'Prima condizione: (miglioramento quali-quantitativo dei servizi)',
      'Gli indicatori sono: il numero di controlli eseguiti sui posteggi, il numero di concessioni',
      ...pageBreak,
      'verificate e il giudizio degli operatori.',
      'Settima condizione: (risorse previste nel bilancio annuale)',
      'In bilancio.',
    ];
    const pages = (breaks: boolean) => [header, '', ...project(1, ['', footer(1), `${breaks ? '\f' : ''}${header}`, '']), ...project(2, ['', footer(2), `${breaks ? '\f' : ''}${header}`, '']), '', footer(3)];
    const texts = (breaks: boolean) => outline(pages(breaks).join('\n')).projects.map((p) => p.conditions[0]!.text);
    const sentence = 'Gli indicatori sono: il numero di controlli eseguiti sui posteggi, il numero di concessioni verificate e il giudizio degli operatori.';
    expect(texts(true)).toEqual([sentence, sentence]);
    // Without the pages marked, a line a sentence goes on after may be the sentence's: kept.
    expect(texts(false)).toEqual([sentence.replace('concessioni ', `concessioni ${header} `), sentence.replace('concessioni ', `concessioni ${header} `)]);
  });

  it('reads the seven conditions named by their ordinals inside sentences, their names in brackets, only when all seven are in order', () => {
    const names = ['miglioramento quali-quantitativo dei servizi', 'concreti risultati', 'risultati verificabili attraverso standard, indicatori e/o attraverso i giudizi espressi dall’utenza', 'risultati difficili', 'risorse quantificate', 'risorse rese disponibili', 'risorse previste nel bilancio annuale'];
    const ordinals = ['prima', 'seconda', 'terza', 'quarta', 'quinta', 'sesta', 'settima'];
    const leads = ['Quanto alla', 'In relazione alla', 'Con riferimento alla', 'Quanto alla', 'Per la', 'In merito alla', 'Infine, per la'];
    const sentences = names.map((name, k) => `${leads[k]} ${ordinals[k]} condizione (${name}), il progetto risponde ${k + 1}.`);
    // The third's name over two lines; the fifth's text followed by a table.
    const wrapAt = sentences[2]!.indexOf(' standard');
    const body = [...sentences.slice(0, 2), sentences[2]!.slice(0, wrapAt), sentences[2]!.slice(wrapAt + 1), sentences[3]!, sentences[4]!, 'Personale Costo orario Ore', 'C1 17,64 100 1.764,00 20 352,80', ...sentences.slice(5)];
    const text = ['Progetto n. 1 – Sportello', 'Il progetto risponde alle condizioni, come di seguito illustrato.', ...body].join('\n');
    const conditions = outline(text).projects[0]!.conditions;
    expect(conditions.map((c) => [c.ordinal, c.heading])).toEqual(names.map((name, k) => [k + 1, name]));
    expect(conditions[0]!.text).toBe('il progetto risponde 1.');
    expect(conditions[4]!.text).toBe('il progetto risponde 5. Personale Costo orario Ore C1 17,64 100 1.764,00 20 352,80');
    expect(conditions[6]!.text).toBe('il progetto risponde 7.');
    const sixOnly = ['Progetto n. 1 – Sportello', ...sentences.slice(0, 3), ...sentences.slice(4)].join('\n');
    expect(outline(sixOnly).projects[0]!.conditions).toEqual([]);
  });

  it('reads conditions lettered in a list or named "Requisito", by their own names only', () => {
    const text = [
      'Progetto N° 1 - A',
      'a) miglioramento quali-quantitativo dei servizi',
      'testo uno',
      'b) un elenco in prosa che non ne nomina alcuna',
      'Requisito n. 3: (risultati verificabili attraverso standard)',
      'testo tre',
      'Criterio 4 – risultati difficili e sfidanti',
      'testo quattro',
      'Requisito n. 5: la firma del dirigente',
      'Condizione 6/7 – risorse disponibili a consuntivo',
      'testo sei',
    ].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.text])).toEqual([
      [1, 'testo uno b) un elenco in prosa che non ne nomina alcuna'],
      [3, 'testo tre'],
      [4, 'testo quattro Requisito n. 5: la firma del dirigente'],
      [6, 'testo sei'],
    ]);
  });

  it('reads conditions numbered in Roman numerals, before or after the word, and ordinals after it', () => {
    const text = ['Progetto N° 1 - A', 'CONDIZIONE I – MIGLIORAMENTO DEI SERVIZI', 'testo uno', 'Condizione II: (risultati)', 'testo due', 'III condizione – risultati verificabili', 'testo tre', 'IV^ condizione: (sfidanti)', 'testo quattro', 'Condizione quinta: risorse quantificate', 'testo cinque', 'Condizione vincolante è la verifica.', 'i condizione della prova'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [1, 'MIGLIORAMENTO DEI SERVIZI', 'testo uno'],
      [2, 'risultati', 'testo due'],
      [3, 'risultati verificabili', 'testo tre'],
      [4, 'sfidanti', 'testo quattro'],
      [5, 'risorse quantificate', 'testo cinque Condizione vincolante è la verifica. i condizione della prova'],
    ]);
  });

  it('reads no heading in prose that names a condition: small letters, "v." for "see", a sentence carried on', () => {
    const text = ['Progetto N° 1 - A', 'Prima condizione: (miglioramento)', 'Il rispetto dei tempi è la', 'condizione prima – ma non sufficiente – per un servizio;', 'Terza condizione: (verificabili)', 'posto come', 'condizione v. il regolamento, art. 4.', 'Sesta condizione: (consuntivo)', 'erogate solo al verificarsi della', 'CONDIZIONE I – ossia la validazione della relazione.', 'Settima condizione'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.text])).toEqual([
      [1, 'Il rispetto dei tempi è la condizione prima – ma non sufficiente – per un servizio;'],
      [3, 'posto come condizione v. il regolamento, art. 4.'],
      [6, 'erogate solo al verificarsi della CONDIZIONE I – ossia la validazione della relazione.'],
      [7, ''],
    ]);
  });

  it('reads a condition heading with its name in brackets even after a line ending on a preposition', () => {
    const text = ['Progetto N° 1 - A', 'Il progetto soddisfa le condizioni richieste dalla', 'Prima condizione: (miglioramento quali-quantitativo dei servizi)', 'testo uno'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.text])).toEqual([[1, 'testo uno']]);
  });

  it('reads conditions numbered after the word, and numbered lines that carry a condition\'s own name', () => {
    const text = [
      'Progetto N° 1 - A',
      '1) Miglioramento quali-quantitativo dei servizi',
      'testo uno',
      'Condizione n. 2 – concreti risultati percepibili',
      'testo due',
      'III. RISULTATI VERIFICABILI ATTRAVERSO STANDARD',
      'testo tre',
      'Condizione 4: (risultati sfidanti)',
      'testo quattro',
      '5) Risultati attesi: tempi ridotti',
      'la condizione n. 5 del contratto resta valida',
      '6. SESTA CONDIZIONE (risorse rese disponibili solo a consuntivo)',
      'testo sei',
      '6) Risorse disponibili a consuntivo',
      'ancora sei',
    ].join('\n');
    const [project] = outline(text).projects;
    expect(project!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [1, 'Miglioramento quali-quantitativo dei servizi', 'testo uno'],
      [2, 'concreti risultati percepibili', 'testo due'],
      [3, 'RISULTATI VERIFICABILI ATTRAVERSO STANDARD', 'testo tre'],
      [4, 'risultati sfidanti', 'testo quattro 5) Risultati attesi: tempi ridotti la condizione n. 5 del contratto resta valida'],
      [6, 'risorse rese disponibili solo a consuntivo', 'testo sei ancora sei'],
    ]);
  });
});

describe('condition headings numbered with the name in brackets', () => {
  it.each([
    ['Condizione 1 (miglioramento quali-quantitativo dei servizi)', 1, 'miglioramento quali-quantitativo dei servizi'],
    ['CONDIZIONE 3 (risultati verificabili attraverso standard)', 3, 'risultati verificabili attraverso standard'],
    ['(2) concreti risultati, risparmi e/o benefici percepibili dall’utenza:', 2, 'concreti risultati, risparmi e/o benefici percepibili dall’utenza'],
    ['(7) Risorse previste nel bilancio annuale', 7, 'Risorse previste nel bilancio annuale'],
    ['Condizione 1^ – miglioramento quali-quantitativo dei servizi', 1, 'miglioramento quali-quantitativo dei servizi'],
    ['Condizione 5ª: risorse quantificate con criteri trasparenti', 5, 'risorse quantificate con criteri trasparenti'],
  ])('reads %j as condition %i', (line, ordinal, heading) => {
    expect([readConditionHeading(line)?.ordinal, readConditionHeading(line)?.rest.replace(/^\(|[):]+$/g, '')]).toEqual([ordinal, heading]);
  });

  it.each([['(1) per i dipendenti di categoria D'], ['Condizione 8 (non prevista)']])('reads %j as no condition', (line) => {
    expect(readConditionHeading(line)).toBeNull();
  });
});

describe('condition headings numbered in a table\'s column, without a mark', () => {
  it.each([
    ['1 Miglioramento quali-quantitativo dei X', 1],
    ['3 Risultati verificabili attraverso X', 3],
    ['7 Risorse previste nel bilancio X', 7],
  ])('reads %j as condition %i: a number and a space, then its own name', (line, ordinal) => {
    expect(readConditionHeading(line)?.ordinal).toBe(ordinal);
  });

  it.each([['2 Miglioramento quali-quantitativo dei servizi'], ['3 risorse previste nel bilancio'], ['1Miglioramento quali-quantitativo'], ['vi risorse disponibili']])(
    'reads %j as no condition: another number\'s name, no space, or a Roman numeral without its mark',
    (line) => {
      expect(readConditionHeading(line)).toBeNull();
    },
  );
});

describe('condition headings by their own names alone', () => {
  const NAMES = [
    'MIGLIORAMENTO QUALI-QUANTITATIVO DEI SERVIZI',
    "CONCRETI RISULTATI, RISPARMI E/O BENEFICI PERCEPIBILI DALL'UTENZA ESTERNA O INTERNA",
    "RISULTATI VERIFICABILI ATTRAVERSO STANDARD, INDICATORI E/O ATTRAVERSO I GIUDIZI ESPRESSI DALL'UTENZA",
    'RISULTATI DIFFICILI, SFIDANTI, CHE POSSONO ESSERE CONSEGUITI ATTRAVERSO UN RUOLO ATTIVO E DETERMINANTE DEL PERSONALE INTERNO',
    'RISORSE QUANTIFICATE CON CRITERI TRASPARENTI E RAGIONEVOLI',
    'RISORSE RESE DISPONIBILI SOLO A CONSUNTIVO, DOPO AVER ACCERTATO I RISULTATI',
    'Risorse previste nel bilancio annuale:',
  ];

  it('reads a line that is a condition\'s whole name as its heading, the lines after as its text', () => {
    const text = ['Progetto n. 1 – Sportello telematico', 'Il progetto risponde alle seguenti condizioni:', ...NAMES.flatMap((name, k) => [name, '', `testo ${k + 1}.`, ''])].join('\n');
    const conditions = outline(text).projects[0]!.conditions;
    expect(conditions.map((c) => [c.ordinal, c.text])).toEqual(NAMES.map((_, k) => [k + 1, `testo ${k + 1}.`]));
    expect(conditions[6]!.heading).toBe('Risorse previste nel bilancio annuale');
  });

  it('reads no heading in a line that starts with a name and goes on, or holds part of one', () => {
    expect(readConditionHeading('Risorse previste nel bilancio annuale al capitolo 1200 per € 3.000,00')).toBeNull();
    expect(readConditionHeading('Miglioramento quali-quantitativo')).toBeNull();
  });

  it('takes the name on the line below "Prima condizione" for its heading, not its text', () => {
    const text = ['Progetto n. 1 – Sportello telematico', 'Prima condizione', '(miglioramento quali-quantitativo dei servizi)', '', 'Il progetto migliora.'].join('\n');
    expect(outline(text).projects[0]!.conditions).toMatchObject([{ ordinal: 1, heading: 'miglioramento quali-quantitativo dei servizi', text: 'Il progetto migliora.' }]);
  });

  it('reads "Sesta e settima condizione" as both, each with its name, their one text told for both', () => {
    const text = [
      'Progetto n. 1 – Sportello telematico',
      'Quinta condizione: (risorse quantificate con criteri trasparenti e ragionevoli)',
      'testo cinque.',
      'Sesta e settima condizione: (risorse rese disponibili solo a consuntivo, dopo aver accertato i risultati;',
      'risorse previste nel bilancio annuale)',
      '',
      'Le risorse sono in bilancio e si erogano a consuntivo.',
    ].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.ordinal, c.heading, c.text])).toEqual([
      [5, 'risorse quantificate con criteri trasparenti e ragionevoli', 'testo cinque.'],
      [6, 'risorse rese disponibili solo a consuntivo, dopo aver accertato i risultati', 'Le risorse sono in bilancio e si erogano a consuntivo.'],
      [7, 'risorse previste nel bilancio annuale', 'Le risorse sono in bilancio e si erogano a consuntivo.'],
    ]);
    expect(readConditionHeading('6^ e 7^ condizione')).toMatchObject({ ordinal: 6, also: 7 });
    expect(readConditionHeading('Sesta e quinta condizione')).toBeNull();
  });
});

describe('condition headings damaged by a scan', () => {
  it.each([
    ['Prirna condizione: (miglioramento)', 1],
    ['Terza condizlone: (risultati verificabili)', 3],
    ['Settirna condizione: (risorse previste)', 7],
    ['SETTIRNA CONDIZLONE', 7],
  ])('reads %j as condition %i', (line, ordinal) => {
    expect(readConditionHeading(line)?.ordinal).toBe(ordinal);
  });

  it.each([['Prirna volta'], ['Tutta condizione'], ['Terza condizionl']])('reads %j as no condition', (line) => {
    expect(readConditionHeading(line)).toBeNull();
  });

  it.each([
    ['Secnnda coandiziane: (concreti risultati)', 2],
    ['Teiza condizione: (risultati verificahili)', 3],
    ['®@ Quarta condizione: (risultati difficili)', 4],
    ['Seii:ma condizione: (risorse previste nel bilancia annuale)', 7],
    ['QUINLA CONDIZICNE', 5],
    ['Fruna condizione: (miglioramento quali-quantitativo dei servizi)', 1],
  ])('reads %j, a line OCR read, as condition %i', (line, ordinal) => {
    expect(readConditionHeading(line)).toBeNull();
    expect(readScannedConditionHeading(line)?.ordinal).toBe(ordinal);
  });

  it.each([['Seconde condizioni di lavoro del personale'], ['Tutta condizione: (x)'], ['Fruna condizione: (miglioramento)'], ['Fruna condizione'], ['Seconda condotta: (x)']])('reads %j, a line OCR read, as no condition', (line) => {
    expect(readScannedConditionHeading(line)).toBeNull();
  });

  it('reads a project heading after a speck OCR read before it, and no printed one so', () => {
    const text = ['‘Progetto n. 1 - Prova', 'Descrizione del progetto', 'Testo.', 'Prima condizione: (miglioramento quali-quantitativo dei servizi)', 'uno'].join('\n');
    const scanned = sourceOf(text, 'scan.pdf');
    for (const line of scanned.lines) line.ocr = line.text.split(' ').map((word) => ({ text: word, confidence: 0.5 }));
    expect(outlineDocument(scanned).projects.map((p) => [p.number, p.title])).toEqual([[1, 'Prova']]);
    expect(outlineDocument(sourceOf(text)).projects).toEqual([]);
  });

  it('opens the conditions of a scanned plan whose headings OCR garbled, and of no printed one', () => {
    const text = ['Progetto n. 1 - Prova', 'Descrizione', 'Testo.', 'Prima condizione: (miglioramento quali-quantitativo dei servizi)', 'uno', 'Secnnda coandiziane: (concreti risultati)', 'due', 'Teiza condizione: (risultati verificabili)', 'tre'].join('\n');
    const scanned = sourceOf(text, 'scan.pdf');
    for (const line of scanned.lines) line.ocr = line.text.split(' ').map((word) => ({ text: word, confidence: 0.5 }));
    expect(outlineDocument(scanned).projects[0]!.conditions.map((c) => [c.ordinal, c.text])).toEqual([
      [1, 'uno'],
      [2, 'due'],
      [3, 'tre'],
    ]);
    expect(outlineDocument(sourceOf(text)).projects[0]!.conditions.map((c) => c.ordinal)).toEqual([1]);
  });
});

describe('declared amount', () => {
  it.each([
    ['si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di € 2.900,05, quale sommatoria', '2900.05'],
    ['si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di €\n2.496,2, quale sommatoria', '2496.2'],
    ['si intende alimentare l’art. 15, comma 5 del\nFondo Salario Accessorio di € 3.739,60, quale', '3739.60'],
    ['del Fondo Salario Accessorio di\n€13.937,85, quale sommatoria', '13937.85'],
    ['comma 5 del Fondo Salario Accessorio di €  2.787,05, quale', '2787.05'],
    ['comma 5 del Fondo Salario Accessorio di € 934,90, quale sommatoria', '934.90'],
    ['alimentare l’art. 15, comma 5 del Fondo di Euro 824/48, quale sommatoria', '824.48'],
    ['alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di € 2.496.20, quale sommatoria', '2496.20'],
    ['alimentare l’art. 15, comma 5 del Fondo di € 824.5. Il progetto', '824.5'],
    // the euro's name glued to its figures
    ['Si intende alimentare il Fondo risorse decentrate di Euro2.496,20, quale sommatoria', '2496.20'],
    ['Si intende alimentare il Fondo risorse decentrate di EUR13.917,80, quale sommatoria', '13917.80'],
    // in lire, before the euro
    ['Si intende alimentare il Fondo per la produttività di L. 1.234.000, quale somma', '1234000'],
    ['alimentare il Fondo per la produttività di Lit. 850.000, quale somma', '850000'],
    ['incrementare il Fondo di lire 2.150.000 per il progetto', '2150000'],
    // in lire beside the euro, the plan's own: the euro's
    ['Il progetto comporta un incremento del fondo unico di L. 3.112.941 (€ 1.607,70), quale sommatoria', '1607.70'],
    ['Si propone di integrare il fondo unico di lire 1.917.488 (pari a € 990,30), secondo il prospetto:', '990.30'],
  ])('%j → %s', (sentence, amount) => {
    const [project] = outline(`Progetto N° 1 - A\nQuinta condizione: (risorse)\n${sentence}\n`).projects;
    expect(project!.declared[0]?.amount.text).toBe(amount);
  });

  it('reads no amount a scan garbled, no number before a euro sign and its amount, and no aside in brackets in a clause of its own', () => {
    const declared = (sentence: string) => outline(`Progetto N° 1 - A\nQuinta condizione: (risorse)\n${sentence}\n`).projects[0]!.declared.map((d) => d.amount.text);
    expect(declared('si intende alimentare il Fondo di € 72O,00, quale sommatoria')).toEqual([]);
    expect(declared('si intende alimentare il Fondo di € 7 20,00, quale sommatoria')).toEqual([]);
    expect(declared('si intende alimentare il Fondo di € 1.02 6,00, quale sommatoria')).toEqual([]);
    // A law's number after "L.", never in thousands, is no amount in lire.
    expect(declared('si intende alimentare il Fondo ai sensi della L. 241/1990, come segue')).toEqual([]);
    expect(declared('si intende alimentare il Fondo come da riepilogo: Progetto n. 6 € 900,00')).toEqual(['900.00']);
    expect(declared('L’importo viene destinato al Fondo risorse decentrate, mentre il costo delle ore (€ 3.420,00) resta a carico del bilancio')).toEqual([]);
    expect(declared('Le risorse che si intende destinare al Fondo Salario Accessorio (pari a € 2.496,20) sono')).toEqual(['2496.20']);
  });

  it('gives the amounts the conditions declare before those of the description', () => {
    const text = [
      'Progetto n. 3 – Contributi alle imprese',
      'Descrizione del progetto',
      'L’ufficio ha destinato al Fondo € 4.120,00 nell’analogo progetto, a fronte di 612 domande.',
      'Prima condizione: (miglioramento dei servizi)',
      'Tempi ridotti.',
      'Quinta condizione: (risorse quantificate)',
      'Si intende alimentare il Fondo Salario Accessorio di € 3.211,40, quale sommatoria:',
    ].join('\n');
    expect(outline(text).projects[0]!.declared.map((d) => d.amount.raw)).toEqual(['3.211,40', '4.120,00']);
    // A condition's amount that names another sum comes after the description's.
    const sized = text.replace('Si intende alimentare il Fondo Salario Accessorio di € 3.211,40, quale sommatoria:', 'Il Fondo risorse decentrate ammonta a complessivi € 185.400,00.');
    expect(outline(sized).projects[0]!.declared.map((d) => d.amount.raw)).toEqual(['4.120,00', '185.400,00']);
  });

  it('reads the amount printed after the title where the prose declares none, and keeps it in the title', () => {
    const text = [
      'Importi da destinare al fondo indicati accanto al titolo di ciascun progetto',
      'Progetto n. 1 – Sportello unico (€ 3.250,00)',
      'Quinta condizione: (risorse)',
      'Le risorse sono quantificate sulla base delle ore stimate:',
      'Progetto n. 2 – Archivio (€ 900,00)',
      'Quinta condizione: (risorse)',
      'Si intende alimentare il Fondo risorse decentrate di € 702,98, come segue:',
    ].join('\n');
    expect(outline(text).projects.map((p) => [p.title, p.declared.map((d) => [d.amount.text, d.source.lines])])).toEqual([
      ['Sportello unico (€ 3.250,00)', [['3250.00', [2]]]],
      ['Archivio (€ 900,00)', [['702.98', [7]]]],
    ]);
  });

  it('reads a sentence the plan repeats in every project, a page breaking after its mention of the fund', () => {
    const project = (n: number, amount: string, pageBreak: boolean) => [
      `Progetto N° ${n} - Titolo ${n}`,
      'Quinta condizione: (risorse)',
      'Le risorse sono quantificate applicando al prodotto la percentuale. La quota',
      'da destinare al Fondo risorse decentrate ai sensi dell’art. 67, comma 5, del CCNL',
      `${pageBreak ? '\f' : ''}21/5/2018 è pari a € ${amount} (vedi tabella).`,
      'Testo.',
    ];
    const text = [...project(1, '2.719,00', true), ...project(2, '2.099,56', true), ...project(3, '1.771,96', true)].join('\n');
    expect(outline(text).projects.map((p) => p.declared[0]?.amount.text)).toEqual(['2719.00', '2099.56', '1771.96']);
  });

  it('passes over a page\'s number alone and the next page\'s running header inside a declared sentence', () => {
    const header = 'UNIVERSITÀ DEGLI STUDI – Progetti di miglioramento dei servizi 2017';
    const text = [
      header, 'Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'Si propone di incrementare il fondo di cui all’art. 87 del CCNL di €', '', '   2',
      `\f${header}`, '', '1.164,00, come risulta dalla tabella seguente:', 'Testo.', '', '   3', `\f${header}`, 'Sesta condizione: (x)',
    ].join('\n');
    expect(outline(text).projects[0]!.declared.map((d) => d.amount.text)).toEqual(['1164.00']);
  });

  it('reads an amount alone at a page\'s top as the amount, not the page\'s number, where it is far from the page\'s own', () => {
    const text = ['Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'si intende alimentare il Fondo Salario Accessorio di €', '\f1090', '(millenovanta euro), quale sommatoria.', 'Sesta condizione: (x)'].join('\n');
    expect(outline(text).projects[0]!.declared.map((d) => d.amount.text)).toEqual(['1090']);
  });

  it('passes over a footer of two lines, its page\'s number last, and the next page\'s running header inside a declared sentence, in text without page breaks', () => {
    const page = (n: number) => ['Aut. n. 3421 del 12/03/2010', `Pagina ${n} di 4`, 'CCIAA di Pistoia – Determinazione dirigenziale n. 118/2013'];
    const text = [
      ...page(1).slice(2), 'Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'Si intende alimentare il Fondo Salario Accessorio di €', ...page(1),
      '1.821,40, quale sommatoria delle risultanze.', 'Sesta condizione: (x)', 'testo', ...page(2), 'Settima condizione: (x)', 'testo', ...page(3),
    ].join('\n');
    expect(outline(text).projects[0]!.declared.map((d) => d.amount.text)).toEqual(['1821.40']);
  });

  it('passes over a running header of two lines, its first left open, at a page\'s top inside a declared sentence', () => {
    const header = ['Allegato A alla deliberazione della', 'Giunta comunale n. 45 del 20.3.2019'];
    const project = (n: number, amount: string) => [
      `Progetto N° ${n} - Titolo ${n}`, 'Quinta condizione: (risorse)', 'Si intende alimentare il Fondo risorse decentrate di €', `Pag. ${n + 1}`,
      `\f${header[0]}`, header[1], `${amount}, quale sommatoria delle risultanze.`, 'Sesta condizione: (x)',
    ];
    const text = [...header, ...project(1, '856,00'), ...project(2, '934,90')].join('\n');
    expect(outline(text).projects.map((p) => p.declared[0]?.amount.text)).toEqual(['856.00', '934.90']);
  });

  it('passes over a running header with its page\'s number set apart at the right margin inside a declared sentence', () => {
    const header = (n: number) => `PROGETTO DI MIGLIORAMENTO DEI SERVIZI 2015${' '.repeat(30)}${n}`;
    const text = [
      'Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di €', '',
      `\f${header(2)}`, '', '2.496,2, quale sommatoria delle risultanze.', 'Sesta condizione: (x)',
    ].join('\n');
    expect(outline(text).projects[0]!.declared.map((d) => d.amount.text)).toEqual(['2496.2']);
  });

  it('reads a one-line sentence every project repeats, left open on "di €" at a page\'s foot, and page numbers that go on from an act\'s', () => {
    const project = (n: number, amount: string, page: number) => [
      `Progetto N° ${n} - Titolo ${n}`,
      'Quinta condizione: (risorse)',
      'Si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di €',
      '',
      String(page),
      `\f${amount}, quale sommatoria delle risultanze.`,
    ];
    const text = [...project(1, '2.496,20', 14), ...project(2, '934,90', 15), ...project(3, '911,68', 16)].join('\n');
    expect(outline(text).projects.map((p) => p.declared[0]?.amount.text)).toEqual(['2496.20', '934.90', '911.68']);
  });

  it('reads a sentence every project repeats whose line ends a page, and passes over a footer with its page\'s number in text without page breaks', () => {
    const sentence = (n: number, amount: string, pageBreak: boolean) => [
      `Progetto N° ${n} - Titolo ${n}`,
      'Quinta condizione: (risorse)',
      'Tenuto conto del valore del progetto, che sarà svolto senza ricorso a forme di',
      'consulenze esterne, si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di €',
      ...(pageBreak ? [`\f${n + 1}`, 'camera di commercio di lucca – piano dei progetti 2019'] : []),
      `${amount}, quale sommatoria delle risultanze.`,
    ];
    const text = [...sentence(1, '796,48', true), ...sentence(2, '1.090,00', false), ...sentence(3, '1.090,00', true), ...sentence(4, '500,00', true)].join('\n');
    expect(outline(text).projects.map((p) => p.declared[0]?.amount.text)).toEqual(['796.48', '1090.00', '1090.00', '500.00']);
    const footer = ['Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'si intende alimentare il Fondo risorse decentrate di Euro', '', 'Piano dei progetti di miglioramento 2025 – pagina 3', '', 'Camera di Commercio di Cosenza', '', '911,68, quale sommatoria.', '', 'Piano dei progetti di miglioramento 2025 – pagina 4', '', 'Camera di Commercio di Cosenza', 'Sesta condizione: (x)'].join('\n');
    expect(outline(footer).projects[0]!.declared.map((d) => d.amount.text)).toEqual(['911.68']);
  });

  it('reads the amount before a mention of the fund where every amount after it names another sum', () => {
    const text = ['Progetto N° 4 - A', 'Quinta condizione: (risorse)', 'Pertanto l’importo di € 1.012,72 costituisce l’incremento del fondo richiesto per il progetto, a', 'fronte di un costo delle ore di € 5.063,60.'].join('\n');
    expect(outline(text).projects[0]!.declared[0]?.amount.text).toBe('1012.72');
  });

  it('reads no amount of another project from a summary after the last project\'s sentence', () => {
    const text = [
      'Progetto N° 6 - Biblioteca', 'Quinta condizione: (risorse)', 'si quantifica l’incremento del fondo in € 2.644,43, quale sommatoria.', 'Settima condizione: (risorse previste nel bilancio annuale)',
      'Il bilancio prevede le suddette risorse nell’ambito degli importi complessivi', 'destinati al fondo.', 'RIEPILOGO', 'Progetto Importo', 'Progetto n. 1 – Apertura pomeridiana dei servizi demografici € 2.512,52',
    ].join('\n');
    expect(outline(text).projects[0]!.declared.map((d) => d.amount.text)).toEqual(['2644.43']);
    // A sentence that names its own project is its.
    const own = ['Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'Si intende alimentare il Fondo risorse decentrate, come da prospetto seguente. Il Progetto n. 1 comporta un', 'incremento di € 1.070,00.'].join('\n');
    expect(outline(own).projects[0]!.declared.map((d) => d.amount.text)).toEqual(['1070.00']);
  });

  it('reads no amount from the table a sentence introduces, nor from a header naming the fund', () => {
    const text = [
      'Progetto N° 1 - A',
      'Quinta condizione: (risorse)',
      'valorizzate al costo orario della categoria; si quantifica in €',
      '1.981,60 l’incremento della parte variabile del fondo, come da prospetto seguente:',
      '',
      'N.  CAT.     ORE   COSTO ORARIO    IMPORTO     %     QUOTA AL FONDO',
      '  1  D1          80       17,61     1.408,80    20%       281,76',
      '     TOTALE                                           € 281,76',
    ].join('\n');
    expect(outline(text).projects[0]!.declared.map((d) => d.amount.text)).toEqual(['1981.60']);
  });

  it('is none when the project states none', () => {
    const [project] = outline('Progetto N° 1 - A\nQuinta condizione: (risorse)\nIl personale sarà impegnato per 300 ore.\n').projects;
    expect(project!.declared).toEqual([]);
  });
});

describe('staff table headers', () => {
  it('reads an amount named after the percentage, where no result is named, as the result: a row whose result is wrong is read and flagged', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'Profilo / categoria                    Costo orario    Ore    %      Importo',
      'Assistente sociale D1                      19,05        100   20      381,40', 'Istruttore C3 17,10 60 20 205,20', 'Totale 586,60', 'Sesta condizione: (b)', 'Testo.'].join('\n'));
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result])).toEqual([
      ['D1', '19.05', '100', null, '20', '381.40'],
      ['C3', '17.10', '60', null, '20', '205.20'],
    ]);
    expect(doc.discrepancies.map((d) => [d.rule, d.row, d.expected])).toEqual([
      ['result-mismatch', 1, '381'],
      ['missing-value', 1, '1905'],
      ['missing-value', 2, '1026'],
    ]);
  });

  it('reads the hours first where a header\'s first line names them before the cost, its other words on the lines below', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'Cat. Ore Costo', '', 'orario', 'Prodotto %', 'incentivazione', 'Risultato', '',
      'C3 200 17,10 3420,00 15 513', 'Totale progetto 513', 'Sesta condizione: (b)', 'Testo.'].join('\n'));
    // One row, 200 × 17,10 either way round: only the header tells which is the cost.
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.percentage, r.result])).toEqual([['C3', '17.10', '200', '15', '513']]);
    expect(doc.discrepancies).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads a header with the year or the contract its costs are of, in brackets or after a heading in capitals, or the article its amounts go to', () => {
    for (const header of [
      'PERSONALE COSTO ORARIO 2019 TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      // Written otherwise than in capitals, a year, or the date of the costs.
      'Struttura   Cat.   Costo orario 2024   Ore 2024   Prodotto   %   Quota al fondo',
      'Categoria   Costo orario   Ore anno 2023   Prodotto   %   Risultato 2023',
      'Categoria   Costo orario al 31.12.2022   Ore   Prodotto   %   Risultato',
      'Categoria   Costo orario al 1° gennaio   Ore   Prodotto   %   Risultato',
      'CATEGORIA (CCNL 21.05.2018)   COSTO ORARIO (CCNL 2019-2021)   ORE   PRODOTTO   %   RISULTATO',
      'PERSONALE COSTO ORARIO ORE PRODOTTO % QUOTA ART. 67.3',
      'PERSONALE COSTO ORARIO ORE PRODOTTO % QUOTA art. 15 c. 5',
      'CATEGORIA COSTO ORARIO ORE COSTO DEL LAVORO % IMPORTO INCENTIVO',
      'Cat. Costo orario Ore Costo\ncomplessivo\nPercentuale Risultato',
      'Categoria Costo orario Ore Prodotto Quota % Importo al fondo (€)',
      'CATEGORIA COSTO ORARIO ORE IMPORTO PERC. IMPORTO DA DESTINARE AL FONDO',
      // A spreadsheet's header, -layout text: "Cat./Fascia" on a line of its own, "Importo al" over "fondo (€)".
      [
        '               Costo orario    Ore         Costo            Quota    Importo al',
        ' Cat./Fascia',
        '                   (€)      aggiuntive complessivo (€)       %        fondo (€)',
      ].join('\n'),
    ]) {
      const [project] = outline(`Progetto N° 1 - A\nPrima condizione: (a)\n${header}\nD1 19,60 100 1.960,00 20 392,00\n`).projects;
      expect(project!.tables.map((t) => t.header.columns)).toEqual([['hourlyCost', 'hours', 'product', 'percentage', 'result']]);
    }
    // A sentence with a year is no header.
    expect(outline('Progetto N° 1 - A\nPrima condizione: (a)\nIl costo orario 2019 del personale, le ore e il risultato.\n').projects[0]!.tables).toEqual([]);
    expect(outline('Progetto N° 1 - A\nPrima condizione: (a)\nIl costo orario al 31.12.2022 del personale per le ore e il risultato atteso.\n').projects[0]!.tables).toEqual([]);
  });

  it.each([
    [['PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO']],
    [['PERSONALE COSTO', 'ORARIO', 'TOTALE ORE PRODOTTO PERCENTUALE RISULTATO']],
    [['PERSONALE COSTO', '', 'ORARIO', '', 'TOTALE', 'ORE', 'PRODOTTO PERCENTUALE RISULTATO']],
    [['CATEGORIA COSTO ORARIO (€) TOT. ORE COSTO TOTALE PERC. QUOTA INCENTIVO']],
    [['QUALIFICA COSTO ORARIO N. ORE IMPORTO % IMPORTO INCENTIVO']],
    [['PERSONALE COSTO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', '', 'ORARIO']],
    [['PERSONALE (CAT.) COSTO ORARIO LORDO ORE IMPIEGATE PRODOTTO PERCENTUALE RISULTATO ATTESO']],
    // compatibility forms (full-width letters) fold to the header's words
    [['QUALIFICA ＣＯＳＴＯ ＯＲＡＲＩＯ ＯＲＥ ＰＲＯＤＯＴＴＯ ＰＥＲＣＥＮＴＵＡＬＥ ＲＩＳＵＬＴＡＴＯ']],
    // pdftotext -layout pads the columns: 160 characters or more, of which most are spaces
    [[['PERSONALE', 'COSTO ORARIO', 'TOTALE ORE', 'PRODOTTO', 'PERCENTUALE', 'RISULTATO'].join(' '.repeat(24))]],
  ])('%j', (header) => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', ...header, 'D3 20,30 100 2030,00 20 406', 'Totale € 406'].join('\n'));
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result])).toEqual([
      ['D3', '20.30', '100', '2030.00', '20', '406'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('406');
  });

  it('reads "costo complessivo" as the product\'s heading, after the hourly cost\'s, hours first', () => {
    for (const product of ['Costo complessivo (€)', 'Costo compless. (€)']) {
      const header = `Categoria e posizione economica   Ore   Costo orario (€)   ${product}   Percentuale   Quota incentivo (€)`;
      const [project] = outline(['Progetto N° 1 - A', header, 'EP2   60   26,98   1.618,80   20 %   323,76'].join('\n')).projects;
      expect(project!.tables[0]!.header).toMatchObject({ columns: ['hours', 'hourlyCost', 'product', 'percentage', 'result'], orderKnown: true });
    }
  });

  it('reads the order of a header wrapped over lines from where its words stand (pdftotext -layout)', () => {
    const header = [
      '                   TOTALE COSTO',
      'PERSONALE                         PRODOTTO PERCENTUALE RISULTATO',
      '                    ORE   ORARIO',
    ];
    const [project] = outline(['Progetto N° 1 - A', ...header, 'C1                    120   16,05    1.926,00       20     385,20'].join('\n')).projects;
    expect(project!.tables[0]!.header).toMatchObject({ columns: ['hours', 'hourlyCost', 'product', 'percentage', 'result'], orderKnown: true });
  });

  it('reads the order from positions when a column\'s words stand side by side ("COSTO ORARIO")', () => {
    const header = ['PERSONALE   ORE   COSTO ORARIO   PRODOTTO   PERCENTUALE   RISULTATO', ' '.repeat(33) + 'TOTALE' + ' '.repeat(19) + '(€)'];
    const [project] = outline(['Progetto N° 1 - A', ...header, 'C1 120 16,05 1.926,00 20 385,20'].join('\n')).projects;
    expect(project!.tables[0]!.header).toMatchObject({ columns: ['hours', 'hourlyCost', 'product', 'percentage', 'result'], orderKnown: true });
    expect(project!.tables[0]!.header.lines).toHaveLength(2);
  });

  it.each([
    [['            N.    COSTO        COSTO', 'PERSONALE                               PERC.   RISULTATO', '            ORE   ORARIO (€)   TOTALE'], ['hours', 'hourlyCost', 'product', 'percentage', 'result']],
    [['QUALIFICA   ORE   COSTO        %   IMPORTO', '                  ORARIO (€)       INCENTIVO'], ['hours', 'hourlyCost', 'percentage', 'result']],
  ])('reads the columns a header\'s stacked words name, which its lines joined do not: %j', (header, columns) => {
    const [project] = outline(['Progetto N° 1 - A', ...header, 'C1 120 16,05 1.926,00 20 385,20'].join('\n')).projects;
    expect(project!.tables[0]!.header).toMatchObject({ columns, orderKnown: true });
  });

  it('says the order of a header wrapped over lines without positions is not known', () => {
    const header = ['TOTALE COSTO', 'PERSONALE PRODOTTO PERCENTUALE RISULTATO', 'ORE ORARIO'];
    const [project] = outline(['Progetto N° 1 - A', ...header, 'C1 120 16,05 1.926,00 20 385,20'].join('\n')).projects;
    expect(project!.tables[0]!.header).toMatchObject({ columns: ['hourlyCost', 'hours', 'product', 'percentage', 'result'], orderKnown: false });
  });

  it('knows a header without a product column', () => {
    const [project] = outline('Progetto N° 1 - A\nPERSONALE COSTO ORARIO ORE PERCENTUALE RISULTATO\nD3 20,30 100 20 406\n').projects;
    expect(project!.tables[0]!.header.columns).toEqual(['hourlyCost', 'hours', 'percentage', 'result']);
  });
});

describe('tables that sum a project\'s staff up', () => {
  const HEADER = 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO';
  const project = (...after: string[]) =>
    ['Progetto N° 1 - A', 'Quinta condizione: (risorse)', HEADER, 'D2 18,56 350 6.496,00 20 1.299,20', 'B3 15,02 200 3.004,00 20 600,80', 'Totale 1.900,00', 'Sesta condizione: (b)', 'Testo.', ...after].join('\n');

  it('leaves out a table by grade after the staff table, whose header names neither the cost nor the percentage', () => {
    const doc = readPlan(project('CATEGORIA ORE PRODOTTO RISULTATO', 'D2 350 6.496,00 1.299,20', 'B3 200 3.004,00 600,80', 'TOTALE 550 9.500,00 1.900,00'));
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['D2', 'B3']);
    expect(doc.projects[0]!.printedTotal).toBe('1900.00');
    expect(doc.discrepancies).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('leaves out a table under a caption that calls it a summary, whatever its header', () => {
    const doc = readPlan(project('', 'RIEPILOGO GENERALE', '', HEADER, 'D2 18,56 350 6.496,00 20 1.299,20', 'B3 15,02 200 3.004,00 20 600,80', 'Totale 1.900,00'));
    expect(doc.projects[0]!.staff).toHaveLength(2);
    expect(doc.projects[0]!.printedTotal).toBe('1900.00');
    expect(doc.discrepancies).toEqual([]);
  });

  it('leaves out a summary right after the staff table\'s total, under a caption of two lines', () => {
    const text = ['Progetto N° 1 - A', 'Quinta condizione: (risorse)', HEADER, 'D2 18,56 350 6.496,00 20 1.299,20', 'Totale 1.299,20', 'Tabella riassuntiva', 'Personale coinvolto nel progetto', HEADER, 'D2 18,56 350 6.496,00 20 1.299,20', 'Totale 1.299,20'];
    const doc = readPlan(text.join('\n'));
    expect(doc.projects[0]!.staff).toHaveLength(1);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a project\'s first table under such a caption, and a second table with a full header under an office\'s', () => {
    const first = readPlan(['Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'Quadro riepilogativo delle risorse', HEADER, 'D2 18,56 350 6.496,00 20 1.299,20', 'Totale 1.299,20'].join('\n'));
    expect(first.projects[0]!.staff).toHaveLength(1);
    const second = readPlan(project('Ufficio Archivio', HEADER, 'C3 17,10 100 1.710,00 20 342,00', 'Totale 342,00'));
    expect(second.projects[0]!.staff.map((r) => r.grade)).toEqual(['D2', 'B3', 'C3']);
  });
});

describe('a second staff table with the columns in another order', () => {
  const text = (between: string[]) => ['Progetto N° 1 - A', 'Quinta condizione: (risorse)',
    'CAT. COSTO ORARIO ORE PRODOTTO % RISULTATO', 'D3 21,40 80 1.712,00 20 342,40', 'C3 18,07 120 2.168,40 20 433,68',
    ...between, 'CAT. ORE COSTO ORARIO PRODOTTO % RISULTATO', 'D6 40 24,91 996,40 20 199,28', 'B7 50 17,80 890,00 20 178,00',
    'Totale complessivo 1.153,36', 'Sesta condizione: (b)', 'Testo.'].join('\n');

  it.each([
    ['after a subtotal and a caption', ['Subtotale Comune 776,08', 'Personale comandato presso l’Unione']],
    ['right after the rows', []],
  ])('is read in its own order, %s', (_, between) => {
    const doc = readPlan(text(between));
    // 40 hours at 24,91: the product agrees either way round, so only the header tells.
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours])).toEqual([
      ['D3', '21.40', '80'], ['C3', '18.07', '120'], ['D6', '24.91', '40'], ['B7', '17.80', '50'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1153.36');
  });

  it('is a header repeated on a new page when its order is the same, and the rows go on', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione: (risorse)', 'CAT. COSTO ORARIO ORE PRODOTTO % RISULTATO', 'D3 21,40 80 1.712,00 20 342,40',
      'CAT. COSTO ORARIO ORE PRODOTTO % RISULTATO', 'B7 17,80 50 890,00 20 178,00', 'Totale 520,40'].join('\n'));
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours])).toEqual([['D3', '21.40', '80'], ['B7', '17.80', '50']]);
    expect(doc.discrepancies).toEqual([]);
  });
});

describe('the fund shared out by name under a staff table', () => {
  const text = (...staff: string[]) => ['Progetto N° 1 - A', 'Quinta condizione: (risorse)',
    'PERSONALE      COSTO €/h     ORE    PRODOTTO    PERCENTUALE    RISULTATO', 'D3             21,40         150    3.210,00    20             642,00',
    ...staff, '', 'Ripartizione del compenso tra i dipendenti', 'Dipendente             Cat.     Ore      Importo',
    'Bianchi Sergio         D3       150       642,00', 'Moro Chiara            C4       120       428,40', '', 'Sesta condizione: (b)', 'Testo.'].join('\n');

  it.each([
    ['without a total', ['C4             17,85         120    2.142,00    20             428,40']],
    ['after a total beside the last row', ['C4             17,85         120    2.142,00    20             428,40 Totale 1.070,40']],
  ])('is no part of it, %s', (_, staff) => {
    const doc = readPlan(text(...staff));
    // Not "Moro Chiara C4 120 428,40" read as cost 1, hours 20, percentage 42 and result 8,40.
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.result])).toEqual([['D3', '21.40', '150', '642.00'], ['C4', '17.85', '120', '428.40']]);
    expect(doc.unparsed).toEqual([]);
  });

  it('is read under a header that names the cost or the percentage: a staff table\'s', () => {
    const doc = readPlan(text('C4 17,85 120 2.142,00 20 428,40').replace('Dipendente             Cat.     Ore      Importo', 'Dipendente Cat. Costo orario Ore Importo'));
    expect(doc.projects[0]!.staff.length).toBeGreaterThan(2);
  });
});

describe('a table of another of the fund\'s uses after a project', () => {
  const plan = (caption: string, title = 'Sportello unico') =>
    [
      `Progetto n. 1 – ${title}`,
      'Descrizione del progetto',
      'Fondo Salario Accessorio di € 628,00.',
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'D1 21,05 60 1.263,00 20 252,60',
      'C1 18,87 99,5 1.877,57 20 375,40',
      'Totale 628,00',
      'Settima condizione: (risorse previste nel bilancio annuale)',
      'Le risorse sono previste nel bilancio.',
      '',
      caption,
      '',
      'PERSONALE COSTO ORARIO ORE IN TURNO IMPORTO BASE MAGGIORAZIONE % INDENNITÀ',
      'D1 21,05 900 18.945,00 10 1.894,50',
      'Totale 1.894,50',
    ].join('\n');

  it.each([
    'PROSPETTO DELLE INDENNITÀ DI TURNO – ANNO 2019',
    'PROSPETTO DEL LAVORO STRAORDINARIO AUTORIZZATO – ANNO 2016',
    'ALLEGATO B – LAVORO STRAORDINARIO PER LE CONSULTAZIONI ELETTORALI',
    'PROGRAMMAZIONE DELLE ORE DI REPERIBILITÀ',
    'Prospetto del lavoro straordinario autorizzato – anno 2017 (art. 14 CCNL 1.4.1999)',
    'PROSPETTO DELLE ORE DI LAVORO\nSTRAORDINARIO AUTORIZZATE AL CORPO DI POLIZIA LOCALE – ANNO 2018',
    'INDENNITÀ DI TURNO E PRESTAZIONI DI LAVORO\nSTRAORDINARIO DEL CORPO DI POLIZIA LOCALE – ANNO 2018',
    'COSTITUZIONE DEL FONDO PER LE RISORSE DECENTRATE – ANNO 2011',
  ])('ends the project at its caption: "%s"', (caption) => {
    const doc = readPlan(plan(caption));
    expect(doc.projects[0]!.staff).toHaveLength(2);
    expect(doc.projects[0]!.printedTotal).toBe('628.00');
  });

  it('does not end it at such a caption before the project\'s own table', () => {
    const before = readPlan(plan('Totale complessivo').replace('Descrizione del progetto', 'PROSPETTO DEL LAVORO STRAORDINARIO'));
    expect(before.projects[0]!.staff).toHaveLength(3);
  });

  it.each([
    'N.B.: LE ORE PRESTATE PER IL PROGETTO NON POSSONO ESSERE RETRIBUITE COME ORE DI STRAORDINARIO',
    'PERSONALE IN TURNAZIONE SERALE',
    'B) SERVIZIO DI REPERIBILITÀ PER EMERGENZA NEVE (DICEMBRE – MARZO)',
    'RISPARMIO ATTESO SUL FONDO DEL LAVORO STRAORDINARIO: € 2.400,00',
  ])('does not end it at a note, a group of its staff or a section of its own that names such pay: "%s"', (line) => {
    const doc = readPlan(plan(line));
    expect(doc.projects[0]!.staff).toHaveLength(3);
  });
});

/** A project's lines: its heading, a description, a staff table's header, its rows and its total. */
const project = (n: number, title: string, rows: string[], total: string, description = ['Descrizione del progetto', 'Testo.']) => [
  `Progetto n. ${n} – ${title}`,
  ...description,
  'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
  ...rows,
  total,
];

describe('an annex of the last year\'s projects after the plan', () => {
  const plan = [
    ...project(1, 'Protocollo informatico', ['D1 21,05 60 1.263,00 20 252,60'], 'Totale 252,60'),
    ...project(2, 'Archivio digitale delle pratiche', ['C1 18,87 100 1.887,00 20 377,40'], 'Totale 377,40'),
  ];

  it('ends the plan at the annex whose headings number their projects again', () => {
    const annex = ['ALLEGATO B – VERIFICA E LIQUIDAZIONE DEI PROGETTI DELL’ANNO 2015', '', 'Progetto n. 1 – Rilevazione della soddisfazione dell’utenza (anno 2015)', 'Percentuale di raggiungimento: 100%.', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', 'C4 18,61 100 1.861,00 20 372,20', 'Totale da liquidare 372,20', '', 'Progetto n. 3 – Lavoro agile (anno 2015)', 'Percentuale di raggiungimento: 100%.'];
    const doc = readPlan([...plan, ...annex].join('\n'));
    expect(doc.projects.map((p) => [p.number, p.staff.length, p.printedTotal])).toEqual([
      [1, 1, '252.60'],
      [2, 1, '377.40'],
    ]);
  });

  it('does not end it at a page\'s running header naming an annex, where the project\'s conditions go on after it', () => {
    const last = ['Progetto n. 2 – Archivio digitale delle pratiche', 'Quinta condizione: (risorse)', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'C1 18,87 100 1.887,00 20 377,40', 'Pag. 2 di 3', 'Allegato A alla deliberazione n. 12 del 03/03/2021', 'C1 18,87 50 943,50 20 188,70', 'Totale 566,10',
      'Sesta condizione: (b)', 'Testo.', 'Settima condizione: (c)', 'Testo.'];
    const recap = ['RIEPILOGO', 'Progetto 1) Protocollo 252,60', 'Progetto 2) Archivio 566,10'];
    const doc = readPlan([...plan.slice(0, 6), ...last, ...recap].join('\n'));
    expect(doc.projects.map((p) => [p.number, p.staff.length, p.printedTotal])).toEqual([
      [1, 1, '252.60'],
      [2, 2, '566.10'],
    ]);
  });

  it('keeps an annex that gives the plan\'s own projects again, under their titles', () => {
    const annex = ['ALLEGATO B – PROSPETTO DI QUANTIFICAZIONE DELLE RISORSE', '', 'Progetto n. 1 – Protocollo informatico', 'Progetto n. 2 – Archivio digitale delle pratiche'];
    const lines = ReadLines.of(sourceOf([...plan, ...annex].join('\n')).lines);
    expect(planEnd(lines, findProjectHeadings(lines), findLineNoise(lines))).toBe(lines.length);
    const again = ReadLines.of(sourceOf([...plan, 'ALLEGATO B – VERIFICA DEI PROGETTI DEL 2015', 'Progetto n. 1 – Rilevazione (anno 2015)'].join('\n')).lines);
    expect(planEnd(again, findProjectHeadings(again), findLineNoise(again))).toBe(plan.length);
  });
});

describe('the project\'s own heading printed again inside its staff table', () => {
  it.each([
    'Progetto n. 2 – prospetto del personale (segue)',
    'Progetto n. 2 – Biblioteca civica',
  ])('is passed over, and the rows after it are the table\'s: "%s"', (again) => {
    const text = [
      ...project(1, 'Archivio', ['C1 16,05 100 1.605,00 20 321,00'], 'Totale 321,00', ['Descrizione del progetto']),
      ...project(2, 'Biblioteca civica', ['C1 16,80 40 672,00 20 134,40', 'Pag. 2', again, 'B3 15,55 80 1.244,00 20 248,80'], 'Totale 383,20', ['Descrizione del progetto']),
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects.map((p) => [p.number, p.staff.length, p.printedTotal])).toEqual([
      [1, 1, '321.00'],
      [2, 2, '383.20'],
    ]);
    expect(doc.discrepancies).toEqual([]);
  });
});

describe('a list of the projects, then a recap of their amounts, before the projects', () => {
  it('opens no project at the list\'s entries: a recap\'s header names no staff table', () => {
    const text = [
      'ELENCO DEI PROGETTI',
      'Progetto n. 1 – Archivio di deposito',
      'Progetto n. 2 – Biblioteca civica',
      '',
      'QUADRO RIEPILOGATIVO DEGLI IMPORTI',
      'N.   Progetto                                Importo €',
      '1    Archivio di deposito                    321,00',
      '2    Biblioteca civica                       134,40',
      '     TOTALE                                  455,40',
      '',
      ...project(1, 'Archivio di deposito', ['C1 16,05 100 1.605,00 20 321,00'], 'Totale 321,00', ['Descrizione del progetto']),
      ...project(2, 'Biblioteca civica', ['C1 16,80 40 672,00 20 134,40'], 'Totale 134,40', ['Descrizione del progetto']),
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects.map((p) => [p.number, p.source.line, p.staff.length, p.printedTotal])).toEqual([
      [1, 11, 1, '321.00'],
      [2, 16, 1, '134.40'],
    ]);
  });
});

describe('the project\'s own number over a caption and a table of its own', () => {
  it.each(['Progetto n. 1 – Ufficio Ragioneria', 'Progetto n. 1 – quota dell’Ufficio Tributi: € 321,00', 'Progetto n. 1 – fase B: aggiornamento della banca dati', 'Progetto n. 1 – Archivio'])(
    'opens no second project where the sections after it go on the project\'s: "%s"',
    (caption) => {
      const text = [
        'Progetto n. 1 – Archivio di deposito e scarto degli atti',
        'Descrizione del progetto',
        'Quinta condizione: (risorse)',
        'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
        'C1 16,05 100 1.605,00 20 321,00',
        caption,
        'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
        'B3 15,55 80 1.244,00 20 248,80',
        'Totale 569,80',
        'Sesta condizione: (consuntivo)',
        'Testo.',
      ].join('\n');
      const doc = readPlan(text);
      expect(doc.projects.map((p) => [p.number, p.staff.length, p.printedTotal])).toEqual([[1, 2, '569.80']]);
    },
  );
});

describe('what closes a condition\'s text', () => {
  const seven = (last: string[]) => [
    'Progetto n. 1 – Sportello',
    ...['Prima', 'Seconda', 'Terza', 'Quarta', 'Quinta', 'Sesta'].map((o, k) => `${o} condizione – nome ${k + 1}\ntesto ${k + 1}.`),
    'Settima condizione – risorse previste nel bilancio annuale',
    ...last,
  ];
  const lastText = (lines: string[]) => outline(seven(lines).join('\n')).projects[0]!.conditions[6]!.text;

  it.each([
    ['a place and date, then a signature', ['Le risorse sono in bilancio.', '', 'Clusone, 14 maggio 2019', 'IL SEGRETARIO DELL\'UNIONE', 'dott. Pierluigi Cerri']],
    ['a date in figures, with "lì"', ['Le risorse sono in bilancio.', 'Rieti, lì 15/04/2010', 'IL DIRIGENTE DEL SETTORE PERSONALE']],
    ['an office, then who signs', ['Le risorse sono in bilancio.', '', 'Il Segretario Generale', 'dott.ssa Anna Rita Gallo']],
    ['an office with its signing mark', ['Le risorse sono in bilancio.', 'Il Segretario Generale (firmato digitalmente)']],
    ['an office at the document\'s end', ['Le risorse sono in bilancio.', '', 'Il Responsabile del Servizio Personale']],
    ['a recap\'s heading after a paragraph\'s end', ['Le risorse sono in bilancio.', '', 'RIEPILOGO DEI PROGETTI', 'Progetto n. 1 – Sportello € 1.070,00', 'TOTALE € 1.070,00']],
    ['"Quadro riepilogativo"', ['Le risorse sono in bilancio.', 'QUADRO RIEPILOGATIVO', '1 Sportello 1.070,00']],
    ['"Quadro riassuntivo"', ['Le risorse sono in bilancio.', 'QUADRO RIASSUNTIVO DELLE RISORSE', '1 Sportello 1.070,00']],
    ['"Tabella di sintesi dei progetti"', ['Le risorse sono in bilancio.', 'Tabella di sintesi dei progetti', '1 Sportello 1.070,00']],
    ['an annex\'s recap after a signature', ['Le risorse sono in bilancio.', 'Il Segretario', 'dott. Paolo Rinaldi', 'ALLEGATO A – RIEPILOGO DELLE RISORSE', '1 Sportello 1.070,00']],
    ['an office followed by the page\'s number alone', ['Le risorse sono in bilancio.', 'Il Dirigente del Settore Risorse Umane', '', '- 9 -']],
    ['a place and date with the office after a dash', ['Le risorse sono in bilancio.', 'Ponte Alto, 15 aprile 2021 – Il Responsabile del Settore Risorse Umane']],
  ])('ends the last condition at %s', (_, last) => {
    expect(lastText(last)).toBe('Le risorse sono in bilancio.');
  });

  it.each([
    ['the office in a sentence', ['Il Segretario Generale verificherà i risultati', 'entro il 31/12/2019.'], 'Il Segretario Generale verificherà i risultati entro il 31/12/2019.'],
    ['an office on a wrapped line, the sentence going on', ['Il dato sarà certificato dal', 'Il Dirigente del settore', 'competente, a consuntivo.'], 'Il dato sarà certificato dal Il Dirigente del settore competente, a consuntivo.'],
    ['a date inside a sentence', ['Le risorse, approvate a Roma, 12 marzo 2019 con delibera', 'n. 5, sono in bilancio.'], 'Le risorse, approvate a Roma, 12 marzo 2019 con delibera n. 5, sono in bilancio.'],
    ['"Riepilogo" in a sentence that goes on', ['Le risorse sono indicate nel', 'riepilogo finale del piano.'], 'Le risorse sono indicate nel riepilogo finale del piano.'],
    ['"Quadro di sintesi del personale", no recap', ['Le risorse sono in bilancio.', 'Quadro di sintesi del personale impegnato'], 'Le risorse sono in bilancio. Quadro di sintesi del personale impegnato'],
    ['"Prospetto delle risorse per settore", no recap', ['Le risorse sono in bilancio.', 'Prospetto delle risorse per settore'], 'Le risorse sono in bilancio. Prospetto delle risorse per settore'],
  ])('keeps %s', (_, last, kept) => {
    expect(lastText(last)).toBe(kept);
  });

  it('closes a project\'s sheet that is signed, the next project\'s conditions read whole', () => {
    const text = [...seven(['Le risorse sono in bilancio.', 'Villafranca, 15/02/2021', 'Il Responsabile del Settore', 'dott. Paolo Zanetti']), ...seven(['Anche qui.']).map((l) => l.replace('n. 1', 'n. 2'))].join('\n');
    const projects = outline(text).projects;
    expect(projects.map((p) => p.conditions[6]!.text)).toEqual(['Le risorse sono in bilancio.', 'Anche qui.']);
  });

  it('leaves "PROGETTO", a badge\'s word over the next project\'s number, out of the project before', () => {
    const text = ['PIANO 2024', '', 'PROGETTO', '1 Servizio di mediazione', ...body(ROWS[0]!), 'PROGETTO', '2 Revisione dei regolamenti', ...body(ROWS[1]!)].join('\n');
    expect(outline(text).projects.map((p) => [p.number, p.conditions[6]!.text])).toEqual([[1, 'Testo.'], [2, 'Testo.']]);
    // A last line of its own: "Progetto" not over a heading's number stays in the text.
    const own = ['PIANO 2024', '', 'PROGETTO', '1 Servizio di mediazione', ...body(ROWS[0]!, [], ['Vedi il piano del', 'Progetto'])].join('\n');
    expect(outline(own).projects[0]!.conditions[6]!.text).toBe('Testo. Vedi il piano del Progetto');
  });

  it('takes into a heading that stops inside its condition\'s name the lines that are wholly the name\'s next words', () => {
    const text = ['Progetto n. 1 – Sportello', 'Prima condizione – miglioramento quali-quantitativo dei', 'servizi', 'Il progetto migliora il servizio.', 'Seconda condizione – concreti risultati, risparmi e/o benefici', 'percepibili dall’utenza', 'esterna o interna', 'Testo due.', 'Terza condizione – risultati verificabili attraverso', 'standard, indicatori e altro ancora.'].join('\n');
    expect(outline(text).projects[0]!.conditions.map((c) => [c.heading, c.text])).toEqual([
      ['miglioramento quali-quantitativo dei servizi', 'Il progetto migliora il servizio.'],
      ['concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna', 'Testo due.'],
      // A line that goes on past the name's words is the text.
      ['risultati verificabili attraverso', 'standard, indicatori e altro ancora.'],
    ]);
  });

  it('reads a heading without the "X" of a table\'s "SI" column after it, and keeps a heading\'s own last word', () => {
    const text = ['Progetto n. 1 – Sportello', 'N. Condizione SI NO Motivazione', '1 Miglioramento quali-quantitativo dei X', 'servizi', 'Il progetto migliora il servizio.', '2 Concreti risultati, risparmi e/o X', 'benefici', 'Testo due.'].join('\n');
    expect(readConditionHeading('1 Miglioramento quali-quantitativo dei X')).not.toBeNull();
    const headings = outline(text).projects[0]!.conditions.map((c) => c.heading);
    expect(headings.every((h) => !/\sX$/.test(h))).toBe(true);
    const plain = outline(['Progetto n. 1 – Sportello', ...seven(['Testo.']).slice(1)].join('\n')).projects[0]!.conditions.map((c) => c.heading);
    expect(plain[6]).toBe('risorse previste nel bilancio annuale');
  });
});

describe('a recap of all projects after the last one', () => {
  const plan = (recapHeading: string) => [
    'Obiettivo n. 1 – Sportello digitale', 'Descrizione', 'Testo.', 'Prima condizione – miglioramento quali-quantitativo dei servizi', 'Testo.',
    'Obiettivo n. 2 – Verde pubblico', 'Descrizione', 'Testo.', 'Prima condizione – miglioramento quali-quantitativo dei servizi', 'Le risorse sono in bilancio.',
    '', recapHeading, 'Obiettivo n. 1 – Sportello digitale: € 820,08', 'Obiettivo n. 2 – Verde pubblico: € 873,30', 'Totale incremento della parte variabile del fondo: € 1.693,38',
  ].join('\n');

  it('declares none of its amounts for the last project but the one on the line naming it (see recap.test.ts)', () => {
    expect(outline(plan('RIEPILOGO DELLE RISORSE DESTINATE AL FONDO')).projects.map((p) => p.declared.map((d) => d.amount.text))).toEqual([['820.08'], ['873.30']]);
  });

  it('is no recap where "Riepilogo" goes on a sentence: the amount is the project\'s', () => {
    const text = ['Progetto n. 1 – Sportello', 'Descrizione', 'Testo.', 'Il progetto è descritto nel', 'riepilogo seguente e alimenta il fondo di € 500,00.'].join('\n');
    expect(outline(text).projects[0]!.declared.map((d) => d.amount.raw)).toEqual(['500,00']);
  });
});

describe('a certificate after the plan\'s signature', () => {
  const plan = (ownSentence: boolean) => [
    'Progetto n. 1 – Sportello', 'Descrizione', 'Testo.', 'Si intende incrementare la parte variabile del fondo di € 300,00.',
    'Progetto n. 2 – Archivio', 'Descrizione', 'Testo.', ...(ownSentence ? ['Si intende incrementare la parte variabile del fondo di € 745,18, come da prospetto:'] : ['Testo.']),
    '', 'Sant’Elpidio a Mare, 18/03/2025', '', 'IL RESPONSABILE DELL’AREA AMMINISTRATIVA', 'Dott. Stefano Marinelli', '',
    'VISTO DI REGOLARITÀ CONTABILE', 'Si attesta che la spesa complessiva di € 1.045,18, oltre oneri riflessi pari a € 338,40,', 'trova copertura nel Fondo risorse decentrate 2025, costituito con determinazione n. 211 del',
    '10/03/2025 per complessivi € 98.765,43, al capitolo 1010.01 del bilancio 2025-2027.',
  ].join('\n');
  const declaredOf = (text: string) => outline(text).projects.map((p) => p.declared[0]?.amount.raw ?? null);

  it('declares nothing for the last project where the project\'s own lines declare its amount', () => {
    expect(declaredOf(plan(true))).toEqual(['300,00', '745,18']);
  });

  it('declares nothing for the last project whose own lines declare nothing: the plan\'s whole cost is no project\'s share', () => {
    expect(declaredOf(plan(false))).toEqual(['300,00', null]);
  });

  it('declares the plan\'s whole cost for a plan of one project', () => {
    const one = plan(false).split('\n').slice(4).join('\n').replace('Progetto n. 2', 'Progetto n. 1');
    expect(declaredOf(one)).toEqual(['1.045,18']);
  });
});

describe('a past year\'s table in a project', () => {
  const table = (rows: string[], total: string) => ['', 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', '', ...rows, '', `Totale     ${total}`, ''];
  const plan = (intro: string, between: string[]) =>
    [
      'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2015',
      '',
      'Progetto N° 1 – Gestione documentale',
      '',
      'Descrizione del progetto',
      intro,
      ...table(['D2 18,56 300 5568,00 20 1113,6'], '1113,6'),
      ...between,
      'Per il 2015 si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di € 2.496,2, quale sommatoria delle risultanze di cui a seguire:',
      ...table(['D2 18,56 350 6496,00 20 1299,2', 'C3 17,10 350 5985,00 20 1197'], '2496,2'),
    ].join('\n');

  it.each([
    ['Nel 2014 il progetto ha visto impegnato il personale seguente (ore effettivamente rese):', ['Quinta condizione: (risorse quantificate con criteri trasparenti e ragionevoli)', '']],
    ['A consuntivo 2014 sono state rese le ore seguenti:', []],
    ['Il progetto prosegue quello avviato nel 2014, che a consuntivo ha impegnato il personale seguente (ore\neffettivamente rese, importo liquidato dopo la validazione dell’OIV):', []],
  ])('leaves out a table introduced by one of the years before the plan\'s: %j', (intro, between) => {
    const project = readPlan(plan(intro, between)).projects[0]!;
    expect(project.staff.map((row) => row.hours)).toEqual(['350', '350']);
    expect(project.printedTotal).toBe('2496.2');
  });

  it.each([
    ['Il progetto, avviato nel 2015, impegna il personale seguente:'],
    ['Caricamento delle concessioni rilasciate dal 2013.'],
    ['Nel 1998 il servizio fu istituito; vi lavora il personale seguente:'],
  ])('keeps a table whose introduction names the plan\'s year, dates something else or ends no introduction: %j', (intro) => {
    expect(readPlan(plan(intro, [])).projects[0]!.staff).toHaveLength(3);
  });
});
