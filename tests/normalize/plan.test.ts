import { describe, expect, it } from 'vitest';
import { readPlan, STAFF_HEADER as HEADER } from '../helpers/plans.js';

/** Two projects, the first declaring its amount, the second only its table; `closing` after the second's conditions. */
const plan = (closing: string) =>
  readPlan(
    [
      'Progetto N° 1 - Sportello',
      'Quinta condizione',
      'Si intende alimentare il Fondo Salario Accessorio di € 894,10.',
      HEADER,
      'D1 18,05 100 1.805,00 20 361,00',
      'C3 17,77 150 2.665,50 20 533,10',
      'Totale 894,10',
      'Sesta condizione: (b)',
      'testo',
      'Progetto N° 2 - Archivio',
      'Quinta condizione',
      'Le risorse sono quantificate nella tabella seguente:',
      HEADER,
      'C3 17,10 120 2.052,00 20 410,40',
      'B3 15,40 200 3.080,00 20 616,00',
      'D1 18,05 60 1.083,00 20 216,60',
      'Totale 1.243,00',
      'Settima condizione: (c)',
      'testo',
      '',
      closing,
    ].join('\n'),
  );

describe("the plan's total after the last project", () => {
  it.each([
    'Complessivamente i progetti comportano un incremento del fondo risorse decentrate di € 2.137,10.',
    "L'importo complessivo da destinare al Fondo per i progetti sopra descritti ammonta a € 2.137,10.",
    'Totale risorse destinate al fondo per tutti i progetti: € 2.137,10',
    'Importo complessivamente liquidabile per l’anno 2016: € 2.137,10, a valere sulla parte variabile del fondo.',
  ])('is none of the last project\'s amounts: "%s"', (closing) => {
    const doc = plan(closing);
    expect(doc.projects.map((p) => p.declaredAmount)).toEqual(['894.10', null]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('is the project\'s amount where it is not the projects\' sum, or names no projects', () => {
    const wrong = plan('Complessivamente i progetti comportano un incremento del fondo risorse decentrate di € 2.173,10.');
    expect(wrong.projects.map((p) => p.declaredAmount)).toEqual(['894.10', '2173.10']);
    expect(wrong.discrepancies.map((d) => [d.rule, d.project])).toEqual([['declared-mismatch', 2]]);
    const own = plan('Il progetto comporta un incremento del fondo risorse decentrate di € 2.137,10.');
    expect(own.projects.map((p) => p.declaredAmount)).toEqual(['894.10', '2137.10']);
  });
});

describe('staff rows under a header not read as one', () => {
  /** A project whose first table's header OCR garbled, over its rows and total, then a table read. */
  const garbled = (rows: string[]) =>
    readPlan(
      [
        'Progetto N° 1 - Medicina legale',
        'Quinta condizione',
        'Si intende alimentare il Fondo risorse decentrate di € 1.242,80.',
        'Cateuvzia Costo urario Ore Prodotto % EFisuiiato',
        ...rows,
        'TOTALE 1.242,80',
        'Sesta condizione: (b)',
        'Le risorse del secondo anno:',
        HEADER,
        'C1 19,85 160 3.176,00 20 635,20',
        'Totale 635,20',
        'Settima condizione: (c)',
        'testo',
      ].join('\n'),
    );

  it('are said unread, each, never passed over unsaid: their product or their result holds', () => {
    // The second row's product is wrong (140 × 19,85 = 2.779,00), its result holds on it.
    const doc = garbled(['D1 21,70 120 2.604,00 20 520,80', 'C1 19,85 140 3.610,00 20 722,00']);
    expect(doc.unparsed.map((u) => [u.line, u.text])).toEqual([
      [5, 'D1 21,70 120 2.604,00 20 520,80'],
      [6, 'C1 19,85 140 3.610,00 20 722,00'],
    ]);
    expect(doc.unparsed[0]!.reason).toBe("a staff row under no header read as a staff table's: in no table");
    expect(doc.discrepancies.filter((d) => d.rule === 'unparsed-line')).toHaveLength(2);
    expect(doc.projects[0]!.staff.map((r) => r.raw)).toEqual(['C1 19,85 160 3.176,00 20 635,20']);
  });

  it('are no line whose figures hold no row arithmetic, nor a line of prose', () => {
    const doc = garbled(['D1 Rossi Mario 120 520,80', 'C1 19,85 140 3.610,00 20 700,00', 'D1 e C1 partecipano al progetto dal 2014.']);
    expect(doc.unparsed).toEqual([]);
  });

  it('are said unread with a profile\'s words before their grade, as a row wrapped in its label cell prints them', () => {
    const doc = garbled(['Funzionario', 'responsabile D1 21,70 120 2.604,00 20 520,80', 'Istruttore direttivo C1 19,85 140 2.779,00 20 555,80', 'amministrativo']);
    expect(doc.unparsed.map((u) => [u.line, u.text])).toEqual([
      [6, 'responsabile D1 21,70 120 2.604,00 20 520,80'],
      [7, 'Istruttore direttivo C1 19,85 140 2.779,00 20 555,80'],
    ]);
    expect(doc.discrepancies.filter((d) => d.rule === 'unparsed-line')).toHaveLength(2);
  });

  it('are said unread in a project whose only header was not read', () => {
    const doc = readPlan(['Progetto N° 1 - Archivio', 'Quinta condizione', 'Catcgoria Costc orarlo Orc Prodotto % Risultatu', 'B3 15,40 200 3.080,00 20 616,00', 'Sesta condizione: (b)', 'testo'].join('\n'));
    expect(doc.unparsed.map((u) => u.text)).toEqual(['B3 15,40 200 3.080,00 20 616,00']);
    expect(doc.discrepancies.map((d) => d.rule).sort()).toEqual(['missing-table', 'unparsed-line']);
  });
});

describe('a staff table printed without its header', () => {
  const plan = (rows: string[]) =>
    readPlan(
      [
        'PIANO 2010',
        '',
        'Progetto n. 1 – Archivio',
        'Descrizione del progetto',
        'Si propone di destinare al fondo l’importo di euro 926,55, determinato come segue:',
        ...rows,
        'Totale 926,55',
        'Sesta condizione: (risorse a consuntivo)',
      ].join('\n'),
    );

  it('is read with its values in the usual order, where its rows bear that out, and says so', () => {
    // Hours before costs, products glued to their percentage: 100 × 16,95 = 1.695,00, 15 % of it 254,25;
    // 120 × 16,02 = 1.922,40, not 1.992,40, and 15 % of it 288,36.
    const doc = plan(['C4 100 16,95 1695,0015 254,25', 'C2 120 16,02 1992,4015 288,36', 'D3 50 19,80 990,0015 148,5', 'D1 90 17,44 1569,6015 235,44']);
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result])).toEqual([
      ['C4', '16.95', '100', '1695.00', '15', '254.25'],
      ['C2', '16.02', '120', '1992.40', '15', '288.36'],
      ['D3', '19.80', '50', '990.00', '15', '148.5'],
      ['D1', '17.44', '90', '1569.60', '15', '235.44'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toContain('no-header');
    expect(doc.discrepancies.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.row])).toEqual([['product-mismatch', 2]]);
  });

  it('goes on past a page\'s running header printed once between its rows', () => {
    const doc = plan(['C4 100 16,95 1695,0015 254,25', 'C2 120 16,02 1922,4015 288,36', '', 'Camera di Commercio della Toscana Nord-Ovest', 'Progetti di miglioramento dei servizi – anno 2010', '', '12', '', 'D3 50 19,80 990,0015 148,5', 'D1 90 17,44 1569,6015 235,44']);
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['C4', 'C2', 'D3', 'D1']);
    // Printed once, the header's lines are not known for furniture: said unread, and no error follows.
    expect(doc.discrepancies.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.source.lines])).toEqual([['unparsed-line', [9]], ['unparsed-line', [10]]]);
  });

  it('is no table where its lines hold no staff row\'s arithmetic: the project is said to have none', () => {
    const doc = plan(['C4 100 16,95 1000,00 254,25', 'C2 120 16,02 2000,00 100,00']);
    expect(doc.projects[0]!.staff).toEqual([]);
    expect(doc.discrepancies.map((d) => d.rule)).toContain('missing-table');
  });
});
