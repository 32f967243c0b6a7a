import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/extract/structure.js';
import { findingsOf, readPlan, sourceOf, STAFF_HEADER } from '../helpers/plans.js';

const outline = (text: string) => outlineDocument(sourceOf(text));

/** A project with its conditions and table but no sentence declaring its amount. */
const project = (number: number, title: string, row: string, total: string) => [
  `Obiettivo n. ${number} – ${title}`,
  'Quinta condizione: (risorse quantificate)',
  'come da prospetto seguente.',
  STAFF_HEADER,
  row,
  `Totale ${total}`,
  '',
];
const projects = [
  ...project(1, 'Sportello digitale per i tributi', 'D1 19,80 100 1.980,00 20 396,00', '396,00'),
  ...project(2, 'Manutenzione del verde', 'C1 17,32 150 2.598,00 15 389,70', '389,70'),
];
const declaredOf = (text: string) => outline(text).projects.map((p) => p.declared.map((d) => [d.amount.text, d.source.lines]));

describe('amounts read from a recap of all projects after the last one', () => {
  it('gives each project the amount of the recap\'s line that names it by its number and title, with that line as its source', () => {
    const recap = ['RIEPILOGO DELLE RISORSE DESTINATE AL FONDO', 'Obiettivo n. 1 – Sportello digitale per i tributi: € 396,00', 'Obiettivo n. 2 – Manutenzione del verde: € 389,70', 'Totale: € 785,70'];
    expect(declaredOf([...projects, ...recap].join('\n'))).toEqual([[['396.00', [16]]], [['389.70', [17]]]]);
  });

  it('reads a recap\'s table by the number alone or by the title alone', () => {
    const byNumber = ['RIEPILOGO', 'Obiettivo   Importo', 'n. 1        396,00', 'n. 2        389,70'];
    expect(declaredOf([...projects, ...byNumber].join('\n'))).toEqual([[['396.00', [17]]], [['389.70', [18]]]]);
    const byTitle = ['Tabella riepilogativa', 'SPORTELLO DIGITALE PER I TRIBUTI    396,00', 'Manutenzione del verde   € 389,70'];
    expect(declaredOf([...projects, ...byTitle].join('\n'))).toEqual([[['396.00', [16]]], [['389.70', [17]]]]);
  });

  it('reads a recap\'s table whose column gap is a tab as it reads one of spaces, and no figure after one space', () => {
    const tabbed = ['Tabella riepilogativa', 'SPORTELLO DIGITALE PER I TRIBUTI\t396,00', 'Manutenzione del verde\t389,70'];
    expect(declaredOf([...projects, ...tabbed].join('\n'))).toEqual([[['396.00', [16]]], [['389.70', [17]]]]);
    const oneSpace = ['Tabella riepilogativa', 'SPORTELLO DIGITALE PER I TRIBUTI 396,00', 'Manutenzione del verde 389,70'];
    expect(declaredOf([...projects, ...oneSpace].join('\n'))).toEqual([[], []]);
  });

  it('reads the last amount of a recap\'s lines that print hours and the hours\' value before it, where the header ends on the fund\'s share', () => {
    const lines = ['1   Sportello digitale per i tributi   100   € 1.980,00   € 396,00', '2   Manutenzione del verde   150   € 2.598,00   € 389,70'];
    const recap = (header: string) => ['RIEPILOGO DEI PROGETTI', '', header, ...lines, 'Totale   250   € 4.578,00   € 785,70'];
    expect(declaredOf([...projects, ...recap('N.   Progetto   Ore   Valore delle ore   Quota al fondo (20%)')].join('\n'))).toEqual([[['396.00', [18]]], [['389.70', [19]]]]);
    // A last column that is no share of the fund: the lines' amounts are not read.
    expect(declaredOf([...projects, ...recap('N.   Progetto   Ore   Quota al fondo   Valore delle ore')].join('\n'))).toEqual([[], []]);
  });

  it('reads a recap\'s line by the number and a short name of the title, every word of it the title\'s', () => {
    const recap = ['PROSPETTO RIEPILOGATIVO DEI PROGETTI', 'N.    Progetto                  Importo al fondo', '1     Sportello tributi          396,00 euro', '2     Manutenzione verde         389,70 euro'];
    expect(declaredOf([...projects, ...recap].join('\n'))).toEqual([[['396.00', [17]]], [['389.70', [18]]]]);
    // A short name with a word its project's title does not have: no amount.
    const doubtful = ['PROSPETTO RIEPILOGATIVO DEI PROGETTI', 'N.    Progetto                  Importo al fondo', '1     Sportello del verde        396,00 euro', '2     Manutenzione parchi        389,70 euro'];
    expect(declaredOf([...projects, ...doubtful].join('\n'))).toEqual([[], []]);
  });

  it('reads nothing from a line whose number no project has, whose title is another\'s, or that names a project twice', () => {
    const recap = ['RIEPILOGO', 'n. 3 – Sportello digitale per i tributi: € 396,00', 'n. 2 – Censimento dei passi carrai: € 389,70'];
    expect(declaredOf([...projects, ...recap].join('\n'))).toEqual([[], []]);
    const twice = ['RIEPILOGO', 'Obiettivo n. 1 – Sportello digitale per i tributi: € 396,00', 'Obiettivo n. 1: € 200,00'];
    expect(declaredOf([...projects, ...twice].join('\n'))).toEqual([[], []]);
  });

  it('reads nothing from a list of amounts without a recap\'s heading', () => {
    const list = ['Obiettivo n. 1 – Sportello digitale per i tributi: € 396,00', 'Obiettivo n. 2 – Manutenzione del verde: € 389,70'];
    expect(declaredOf([...projects, ...list].join('\n'))).toEqual([[], []]);
  });

  it('keeps a project\'s own sentence over the recap, even where the recap gives another amount', () => {
    const own = projects.map((line) => (line === 'come da prospetto seguente.' ? 'Si intende alimentare il Fondo risorse decentrate di € 396,00.' : line));
    const recap = ['RIEPILOGO', 'Obiettivo n. 1 – Sportello digitale per i tributi: € 500,00', 'Obiettivo n. 2 – Manutenzione del verde: € 389,70'];
    const doc = readPlan([...own, ...recap].join('\n'));
    expect(doc.projects.map((p) => p.declaredAmount)).toEqual(['396.00', '396.00']);
    // The recap's amount for a project, against its table, is checked as a sentence's would be.
    const differing = readPlan([...projects, 'RIEPILOGO', 'Obiettivo n. 1 – Sportello digitale per i tributi: € 500,00'].join('\n'));
    expect(differing.projects.map((p) => p.declaredAmount)).toEqual(['500.00', null]);
    expect(findingsOf(differing, 'declared-mismatch').map((f) => f.project)).toEqual([1]);
  });

  it.each([
    ['"QUADRO RIASSUNTIVO"', 'QUADRO RIASSUNTIVO DELLE RISORSE DESTINATE AL FONDO'],
    ['"Tabella di sintesi dei progetti"', 'Tabella di sintesi dei progetti'],
    ['"Prospetto delle risorse per progetto"', 'Prospetto delle risorse per progetto'],
  ])('reads a recap under %s, none of its amounts the last project\'s own', (_, heading) => {
    const recap = [heading, 'Obiettivo n. 1 – Sportello digitale per i tributi: € 396,00', 'Obiettivo n. 2 – Manutenzione del verde: € 389,70'];
    expect(declaredOf([...projects, ...recap].join('\n'))).toEqual([[['396.00', [16]]], [['389.70', [17]]]]);
  });

  it('reads nothing from a table of other figures after the last project: by office, by year', () => {
    const byOffice = ['Prospetto delle risorse per settore', 'Settore   Importo', '1 Area tecnica      1.500,00', '2 Area amministrativa      980,40'];
    expect(declaredOf([...projects, ...byOffice].join('\n'))).toEqual([[], []]);
    const byYear = ['Quadro economico per anno', 'Anno   Importo', '1 2022      1.500,00', '2 2023      980,40'];
    expect(declaredOf([...projects, ...byYear].join('\n'))).toEqual([[], []]);
    // A recap's heading whose lines name other projects gives nothing either.
    const others = ['Tabella di sintesi', '1 Area tecnica      1.500,00', '2 Area amministrativa      980,40'];
    expect(declaredOf([...projects, ...others].join('\n'))).toEqual([[], []]);
  });

  it('reads a recap in an annex after the plan\'s signature', () => {
    const annex = ['Borgo, 15 marzo 2022', 'Il Segretario Comunale', 'dott. Paolo Rinaldi', '', 'ALLEGATO A – RIEPILOGO DELLE RISORSE PER OBIETTIVO', 'Obiettivo n. 1 – Sportello digitale per i tributi: € 396,00', 'Obiettivo n. 2 – Manutenzione del verde: € 389,70', 'Totale: € 785,70'];
    expect(declaredOf([...projects, ...annex].join('\n'))).toEqual([[['396.00', [20]]], [['389.70', [21]]]]);
    // An annex naming each project twice (another year's recap after the plan's) gives nothing.
    const twice = [...annex, 'ALLEGATO B – RIEPILOGO 2021', 'Obiettivo n. 1 – Sportello digitale per i tributi: € 300,00', 'Obiettivo n. 2 – Manutenzione del verde: € 350,00'];
    expect(declaredOf([...projects, ...twice].join('\n'))).toEqual([[], []]);
  });
});

describe('amounts read from a recap with last year\'s column beside this year\'s', () => {
  const plan = (...recap: string[]) => ['PIANO DEI PROGETTI DI MIGLIORAMENTO 2022', '', ...projects, ...recap].join('\n');
  const declaredIn = (...recap: string[]) => outline(plan(...recap)).projects.map((p) => p.declared.map((d) => [d.amount.text, d.source.lines]));

  it('reads the column whose header names the plan\'s year, the header and the titles wrapped over lines as a PDF gives them', () => {
    // Cells set apart by one space, the number and the amounts centred between a title's two lines, the projects in another order.
    const recap = ['PROSPETTO RIEPILOGATIVO DELLE RISORSE DA', 'DESTINARE AL FONDO', 'Importo Importo 2022', 'Progetto Titolo', '2021 € €'];
    const rows = ['Manutenzione del', '2 350,00 389,70', 'verde', 'Sportello digitale per i', '1 — 396,00', 'tributi', 'TOTALE 350,00 785,70'];
    expect(declaredIn(...recap, ...rows)).toEqual([[['396.00', [26]]], [['389.70', [23]]]]);
  });

  it('reads a title wrapped over lines, its number on the first and the amounts on the last, and this year\'s column first where the header puts it so', () => {
    const rows = ['1    Sportello digitale', '     per i tributi                 300,00        396,00', '2    Manutenzione', '     del verde                     350,00        389,70'];
    const header = (years: string) => ['RIEPILOGO DEI PROGETTI', `N.   Progetto                      ${years}`];
    expect(declaredIn(...header('Importo 2021  Importo 2022'), ...rows)).toEqual([[['396.00', [20]]], [['389.70', [22]]]]);
    expect(declaredIn(...header('Importo 2022  Importo 2021'), ...rows)).toEqual([[['300.00', [20]]], [['350.00', [22]]]]);
    // Titles alone, wrapped, no number: read by the whole title.
    const titled = ['Sportello digitale per', 'i tributi   300,00   396,00', 'Manutenzione del', 'verde   350,00   389,70'];
    expect(declaredIn(...header('Importo 2021  Importo 2022'), ...titled)).toEqual([[['396.00', [20]]], [['389.70', [22]]]]);
  });

  it('reads no amount where the header does not tell which column is the plan\'s year\'s, and says so on each line', () => {
    const rows = ['1   Sportello digitale per i tributi   300,00   396,00', '2   Manutenzione del verde   350,00   389,70'];
    const unsure = (header: string) => {
      const text = plan('RIEPILOGO DEI PROGETTI', header, ...rows);
      return [outline(text).projects.map((p) => p.declared.length), findingsOf(readPlan(text), 'unparsed-line').map((f) => [f.project, f.source.lines])];
    };
    const said = [[0, 0], [[1, [19]], [2, [20]]]];
    // Years neither of which is the plan's; the plan's year the earlier of two stacked on different lines; no year at all.
    expect(unsure('N.   Progetto   Importo 2020   Importo 2021')).toEqual(said);
    expect(unsure('Importo Importo 2023').slice(0, 1)).toEqual([[0, 0]]);
    expect(unsure('N.   Progetto   Importo   Importo')).toEqual(said);
    const message = findingsOf(readPlan(plan('RIEPILOGO DEI PROGETTI', 'N.   Progetto   Importo 2020   Importo 2021', ...rows)), 'unparsed-line')[0]!.message;
    expect(message).toContain('project 1 with the amounts 300,00 and 396,00');
    expect(message).toContain('2020 and 2021');
  });
});

describe('amounts read from a recap\'s table without a heading after the last project', () => {
  const table = (...rows: string[]) => ['Progetto                               Importo', ...rows, 'Totale                                 € 785,70', '', 'Poggio Alto, 15 marzo 2023'];

  it('gives each project its line\'s amount where every line names one project, by number and title or by title', () => {
    const numbered = table('1. Sportello digitale per i tributi     € 396,00', '2. Manutenzione del verde               € 389,70');
    expect(declaredOf([...projects, ...numbered].join('\n'))).toEqual([[['396.00', [16]]], [['389.70', [17]]]]);
    const titled = table('Sportello digitale per i tributi        € 396,00', 'Manutenzione del verde                  € 389,70');
    expect(declaredOf([...projects, ...titled].join('\n'))).toEqual([[['396.00', [16]]], [['389.70', [17]]]]);
  });

  it('reads nothing where one line names no project for sure, or under a header of other figures', () => {
    const vague = table('1. Sportello digitale per i tributi     € 396,00', 'Verde                                   € 389,70');
    expect(declaredOf([...projects, ...vague].join('\n'))).toEqual([[], []]);
    const offices = table('Ufficio tributi                         € 396,00', 'Ufficio tecnico                         € 389,70');
    expect(declaredOf([...projects, ...offices].join('\n'))).toEqual([[], []]);
    const byOffice = ['Ufficio                                Importo', '1. Sportello digitale per i tributi     € 396,00', '2. Manutenzione del verde               € 389,70'];
    expect(declaredOf([...projects, ...byOffice].join('\n'))).toEqual([[], []]);
  });
});

describe('amounts read from a list of the projects before the first one', () => {
  const list = (intro: string) => ['PIANO DEGLI OBIETTIVI 2022', intro, '1. Sportello digitale per i tributi – € 396,00', '2. Manutenzione del verde – € 389,70', 'per un totale di € 785,70.', ''];

  it('gives each project the amount of the list\'s line naming it by number and title', () => {
    expect(declaredOf([...list('Il piano prevede i seguenti progetti:'), ...projects].join('\n'))).toEqual([[['396.00', [3]]], [['389.70', [4]]]]);
  });

  it('reads nothing from a list not announced as the plan\'s projects, or naming other titles', () => {
    expect(declaredOf([...list('Nel 2021 il fondo è stato ripartito così.'), ...projects].join('\n'))).toEqual([[], []]);
    const other = list('Il piano prevede i seguenti progetti:').map((l) => l.replace('Sportello digitale per i tributi', 'Censimento dei passi carrai'));
    expect(declaredOf([...other, ...projects].join('\n'))).toEqual([[], [['389.70', [4]]]]);
  });

  it('reads nothing from a list of another year\'s projects, announced in the past or naming only another year', () => {
    expect(declaredOf([...list('Nel 2021 sono stati realizzati i seguenti progetti:'), ...projects].join('\n'))).toEqual([[], []]);
    expect(declaredOf([...list('Progetti del piano 2021, i seguenti progetti finanziati:'), ...projects].join('\n'))).toEqual([[], []]);
    expect(declaredOf([...list("Nell'anno precedente furono finanziati i seguenti progetti:"), ...projects].join('\n'))).toEqual([[], []]);
  });

  it('still reads the plan\'s own list: after another year\'s, or announced with this year beside another', () => {
    const last = ['Nel 2021 sono stati realizzati i seguenti progetti:', '1. Sportello digitale per i tributi – € 300,00', '2. Manutenzione del verde – € 350,00', ''];
    const [heading, ...rest] = list('Il piano prevede i seguenti progetti:');
    expect(declaredOf([heading!, ...last, ...rest, ...projects].join('\n'))).toEqual([[['396.00', [7]]], [['389.70', [8]]]]);
    expect(declaredOf([...list('Per il 2022, in continuità con il 2021, si propongono i seguenti progetti:'), ...projects].join('\n'))).toEqual([[['396.00', [3]]], [['389.70', [4]]]]);
  });

  it('gives no amount where the list gives a project nothing ("0,00")', () => {
    const zero = list('Il piano prevede i seguenti progetti:').map((l) => l.replace('396,00', '0,00'));
    expect(declaredOf([...zero, ...projects].join('\n'))).toEqual([[], [['389.70', [4]]]]);
  });

  it('gives none where the list before and the recap after give a project different amounts', () => {
    const recap = ['RIEPILOGO', 'Obiettivo n. 1 – Sportello digitale per i tributi: € 500,00', 'Obiettivo n. 2 – Manutenzione del verde: € 389,70'];
    expect(declaredOf([...list('Il piano prevede i seguenti progetti:'), ...projects, ...recap].join('\n')).map((d) => d.map((x) => x[0]))).toEqual([[], ['389.70']]);
  });
});
