import { describe, expect, it } from 'vitest';
import { classifyLine, gradeOpeningLabel, isContactLine } from '../../src/normalize/row-line.js';
import type { SourceDocument } from '../../src/model.js';
import { recordOf } from '../../src/pipeline.js';
import { findingsOf, readPlan, readProjects, headerOf, readStaffTable, sourceOf, STAFF_HEADER as HEADER, staffValues as values } from '../helpers/plans.js';

const read = (...body: string[]) => readStaffTable(HEADER, ...body);

describe('reading a staff table', () => {
  it('joins rows broken over lines, with blank lines between the pieces, and records it', () => {
    const doc = read('C2  16,65 115', ' ', '', '1914,75', ' ', '20 382,95', '', 'D5', '', '22,08 50 1104 20 220,8', 'Totale 603,75');
    expect(values(doc)).toEqual([
      ['C2', '16.65', '115', '1914.75', '20', '382.95'],
      ['D5', '22.08', '50', '1104', '20', '220.8'],
    ]);
    expect(doc.projects[0]!.staff[0]!.source.lines).toEqual([4, 7, 9]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([{ kind: 'row-joined', detail: 'row printed over lines 4, 7, 9' }]);
    expect(doc.projects[0]!.staff[0]!.raw).toBe('C2 16,65 115 1914,75 20 382,95');
  });

  it('takes a row\'s last value alone on the table\'s last line for the row\'s, when the row holds so as printed, not for a total', () => {
    // 10,07 × 1860 × 42 % = 7866,684: split into "10,0|7 18|60 42", the row would hold only by two repairs.
    const doc = readStaffTable('PERSONALE COSTO ORARIO TOTALE ORE PERCENTUALE RISULTATO', 'A1', '10,07', '1860', '42', '7866,68');
    expect(values(doc)).toEqual([['A1', '10.07', '1860', null, '42', '7866.68']]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toEqual(['row-joined']);
    expect(doc.projects[0]!.printedTotal).toBeNull();
  });

  it('reads an unlabelled whole total set apart by blank lines, where it is the sum of the rows\' results, not the page\'s number', () => {
    const doc = read('D6 24,04 140 3365,6  25  841', '', '     ', '841');
    expect(doc.projects[0]!.printedTotal).toBe('841');
    expect(read('D6 24,04 140 3365,6  25  841', '', '     ', '7').projects[0]!.printedTotal).toBeNull();
  });

  it('reads a grade\'s digit wrapped alone under its letters as the grade\'s, and a lone number elsewhere as no grade\'s', () => {
    const doc = read('EP             25,16      40     1.006,40     20        201,28', '1', 'C4             18,41      80     1.472,80     20        294,56', 'Totale                                                  495,84');
    expect(values(doc)).toEqual([
      ['EP1', '25.16', '40', '1006.40', '20', '201.28'],
      ['C4', '18.41', '80', '1472.80', '20', '294.56'],
    ]);
    expect(doc.projects[0]!.staff[0]!.source.lines).toEqual([4, 5]);
    // Far from the grade's letters, the number is no digit of theirs.
    const apart = read('EP             25,16      40     1.006,40     20        201,28', '                              1', 'C4             18,41      80     1.472,80     20        294,56', 'Totale 495,84');
    expect(apart.projects[0]!.staff.map((r) => r.grade)).toEqual(['EP', 'C4']);
  });

  it('reads a label wrapped in its cell after the row\'s number, its values on the line below, as one row', () => {
    const doc = readStaffTable('N.\tQualifica\tCosto orario\tOre\tCosto complessivo\tQuota\tImporto incentivo', '1\tIstruttore', 'amministrativo C1\t€ 16,76\t120\t€ 2.011,20\t20\t€ 402,24', '2\tOSS B4\t€ 15,77\t180\t€ 2.838,60\t20\t€ 567,72', 'TOTALE\t\t\t\t\t\t€ 969,96');
    expect(values(doc)).toEqual([
      ['C1', '16.76', '120', '2011.20', '20', '402.24'],
      ['B4', '15.77', '180', '2838.60', '20', '567.72'],
    ]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.projects[0]!.staff[0]!.source.lines).toHaveLength(2);
  });

  it('reads an unlabelled total after the last row', () => {
    const doc = read('D3 20,30 370 7511,00 20 1502,2', 'C5 18,26 570 10408,20 20 2081,64', '    ', ' 3583,84 ');
    expect(doc.projects[0]!.printedTotal).toBe('3583.84');
    expect(doc.projects[0]!.staff).toHaveLength(2);
  });

  it('reads a "Totale" label with its number on the next line', () => {
    const doc = read('D5 22,08 180', '16 635,904', 'Totale', ' 635,904');
    expect(doc.projects[0]!.printedTotal).toBe('635.904');
    expect(values(doc)).toEqual([['D5', '22.08', '180', null, '16', '635.904']]);
  });

  it.each(['Totale 406', 'TOTALE € 406', 'Totale €     406,00', 'Totale complessivo 406'])('reads the total line %j', (total) => {
    expect(Number(read('D3 20,30 100 2030,00 20 406', total).projects[0]!.printedTotal)).toBe(406);
  });

  it.each([
    'TOTALE GENERALE (200,00 + 206,00) 416,00',
    'Totale 200,00 + 206,00 = 416,00',
    'Totale € 416,00 (€ 200,00 + € 206,00)',
    'Totale complessivo 416,00 di cui 200,00 Ufficio Metrico e 206,00 Ufficio Ispettivo',
    'Totale 416,00 = 200,00 + 206,00',
  ])('reads the figure of the total line %j, not the parts it says it is made of', (total) => {
    // The parts add up to the rows' results (406,00); the figure printed for the whole does not.
    const doc = read('D3 20,30 100 2030,00 20 406,00', total);
    expect(doc.projects[0]!.printedTotal).toBe('416.00');
    expect(doc.discrepancies.map((d) => d.rule)).toEqual(['total-mismatch']);
  });

  it('reads a footnote under the table, its mark first, as no row, and a row with its mark before the grade as one', () => {
    for (const note of ['(**) di cui 60 ore nel periodo 1.6 – 30.9.2022.', '(**) 60 ore nel periodo 1.6 – 30.9.2022.', '* part-time al 50% (18 ore settimanali).']) {
      const doc = read('D2 18,56 100 1.856,00 20 371,20', 'B3 (**) 15,20 120 1.824,00 20 364,80', 'Totale 736,00', '', note);
      expect(values(doc).map((row) => row[0])).toEqual(['D2', 'B3']);
      expect(doc.discrepancies).toEqual([]);
    }
    const marked = read('(*) C3 17,10 75 1.282,50 20 256,50', 'Totale 256,50');
    expect(values(marked)).toEqual([['C3', '17.10', '75', '1282.50', '20', '256.50']]);
  });

  it('reads a total line that labels its figures, set apart by a dash', () => {
    expect(read('D3 20,30 100 2030,00 20 406', 'Totale ore 100 - totale risultato € 406,00').projects[0]!.printedTotal).toBe('406.00');
  });

  it('reads the results\' total named as the fund\'s share after a line of the hours\' and products\' totals', () => {
    const doc = read('D3 20,30 100 2030,00 20 406,00', 'Totali 100 2.030,00', 'Quota da destinare al fondo 406,00');
    expect(doc.projects[0]!.printedTotal).toBe('406.00');
    expect(read('D3 20,30 100 2030,00 20 406,00', 'Totali 100 2.030,00', 'Quota da destinare al fondo 400,00').discrepancies.map((d) => d.rule)).toEqual(['total-mismatch']);
  });

  it('reads no total in the amount said for the fund after the table\'s total, whether the two agree or not', () => {
    const rows = ['D1 18,94 150 2841,00 20 568,20', 'B1 14,89 30 446,70 20 89,34'];
    for (const said of ['Importo da destinare al fondo: € 757,54', 'Quota da destinare al fondo: € 757,54', 'Totale da destinare al fondo: € 757,54']) {
      const doc = read(...rows, 'Totale 657,54', said);
      expect(doc.projects[0]!.printedTotal).toBe('657.54');
      expect(doc.discrepancies.map((d) => [d.rule, d.printed, d.expected])).toEqual([['declared-mismatch', '757.54', '657.54']]);
    }
    // The total leaves out the second row; the amount said after it is the rows' sum.
    const omits = read(...rows, 'TOTALE 568,20', 'Quota da destinare al fondo: € 657,54');
    expect(omits.projects[0]!.printedTotal).toBe('568.20');
    expect(omits.discrepancies.map((d) => d.rule).sort()).toEqual(['declared-mismatch', 'total-mismatch']);
  });

  it('keeps the amount said for the fund after the table\'s total without a currency, and before the amount the prose declares', () => {
    const rows = ['D1 18,94 150 2841,00 20 568,20', 'B1 14,89 30 446,70 20 89,34'];
    const bare = read(...rows, 'Totale 657,54', 'Importo da destinare al fondo 757,54');
    expect([bare.projects[0]!.declaredAmount, bare.projects[0]!.printedTotal]).toEqual(['757.54', '657.54']);
    expect(bare.discrepancies.map((d) => [d.rule, d.printed, d.expected])).toEqual([['declared-mismatch', '757.54', '657.54']]);
    expect(bare.unparsed).toEqual([]);
    // The prose's amount agrees with the total; the one said beside the table, which does not, is the project's.
    const plan = ['Progetto N° 1 - A', 'Si intende alimentare il Fondo Salario Accessorio di € 657,54.', HEADER, ...rows, 'Totale 657,54', 'Quota da destinare al fondo 675,54', 'Sesta condizione: (b)', 'testo'];
    const both = readPlan(plan.join('\n'));
    expect(both.projects[0]!.declaredAmount).toBe('675.54');
    expect(both.discrepancies.map((d) => [d.rule, d.printed, d.expected])).toEqual([['declared-mismatch', '675.54', '657.54']]);
  });

  it('reads a total for the fund after two offices\' subtotals as their total, and an amount said for it as the declared one', () => {
    const offices = ['Servizi sociali', HEADER, 'D2 18,56 90 1.670,40 20 334,08', 'C2 16,65 110 1.831,50 20 366,30', 'Totale servizi sociali 700,38', '', 'Servizi scolastici', HEADER, 'C2 16,65 70 1.165,50 20 233,10', 'B1 14,35 100 1.435,00 20 287,00', 'Totale servizi scolastici 520,10', ''];
    const project = (last: string) => readPlan(['Progetto N° 1 - A', 'Si intende alimentare il Fondo Salario Accessorio di € 1.220,48.', 'Quinta condizione', ...offices, last, 'Sesta condizione: (b)', 'testo'].join('\n'));
    const total = project('Totale quota fondo 1.202,48');
    expect([total.projects[0]!.declaredAmount, total.projects[0]!.printedTotal, total.projects[0]!.computedTotal]).toEqual(['1220.48', '1202.48', '1220.48']);
    expect(total.discrepancies.map((d) => d.rule).sort()).toEqual(['declared-mismatch', 'total-mismatch']);
    const said = project('Quota da destinare al fondo 1.202,48');
    expect([said.projects[0]!.declaredAmount, said.projects[0]!.printedTotal]).toEqual(['1202.48', '1220.48']);
    expect(said.discrepancies.map((d) => d.rule)).toEqual(['declared-mismatch']);
  });

  it.each([
    ['Totale (quota del 20%)   406,00', '406.00'],
    ['Totale incentivo (20%)   406,00', '406.00'],
    ['TOTALE QUOTA (20 %)   406,00', '406.00'],
    ['Totale 1° semestre   406,00', '406.00'],
    ['Totale 1^ fase   406,00', '406.00'],
    ['Totale fase 2^   406,00', '406.00'],
    ['TOTALE DA DESTINARE AL FONDO (art. 67, comma 5, lett. b) CCNL 21.05.2018)   406,00', '406.00'],
    ['Totale 476 (100 ore)', '476'],
    ['TOTALE ORE 100 – TOTALE IMPORTO € 406', '406'],
    ['Totale ore 100 / importo 406', '406'],
  ])('reads the total line %j, its asides and the hours beside it left out', (total, printed) => {
    expect(read('D3 20,30 100 2030,00 20 406', total).projects[0]!.printedTotal).toBe(printed);
  });

  it('says so when a total\'s figure cannot be read or a scan garbled it, and reads a row and a total with the page\'s number after them', () => {
    for (const total of ['TOTALE 1,736,42', 'TOTALE 2.1S4,6O']) {
      const doc = read('D3 20,30 100 2030,00 20 406', total);
      expect(doc.projects[0]!.printedTotal).toBeNull();
      expect(doc.unparsed.map((u) => u.reason)).toEqual(['a total line whose figures could not be read']);
    }
    const garbled = read('B1 1S,16 120 1.819,20 20 363,84', 'Totale 363,84');
    expect(garbled.projects[0]!.staff).toEqual([]);
    expect(garbled.unparsed.map((u) => u.line)).toEqual([4]);
    const paged = read('B3 16,02 100 1.602,00 20 320,40 - 2 -', 'TOTALE   320,40                - 4 -');
    expect(values(paged)).toEqual([['B3', '16.02', '100', '1602.00', '20', '320.40']]);
    expect(paged.projects[0]!.printedTotal).toBe('320.40');
  });

  it('reads a comma typed as a dot after thousands groups, in a row and in a total', () => {
    const doc = read('D3 20,30 100 2.030.00 20 406', 'TOTALE 1.736.42');
    expect(values(doc)).toEqual([['D3', '20.30', '100', '2030.00', '20', '406']]);
    expect(doc.projects[0]!.printedTotal).toBe('1736.42');
    expect(doc.unparsed).toEqual([]);
  });

  it('says so when a total line\'s figures cannot be read, rather than passing over it', () => {
    const doc = read('D3 20,30 100 2030,00 20 406', 'Totale come da prospetto allegato n. 3/b');
    expect(doc.projects[0]!.printedTotal).toBeNull();
    expect(doc.unparsed).toEqual([expect.objectContaining({ text: 'Totale come da prospetto allegato n. 3/b', reason: 'a total line whose figures could not be read' })]);
  });

  it('takes the last number of a total line with several totals', () => {
    expect(read('D3 20,30 100 2030,00 20 406', 'Totale 100 2030,00 406').projects[0]!.printedTotal).toBe('406');
  });

  it('reads a glued last row followed by an unlabelled total', () => {
    const doc = read('D5 22,08 100 220820 441,6', '441,6');
    expect(values(doc)).toEqual([['D5', '22.08', '100', '2208', '20', '441.6']]);
    expect(doc.projects[0]!.printedTotal).toBe('441.6');
  });

  it('skips page numbers, repeated headers and running headers inside a table', () => {
    const running = 'Camera di Commercio di Lucca - Piano 2015';
    const text = [
      running,
      'Progetto N° 1 - A',
      running,
      'Quinta condizione',
      HEADER,
      'D3 20,30 100 2030,00 20 406',
      'Pag. 3',
      running,
      HEADER,
      'C3 17,10 200 3420,00 20 684',
      '- 4 -',
      'D5 22,08 50 1104,00 20 220,8',
      'Totale 1310,8',
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['D3', 'C3', 'D5']);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('skips a header over three lines repeated on a new page, its last line starting with "TOTALE"', () => {
    const header = ['PERSONALE COSTO ', 'ORARIO ', 'TOTALE ORE PRODOTTO PERCENTUALE RISULTATO '];
    const text = [
      'Progetto N° 1 - A',
      'Quinta condizione',
      ...header,
      'D2 18,56 350 6496,00 20 1299,20',
      '\f12',
      ...header,
      'D5 ',
      '22,08 50 1104,00 20 220,80',
      'C4 17,63 150 2644,50 20 528,90',
      'Totale 2048,90',
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.result])).toEqual([['D2', '1299.20'], ['D5', '220.80'], ['C4', '528.90']]);
    expect(doc.projects[0]!.printedTotal).toBe('2048.90');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it.each(['Totale complessivo', 'TOTALE €', 'Totale quota incentivo'])('still reads %j with its number on the next line as the total', (label) => {
    const doc = read('D3 20,30 100 2030,00 20 406', label, '406');
    expect(doc.projects[0]!.printedTotal).toBe('406');
  });

  it('reads on after subtotals, and takes the grand total as the project\'s', () => {
    const doc = read(
      'D2 18,56 350 6496,00 20 1299,20',
      'Totale parziale 1299,20',
      'D3 20,30 100 2030,00 20 406,00',
      'B3 15,24 70 1066,80 10 106,68',
      'Totale parziale 512,68',
      'TOTALE COMPLESSIVO 1811,88',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D2', 'D3', 'B3']);
    expect(doc.projects[0]!.printedTotal).toBe('1811.88');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('ends the table at its total when what follows is a table of hours by month, not staff rows', () => {
    const doc = read(
      'D2 18,56 350 6496,00 20 1299,20',
      'C3 17,10 350 5985,00 20 1197,00',
      'Totale 2496,20',
      '',
      'Distribuzione delle ore per mese',
      'MESE ORE D2 ORE C3',
      'Marzo 100 100',
      'Aprile 250 250',
      'Totale 350 350',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D2', 'C3']);
    expect(doc.projects[0]!.printedTotal).toBe('2496.20');
    expect(doc.discrepancies).toEqual([]);
  });

  it.each([
    [['FASE D2 C3 TOTALE', 'Analisi dei flussi 150 150 300', 'Configurazione dell’applicativo 200 200 400', 'Totale ore 350 350 700']],
    [['CAT. GEN FEB MAR APR MAG GIU ORE', 'D2 50 50 50 50 50 100 350', 'C3 50 50 50 50 50 100 350']],
  ])('ends the table at its total when a table with grades or months for columns follows: %j', (other) => {
    const doc = read('D2 18,56 350 6496,00 20 1299,20', 'C3 17,10 350 5985,00 20 1197,00', 'Totale 2496,20', 'Le ore sono così ripartite:', ...other);
    expect(values(doc).map((v) => v[0])).toEqual(['D2', 'C3']);
    expect(doc.projects[0]!.printedTotal).toBe('2496.20');
    expect(doc.discrepancies).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('takes the captions of sections after a subtotal for what they are, and a last total that sums every row for the project\'s', () => {
    const doc = read(
      'D3 21,40 30 642,00 20 128,40',
      'Totale I trimestre 128,40',
      'Seconda fase: ottobre, novembre, dicembre',
      'C1 16,55 40 662,00 20 132,40',
      'Totale ufficio 132,40',
      'Squadra esterna – operai B3 e autisti C1',
      'B3 15,20 70 1.064,00 20 212,80',
      'Totale 473,60',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D3', 'C1', 'B3']);
    expect(doc.projects[0]!.printedTotal).toBe('473.60');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes captions in capitals naming grades, months or years, and captions of two lines, under a header or after a subtotal, for captions', () => {
    const doc = read(
      'PRIMA FASE (APRILE – MAGGIO – GIUGNO)',
      'D3 21,40 30 642,00 20 128,40',
      'Subtotale 128,40',
      'ISTRUTTORI AMMINISTRATIVI C1 E C2',
      'C1 16,55 40 662,00 20 132,40',
      'Subtotale 132,40',
      'ANNUALITÀ 2025 (CONFERMA DEL 2024)',
      'B3 15,20 70 1.064,00 20 212,80',
      'Subtotale 212,80',
      'Ufficio Tributi e Riscossione',
      '(personale assegnato dal 1° marzo)',
      'B1 14,35 100 1.435,00 20 287,00',
      'Totale 760,60',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D3', 'C1', 'B3', 'B1']);
    expect(doc.projects[0]!.printedTotal).toBe('760.60');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads on after a subtotal to rows broken after their grade, or with a grade and fewer figures', () => {
    const doc = read(
      'D2 18,56 350 6496,00 20 1299,20',
      'Totale parziale 1299,20',
      'D3',
      '20,30 100 2030,00 20 406,00',
      'B3 15,24 70',
      '1066,80 10 106,68',
      'Totale complessivo 1811,88',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D2', 'D3', 'B3']);
    expect(doc.projects[0]!.printedTotal).toBe('1811.88');
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads two tables of one project, a label between them, and adds up their totals', () => {
    const text = [
      'Progetto N° 1 - A',
      'Quinta condizione',
      'Ufficio Protocollo:',
      HEADER,
      'D2 18,56 350 6496,00 20 1299,20',
      'C3 17,10 350 5985,00 20 1197,00',
      'Totale 2496,20',
      'Ufficio Archivio:',
      HEADER,
      'D3 20,30 100 2030,00 20 406,00',
      'Totale 406,00',
      'Sesta condizione: (b)',
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['D2', 'C3', 'D3']);
    expect(doc.projects[0]!.printedTotal).toBe('2902.20');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes a grand total after a new page of subtotals as the project\'s, not as one more section', () => {
    const doc = read(
      'D2 18,56 350 6496,00 20 1299,20',
      'Totale parziale 1299,20',
      '\f',
      HEADER,
      'D3 20,30 100 2030,00 20 406,00',
      'Totale parziale 406,00',
      'Totale complessivo 1705,20',
    );
    expect(doc.projects[0]!.staff).toHaveLength(2);
    expect(doc.projects[0]!.printedTotal).toBe('1705.20');
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes a line above a second header for its table\'s caption, not for an unreadable line', () => {
    const text = ['Progetto N° 1 - A', 'Quinta condizione', HEADER, 'D2 18,56 350 6496,00 20 1299,20', 'Personale dell’Ufficio Ragioneria', HEADER, 'C3 17,10 100 1710,00 20 342,00', 'Totale 1641,20'];
    const doc = readPlan(text.join('\n'));
    expect(doc.projects[0]!.staff).toHaveLength(2);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads the columns in the order a one-line header prints them, glued cells too', () => {
    const text = [
      'Progetto N° 1 - A',
      'Quinta condizione',
      'CATEGORIA ORE COSTO ORARIO PRODOTTO PERCENTUALE RISULTATO',
      'C3 200 17,10 3420,00 20 684,00',
      'C3 150 17,10 2565,0020 513,00',
      'Totale 1197,00',
    ].join('\n');
    const doc = readPlan(text);
    expect(values(doc)).toEqual([
      ['C3', '17.10', '200', '3420.00', '20', '684.00'],
      ['C3', '17.10', '150', '2565.00', '20', '513.00'],
    ]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads the order of a header whose columns\' words are stacked over lines from its first line', () => {
    const text = ['Progetto N° 1 - A', 'Quinta condizione', 'PERSONALE ORE COSTO PRODOTTO PERCENTUALE RISULTATO', '              ORARIO', 'D3 100 20,30 2.030,00 20 406,00', 'C2 120 16,65 1.998,00 20 399,60', 'Totale 805,60'];
    expect(values(readPlan(text.join('\n')))).toEqual([
      ['D3', '20.30', '100', '2030.00', '20', '406.00'],
      ['C2', '16.65', '120', '1998.00', '20', '399.60'],
    ]);
  });

  it('reads the usual order under a header whose words are stacked over lines', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', 'CATEGORIA COSTO ORE PRODOTTO PERC. QUOTA', '          ORARIO', 'C3 17,10 200 3420,00 20 684,00', 'Totale 684,00'].join('\n'));
    expect(values(doc)).toEqual([['C3', '17.10', '200', '3420.00', '20', '684.00']]);
  });

  describe('under a header wrapped over lines without positions, which does not say whether hours come first', () => {
    const plan = (header: string[], ...rows: string[]) => readPlan(['Progetto N° 1 - A', 'Quinta condizione', ...header, ...rows].join('\n'));
    const hoursFirst = ['TOTALE COSTO', 'PERSONALE PRODOTTO PERCENTUALE RISULTATO', 'ORE ORARIO'];

    it('takes hours from the column whose values are whole and vary within a grade, and records it on each row', () => {
      const doc = plan(hoursFirst, 'C1 120 16,05 1.926,00 20 385,20', 'C3 200 17,10 3.420,00 20 684,00', 'C1 40 16,05 642,00 20 128,40', 'TOTALE 1.197,60');
      expect(values(doc)).toEqual([
        ['C1', '16.05', '120', '1926.00', '20', '385.20'],
        ['C3', '17.10', '200', '3420.00', '20', '684.00'],
        ['C1', '16.05', '40', '642.00', '20', '128.40'],
      ]);
      expect(doc.projects[0]!.staff.map((r) => r.repairs.map((repair) => repair.kind))).toEqual([['cost-hours-swapped'], ['cost-hours-swapped'], ['cost-hours-swapped']]);
      expect(doc.projects[0]!.staff[0]!.repairs[0]!.detail).toContain('"120" read as the hours and "16,05" as the hourly cost');
      expect(doc.discrepancies).toEqual([]);
    });

    it('keeps the usual order when the rows bear it out', () => {
      const doc = plan(['PERSONALE COSTO', 'ORARIO', 'TOTALE ORE PRODOTTO PERCENTUALE RISULTATO'], 'C1 16,05 120 1.926,00 20 385,20', 'C3 17,10 200 3.420,00 20 684,00', 'TOTALE 1.069,20');
      expect(values(doc)).toEqual([
        ['C1', '16.05', '120', '1926.00', '20', '385.20'],
        ['C3', '17.10', '200', '3420.00', '20', '684.00'],
      ]);
      expect(doc.projects[0]!.staff.flatMap((r) => r.repairs)).toEqual([]);
    });

    it.each([
      ['whole values in both columns', ['C1 120 16 1.920,00 20 384,00', 'C3 200 17 3.400,00 20 680,00']],
      ['a single row', ['C1 120 16,05 1.926,00 20 385,20']],
    ])('keeps the usual order when the rows do not tell: %s', (_, rows) => {
      const doc = plan(hoursFirst, ...rows);
      expect(doc.projects[0]!.staff.map((r) => [r.hourlyCost, r.hours])).toEqual(rows.map((row) => row.split(' ').slice(1, 3).map((v) => v.replace(',', '.'))));
      expect(doc.projects[0]!.staff.flatMap((r) => r.repairs)).toEqual([]);
    });
  });

  it('passes over a footer that gives its page\'s number, at the foot of a page inside a table', () => {
    const doc = read('C1 16,27 100 1.627,00 20% 325,40', '', 'Camera di Commercio di Prato - Piano progetti 2012 - pag. 1', '\fD3 20,30 100 2.030,00 20% 406,00', 'Totale 731,40');
    expect(doc.projects[0]!.staff).toHaveLength(2);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it.each(['CCIAA – Progetti di miglioramento dei servizi 2017', 'unioncamere toscana'])('joins the halves of a row broken over a page, the running header "%s" between them', (running) => {
    const text = [
      running,
      'Progetto N° 1 - A',
      'Quinta condizione',
      HEADER,
      'D2 18,56 350 6496,00 20 1299,2',
      'C3 17,10 170',
      `\f${running}`,
      '',
      '2907,00 20 581,4',
      'Totale 1880,6',
      'Sesta condizione: (b)',
      `\f${running}`,
    ].join('\n');
    const doc = readPlan(text);
    expect(values(doc)).toEqual([
      ['D2', '18.56', '350', '6496.00', '20', '1299.2'],
      ['C3', '17.10', '170', '2907.00', '20', '581.4'],
    ]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes a page number after the last row, at the foot of the page, for no total', () => {
    const doc = read('D2 18,56 350 6496,00 20 1299,20', 'C3 17,10 350 5985,00 20 1197,00', '7', '\fSettima condizione');
    expect(doc.projects[0]!.staff).toHaveLength(2);
    expect(doc.projects[0]!.printedTotal).toBeNull();
    expect(doc.unparsed).toEqual([]);
  });

  it('still reads a row whose last value, alone, opens the next page', () => {
    const doc = read('D3 20,30 100 2030,00 20', '\f406', 'Totale 406');
    expect(values(doc)).toEqual([['D3', '20.30', '100', '2030.00', '20', '406']]);
    expect(doc.projects[0]!.printedTotal).toBe('406');
  });

  it('takes the economic position for the grade when the legal category is printed before it, and not a former grade', () => {
    const text = [
      'Progetto N° 1 - A',
      'Quinta condizione',
      'CAT. GIUR. POS. EC. COSTO ORARIO ORE PRODOTTO PERCENTUALE RISULTATO',
      'C1 C3 17,10 350 5985,00 20 1197,00',
      'C1 C4 17,63 100 1763,00 20 352,60',
      'C1 C4 17,63 100 1763,00 20 352,60',
      'Istruttore C2 (ex B3) 16,50 100 1650,00 20 330,00',
      'Commissario P.L. D5 (D3 giur.) 22,08 100 2208,00 20 441,60',
      'Istruttore C1 (ex 6^ q.f.) 16,05 100 1605,00 20 321,00',
      'Totale 2994,80',
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['C3', 'C4', 'C4', 'C2', 'D5', 'C1']);
    expect(doc.discrepancies).toEqual([]);
  });

  it.each([
    [['Ripartizione del compenso tra i dipendenti', 'Dipendente             Cat.     Ore      Importo', 'Bianchi Sergio         D3       100       406,00']],
    [['RIEPILOGO GENERALE DEI PROGETTI', 'Progetto                       Ore     Importo', 'Primo                          100      406,00', 'Totale complessivo             100      406,00']],
    [['Riepilogo per categoria', 'Categoria Ore Risultato', 'D3 100 406,00']],
    [['Quote individuali', 'Nominativo Categoria Ore Quota', 'Rossi Mario D3 100 406,00']],
  ])('ends the staff table at the header of a table of another kind after its total: %j', (after) => {
    const doc = read('D3 20,30 100 2030,00 20 406,00', 'Totale 406,00', '', ...after);
    expect(values(doc)).toEqual([['D3', '20.30', '100', '2030.00', '20', '406.00']]);
    expect(doc.projects[0]!.printedTotal).toBe('406.00');
    expect(doc.discrepancies).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads a total printed above the header when none follows the rows, but not hours', () => {
    const above = (line: string) =>
      readPlan(['Progetto N° 1 - A', 'Quinta condizione', line, '', HEADER, 'D3 20,30 100 2030,00 20 406,00', 'Sesta condizione: (b)'].join('\n')).projects[0]!;
    expect(above('Totale progetto € 406,00').printedTotal).toBe('406.00');
    expect(above('Totale progetto € 406,00').staff).toHaveLength(1);
    expect(above('Totale ore previste 100').printedTotal).toBeNull();
    expect(above('Totale fondo € 90.000,00').printedTotal).toBeNull();
  });

  it('takes the captions of offices\' rows, the end of a wrapped label and the running header after a footer for what they are', () => {
    const doc = read(
      'Ufficio Anagrafe',
      'C3 17,10 200 3.420,00 20 684,00',
      'Totale Ufficio Anagrafe 684,00',
      'Ufficio Stato Civile',
      'D3 (infermiere 21,40 100 2.140,00 20 428,00',
      'professionale)',
      'C2 16,95 100 1.695,00 20 339,00',
      '',
      '                      Comune di Lago Verde – Pagina 3 di 7',
      'Comune di Lago Verde – Progetti 2024',
      '',
      'B4 15,55 100 1.555,00 20 311,00',
      'Totale Ufficio Stato Civile 1.078,00',
      'Totale complessivo 1.762,00',
    );
    expect(values(doc)).toEqual([
      ['C3', '17.10', '200', '3420.00', '20', '684.00'],
      ['D3', '21.40', '100', '2140.00', '20', '428.00'],
      ['C2', '16.95', '100', '1695.00', '20', '339.00'],
      ['B4', '15.55', '100', '1555.00', '20', '311.00'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1762.00');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a label wrapped in its cell, the grade code on its last line, above, beside or below the values', () => {
    const doc = read(
      'Istruttore',
      '17,10 100 1.710,00 20 342,00',
      'amm.vo C3',
      'Funzionario 18,56 40 742,40 20 148,48',
      'D2',
      'Collab.',
      '15,20 60 912,00 20 182,40',
      'prof.le B3',
      'Istruttore',
      'contabile C1 16,05 50 802,50 20 160,50',
      'Totale 833,38',
    );
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.result, r.source.lines.length])).toEqual([
      ['C3', '342.00', 3],
      ['D2', '148.48', 2],
      ['B3', '182.40', 3],
      ['C1', '160.50', 2],
    ]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('joins a profile\'s name wrapped under its row, ending on the code the row prints in a column of its own, to that row', () => {
    const doc = readStaffTable(
      'Profilo Fascia Costo orario Ore Prodotto Quota Risultato',
      'Collaboratore prof.le D4 € 21,60 90 € 1.944,00 20 % € 388,80',
      'amministrativo D4',
      'Assistente C3 € 17,48 100 € 1.748,00 20 % € 349,60',
      'amministrativo contabile',
      'C3',
      'Collaboratore B3 € 15,66 180 € 2.818,80 20 % € 563,76',
      'professionale',
      'terminalista B3',
      'Totale € 1.302,16',
    );
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.result, r.source.lines])).toEqual([
      ['D4', '388.80', [4, 5]],
      ['C3', '349.60', [6, 7, 8]],
      ['B3', '563.76', [9, 10, 11]],
    ]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
    // A code alone over a row whose label has none is still that row's, though the row above has the same.
    const above = read('D3 21,40 100 2.140,00 20 428,00', 'D3', 'Bianchi Laura 21,40 120 2.568,00 20 513,60', 'Totale 941,60');
    expect(above.projects[0]!.staff.map((r) => [r.grade, r.source.lines])).toEqual([
      ['D3', [4]],
      ['D3', [5, 6]],
    ]);
    // So is a code alone whose row's values follow the page's furniture: a row broken over a page after its grade.
    const broken = read('A4 14,31 80 1.144,80 15 171,72', 'A4', 'Piazza Garibaldi, 6 – 45100 Rovigo – Tel. 0425 476198', '12', '\f14,31 60 858,60 15 128,79', 'Totale 300,51');
    expect(broken.projects[0]!.staff.map((r) => [r.grade, r.result, r.source.lines])).toEqual([
      ['A4', '171.72', [4]],
      ['A4', '128.79', [5, 8]],
    ]);
    expect(broken.unparsed).toEqual([]);
  });

  it('reads a row on past a footnote at its page\'s foot and the header printed again, its label\'s aside or the header\'s tail after them', () => {
    // As `pdftotext -layout` writes it: the next page's table set a few characters further left.
    const doc = readStaffTable(
      '        Profilo       Fasc      Costo       Ore     Prodotto     %    Risultato',
      '                       ia       orario',
      '        Istruttore     C3       17,63       160     2.820,80     20     564,16',
      '        Istruttore     C1       16,88       220     3.713,60     20     742,72',
      '        amministrativo',
      '1Per la categoria C1 il costo orario di 16,88 euro deriva da 26.332,80 euro annui diviso 1.560 ore.',
      '                                 Pagina 1 di 2',
      '\f    Profilo       Fasc      Costo       Ore     Prodotto     %    Risultato',
      '                   ia       orario',
      '    (sportello)',
      '    Collaboratore',
      '    amministrativo B3       15,73       100     1.573,00     20     314,60',
      '    Totale                                                         1.621,48',
    );
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.result])).toEqual([
      ['C3', '564.16'],
      ['C1', '742.72'],
      ['B3', '314.60'],
    ]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes a grade alone before its values on the next line for a row of its own', () => {
    const doc = read('Dirigente 40,00 10 400,00 20 80,00', 'D2', '18,56 40 742,40 20 148,48', 'Totale 228,48');
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['Dirigente', 'D2']);
  });

  it.each(['Sommano 500,00', 'Complessivo 500,00', 'Totali 500,00', 'Tot.\t500,00', 'Tot. progetto 500,00', 'Somma 500,00', 'Importo totale 500,00', 'Risultato totale 500,00', 'Totale (€) 500,00', 'Totlae 500,00', 'Toatle € 500,00', 'Totale\n€\n500,00', 'Quota già destinata al fondo 500,00'])(
    'reads the total under the label %j, and finds it wrong',
    (total) => {
      const doc = read('D3 20,30 100 2030,00 20 406,00', ...total.split('\n'));
      expect(doc.projects[0]!.printedTotal).toBe('500.00');
      expect(doc.discrepancies.map((d) => d.rule)).toContain('total-mismatch');
    },
  );

  it('takes the results\' total among totals of the hours and products printed with it', () => {
    expect(read('D3 20,30 100 2030,00 20 406,00', 'Totale ore 100', 'Totale 406,00').projects[0]!.printedTotal).toBe('406.00');
    expect(read('D3 20,30 100 2030,00 20 406,00', 'Totale 100 2.030,00', 'Totale risultato 406,00').projects[0]!.printedTotal).toBe('406.00');
  });

  it('reads staff named like a total\'s label, and takes no total of all the projects for the table\'s', () => {
    const doc = read('Tot Maria D2 18,56 100 1.856,00 20 371,20', 'Somma Giulia C3 17,10 100 1.710,00 20 342,00', 'Totale 713,20', '', 'Importo totale stanziato per tutti i progetti € 4.981,15', 'Allegato 1 – 2 di 3');
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['D2', 'C3']);
    expect(doc.projects[0]!.printedTotal).toBe('713.20');
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a total with its page\'s number glued after it, where the figure before is the results\' sum', () => {
    const doc = read('D2 18,56 200 3712,00 20 742,4', 'C3 17,10 150 2565,00 20 513', 'Totale     1255,4    7');
    expect(doc.projects[0]!.printedTotal).toBe('1255.4');
    expect(doc.discrepancies).toEqual([]);
    // A last figure the sum agrees with is the total, whatever stands before it.
    expect(read('C3 17,10 100 1.710,00 20 342,00', 'C3 17,10 1 17,10 20 3,42', 'Totale 345,42 345').projects[0]!.printedTotal).toBe('345');
    // A total that leaves out a row: still the figure with cents, and the finding says so.
    const short = read('D2 18,56 200 3712,00 20 742,4', 'C3 17,10 150 2565,00 20 513', 'C1 16,05 100 1605,00 20 321,00', 'Totale     1255,4    7');
    expect(short.projects[0]!.printedTotal).toBe('1255.4');
    expect(short.discrepancies.map((d) => d.rule)).toEqual(['total-mismatch']);
    // A result total printed without cents after the products' total is the result total.
    expect(read('C3 17,10 100 1.710,00 20 342,00', 'C3 17,10 100 1.710,00 20 342,00', 'Totale 3.420,00 680').projects[0]!.printedTotal).toBe('680');
    expect(read('D2 18,56 200 3712,00 20 742,4', 'C3 17,10 150 2565,00 20 513', 'Totale 1255,4                    Pag. 3 di 8').projects[0]!.printedTotal).toBe('1255.4');
  });

  it.each([
    ['Funzionario D5 (D3', 'giur.) 22,08 120 2649,60 20 529,92', 'D5', '22.08'],
    ['Istruttore direttivo D4 (ex', 'D1) 21,19 120 2542,80 20 508,56', 'D4', '21.19'],
  ])('reads a label wrapped inside its aside in brackets, the grade its first code: %s / %s', (start, rest, grade, cost) => {
    for (const body of [[start, rest], ['C3 17,10 100 1710,00 20 342,00', start, rest]]) {
      const doc = read(...body);
      const row = doc.projects[0]!.staff.at(-1)!;
      expect([row.grade, row.hourlyCost]).toEqual([grade, cost]);
      expect(row.raw).toBe(`${start} ${rest}`);
      expect(doc.unparsed).toEqual([]);
    }
  });

  it('reads a row and the total printed beside it on one line', () => {
    const doc = read('D1 19,05 100 1.905,00 20 381,00', 'C2 16,95 150 2.542,50 20 508,50 TOTALE                             889,50');
    expect(values(doc)).toEqual([['D1', '19.05', '100', '1905.00', '20', '381.00'], ['C2', '16.95', '150', '2542.50', '20', '508.50']]);
    expect(doc.projects[0]!.printedTotal).toBe('889.50');
    expect(doc.projects[0]!.staff[1]!.raw).toBe('C2 16,95 150 2.542,50 20 508,50 TOTALE 889,50');
    expect(doc.discrepancies).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads a row and the total glued to its last figure, as text extraction leaves them', () => {
    const doc = read('D1 19,05 100 1.905,00 20 381,00', 'C2 16,95 150 2.542,50 20 508,50Totale 889,50');
    expect(values(doc)).toEqual([['D1', '19.05', '100', '1905.00', '20', '381.00'], ['C2', '16.95', '150', '2542.50', '20', '508.50']]);
    expect(doc.projects[0]!.printedTotal).toBe('889.50');
    expect(doc.discrepancies).toEqual([]);
  });

  it('flags an amount after the rows under a label it does not read as a total, rather than drop it unsaid', () => {
    const doc = read('D3 20,30 100 2030,00 20 406,00', 'Ammontare 500,00');
    expect(doc.unparsed.map((u) => u.text)).toEqual(['Ammontare 500,00']);
    // Set far right under the results, with one decimal, or under a label a scan garbled.
    for (const line of ['Ammontare                                              500,00', 'Complesso 500,5', '1OTALF 500,00']) {
      expect(read('D3 20,30 100 2030,00 20 406,00', line).unparsed.map((u) => u.text)).toEqual([line]);
    }
    // A 1 for each T and for the L, a nought for the O: "totale" as a scan gives it, its total read, and wrong.
    const scanned = read('D3 20,30 100 2030,00 20 406,00', '1OTA1E 500,00');
    expect(scanned.projects[0]!.printedTotal).toBe('500.00');
    expect(findingsOf(scanned, 'total-mismatch')).toHaveLength(1);
  });

  it('still flags a sentence inside a table', () => {
    const doc = read('C3 17,10 200 3.420,00 20 684,00', 'Il personale sarà formato.', 'C2 16,95 100 1.695,00 20 339,00', 'Totale 1.023,00');
    expect(doc.unparsed.map((u) => u.text)).toEqual(['Il personale sarà formato.']);
  });

  it('reads a percentage glued to the result after it, and page footers inside a table as furniture', () => {
    const doc = read('C1 17,60 300 5.280,00 25%1.320,00', 'file:///tmp/piano-2022.html                                1/5', 'D3 20,30 100 2.030,00 20%406,00', '', '                – 2 di 5', '', 'Totale 1.726,00');
    expect(values(doc)).toEqual([
      ['C1', '17.60', '300', '5280.00', '25', '1320.00'],
      ['D3', '20.30', '100', '2030.00', '20', '406.00'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads a row past a footnote\'s mark that text extraction set apart after a figure, and says so', () => {
    const doc = read('C3 € 17,10 150 1 € 2.565,00 20% € 513,00', 'Totale 513,00');
    expect(values(doc)).toEqual([['C3', '17.10', '150', '2565.00', '20', '513.00']]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toEqual(['footnote-mark']);
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes no digit for a footnote\'s mark when the row does not hold without it either', () => {
    // 17,47 × 50 = 873,50, not 2.620,50: "1 50" is 150 cut in two, no mark and 50.
    const doc = read('C2 17,47 1 50 2.620,50 25 655,13', 'Totale 655,13');
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toEqual(['cells-unresolved']);
    expect(doc.discrepancies.map((d) => d.rule)).not.toContain('product-mismatch');
  });

  it('splits no token into a percentage and a result that only a rounding bears out', () => {
    // "230" as 2 % and 30: 1.535,10 × 2 % = 30,702, a rounding of 30 only; the percentage is missing, the result 230.
    const doc = read('C4 18,06 85 1.535,10 230', 'Totale 230');
    expect(values(doc)).toEqual([['C4', '18.06', '85', '1535.10', null, '230']]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toEqual(['cell-missing']);
  });

  it('reads thousands set apart by a space as one amount when the row\'s arithmetic holds so, and says so', () => {
    // 19,83 × 300 = 5.949,00, 20 % of it 1.189,80; 18,56 × 350 = 6.496,00, 20 % 1.299,20 (a no-break space).
    const doc = read('C2 19,83 300 5 949,00 20 1 189,80', 'D2 18,56 350 6\u00a0496,00 20 1\u00a0299,20', 'Totale 2.489,00');
    expect(values(doc)).toEqual([
      ['C2', '19.83', '300', '5949.00', '20', '1189.80'],
      ['D2', '18.56', '350', '6496.00', '20', '1299.20'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([
      { kind: 'thousands-spaced', detail: expect.stringContaining('"5 949,00" read as one amount, 5949.00') },
      { kind: 'thousands-spaced', detail: expect.stringContaining('"1 189,80" read as one amount, 1189.80') },
    ]);
    expect(doc.projects[0]!.staff[0]!.raw).toBe('C2 19,83 300 5 949,00 20 1 189,80');
    expect(doc.discrepancies).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads a total with its thousands set apart by a space when the rows\' results add up to it, and not its last group', () => {
    // 1.189,80 + 1.299,20 = 2.489,00.
    const doc = read('C2 19,83 300 5.949,00 20 1.189,80', 'D2 18,56 350 6.496,00 20 1.299,20', 'Totale 2 489,00');
    expect(doc.projects[0]!.printedTotal).toBe('2489.00');
    expect(doc.discrepancies).toEqual([]);
    // "Totale ore 650 489,00": hours and an amount, the amount not the sum either way: read as printed, and flagged.
    const other = read('C2 19,83 300 5.949,00 20 1.189,80', 'D2 18,56 350 6.496,00 20 1.299,20', 'Totale 650 489,00');
    expect(other.projects[0]!.printedTotal).toBe('489.00');
    expect(other.discrepancies.map((d) => d.rule)).toContain('total-mismatch');
  });

  it('joins no figures set apart by a space where the row reads as printed, and where joined the amount must take part in a relation that holds', () => {
    // "150 855,00" and "20 171,00" could be 150.855,00 and 20.171,00: 5,70 × 150 = 855,00 says they are not.
    // 17,10 × 200 = 3.420,00 but 20 % of it is 684,00, not 648,00: joined, the product holds and the result does not.
    const doc = read('B1 5,70 150 855,00 20 171,00', 'C1 17,10 200 3 420,00 20 648,00', 'Totale 819,00');
    const [kept, joined] = doc.projects[0]!.staff;
    expect(values(doc)[0]).toEqual(['B1', '5.70', '150', '855.00', '20', '171.00']);
    expect(kept!.repairs).toEqual([]);
    expect(values(doc)[1]).toEqual(['C1', '17.10', '200', '3420.00', '20', '648.00']);
    expect(joined!.repairs.map((r) => r.kind)).toEqual(['thousands-spaced']);
    // 17,10 × 200 is no 3.240,00 and 20 % of it no 648,00: no relation vouches for the join.
    const neither = read('C1 17,10 200 3 240,00 20 684,00', 'Totale 684,00');
    expect(neither.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toEqual(['cells-unresolved']);
    expect(neither.unparsed.map((u) => u.text)).toEqual(['C1 17,10 200 3 240,00 20 684,00']);
  });

  it('takes a figure and a euro sign after it for no thousands\' group', () => {
    // "1 € 200,00" is not "1 200,00": the 1 is read as a footnote's mark, as before.
    const doc = read('C1 10,00 120 1 € 200,00 10 120,00', 'Totale 120,00');
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).not.toContain('thousands-spaced');
  });

  it('joins a number broken over two lines after its comma or dot when the row\'s arithmetic holds so, and says so', () => {
    // 29,84 × 200 = 5.968,00, 20 % of it 1.193,60; 15,02 × 200 = 3.004,00, 20 % 600,80.
    const doc = read('D1 29,84 200 5.968,', '00 20 1.193,60', 'B3 15,02 200 3.', '004,00 20 600,80', 'Totale 1.794,40');
    expect(values(doc)).toEqual([
      ['D1', '29.84', '200', '5968.00', '20', '1193.60'],
      ['B3', '15.02', '200', '3004.00', '20', '600.80'],
    ]);
    expect(doc.projects[0]!.staff.map((r) => r.repairs.map((repair) => repair.kind))).toEqual([
      ['row-joined', 'number-rejoined'],
      ['row-joined', 'number-rejoined'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs[1]!.detail).toContain('"5.968,00" read as one amount, 5968.00');
    expect(doc.discrepancies).toEqual([]);
  });

  it('joins no line\'s last figure with the next line\'s first when the row reads as printed', () => {
    // "5.968," then "20 …": a comma after the product, not its decimals (5.968,20 would break the product).
    const doc = read('D1 29,84 200 5.968,', '20 1.193,60', 'Totale 1.193,60');
    expect(values(doc)).toEqual([['D1', '29.84', '200', '5968', '20', '1193.60']]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toEqual(['row-joined']);
  });

  it('reads a table whose figures can only be English the English way, and says so on every row', () => {
    // 21,40 × 200 = 4.280,00, 20 % of it 856,00; 17,95 × 240 = 4.308,00, 25 % 1.077,00; 856 + 1.077 = 1.933,00.
    const doc = read('D3 21.40 200 4,280.00 20 856.00', 'C1 17.95 240 4,308.00 25 1,077.00', 'Total 1,933.00');
    expect(values(doc)).toEqual([
      ['D3', '21.40', '200', '4280.00', '20', '856.00'],
      ['C1', '17.95', '240', '4308.00', '25', '1077.00'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1933.00');
    expect(doc.projects[0]!.staff.map((r) => r.repairs.map((repair) => repair.kind))).toEqual([['english-format'], ['english-format']]);
    expect(doc.projects[0]!.staff[1]!.raw).toBe('C1 17.95 240 4,308.00 25 1,077.00');
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a table of Italian and English figures the Italian way, its English figures left unresolved, never misread', () => {
    const doc = read('D3 21,40 200 4.280,00 20 856,00', 'C1 17.95 240 4,308.00 25 1,077.00', 'Totale 1.933,00');
    expect(values(doc)[0]).toEqual(['D3', '21.40', '200', '4280.00', '20', '856.00']);
    expect(doc.projects[0]!.staff[1]!.repairs.map((r) => r.kind)).toEqual(['cells-unresolved']);
    expect(doc.unparsed.map((u) => u.text)).toEqual(['C1 17.95 240 4,308.00 25 1,077.00']);
  });

  it('reads a table whose figures read both ways as the plan\'s other tables show: English in an English plan, Italian otherwise', () => {
    // 20,00 × 1.500 = 30.000, 10 % of it 3.000; read the Italian way, 20 × 1,5 = 30 and 10 % of it 3 would hold too.
    const ambiguous = { number: 2, rows: ['C2 20.00 1,500 30,000 10 3,000'], total: 'Total 3,000' };
    const english = readProjects([{ number: 1, rows: ['D3 21.40 200 4,280.00 20 856.00'], total: 'Total 856.00' }, ambiguous]);
    expect(english.projects[1]!.staff.map((r) => [r.hours, r.product, r.result])).toEqual([['1500', '30000', '3000']]);
    expect(english.projects[1]!.printedTotal).toBe('3000');
    const italian = readProjects([{ number: 1, rows: ['D3 21,40 200 4.280,00 20 856,00'], total: 'Totale 856,00' }, ambiguous]);
    expect(italian.projects[1]!.staff.map((r) => [r.hours, r.product, r.result])).toEqual([['1.500', '30.000', '3.000']]);
    expect(italian.projects[1]!.staff[0]!.repairs).toEqual([]);
  });

  it('reads a table whose figures read both ways the Italian way in an English plan, when its rows hold only so', () => {
    // 20 × 150 = 3.000, 20 % of it 600: read the English way, 3.000 would be 3 and the rows break.
    const whole = { number: 2, rows: ['C1 20 150 3.000 20 600', 'B3 18 120 2.160 20 432'], total: 'TOTALE 1.032' };
    const doc = readProjects([{ number: 1, rows: ['C1 16.05 100 1,605.00 20 321.00'], total: 'Total 321.00' }, whole]);
    expect(doc.projects[1]!.staff.map((r) => [r.hours, r.product, r.result])).toEqual([['150', '3000', '600'], ['120', '2160', '432']]);
    expect(doc.projects[1]!.printedTotal).toBe('1032');
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes a page\'s number between the halves of a row broken over the page for no cell of it', () => {
    const doc = read('D4 24,67 120', '', '3', '', '', '16 473,664', 'C4', '', '4', '', HEADER, '17,63 100 1763,00 20 352,6', 'D3 20,30', '', '100', '', '2030,00 20 406');
    expect(values(doc)).toEqual([
      ['D4', '24.67', '120', null, '16', '473.664'],
      ['C4', '17.63', '100', '1763.00', '20', '352.6'],
      ['D3', '20.30', '100', '2030.00', '20', '406'],
    ]);
    expect(doc.discrepancies.map((d) => d.rule)).not.toContain('product-mismatch');
  });

  it('takes a page\'s number between the halves of a row for no cell of it without blank lines around it, and keeps a lone hours cell the row needs', () => {
    // 17,66 × 20 is 353,20, not 333,20: the row's arithmetic does not settle which figure is extra.
    const doc = read('D4 21,19 150 3178,50 30 953,55', 'B7 17,66', '9', '20 333,20 30 99,96');
    expect(values(doc)).toEqual([
      ['D4', '21.19', '150', '3178.50', '30', '953.55'],
      ['B7', '17.66', '20', '333.20', '30', '99.96'],
    ]);
    expect(doc.unparsed).toEqual([]);
    const hours = read('D4 21,19 150 3178,50 30 953,55', 'B7 17,66', '20', '333,20 30 99,96');
    expect(values(hours)[1]).toEqual(['B7', '17.66', '20', '333.20', '30', '99.96']);
  });

  it('reads a row on past a page\'s number that would complete it wrongly, where the line after completes it rightly', () => {
    // 572,40 × 15% is 85,86, not 2: the row goes on to its result on the line after the page's number.
    const doc = read('D3 20,30 40 812,00 15 121,80', 'A4 14,31 40 572,40 15', '2', '85,86', 'Totale 207,66');
    expect(values(doc)).toEqual([
      ['D3', '20.30', '40', '812.00', '15', '121.80'],
      ['A4', '14.31', '40', '572.40', '15', '85.86'],
    ]);
    expect(doc.unparsed).toEqual([]);
    // Look-alike: the lone number completes the row rightly (572,40 × 0,35% = 2,00): it is the row's result.
    const holds = read('D3 20,30 40 812,00 15 121,80', 'A4 14,31 40 572,40 0,35', '2', 'Totale 123,80');
    expect(values(holds)[1]).toEqual(['A4', '14.31', '40', '572.40', '0.35', '2']);
  });

  it('takes a lone page number after an unlabelled total, or after the blank lines a page leaves, for no total', () => {
    const after = read('D3 20,30 100 2030,00 20 406,00', '', ' 406,00', '', '', '9');
    expect(after.projects[0]!.printedTotal).toBe('406.00');
    expect(after.unparsed).toEqual([]);
    const alone = read('D3 20,30 100 2030,00 20 406,00', '', '', '', '11');
    expect(alone.projects[0]!.printedTotal).toBeNull();
    expect(alone.discrepancies).toEqual([]);
  });

  it('reads rows behind a column that numbers them', () => {
    const doc = read('1 D3 20,30 100 2.030,00 20 406,00', '2. C2 16,65 120 1.998,00 20 399,60', '3) Istruttore C1 16,00 10 160,00 20 32,00', 'Totale 837,60');
    expect(values(doc)).toEqual([
      ['D3', '20.30', '100', '2030.00', '20', '406.00'],
      ['C2', '16.65', '120', '1998.00', '20', '399.60'],
      ['C1', '16.00', '10', '160.00', '20', '32.00'],
    ]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads grades written with a space or a stop, and labels other than grades', () => {
    const doc = read('C 3 17,10 200 3420,00 20 684', 'Istruttore C1 16,27 100 1627 20 325,4', 'Dirigente 40,00 10 400 20 80', 'D.1 18,06 10 180,60 20 36,12', 'Istruttore cat. C.2 16,65 10 166,50 20 33,30', 'Totale 1158,82');
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['C3', 'C1', 'Dirigente', 'D1', 'C2']);
  });

  it('reads labels holding a count or a part-time\'s share before the row\'s values', () => {
    const doc = read('C1 p.t. 83,33% 16,55 60 993,00 20 198,60', 'C1 part-time 50% 16,55 60 993,00 20 198,60', 'B3 (n. 2 unità) 15,20 100 1.520,00 20 304,00', 'B3 n. 2 unità 15,20 100 1.520,00 20 304,00', 'Totale 1.005,20');
    expect(values(doc).map((r) => r.slice(0, 2))).toEqual([['C1', '16.55'], ['C1', '16.55'], ['B3', '15.20'], ['B3', '15.20']]);
    expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads grades written with a hyphen, a slash or the economic position named', () => {
    const doc = read('D-2 19,60 100 1.960,00 20 392,00', 'Dpos.2 19,60 10 196,00 20 39,20', 'D ec. 2 19,60 10 196,00 20 39,20', 'D pos. ec. 2 19,60 10 196,00 20 39,20', 'Totale 509,60');
    expect(values(doc)).toEqual(Array.from({ length: 4 }, (_, i) => ['D2', '19.60', i === 0 ? '100' : '10', i === 0 ? '1960.00' : '196.00', '20', i === 0 ? '392.00' : '39.20']));
    const slashed = readStaffTable('Categoria Ore Costo orario Prodotto % Risultato', 'C/1 300 19,66 5.898,00 20 1.179,60', 'D/3 100 22,00 2.200,00 20 440,00', 'Totale 1.619,60');
    expect(values(slashed).map((r) => r.slice(0, 3))).toEqual([['C1', '19.66', '300'], ['D3', '22.00', '100']]);
  });

  it('reads in the usual order a table that no row can be read under its header\'s words, where its rows hold so', () => {
    const header = ['Categoria Costo N. ore Costo Quota Importo', 'e posizione orario di lavoro complessivo destinata incentivo (€)'].join('\n');
    // 21,15 × 160 = 3.384,00: the first row's product is wrong, its result right.
    const doc = readStaffTable(header, 'D3 21,15 160 3.348,00 20% 676,80', 'C4 18,35 200 3.670,00 20% 734,00', 'B3 15,95 150 2.392,50 20% 478,50', 'Totale 1.889,30');
    expect(values(doc)).toEqual([
      ['D3', '21.15', '160', '3348.00', '20', '676.80'],
      ['C4', '18.35', '200', '3670.00', '20', '734.00'],
      ['B3', '15.95', '150', '2392.50', '20', '478.50'],
    ]);
    expect(doc.projects[0]!.staff[1]!.repairs.map((r) => r.kind)).toEqual(['columns-reordered']);
    expect(doc.discrepancies.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.row])).toEqual([['product-mismatch', 1]]);
    // Rows that hold in no order: left unread, as before.
    const unread = readStaffTable(header, 'D3 21,15 160 3.348,00 20% 600,00', 'C4 18,35 200 3.600,00 20% 700,00', 'Totale 1.300,00');
    expect(unread.unparsed).toHaveLength(2);
  });

  it('ends the table at prose after the last row, without reading the prose', () => {
    const doc = read('D3 20,30 100 2030,00 20 406', 'Totale 406', 'Sarà attivato inoltre uno stage di 25 ore settimanali per 6 mesi');
    expect(doc.unparsed).toEqual([]);
    expect(doc.projects[0]!.staff).toHaveLength(1);
  });

  it('reads hours and hourly costs printed with their unit', () => {
    expect(values(read('D3 20,30 200 ore 4060 20 812', 'C3 17,10 10 h 171 20 34,2', 'Rossi Maria D3 € 21,40/h 150 h 3.210,00 20% 642,00', 'C4 17,85 €/h 200 3.570,00 20 714,00', 'Totale 2.202,20'))).toEqual([
      ['D3', '20.30', '200', '4060', '20', '812'],
      ['C3', '17.10', '10', '171', '20', '34.2'],
      ['D3', '21.40', '150', '3210.00', '20', '642.00'],
      ['C4', '17.85', '200', '3570.00', '20', '714.00'],
    ]);
  });

  it('reads hours and costs with their units glued to the figures', () => {
    expect(values(read('D2 18,56€/h 350h 6.496,00€ 20% 1.299,20€', 'C3 17,10 120ore 2.052,00 20 410,40', 'Totale 1.709,60'))).toEqual([
      ['D2', '18.56', '350', '6496.00', '20', '1299.20'],
      ['C3', '17.10', '120', '2052.00', '20', '410.40'],
    ]);
  });

  it('reads a row whose thousands a space sets apart, where the relation the amount takes part in holds and another does not', () => {
    // 16,27 × 100 = 1.627,00; 20 % of it is 325,40, not 352,40: "1 627,00" is one amount, the result wrong.
    const doc = read('C1 16,27 100 1 627,00 20 352,40', 'D2 18,56 50 928,00 20 185,60', 'Totale 538,00');
    expect(values(doc)[0]).toEqual(['C1', '16.27', '100', '1627.00', '20', '352.40']);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([
      { kind: 'thousands-spaced', detail: '"1 627,00" read as one amount, 1627.00, its thousands set apart by a space: the relation of the row it takes part in holds so, and not with "1" and "627,00" as cells of their own' },
    ]);
    expect(findingsOf(doc, 'result-mismatch').map((d) => d.row)).toEqual([1]);
    // The product typed wrong, its 20 % the result: the relation the amount takes part in is the result's.
    const wrongProduct = read('C1 16,27 100 1 672,00 20 334,40', 'Totale 334,40');
    expect(values(wrongProduct)[0]).toEqual(['C1', '16.27', '100', '1672.00', '20', '334.40']);
    expect(findingsOf(wrongProduct, 'product-mismatch').map((d) => d.row)).toEqual([1]);
  });

  it('reads the columns\' letters and formulas under the header as part of it, no line left unread', () => {
    const doc = read('(a) (b) (c = a x b) (d) (e = c x d / 100)', 'D2 18,56 150 2.784,00 20 556,80', 'Totale (e) 556,80');
    expect(values(doc)).toEqual([['D2', '18.56', '150', '2784.00', '20', '556.80']]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads the columns\' numbers and formulas under the header as part of it, and no bracketed figures of two digits', () => {
    const doc = read('(1)  (2)  (3 = 1 x 2)  (4)  (5 = 3 x 4)', 'D1  19,35  100  1.935,00  20  387,00', 'Totale 387,00');
    expect(values(doc)).toEqual([['D1', '19.35', '100', '1935.00', '20', '387.00']]);
    expect(doc.unparsed).toEqual([]);
    expect(classifyLine('(10) (20) (30)').kind).not.toBe('header');
    // Each formula after its column's number.
    const after = read('(1) (2) (3) (4)=(2)x(3) (5) (6)=(4)x(5)', 'D1  19,35  100  1.935,00  20  387,00', 'Totale 387,00');
    expect(values(after)).toEqual([['D1', '19.35', '100', '1935.00', '20', '387.00']]);
    expect(after.unparsed).toEqual([]);
  });

  it('reads the columns\' numbers without brackets under the header as part of it, but no row\'s figures', () => {
    const doc = read('1                      2       3   4 = 2 x 3      5   6 = 4 x 5', 'D1  19,35  100  1.935,00  20  387,00', 'Totale 387,00');
    expect(values(doc)).toEqual([['D1', '19.35', '100', '1935.00', '20', '387.00']]);
    expect(doc.unparsed).toEqual([]);
    expect(classifyLine('1 2 3 4 5 6').kind).toBe('header');
    expect(classifyLine('1 2 3 5 6').kind).not.toBe('header');
    expect(classifyLine('1 2 3').kind).not.toBe('header');
  });

  // The pattern let two of its parts share the white space of a legend, and took time doubling with
  // each legend on a line that breaks off at its end: forty would not end.
  it('refuses at once a line of column legends that breaks off at its end', () => {
    expect(classifyLine(`(1)(1)(1)${'(1 =   )'.repeat(40)}(`).kind).not.toBe('header');
    expect(classifyLine(`(a) (b) ${'(c =  a  x  b  )  '.repeat(40)}`).kind).toBe('header');
    expect(classifyLine(`(1) (2) ${'(4) = (2) x (3)  '.repeat(40)}(`).kind).not.toBe('header');
  });


  it('reads the hours first under a header that names them before the cost, though it names no result ("Incentivo")', () => {
    const doc = readStaffTable(
      ' Cat.     Ore previste   Costo orario (€/h)     Importo (ore x costo)      Quota %      Incentivo',
      ' D2                 90                 18,93                   1.703,70           20       340,74',
      ' C3               150                  17,36                   2.604,00           20       520,80',
      ' Totale                                                                                  861,54',
    );
    expect(values(doc)).toEqual([
      ['D2', '18.93', '90', '1703.70', '20', '340.74'],
      ['C3', '17.36', '150', '2604.00', '20', '520.80'],
    ]);
    // The same header with the cost first: the cost first.
    const costFirst = readStaffTable('Cat. Costo orario (€/h) Ore previste Importo Quota % Incentivo', 'D2 18,93 90 1.703,70 20 340,74', 'Totale 340,74');
    expect(values(costFirst)).toEqual([['D2', '18.93', '90', '1703.70', '20', '340.74']]);
  });

  it('reads a header of "Costo/h" and a product headed "Totale" as the table\'s, the total printed above the rows', () => {
    const doc = readStaffTable(
      '  Profilo         Cat.    Costo/h    Ore      Totale    Quota    Incentivo',
      '  Coordinatore    D1        18,74    100    1.874,00       15       281,10',
      '  Educatore       C1        17,08    200    3.416,00       15       512,40',
      '  Totale                                                          793,50',
    );
    expect(values(doc)).toEqual([
      ['D1', '18.74', '100', '1874.00', '15', '281.10'],
      ['C1', '17.08', '200', '3416.00', '15', '512.40'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('793.50');
  });

  it('takes a header\'s line that starts with "Totale ore" and has a "%" for a header\'s, not for a total without figures', () => {
    expect(classifyLine('Totale ore   Costo orario   Prodotto   %   Risultato').kind).toBe('header');
    expect(classifyLine('Totale 20% 406,00').kind).toBe('total');
    expect(classifyLine('Totale quota incentivo').kind).toBe('total');
  });

  it('takes the percentage printed in the result\'s heading, a header over two lines, for every row\'s', () => {
    const doc = readStaffTable(
      '                       Costo orario           Ore         Costo ore      Quota incentivante',
      '    Cat./pos. ec.               (€)      progetto      progetto (€)                 20% (€)',
      '',
      '    EP1                       24,10            60          1.446,00                  289,20',
      '    D3                        20,30           100          2.030,00                  406,00',
      '    Totale                                                                           695,20',
    );
    expect(values(doc)).toEqual([
      ['EP1', '24.10', '60', '1446.00', '20', '289.20'],
      ['D3', '20.30', '100', '2030.00', '20', '406.00'],
    ]);
    expect(findingsOf(doc, 'missing-value')).toEqual([]);
  });

  it('reads a row under a column of persons without their count, cost × hours as printed, the count left in the raw text', () => {
    const doc = readStaffTable(
      '                                         N.    Costo           Ore                   Quota al',
      'Profilo                         Cat.   dip.   orario   complessive    Importo    %      fondo',
      '',
      'Infermiere                      D3        3    20,30           450   9.135,00   20   1.827,00',
      'Assistente amm.vo               C2        2    16,65           200   3.330,00   20     666,00',
      'Infermiere                      D4        1    21,12           300   6.336,00   20   1.267,20',
      'Totale                                                                               3.760,20',
    );
    expect(values(doc)).toEqual([
      ['D3', '20.30', '450', '9135.00', '20', '1827.00'],
      ['C2', '16.65', '200', '3330.00', '20', '666.00'],
      ['D4', '21.12', '300', '6336.00', '20', '1267.20'],
    ]);
    expect(doc.projects[0]!.staff[0]!.raw).toBe('Infermiere D3 3 20,30 450 9.135,00 20 1.827,00');
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a row under "N. unità" without its count, its product missing, and a product that cost × hours belies as such', () => {
    const doc = readStaffTable(
      'Categoria     N. unità     Costo orario     Ore     Prodotto     Perc.     Risultato',
      'C1                   1            16,27     200                     20        650,80',
      'C3                   2            17,01     250     4.275,00        20        855,00',
      'Totale                                                                      1.505,80',
    );
    expect(values(doc)).toEqual([
      ['C1', '16.27', '200', null, '20', '650.80'],
      ['C3', '17.01', '250', '4275.00', '20', '855.00'],
    ]);
    expect(findingsOf(doc, 'product-mismatch').map((d) => d.row)).toEqual([2]);
  });

  it('leaves unread a row of several persons whose hours are a person\'s, as its product shows', () => {
    const doc = readStaffTable('Categoria N. unità Costo orario Ore Prodotto % Risultato', 'C1 2 16,55 60 1.986,00 20 397,20', 'D1 1 19,35 100 1.935,00 20 387,00', 'Totale 784,20');
    expect(values(doc)[0]!.slice(1)).toEqual([null, null, null, null, null]);
    expect(values(doc)[1]).toEqual(['D1', '19.35', '100', '1935.00', '20', '387.00']);
    expect(doc.unparsed.map((u) => u.text)).toEqual(['C1 2 16,55 60 1.986,00 20 397,20']);
  });

  it('leaves unread a row of several persons whose hours are a person\'s where the table has no product: the count never stands in the cost\'s cell', () => {
    // 2 × 17,10 × 40 × 20 % = 273,60: read with its count, "2" would be the cost and 17,10 the hours.
    const doc = readStaffTable('CAT. N. UNITÀ COSTO ORARIO ORE PERCENTUALE RISULTATO', 'C1 2 17,10 40 20 273,60', 'D1 1 20,10 100 20 402,00', 'Totale 675,60');
    expect(values(doc)[0]).toEqual(['C1', null, null, null, null, null]);
    expect(doc.unparsed.map((u) => u.text)).toEqual(['C1 2 17,10 40 20 273,60']);
    expect(doc.unparsed[0]!.reason).toContain('each of the 2 persons');
    expect(values(doc)[1]).toEqual(['D1', '20.10', '100', null, '20', '402.00']);
    // Look-alike: hours that are the row's (2 × … does not make the result) are read without the count.
    const whole = readStaffTable('CAT. N. UNITÀ COSTO ORARIO ORE PERCENTUALE RISULTATO', 'C1 2 17,10 80 20 273,60', 'Totale 273,60');
    expect(values(whole)).toEqual([['C1', '17.10', '80', null, '20', '273.60']]);
    expect(whole.unparsed).toEqual([]);
  });

  it('keeps a header\'s "N." before the grade for the rows\' numbers and "N. ore" for the hours: no count of persons', () => {
    const numbered = readStaffTable('N. PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO', '1 D3 20,30 100 2.030,00 20 406,00', '2 C1 16,27 50 813,50 20 162,70', 'Totale 568,70');
    expect(values(numbered).map((row) => row.slice(0, 3))).toEqual([
      ['D3', '20.30', '100'],
      ['C1', '16.27', '50'],
    ]);
    const hours = readStaffTable('Categoria Costo orario N. ore Prodotto % Risultato', 'D3 20,30 2 40,60 20 8,12', 'Totale 8,12');
    expect(values(hours)).toEqual([['D3', '20.30', '2', '40.60', '20', '8.12']]);
  });

  it('joins the halves of a row around a page\'s header printed once, with no page break shown, where the row holds only so', () => {
    const halves = ['D3 20,30 100 2.030,00 20 406,00', 'C5 18,30 140 2.562,00', '', 'UNIONE DEI COMUNI DELLA VALLE', 'Progetti di miglioramento – Valdimonte, 14 marzo 2019', ''];
    const doc = read(...halves, '20 512,40', 'B1 14,35 90 1.291,50 20 258,30', 'Totale 1.176,70');
    expect(values(doc)).toEqual([
      ['D3', '20.30', '100', '2030.00', '20', '406.00'],
      ['C5', '18.30', '140', '2562.00', '20', '512.40'],
      ['B1', '14.35', '90', '1291.50', '20', '258.30'],
    ]);
    expect(doc.unparsed).toEqual([]);
    // Values that make the row wrong are no half of it: the text is said unread.
    const wrong = read(...halves, '20 612,40', 'B1 14,35 90 1.291,50 20 258,30', 'Totale 1.276,70');
    expect(wrong.unparsed.map((u) => u.text)).toContain('Progetti di miglioramento – Valdimonte, 14 marzo 2019');
  });

  it('joins a row broken over a page after its grade alone, a running header printed once between, and keeps the grade', () => {
    // The header printed on this page only, with its page's number or without one: no line of the plan repeats it.
    const running = 'Provincia di Valdimonte – Progetti di miglioramento 2020';
    for (const between of [[running, 'Pag. 4 di 12'], [running], ['Pagina 4', running]]) {
      const doc = read('D2 18,56 90 1.670,40 20 334,08', '', 'C1', '', '', ...between, '', '', '16,27 150 2.440,50 20 488,10', '', 'B3 15,02 75 1.126,50 20 225,30', 'Totale 1.047,48');
      expect(values(doc)).toEqual([
        ['D2', '18.56', '90', '1670.40', '20', '334.08'],
        ['C1', '16.27', '150', '2440.50', '20', '488.10'],
        ['B3', '15.02', '75', '1126.50', '20', '225.30'],
      ]);
      expect(doc.unparsed).toEqual([]);
      expect(doc.discrepancies).toEqual([]);
    }
  });

  it('joins a row broken over a page past a running header printed once, its second half over lines of its own', () => {
    const running = 'Provincia di Valdimonte – Progetti di miglioramento 2020';
    for (const first of [['C1'], ['C1 16,27']]) {
      const second = first[0] === 'C1' ? ['16,27 150 2.440,50', '', '20 488,10'] : ['150 2.440,50', '', '20 488,10'];
      const doc = read('D2 18,56 90 1.670,40 20 334,08', '', ...first, '', '', running, '', '', ...second, 'Totale 822,18');
      expect(values(doc).map((v) => [v[0], v[1], v[5]])).toEqual([['D2', '18.56', '334.08'], ['C1', '16.27', '488.10']]);
      expect(doc.unparsed).toEqual([]);
    }
  });

  it('joins a row broken over a page after its page\'s number, a running header printed once below it', () => {
    const doc = read('D2 18,56 90 1.670,40 20 334,08', '', 'C1 16,27 150', '', '7', '', '', 'PROVINCIA DI VALDIMONTE - PIANO DEI PROGETTI 2020', '', '2440,50 20 488,1', 'Totale 822,18');
    expect(values(doc)).toEqual([
      ['D2', '18.56', '90', '1670.40', '20', '334.08'],
      ['C1', '16.27', '150', '2440.50', '20', '488.1'],
    ]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('passes over a running header printed once between two whole rows, beside its page\'s number above or below it', () => {
    const running = 'Provincia di Valdimonte – Progetti di miglioramento 2020';
    for (const between of [[running, 'Pag. 4 di 12'], [running, '- 4 -'], ['', '4', '', '', running]]) {
      const doc = read('D2 18,56 90 1.670,40 20 334,08', '', '', ...between, '', '', 'C1 16,27 150 2.440,50 20 488,10', 'Totale 822,18');
      expect(values(doc).map((v) => [v[0], v[5]])).toEqual([['D2', '334.08'], ['C1', '488.10']]);
      expect(doc.unparsed).toEqual([]);
      expect(doc.discrepancies).toEqual([]);
    }
    // Printed once, with no page's number beside it, nothing says the line is the page's: said unread.
    const alone = read('D2 18,56 90 1.670,40 20 334,08', '', '', running, '', '', 'C1 16,27 150 2.440,50 20 488,10', 'Totale 822,18');
    expect(alone.unparsed.map((u) => u.reason)).toEqual(['text inside a staff table']);
  });

  it('still says unread the words between a grade alone and figures that do not complete its row', () => {
    const doc = read('D2 18,56 90 1.670,40 20 334,08', '', 'C1', '', 'Provincia di Valdimonte', '', '16,27 150 2.440,50 20 500,00', 'Totale 834,08');
    // The values are the code's row, never the words' (which would read as the row's grade).
    expect(values(doc).map((v) => [v[0], v[5]])).toEqual([['D2', '334.08'], ['C1', '500.00']]);
    expect(doc.unparsed.map((u) => u.reason)).toEqual(['text inside a staff table']);
    expect(findingsOf(doc, 'result-mismatch').map((d) => d.row)).toEqual([2]);
  });

  it('joins a row broken over a page\'s break whose running header ends on a date', () => {
    const header = ['', 'Pagina 2 di 3', '', 'Comune di Valdimonte', 'Piano dei progetti di miglioramento dei servizi 2018', '12/03/2018', ''];
    const text = [
      'Progetto N° 1 - Sportello', ...header.slice(3), 'Quinta condizione: (risorse)', HEADER, 'D2 18,56 90 1.670,40 20 334,08', 'C1 16,27 150 2.440,50 20', ...header, '488,10', 'Totale 822,18', '',
      'Progetto N° 2 - Archivio', 'Quinta condizione: (risorse)', HEADER, 'C3 17,10 160', ...header.map((l) => l.replace('2 di 3', '3 di 3')), '2.736,00 20 547,20', 'Totale 547,20',
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects.map((p) => p.staff.map((r) => r.result))).toEqual([['334.08', '488.10'], ['547.20']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads units in other forms: "euro/ora" after a cost, "h.75" before hours', () => {
    expect(values(read('D2 18,56 euro/ora 150 2.784,00 20 556,80', 'B3 15,02 h.75 1.126,50 20 225,30', 'Totale 782,10'))).toEqual([
      ['D2', '18.56', '150', '2784.00', '20', '556.80'],
      ['B3', '15.02', '75', '1126.50', '20', '225.30'],
    ]);
  });

  it('reads a rate\'s unit before the cost, set apart or glued: "€/h 19,35", "€/h19,35"', () => {
    const doc = read('D1  €/h 19,35  100  € 1.935,00  15%  € 290,25', 'C1  €/h17,64  150  € 2.646,00  15%  € 396,90', 'Totale 687,15');
    expect(values(doc)).toEqual([
      ['D1', '19.35', '100', '1935.00', '15', '290.25'],
      ['C1', '17.64', '150', '2646.00', '15', '396.90'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it.each(['Arrotondamento 0,58', 'Arrotondamento € -0,42', 'Differenza per arrotondamento   0,58'])(
    'reads a rounding adjustment before the total as no row, and the total against the results alone: %j',
    (adjustment) => {
      const doc = read('C3 17,10 201 3.437,10 20 687,42', adjustment, 'Totale 688,00');
      expect(values(doc)).toEqual([['C3', '17.10', '201', '3437.10', '20', '687.42']]);
      expect(doc.unparsed).toEqual([]);
      expect(doc.projects[0]!.printedTotal).toBe('688.00');
      expect(doc.discrepancies.map((d) => d.rule)).toEqual(['total-mismatch']);
    },
  );

  it('says unread an "adjustment" of a euro or more, which rounds nothing', () => {
    const doc = read('C1 16,55 100 1.655,00 20 331,00', 'B3 15,20 50 760,00 20 152,00', 'Arrotondamento - 7,00', 'Totale 476,00');
    expect(doc.unparsed.map((u) => u.text)).toEqual(['Arrotondamento - 7,00']);
    expect(doc.discrepancies.map((d) => d.rule).sort()).toEqual(['total-mismatch', 'unparsed-line']);
  });

  it('reads a part of the row above ("di cui …") as no staff row, and says it was not read', () => {
    const doc = read('D2 18,56 350 6.496,00 20 1.299,20', 'C3 17,10 350 5.985,00 20 1.197,00', 'di cui C1 part-time 50% 17,10 175 2.992,50 20 598,50', 'Totale 2.496,20');
    expect(values(doc)).toEqual([
      ['D2', '18.56', '350', '6496.00', '20', '1299.20'],
      ['C3', '17.10', '350', '5985.00', '20', '1197.00'],
    ]);
    expect(doc.unparsed.map((u) => u.text)).toEqual(['di cui C1 part-time 50% 17,10 175 2.992,50 20 598,50']);
  });

  it('reads the euro written with a stop or in full, "=" closing an amount, "h." before hours, and a dash for an empty cell', () => {
    const doc = read('D3   €. 21,40   100   €. 2.140,00   20%   €. 428,00', 'C3 18,71€ 60 1.122,60€ 30% 336,78 euro', 'C1 17,28 h. 90 1.555,20 20 311,04', 'B3 16,08 50 - 20 160,80', 'Totale   € 1.236,62=');
    expect(values(doc)).toEqual([
      ['D3', '21.40', '100', '2140.00', '20', '428.00'],
      ['C3', '18.71', '60', '1122.60', '30', '336.78'],
      ['C1', '17.28', '90', '1555.20', '20', '311.04'],
      ['B3', '16.08', '50', null, '20', '160.80'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1236.62');
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['missing-value', 4]]);
  });

  it('reads whole euros with the cents struck through ("2.385,-"), and passes over notes\' marks after a figure', () => {
    const doc = read('D1 19,60 100 1.960,-- 20 392,-', 'D1 17,05* 100 1.705,00 20 341,00', 'C3 19,85 60 1.191,00 20 238,20 (*)', 'C1 17,00 50 850,00 20 170,00 (2)', 'Totale 1.141,-');
    expect(values(doc)).toEqual([
      ['D1', '19.60', '100', '1960', '20', '392'],
      ['D1', '17.05', '100', '1705.00', '20', '341.00'],
      ['C3', '19.85', '60', '1191.00', '20', '238.20'],
      ['C1', '17.00', '50', '850.00', '20', '170.00'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1141');
    expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads a row of nought hours, product and result as printed, and a nought where the arithmetic wants more as the error it is', () => {
    const doc = read('C3 17,10 100 1.710,00 20 342,00', 'C3 17,10 0 0,00 20 0,00', 'C1 17,00 50 850,00 20 0', 'Totale 342,00');
    expect(values(doc)).toEqual([
      ['C3', '17.10', '100', '1710.00', '20', '342.00'],
      ['C3', '17.10', '0', '0.00', '20', '0.00'],
      ['C1', '17.00', '50', '850.00', '20', '0'],
    ]);
    expect(doc.discrepancies.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.row])).toEqual([['result-mismatch', 3]]);
  });

  it('reads hours printed as hours and minutes when the minutes make a decimal that ends, and says so', () => {
    const doc = read('D2 19,80 37:30 742,50 20 148,50', 'C1 17,00 12:06 205,70 20 41,14', 'B3 15,90 37:20 593,60 20 118,72', 'Totale 308,36');
    expect(values(doc).slice(0, 2)).toEqual([
      ['D2', '19.80', '37.5', '742.50', '20', '148.50'],
      ['C1', '17.00', '12.1', '205.70', '20', '41.14'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([{ kind: 'hours-minutes', detail: 'hours "37:30" read as 37,5: hours and minutes' }]);
    // 37:20 is 37,333… hours: no amount, the row is left unresolved.
    expect(doc.projects[0]!.staff[2]!.hours).toBeNull();
  });

  it('takes a label printed twice, above the values centred beside it, for the label it is and not for a running header', () => {
    const doc = read(
      'Istruttore amministrativo',
      '          17,10      50     855,00      20    171,00',
      'contabile C3',
      'Istruttore amministrativo',
      '          16,21      60     972,60      20    194,52',
      'C1',
      'Funzionario D1   18,56   70   1.299,20   20   259,84',
      'Totale 625,36',
    );
    expect(values(doc)).toEqual([
      ['C3', '17.10', '50', '855.00', '20', '171.00'],
      ['C1', '16.21', '60', '972.60', '20', '194.52'],
      ['D1', '18.56', '70', '1299.20', '20', '259.84'],
    ]);
    expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('takes the words of a label wrapped over lines, above and below the values centred beside it, for the label, though other projects print them too', () => {
    const rows = ['Collaboratore', 'professionale', '16,20 90 1.458,00 20 291,60', 'terminalista', 'B3', 'Istruttore', 'direttivo', '19,85 70 1.389,50 20 277,90', 'amministrativo', 'contabile D1', 'TOTALE 569,50'];
    const project = (n: number) => [`Progetto N° ${n} - A${n}`, 'Quinta condizione', HEADER, ...rows, 'Sesta condizione: (b)', 'testo'];
    const doc = readPlan([...project(1), ...project(2)].join('\n'));
    for (const read of doc.projects) {
      expect(read.staff.map((r) => [r.grade, r.hourlyCost, r.result, r.raw])).toEqual([
        ['B3', '16.20', '291.60', 'Collaboratore professionale 16,20 90 1.458,00 20 291,60 terminalista B3'],
        ['D1', '19.85', '277.90', 'Istruttore direttivo 19,85 70 1.389,50 20 277,90 amministrativo contabile D1'],
      ]);
    }
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a label wrapped over three lines, its grade code on the last', () => {
    const doc = read('Collaboratore          15,28     90     1.375,20     20     275,04', 'professionale', 'terminalista B3', 'Istruttore C1   17,10   60   1.026,00   20   205,20', 'Totale 480,24');
    expect(values(doc)).toEqual([
      ['B3', '15.28', '90', '1375.20', '20', '275.04'],
      ['C1', '17.10', '60', '1026.00', '20', '205.20'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    [
      'over five lines, three above the values centred beside it',
      ['Istruttore', 'direttivo', 'amministrativo', '19,85 70 1.389,50 20 277,90', 'contabile', 'D1', 'Istruttore tecnico', '18,35 40 734,00 20 146,80', 'geometra C3', 'Totale 424,70'],
      [['D1', '19.85', '70', '1389.50', '20', '277.90'], ['C3', '18.35', '40', '734.00', '20', '146.80']],
    ],
    [
      'over lines with an aside in brackets among its words',
      ['Istruttore          18,35     110     2.018,50     20     403,70', 'tecnico', '(geometra)', 'C3', 'Istruttore          17,45      70     1.221,50     20     244,30', 'amministrativo', 'C1', 'Totale 648,00'],
      [['C3', '18.35', '110', '2018.50', '20', '403.70'], ['C1', '17.45', '70', '1221.50', '20', '244.30']],
    ],
  ])('reads a label wrapped %s, its grade code on the last', (_, lines, rows) => {
    const doc = read(...lines);
    expect(values(doc)).toEqual(rows);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads hours printed where the header puts the hourly cost, when no hour costs what is printed there, and says so', () => {
    const doc = read('D3 150 21,40 3.210,00 20 642,00', 'B1 120 15,75 1.890,00 20 378,00', 'Totale 1.020,00');
    expect(values(doc)).toEqual([
      ['D3', '21.40', '150', '3210.00', '20', '642.00'],
      ['B1', '15.75', '120', '1890.00', '20', '378.00'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs[0]!.detail).toMatch(/^"150" read as the hours and "21,40" as the hourly cost: the header puts the hourly cost first/);
    // A day's cost, under a header that counts days, is no hour's.
    const days = readStaffTable('PERSONALE COSTO GIORNALIERO GIORNATE/UOMO PRODOTTO PERCENTUALE RISULTATO', 'D1 144 12,50 1.800,00 20 360,00', 'C1 132 20,50 2.706,00 20 541,20', 'Totale 901,20');
    expect(values(days).map((r) => r.slice(1, 3))).toEqual([['144', '12.50'], ['132', '20.50']]);
    // Costs of whole euros under 100 are costs: the header's order stands.
    expect(values(read('D3 21 150,40 3.158,40 20 631,68', 'B1 16 120,25 1.924,00 20 384,80', 'Totale 1.016,48')).map((r) => r[1])).toEqual(['21', '16']);
  });

  it('reads a percent sign and a speck as a scan\'s text gives them ("20°/o", "°" between figures)', () => {
    expect(values(read('C2 16,65 ° 80 1.332,00 20 266,40', 'D3 21,40 100 2.140,00 20°/o 428,00', 'Totale 694,40'))).toEqual([
      ['C2', '16.65', '80', '1332.00', '20', '266.40'],
      ['D3', '21.40', '100', '2140.00', '20', '428.00'],
    ]);
  });

  it('reads no row out of a line a scan garbled: two rows run into one, a figure with letters for digits', () => {
    const doc = read('D1 18,90 100 1.890,00 20 378,00 C3 17,10 100 1.710,00 20 342,00', 'C3 17,1O 350 5.985,00 20 1.197,00', 'B3 15,90 150 2.385,00 20 477,00', 'Totale 2.052,00');
    expect(values(doc)).toEqual([['B3', '15.90', '150', '2385.00', '20', '477.00']]);
    expect(doc.unparsed.map((u) => u.line)).toEqual([4, 5]);
  });

  it('takes no row whose grade a scan lost, last in its table, for the total: it is said unread', () => {
    const doc = read('C2 19,10 200 3.820,00 20 764,00', '3 | 16,75 150 2.512,50 20 502,50', 'Sesta condizione');
    expect(doc.projects[0]!.printedTotal).toBeNull();
    expect(doc.unparsed.map((u) => [u.text, u.reason])).toEqual([['3 | 16,75 150 2.512,50 20 502,50', 'numbers outside any row']]);
    // Figures alone after the rows, fewer than a row's: their total, as before.
    expect(read('C2 19,10 200 3.820,00 20 764,00', '764,00', 'Sesta condizione').projects[0]!.printedTotal).toBe('764.00');
  });

  it('reads a total whose label a scan garbled, flags one whose figures it garbled, and reads a total\'s figures named on the line after its label', () => {
    const scanned = (total: string) => read('C3 17,10 100 1.710,00 20 342,00', total, 'Sesta condizione');
    for (const total of ['T0TALE 342,00', 'Tota1e 342,00', '101ALE 342,00', '© 1U1ALE 342,00', '“TOTALE 342,00', 'T o t a l e 342,00']) expect(scanned(total).projects[0]!.printedTotal).toBe('342.00');
    // Initials written by hand beside it, by whoever checked it.
    for (const total of ['G.B. TOTALE 342,00', 'GB. TOTALE 342,00', 'M. R. Totale 342,00', 'A.B.C. T0TALE 342,00']) {
      expect(scanned(total).projects[0]!.printedTotal).toBe('342.00');
      expect(scanned(total).unparsed).toEqual([]);
    }
    expect(scanned('G.B. Tonale Mario 342,00').projects[0]!.printedTotal).toBeNull();
    // One character misread, before figures alone, the figure set far right under the results.
    for (const total of ['1OTALE                                        342,00', 'TOTALF 342,00', 'Tolale 342,00', 'IOTALE 342,00']) {
      expect(scanned(total).projects[0]!.printedTotal).toBe('342.00');
    }
    // A word one letter off "totale" before words: a name, no total, and said so.
    const named = scanned('Tonale Mario                                  342,00');
    expect(named.projects[0]!.printedTotal).toBeNull();
    expect(named.unparsed.map((u) => [u.line, u.reason])).toEqual([[5, 'an amount after the rows, under a label not read as a total']]);
    for (const total of ['Totale l.O26,00', 'Tota1 342,00']) {
      const doc = scanned(total);
      expect(doc.projects[0]!.printedTotal).toBeNull();
      expect(doc.unparsed.map((u) => u.line)).toEqual([5]);
    }
    const below = read('C3 17,10 100 1.710,00 20 342,00', 'C3 17,10 100 1.710,00 20 342,00', 'TOTALE PROGETTO', 'ore 200 prodotto 3.420,00 risultato 702,00');
    expect(below.projects[0]!.printedTotal).toBe('702.00');
    expect(below.discrepancies.map((d) => d.rule)).toContain('total-mismatch');
    const alone = read('C3 17,10 100 1.710,00 20 342,00', 'TOTALE PROGETTO');
    expect(alone.unparsed.map((u) => [u.line, u.reason])).toEqual([[5, 'a total’s label without its figures']]);
  });

  it.each([
    ['A riportare 360,00', 'Riporto 360,00'],
    ['Somma da riportare 360,00', 'Somma riportata 360,00'],
    ['A riportare 360,00', 'Riporto da pag. precedente 360,00'],
    ['A riportare 360,00', 'Riporto da pagina precedente 360,00'],
    ['A riportare 360,00', 'Riporto pagina precedente 360,00'],
    ['./.', 'Biblioteca civica (segue)'],
    ['./.', 'segue Progetto n. 1 – prospetto del personale'],
  ])('passes over the sum a page carries to the next, and the marks that the table goes on, inside a table: %j', (foot, top) => {
    const doc = read('D1 18,00 100 1.800,00 20 360,00', foot, top, 'C1 16,55 120 1.986,00 20 397,20', 'Totale 757,20');
    expect(values(doc)).toHaveLength(2);
    expect(doc.projects[0]!.printedTotal).toBe('757.20');
    expect(doc.unparsed).toEqual([]);
  });

  it('reads rows with the person\'s name in a column after the result, but no row with a note in prose after its figures', () => {
    const doc = readStaffTable(
      'N. Cat. Costo orario Ore Prodotto % Risultato Dipendente',
      '1 D3 24,10 100 2.410,00 18 433,80 Dott.ssa M. Santoro',
      '2 C2 20,05 150 3.007,50 18 541,35 Rag. F. De Luca',
      'Totale 975,15',
    );
    expect(values(doc)).toEqual([
      ['D3', '24.10', '100', '2410.00', '18', '433.80'],
      ['C2', '20.05', '150', '3007.50', '18', '541.35'],
    ]);
    expect(doc.projects[0]!.staff[0]!.raw).toBe('1 D3 24,10 100 2.410,00 18 433,80 Dott.ssa M. Santoro');
    expect(doc.discrepancies).toEqual([]);
    expect(read('D3 20,30 100 2030,00 20 406 circa', 'Totale 406').unparsed.map((u) => u.text)).toEqual(['D3 20,30 100 2030,00 20 406 circa']);
    // A title before the name, in small letters; a numbered row with a long label.
    const titled = read('2 Istruttore Amministrativo Contabile Tributi C1 20,34 110 2237,40 20 447,48 dott.ssa L. Neri', 'D3 20,30 100 2030,00 20 406 arch. Neri', 'Totale 853,48');
    expect(values(titled).map((v) => [v[0], v[5]])).toEqual([['C1', '447.48'], ['D3', '406']]);
    expect(titled.discrepancies).toEqual([]);
  });

  it('joins a row broken at a fixed width, its result carried before the name on the next line, where the arithmetic holds', () => {
    const doc = readStaffTable(
      'N. Qualifica Cat. Costo orario Ore Prodotto % Risultato Dipendente',
      '3 Istruttore Amministrativo Ufficio Protocollo Generale C1 20,34 75 1525,50 20',
      '305,10 Rag. G. De Luca',
      '4 Collaboratore Professionale Terminalista Ufficio Messi B3 18,92 120 2270,40 20',
      '454,08 Sig. D’Angelo Marco',
      'Totale 759,18',
    );
    expect(values(doc)).toEqual([
      ['C1', '20.34', '75', '1525.50', '20', '305.10'],
      ['B3', '18.92', '120', '2270.40', '20', '454.08'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('leaves a line of figures and words after a row short of its result unread where the arithmetic does not hold', () => {
    const doc = readStaffTable(
      'N. Qualifica Cat. Costo orario Ore Prodotto % Risultato Dipendente',
      '3 Istruttore Amministrativo Ufficio Protocollo Generale C1 20,34 75 1525,50 20',
      '999,10 Rag. G. De Luca',
      'Totale 305,10',
    );
    expect(values(doc).map((v) => v[5])).not.toContain('999.10');
    expect(doc.unparsed.map((u) => u.text)).toContain('999,10 Rag. G. De Luca');
  });

  it('reads a telephone\'s last digits, wrapped under a footer between the halves of a row, as the footer\'s, where the row is whole without them', () => {
    const doc = read('D1 17,80 100 1780,00 20 356', 'C3 17,10 150', '', 'Camera di Commercio di Napoli – tel. 081', '7607111', '', 'Sede secondaria: Centro Direzionale di Napoli, Isola B3', '', '3', '', '2565,00 20 513', 'Totale 869');
    expect(values(doc)).toEqual([
      ['D1', '17.80', '100', '1780.00', '20', '356'],
      ['C3', '17.10', '150', '2565.00', '20', '513'],
    ]);
    // A row's last cell after the footer, no figures below to complete the row: the row's, as before.
    const cell = read('B1 15,00 20 300,00 15', 'Comune di Castel San Niccolò – Piazza Pretorio 1 – tel. 0575 5071', '54', 'Totale 54,00');
    expect(values(cell)).toEqual([['B1', '15.00', '20', '300.00', '15', '54']]);
  });

  it('passes over the sums of hours, products and results a page carries to the next, and the word that says the table goes on', () => {
    const doc = read(
      'D1 18,00 100 1.800,00 20 360,00',
      'A riportare   100   1.800,00   360,00',
      'segue',
      HEADER,
      'Riporto   100   1.800,00   360,00',
      'C1 16,55 120 1.986,00 20 397,20',
      'Totale 757,20',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D1', 'C1']);
    expect(doc.projects[0]!.printedTotal).toBe('757.20');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('knows a letterhead\'s contact in each of its forms and cases, and not the words alone or a row\'s label', () => {
    const contacts = ['Tel. 0575 3030', 'FAX: +39 0575 30', 'e-mail: info@ar.camcom.it', 'WWW.AR.CAMCOM.IT', 'P.IVA 00123450512', 'Codice fiscale: 80001230512', 'SEDE LEGALE: Via Roma', 'Sede secondaria, Isola B3'];
    expect(contacts.filter((text) => !isContactLine(text))).toEqual([]);
    const others = ['Addetto centralino tel. e URP B3', 'Referente PEC', 'la sede del servizio', 'Sportello tel. 0575 530611 e URP B3', 'Via Roma 12 D1 20,00 10 200,00 20 40,00'];
    expect(others.filter((text) => isContactLine(text))).toEqual([]);
  });

  it('passes over a page\'s letterhead, number and running header between the halves of a row and of a total', () => {
    const doc = read(
      'D3 20,30 150 3045,00 20 609',
      'C3  17,10 200',
      '',
      'Sede legale: Via Roma, 12 – 52100 Arezzo – tel. 0575 3030',
      '',
      '19',
      '',
      '3420,00 20 684',
      'C1 16,27 100',
      '3 di 21',
      'CAMERA DI COMMERCIO DI AREZZO                                   4',
      '1627,00 20 325,4',
      'Totale',
      '1',
      '1618,4',
    );
    expect(values(doc).map((v) => [v[0], v[5]])).toEqual([['D3', '609'], ['C3', '684'], ['C1', '325.4']]);
    expect(doc.projects[0]!.printedTotal).toBe('1618.4');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads rows whose labels name a contact\'s words without its figures, and a row\'s last cells after a running header', () => {
    const labels = readStaffTable(
      'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO',
      'Referente PEC e protocollo informatico C1 19,50 100 1.950,00 20 390,00',
      'Addetto centralino tel. e URP B3 16,80 120 2.016,00 20 403,20',
      'Istruttore direttivo sito www D1',
      '22,00 60 1.320,00 20 264,00',
      'Totale 1.057,20',
    );
    expect(values(labels).map((v) => v[0])).toEqual(['C1', 'B3', 'D1']);
    expect(labels.discrepancies).toEqual([]);
    const header = 'CAMERA DI COMMERCIO DI LUCCA – Progetti di miglioramento 2017';
    const broken = read('D3 22,50 40 900,00 20', header, '180', 'C1 16,27 100 1627,00', header, '20', '325,4', 'Totale 505,40', header);
    expect(values(broken).map((v) => [v[0], v[4], v[5]])).toEqual([['D3', '20', '180'], ['C1', '20', '325.4']]);
    expect(broken.discrepancies).toEqual([]);
    // A wrong cell is the row's all the same, which its finding shows; a page's number before the row's last cells is the page's.
    const wrong = read('D1 22,00 150 3.300,00 20', header, '66', 'C2 18,90 200 3.780,00', header, '2', '20', '756,00', 'Totale 822,00', header);
    expect(values(wrong).map((v) => [v[0], v[4], v[5]])).toEqual([['D1', '20', '66'], ['C2', '20', '756.00']]);
    expect(wrong.discrepancies.map((d) => [d.rule, d.row])).toEqual([['result-mismatch', 1]]);
    // A letterhead printing a capital with cents, an address ending in a block's code, two pages' numbers between a row's halves.
    const letterheads = read(
      header,
      'C3 17,10 200',
      'Unioncamere Toscana – Fondo consortile € 51.645,69 – C.F. 80012345678                 2',
      '3420,00 20 684',
      'C3 17,10 150',
      'Sede secondaria: Centro Direzionale di Napoli, Isola B3',
      '3',
      '2565,00 20 513',
      'C1 16,27 100 1627,00 20',
      'Camera di Commercio di Pisa – tel. 050 512111',
      '6',
      header,
      '7',
      '325,4',
      'Totale 1.522,40',
    );
    expect(values(letterheads).map((v) => [v[0], v[1], v[5]])).toEqual([['C3', '17.10', '684'], ['C3', '17.10', '513'], ['C1', '16.27', '325.4']]);
    expect(letterheads.discrepancies).toEqual([]);
    // A page's number before the next page's running header, two pages' numbers, one set apart by blank lines only.
    const pages = read(
      header,
      'C2 16,65 100 1.665,00 10',
      '', '', '10', '', '',
      header,
      '166,5',
      'D6 23,57',
      '', '15', '', '16', '', '',
      header,
      '200 4.714,00 15 707,1',
      'A4 14,31 40 572,40 15',
      '', '', '2', '', '', '',
      '85,86',
      'Totale 959,46',
    );
    expect(values(pages).map((v) => [v[0], v[2], v[5]])).toEqual([['C2', '100', '166.5'], ['D6', '200', '707.1'], ['A4', '40', '85.86']]);
    expect(pages.discrepancies).toEqual([]);
    // A row's cell set apart by blank lines, before its last cell and the table's unlabelled total (found by the rows' property test).
    const apart = read('A1', '10,00', '1,5', '15,00', '', '', '1', '', '', '0,15', '', '0,15');
    expect(values(apart)).toEqual([['A1', '10.00', '1.5', '15.00', '1', '0.15']]);
    expect(apart.projects[0]!.printedTotal).toBe('0.15');
    // Contact words with their figures in a row's label: the row's.
    const contacts = read('Sportello tel. 0575 e URP B3 16,80 120 2.016,00 20 403,20', 'Redazione sito www.comune.bibbiena.ar.it D1', '22,00 60 1.320,00 20 264,00', 'Totale 667,20');
    expect(values(contacts).map((v) => v[0])).toEqual(['B3', 'D1']);
    expect(contacts.discrepancies).toEqual([]);
  });

  it('passes over the carried sums and the marks that the table goes on, in other wordings', () => {
    const doc = read(
      'D1 18,00 100 1.800,00 20 360,00 ./.',
      'A riportare a pag. 4 € 360,00',
      'segue alla pagina successiva',
      'continua →',
      '. / .',
      'Riporto da pag. 3 € 360,00',
      'C1 16,55 120 1.986,00 20 397,20',
      'Totale ore: 220 – Totale risultato: € 757,20',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D1', 'C1']);
    expect(doc.projects[0]!.printedTotal).toBe('757.20');
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads rows and totals with leaders of dots or underscores between their cells', () => {
    const doc = read('D1 ....... 18,00 ....... 100 ....... 1.800,00 ....... 20 ....... 360,00', 'C1 16,55 120 1.986,00 20 397,20', 'Totale ____________________ € 757,20');
    expect(values(doc)).toEqual([
      ['D1', '18.00', '100', '1800.00', '20', '360.00'],
      ['C1', '16.55', '120', '1986.00', '20', '397.20'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('757.20');
    expect(read('D1 18,00 100 1.800,00 20 360,00', 'Totale ....... ....... 360,00').projects[0]!.printedTotal).toBe('360.00');
    expect(read('D1 18,00 100 1.800,00 20 360,00', 'Totale…………… 360,00').projects[0]!.printedTotal).toBe('360.00');
  });

  it('reads a header with a line of units under its names, repeated over a page with a line of "TOTALE ORE …" in it', () => {
    const header = [
      '                       COSTO',
      '                                        TOTALE ORE           PRODOTTO                  RISULTATO',
      '  PERSONALE            ORARIO                                           PERCENTUALE',
      '                          €/h                n.                    €                         €',
    ];
    const text = [
      'Progetto n. 7 – Prova',
      'Quinta condizione: (risorse)',
      ...header,
      ' D1                             18,89               60                 1.133,40          20        226,68',
      '          PROVINCIA DI VALLE SCRIVIA – Determinazione dirigenziale n. 1042 del 30/07/2018',
      '',
      ...header,
      ' C3                             17,10             150                  2.565,00          20        513,00',
      ' Totale                                                                                            739,68',
    ].join('\n');
    const doc = readPlan(text);
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.result])).toEqual([['D1', '18.89', '226.68'], ['C3', '17.10', '513.00']]);
    expect(doc.projects[0]!.printedTotal).toBe('739.68');
    expect(doc.discrepancies).toEqual([]);
    // The running header above the header printed again: the page's furniture.
    expect(doc.unparsed).toEqual([]);
  });

  it('passes over a page\'s footnotes under a table that goes on over the page', () => {
    const doc = read(
      'D1 18,00 100 1.800,00 20 360,00',
      '6Costo orario tabellare della categoria, comprensivo di tredicesima e oneri riflessi (CCNL 21.05.2018, tabella C).',
      '¹ Importo al lordo degli oneri riflessi a carico dell’ente.',
      'C1 16,55 120 1.986,00 20 397,20',
      'Totale 757,20',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D1', 'C1']);
    expect(doc.unparsed).toEqual([]);
  });

  it('takes a caption of two lines above a header printed again for furniture, and a header in other words for a header', () => {
    const doc = read(
      'D1 18,20 40 728,00 20 145,60',
      'Servizi sociali – area anziani (sintesi)',
      'Personale assegnato al progetto',
      HEADER,
      'C1 16,55 50 827,50 20 165,50',
      'Personale esterno all’ufficio',
      'QUALIFICA TARIFFA €/h N. ORE TOTALE ALIQUOTA IMPORTO SPETTANTE',
      'B1 14,35 100 1.435,00 20 287,00',
      'Totale 598,10',
    );
    expect(values(doc).map((v) => v[0])).toEqual(['D1', 'C1', 'B1']);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes the text of a cell wrapped above and below the row it centres beside for the row\'s, not for unread lines', () => {
    const doc = readStaffTable(
      'Dipendente Cat. Attività svolta Costo orario Ore Prodotto % Risultato',
      'Istruttoria delle pratiche di accesso ai',
      'Rossi M. C1 servizi e verifica dei requisiti 20,34 100 2.034,00 20 406,80',
      'dagli utenti',
      'Aggiornamento della modulistica e delle',
      'Riva G. C1 20,34 60 1.220,40 20 244,08',
      'pagine informative del sito',
      'Totale 650,88',
    );
    expect(doc.projects[0]!.staff.map((r) => r.result)).toEqual(['406.80', '244.08']);
    expect(doc.unparsed).toEqual([]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a header with a footnote\'s mark glued to a heading\'s word', () => {
    const doc = readStaffTable('PERSONALE COSTO ORARIO6 TOTALE ORE PRODOTTO PERCENTUALE RISULTATO1', 'B1 14,35 100 1.435,00 20 287,00', 'Totale 287,00');
    expect(values(doc)).toEqual([['B1', '14.35', '100', '1435.00', '20', '287.00']]);
  });

  it('reads a header in other words: "TARIFFA", "ALIQUOTA", "IMPORTO SPETTANTE"', () => {
    const doc = readStaffTable('QUALIFICA TARIFFA €/h N. ORE TOTALE ALIQUOTA IMPORTO SPETTANTE', 'B1 14,35 100 1.435,00 20 287,00', 'Totale 287,00');
    expect(values(doc)).toEqual([['B1', '14.35', '100', '1435.00', '20', '287.00']]);
  });

  it('reads "QUOTA (%)" as the percentage\'s column, before the result\'s', () => {
    const doc = readStaffTable('Qualifica Costo orario (€) Ore (h) Prodotto (€) Quota (%) Risultato (€)', 'D1 18,00 100 1.800,00 20 360,00', 'Totale 360,00');
    expect(values(doc)).toEqual([['D1', '18.00', '100', '1800.00', '20', '360.00']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a label wrapped over four lines, its values centred between them and its grade code last', () => {
    const doc = read('Istruttore', 'direttivo', '            18,00  100  1.800,00  20  360,00', 'amministrativo', 'D1', 'Istruttore C1   17,10   60   1.026,00   20   205,20', 'Totale 565,20');
    expect(values(doc)).toEqual([
      ['D1', '18.00', '100', '1800.00', '20', '360.00'],
      ['C1', '17.10', '60', '1026.00', '20', '205.20'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    ['a grade code', ['B3 15,90 circa 150 2.385,00 20 477,00', '2) B1 15,90 150 (vedi nota) 2.385,00 20 477,00']],
    ['a label, not a grade code', ['Istruttore 17,10 circa 100 1.710,00 20 342,00', 'Rossi Anna II F3 20,80 circa 50 1.040,00 20 208,00']],
  ])('flags rows under %s after the last one read whose values it cannot read, rather than end the table before them unsaid', (_, unread) => {
    const doc = read('D1 19,60 100 1.960,00 20 392,00', ...unread, 'Il personale è stato individuato dal dirigente.');
    expect(values(doc)).toEqual([['D1', '19.60', '100', '1960.00', '20', '392.00']]);
    expect(doc.unparsed.map((u) => [u.line, u.reason])).toEqual([
      [5, 'a row whose values could not be read'],
      [6, 'a row whose values could not be read'],
    ]);
  });

  it('flags the rows of a table none of whose lines it can read, without a total, rather than end the table before them unsaid', () => {
    const doc = read('Operatore 15,90 circa 150 2.385,00 20 477,00', 'Istruttore 17,10 circa 100 1.710,00 20 342,00', '', 'Il personale è stato individuato dal dirigente.');
    expect(doc.projects[0]!.staff).toEqual([]);
    expect(doc.unparsed.map((u) => [u.line, u.reason])).toEqual([
      [4, 'a row whose values could not be read'],
      [5, 'a row whose values could not be read'],
    ]);
  });

  it('reads subtotals labelled "Parziale" or "Subtotale", under offices\' captions with a number', () => {
    const doc = read('Settore 1 – Servizi finanziari', 'D1 19,60 100 1.960,00 20 392,00', 'C1 17,00 50 850,00 10 85,00', 'Parziale 477,00', 'Settore 2 – Tributi', 'D1 19,60 100 1.960,00 20 392,00', 'Subtotale 392,00', 'Totale 869,00');
    expect(values(doc)).toHaveLength(3);
    expect(doc.projects[0]!.printedTotal).toBe('869.00');
    expect(doc.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('passes over the cells of words above a row\'s grade, one cell a line, without flagging them', () => {
    const doc = read('Conti Beatrice', 'Funzionari e EQ', 'D3', '24,10', '40', '964,00', '20', '192,80', 'Fontana Irene', 'Istruttori', 'C1', '19,20', '100', '1.920,00', '20', '384,00', 'Totale 576,80');
    expect(values(doc)).toEqual([
      ['D3', '24.10', '40', '964.00', '20', '192.80'],
      ['C1', '19.20', '100', '1920.00', '20', '384.00'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads a cell wrapped in a narrow column, its "€" above the row and its figure below, where the row\'s arithmetic puts it, and a total\'s figures wrapped below its label', () => {
    const doc = read(
      '                                        €',
      '   D3      € 23,23     150              20%     € 696,90',
      '                                 3.484,50',
      '                                        €',
      '   C4      € 19,43     200              20%     € 777,21',
      '                                 3.886,00',
      '                                        €            €',
      '   Totale                  350',
      '                                 7.370,50     1.474,11',
    );
    expect(values(doc)).toEqual([
      ['D3', '23.23', '150', '3484.50', '20', '696.90'],
      ['C4', '19.43', '200', '3886.00', '20', '777.21'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1474.11');
    expect(doc.unparsed).toEqual([]);
    // Two cells wrapped so, the product's and the result's; a product typed wrong, the result's relation holding.
    const two = read('                  €           €', 'D3    21,40   100          20', '              2.140,00     428,00', 'C3 € 17,10 100 € 20 €', '1.170,00 342,00', 'Totale 770,00');
    expect(values(two)).toEqual([
      ['D3', '21.40', '100', '2140.00', '20', '428.00'],
      ['C3', '17.10', '100', '1170.00', '20', '342.00'],
    ]);
  });

  it('gives a row without a code the grade of a cell merged over it and the row above, their hourly cost the same', () => {
    const between = read('Istruttore amministrativo      € 17,95   180   € 3.231,00   20 %   € 646,20', '                  C3', 'Agente di Polizia Municipale   € 17,95   150   € 2.692,50   20 %   € 538,50', 'Totale € 1.184,70');
    expect(values(between).map((r) => r[0])).toEqual(['C3', 'C3']);
    expect(between.projects[0]!.staff[1]!.repairs.map((r) => r.kind)).toContain('merged-cell');
    const atTop = read('Istruttore amministrativo  C3   € 19,14   180   € 3.445,20   20 %   € 689,04', 'Agente di Polizia Municipale   € 19,14   150   € 2.871,00   20 %   € 574,20', 'Dirigente   € 35,00   10   € 350,00   20 %   € 70,00', 'Totale € 1.333,24');
    // The third row, of another hourly cost, keeps its label: no code is its.
    expect(values(atTop).map((r) => r[0])).toEqual(['C3', 'C3', 'Dirigente']);
    // A row of a code alone, no profile beside it: the row below is of no merged cell.
    const noProfile = read('D6   23,57   100   2.357,00   20   471,40', 'Segretario   23,57   40   942,80   20   188,56', 'Totale 659,96');
    expect(values(noProfile).map((r) => r[0])).toEqual(['D6', 'Segretario']);
  });

  it('reads a row with a note in a column after the result', () => {
    const doc = read('C4   € 18,30   200   € 3.660,00   20   € 732,00 part-time 50%', 'C1 17,05 180 3069,00 20 613,80 comandato dal 1.3.2017', 'D1 21,70 150 3255,00 20 651,00   tempo determinato', 'B3 15,80 120 1.896,00 20 379,20 part-time 83,33%', 'Totale 2.376,00');
    expect(values(doc)).toEqual([
      ['C4', '18.30', '200', '3660.00', '20', '732.00'],
      ['C1', '17.05', '180', '3069.00', '20', '613.80'],
      ['D1', '21.70', '150', '3255.00', '20', '651.00'],
      ['B3', '15.80', '120', '1896.00', '20', '379.20'],
    ]);
    expect(doc.unparsed).toEqual([]);
    // Four values, no product column; a note after a euro sign, in brackets.
    const four = readStaffTable('PERSONALE COSTO ORARIO ORE % RISULTATO', 'D3 21,40 60 20 256,80   dal 15/03', 'C1 19,20 45 20 172,80   P.T. 50%', 'Totale 429,60');
    expect(values(four).map((r) => r[5])).toEqual(['256.80', '172.80']);
    expect(values(read('B5 18,30 40 732,00 15 109,80 €    (p.t. 50%)', 'Totale 109,80'))).toEqual([['B5', '18.30', '40', '732.00', '15', '109.80']]);
  });

  it('reads a note in a cell of its own that opens on a count ("2 sabati al mese") as the note\'s, not a figure of the row', () => {
    const doc = read('B6   18,33   150   2.749,50   15   412,43     2 sabati al mese', 'B3   17,40   30   522,00   20   104,40     2 mesi', 'Totale 516,83');
    expect(values(doc)).toEqual([
      ['B6', '18.33', '150', '2749.50', '15', '412.43'],
      ['B3', '17.40', '30', '522.00', '20', '104.40'],
    ]);
    expect(doc.projects[0]!.staff.flatMap((r) => r.repairs)).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads a note set apart by a tab that opens on a count ("\\t12 frazioni servite") as the note\'s, as with wide space', () => {
    const doc = read('C3\t20,45\t120\t2454,00\t15\t368,10\t2 sabati al mese', 'D1\t21,46\t80\t1716,80\t20\t343,36\t12 frazioni servite', 'Totale\t\t\t\t\t711,46');
    expect(values(doc)).toEqual([
      ['C3', '20.45', '120', '2454.00', '15', '368.10'],
      ['D1', '21.46', '80', '1716.80', '20', '343.36'],
    ]);
    expect(doc.unparsed).toEqual([]);
    // Look-alikes: a count a word qualifies ("31 circa") stays the row's, and so the row stays unread; one space after the tab-set figures is no cell apart.
    expect(read('B3\t15,90\t100\t1.590,00\t20\t31 circa', 'Totale 31').projects[0]!.staff).toEqual([]);
    expect(values(readStaffTable('PERSONALE COSTO ORARIO ORE % RISULTATO', 'B3 15,00 5 20 15 arrotondato', 'Totale 15'))).toEqual([['B3', '15.00', '5', null, '20', '15']]);
  });

  it('reads a note set apart by a tab that opens on a count of hours ("\t10 ore di coordinamento") as the note\'s where the figures before it hold', () => {
    const doc = read('C3\t19,71\t100\t1.971,00\t20\t394,20\t2 sabati al mese', 'D1\t21,46\t40\t858,40\t20\t171,68\t10 ore di coordinamento', 'Totale\t\t\t\t\t565,88');
    expect(values(doc)).toEqual([
      ['C3', '19.71', '100', '1971.00', '20', '394.20'],
      ['D1', '21.46', '40', '858.40', '20', '171.68'],
    ]);
    expect(doc.unparsed).toEqual([]);
    // Without a product column, wide space before the count: 21,46 × 40 at 20% is 171,68.
    expect(values(readStaffTable('PERSONALE COSTO ORARIO ORE % RISULTATO', 'D1   21,46   40   20   171,68   10 ore di coordinamento', 'Totale 171,68'))).toEqual([['D1', '21.46', '40', null, '20', '171.68']]);
  });

  it('reads a note that opens on a count of hours ("10 h", "12 ore") as the note\'s whatever order the figures before it come in', () => {
    // The hours with their unit "h", the note's count with it too.
    const unitH = read('D1    € 21,46    45 h    € 965,70    20%    € 193,14    10 h di coordinamento', 'Totale € 193,14');
    expect(values(unitH)).toEqual([['D1', '21.46', '45', '965.70', '20', '193.14']]);
    expect(unitH.unparsed).toEqual([]);
    // The percentage before the product; the hours before the cost.
    const pctFirst = readStaffTable('Cat.     Costo orario     Ore     %     Prodotto     Risultato', 'B1     16,38     80     15 %     1.310,40     196,56     12 ore di apertura', 'Totale 196,56');
    expect(values(pctFirst)).toEqual([['B1', '16.38', '80', '1310.40', '15', '196.56']]);
    const hoursFirst = readStaffTable('Cat.\tOre\tCosto orario\tProdotto\t%\tRisultato', 'D3\t80\t22,97\t1.837,60\t20\t367,52\t12 ore di formazione', 'Totale 367,52');
    expect(values(hoursFirst)).toEqual([['D3', '22.97', '80', '1837.60', '20', '367.52']]);
  });

  it('reads a note that opens on a count of hours of three digits or with a fraction ("120 ore", "2,5 ore") as the note\'s where the figures before it hold', () => {
    const doc = read('C1     18,62     100     1.862,00     20%     372,40     120 ore di sportello', 'D1     21,46     40     858,40     20%     171,68     2,5 ore di sabato', 'Totale     544,08');
    expect(values(doc)).toEqual([
      ['C1', '18.62', '100', '1862.00', '20', '372.40'],
      ['D1', '21.46', '40', '858.40', '20', '171.68'],
    ]);
    expect(doc.unparsed).toEqual([]);
    // Look-alike: a count of three digits before a word that is no unit ("120 pratiche") stays the row's, and the row unread.
    const noUnit = read('C1     18,62     100     1.862,00     20%     372,40     120 pratiche evase', 'Totale     372,40');
    expect(values(noUnit)).toEqual([['C1', null, null, null, null, null]]);
  });

  it('reads a note that opens on a count of hours as the note\'s in a table whose percentage is in the header, cost × hours the product', () => {
    const doc = readStaffTable('Cat.     Costo orario     Ore     Prodotto     Risultato (20%)', 'D1     21,46     40     858,40     171,68     10 ore di coordinamento', 'Totale     171,68');
    expect(values(doc)).toEqual([['D1', '21.46', '40', '858.40', '20', '171.68']]);
    expect(doc.unparsed).toEqual([]);
    // Look-alike: cost × hours not the product (848,40), nothing proves "10 ore" a note's.
    const off = readStaffTable('Cat.     Costo orario     Ore     Prodotto     Risultato (20%)', 'D1     21,46     40     848,40     171,68     10 ore di coordinamento', 'Totale     171,68');
    expect(values(off)).not.toContainEqual(['D1', '21.46', '40', '848.40', '20', '171.68']);
  });

  it('keeps a count of hours after a row\'s figures as the row\'s where the figures before it do not hold', () => {
    // Look-alike: the hours printed last with their unit; 21,46 × 858,40 at 20% is no 171,68, so "40 ore" is no note's.
    const hoursLast = read('D1\t21,46\t858,40\t20\t171,68\t40 ore di coordinamento', 'Totale 171,68');
    expect(values(hoursLast)).not.toContainEqual(['D1', '21.46', '858.40', null, '20', '171.68']);
    // A product that does not hold (848,40 for 858,40): nothing proves "10 ore" a note, and the row stays unread as before.
    const off = read('D1\t21,46\t40\t848,40\t20\t171,68\t10 ore di coordinamento', 'Totale 171,68');
    expect(values(off)).toEqual([['D1', null, null, null, null, null]]);
    expect(off.unparsed).toHaveLength(1);
  });

  it('keeps a small whole number one space after the figures before a word as the row\'s, and one that "circa" qualifies', () => {
    // One space sets every cell apart: nothing says "15" opens a note; a result of 15 euros is read, its word passed over.
    const tight = readStaffTable('PERSONALE COSTO ORARIO ORE % RISULTATO', 'B3 15,00 5 20 15 arrotondato', 'Totale 15');
    expect(values(tight)).toEqual([['B3', '15.00', '5', null, '20', '15']]);
    const circa = read('B3   15,90   100   1.590,00   20   31 circa', 'Totale 31');
    expect(circa.projects[0]!.staff).toEqual([]);
  });

  it('reads a total\'s figure printed on the line above its label, none after it', () => {
    const doc = read('D3 20,30 100 2030,00 20 406,00', 'C1 16,27 100 1627,00 20 325,40', '          731,40 ', 'Totale ');
    expect(doc.projects[0]!.printedTotal).toBe('731.40');
    expect(doc.unparsed).toEqual([]);
  });

  it('passes over a row\'s role in brackets under it, before the total', () => {
    const doc = read('B5   15,83   90   1.424,70   20 %   284,94', '(supporto)', 'Totale 284,94');
    expect(values(doc)).toEqual([['B5', '15.83', '90', '1424.70', '20', '284.94']]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads a grade code glued to the hourly cost after it, after a row\'s number or a label too', () => {
    expect(values(read('C317,10 300 5130,00 20 1026', 'D623,57 120 2828,4 20 565,68', 'Totale 1591,68'))).toEqual([
      ['C3', '17.10', '300', '5130.00', '20', '1026'],
      ['D6', '23.57', '120', '2828.4', '20', '565.68'],
    ]);
    expect(values(read('1 D320,30 100 2030,00 20 406,00', 'Collaboratore DS523,10 100 2310,00 20 462,00', 'Totale 868,00'))).toEqual([
      ['D3', '20.30', '100', '2030.00', '20', '406.00'],
      ['DS5', '23.10', '100', '2310.00', '20', '462.00'],
    ]);
    // Hours before the cost, the grade glued to the hours.
    expect(values(readStaffTable('Cat. Ore Costo orario Prodotto % Quota', 'D3100 22,97 2.297,00 15 344,55', 'Totale 344,55'))).toEqual([['D3', '22.97', '100', '2297.00', '15', '344.55']]);
  });

  it.each(['Importo complessivo      1.416,48', 'Importo totale progetto 1.416,48', 'Ammontare complessivo 1.416,48', 'Complessivamente 1.416,48'])('reads the total labelled %j', (total) => {
    expect(read('D3 20,30 100 2030,00 20 406,00', 'C1 16,27 100 1627,00 20 325,40', 'B3 17,10 200 3420,00 20 684,00', total).projects[0]!.printedTotal).toBe('1416.48');
  });

  it('reads the area of the 2022 contracts after a person\'s name as the grade, and a profile\'s words as the label they are', () => {
    const doc = read('Vitale Ugo        Funzionario      23,51    50    1.175,50    20    235,10', 'De Luca A. Operatore esperto 17,25 90 1.552,50 20 310,50', 'Istruttore amministrativo 19,90 80 1.592,00 20 318,40', 'Totale 1.864,00');
    expect(values(doc).map((r) => r[0])).toEqual(['Funzionario', 'Operatore esperto', 'Istruttore amministrativo']);
  });

  it('reads a differential of the 2022 contracts with its area, so that no area\'s rate is taken for another\'s', () => {
    const doc = read(
      'Funzionario DS1          23,10    60   1.386,00   20   277,20',
      'Istruttore DS1           19,86   150   2.979,00   20   595,80',
      'Istruttore DS1           19,86    80   1.588,80   20   317,76',
      'Operatore esperto DS1    17,92    90   1.612,80   20   322,56',
      'Funzionario EQ – DS2     24,05    40     962,00   20   192,40',
      'Totale 1.705,72',
    );
    expect(values(doc).map((r) => r[0])).toEqual(['Funzionario DS1', 'Istruttore DS1', 'Istruttore DS1', 'Operatore esperto DS1', 'Funzionario EQ DS2']);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a label wrapped around the values its cell centres after a whole row, its former grade alone below them', () => {
    const doc = read(
      'Area degli Istruttori – ex C2             19,54     50      977,00      20      195,40',
      'Operatore esperto',
      '                                           17,45    100    1.745,00      20      349,00',
      '(ex B3)',
      'Area degli Operatori esperti',
      '                                           17,45     60    1.047,00      20      209,40',
      'ex B3',
      'Totale 753,80',
    );
    expect(values(doc)).toEqual([
      ['C2', '19.54', '50', '977.00', '20', '195.40'],
      ['B3', '17.45', '100', '1745.00', '20', '349.00'],
      ['B3', '17.45', '60', '1047.00', '20', '209.40'],
    ]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads the health sector\'s and the universities\' grade codes after a label, and a row broken after one', () => {
    const doc = read('Collab. tecnico prof.le esperto      Ds5    26,84    80    2.147,20    20    429,44', 'Moretti Anna EP1 27,18', '60', '1.630,80', '20 326,16', 'Totale 755,60');
    expect(values(doc)).toEqual([
      ['DS5', '26.84', '80', '2147.20', '20', '429.44'],
      ['EP1', '27.18', '60', '1630.80', '20', '326.16'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads the ministries\' area and band as one grade, after a name too, and does not mix the bands of an area in its rates', () => {
    const doc = read(
      'A2-F3   21,15   100   2.115,00   20   423,00',
      'A2-F1   19,20   120   2.304,00   20   460,80',
      'A3/F1 24,30 60 1.458,00 20 291,60',
      'Longo Rita II F3   20,90   70   1.463,00   20   292,60',
      'Area 2 F3   20,95   100   2.095,00   20   419,00',
      'Area III F1 23,80 80 1.904,00 20 380,80',
      'Totale 2.267,80',
    );
    expect(values(doc)).toEqual([
      ['A2-F3', '21.15', '100', '2115.00', '20', '423.00'],
      ['A2-F1', '19.20', '120', '2304.00', '20', '460.80'],
      ['A3/F1', '24.30', '60', '1458.00', '20', '291.60'],
      ['IIF3', '20.90', '70', '1463.00', '20', '292.60'],
      ['AREA2F3', '20.95', '100', '2095.00', '20', '419.00'],
      ['AREAIIIF1', '23.80', '80', '1904.00', '20', '380.80'],
    ]);
    expect(doc.unparsed).toEqual([]);
    // Read as "A2", the A2-F1 row's 19,20 would stand against the A2-F3 rows' 21,15.
    const bands = read('A2-F3 21,15 100 2.115,00 20 423,00', 'A2 F1 19,20 120 2.304,00 20 460,80', 'A2-F3 21,15 80 1.692,00 20 338,40', 'Totale 1.222,20');
    expect(bands.projects[0]!.staff.map((r) => r.grade)).toEqual(['A2-F3', 'A2F1', 'A2-F3']);
    expect(bands.discrepancies.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads an area\'s band glued to the hourly cost, and a band wrapped onto the line below the row\'s values in its narrow cell', () => {
    expect(values(read('II-F320,80 120 2.496,00 20 499,20', 'Area 2 F319,90 100 1.990,00 20 398,00', 'Totale 897,20'))).toEqual([
      ['II-F3', '20.80', '120', '2496.00', '20', '499.20'],
      ['AREA2F3', '19.90', '100', '1990.00', '20', '398.00'],
    ]);
    const doc = read('Area III 26,35 60 1.581,00 20 316,20', 'F3', 'Area II 21,90 120 2.628,00 20 525,60', 'F4', 'Totale 841,80');
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.result, r.source.lines])).toEqual([
      ['AREAIIIF3', '316.20', [4, 5]],
      ['AREAIIF4', '525.60', [6, 7]],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads the health sector\'s categories and the universities\' EP without a band after a name or a profile, and "D fascia 3"; not a person\'s initial', () => {
    const doc = read(
      'Russo Maria D   20,95   100   2.095,00   20   419,00',
      'Tecnico sanitario di radiologia D 20,95 80 1.676,00 20 335,20',
      'Greco Luigi Bs 16,85 120 2.022,00 20 404,40',
      'Infermiere cat. Ds 23,70 60 1.422,00 20 284,40',
      'D fascia 3   21,85   100   2.185,00   20   437,00',
      'Rossi M. 20,00 10 200,00 20 40,00',
      'Funzionario EP 27,18 50 1.359,00 20 271,80',
      'Totale 2.191,80',
    );
    expect(values(doc).map((r) => r.slice(0, 3))).toEqual([
      ['D', '20.95', '100'],
      ['D', '20.95', '80'],
      ['BS', '16.85', '120'],
      ['DS', '23.70', '60'],
      ['D3', '21.85', '100'],
      ['Rossi M.', '20.00', '10'],
      ['EP', '27.18', '50'],
    ]);
    // The category's rate found, a cost mistyped is told from a product mistaken: 20,95 × 70 = 1.466,50.
    const typo = read('Russo Maria D 20,95 100 2.095,00 20 419,00', 'Bruno Carla D 20,95 80 1.676,00 20 335,20', 'Caruso Ida D 20,59 70 1.466,50 20 293,30', 'Totale 1.047,50');
    expect(typo.discrepancies.filter((d) => d.severity !== 'info').map((d) => [d.rule, d.row, d.expected])).toEqual([['cost-typo', 3, '20.95']]);
  });

  it('reads a column numbering the rows before the health sector\'s grades and the universities\' EP, its digit set apart too', () => {
    expect(values(read('1    Ds3    21,87    120    2.624,40    20    524,88', '2 Bs2 16,42 90 1.477,80 20 295,56', '3 EP   2   28,41   80   2.272,80   15   340,92', 'Totale 1.161,36'))).toEqual([
      ['DS3', '21.87', '120', '2624.40', '20', '524.88'],
      ['BS2', '16.42', '90', '1477.80', '20', '295.56'],
      ['EP2', '28.41', '80', '2272.80', '15', '340.92'],
    ]);
  });

  it('reads a text table drawn with bars, its rule lines passed over', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', '| Personale | Costo orario | Totale ore | Prodotto | Percentuale | Risultato |', '|---|---|---|---|---|---|', '| D3 | 21,40 | 100 | 2140,00 | 20 | 428,00 |', '│ C1 │ 17,28 │ 80 │ 1382,40 │ 20 │ 276,48 │', '+-----+-----+', '| Totale | | | | | 704,48 |', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D3', '21.40', '100', '2140.00', '20', '428.00'],
      ['C1', '17.28', '80', '1382.40', '20', '276.48'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('704.48');
    expect(doc.discrepancies).toEqual([]);
  });

  it('passes over a rule a scan read as a colon, "!" or "¦" alone between two figures, but not a colon after a word', () => {
    const doc = read('C1 21,35 : 180 3.843,00 20 768,60', 'D1 24,10 ! 100 2.410,00 ¦ 20 482,00', 'Totale 1.250,60');
    expect(values(doc)).toEqual([
      ['C1', '21.35', '180', '3843.00', '20', '768.60'],
      ['D1', '24.10', '100', '2410.00', '20', '482.00'],
    ]);
    expect(doc.unparsed).toEqual([]);
    const words = read('C1 21,35 180 3.843,00 20 768,60', 'di cui ore : 180', 'Totale 768,60');
    expect(words.unparsed.map((u) => u.text)).toEqual(['di cui ore : 180']);
  });

  it('reads rows written as CSV, cells parted by semicolons, but not a sentence with semicolons', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', 'PERSONALE;COSTO ORARIO;TOTALE ORE;PRODOTTO;PERCENTUALE;RISULTATO', 'D2;20,36;100;2036,00;20;407,20', 'Totale;;;;;407,20', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([['D2', '20.36', '100', '2036.00', '20', '407.20']]);
    expect(doc.projects[0]!.printedTotal).toBe('407.20');
    const prose = read('D3 20,30 100 2030,00 20 406', 'ore 100; costo 20,30; quota 406', 'Totale 406');
    expect(prose.unparsed.map((u) => u.text)).toEqual(['ore 100; costo 20,30; quota 406']);
  });

  it('reads dashes for empty cells where they stand, even where the values left would fit other columns', () => {
    const doc = read('D3 21,40 40 856,00 – –', 'C1 16,05 100 1.605,00 20 321,00', 'Totale 321,00');
    expect(values(doc)).toEqual([
      ['D3', '21.40', '40', '856.00', null, null],
      ['C1', '16.05', '100', '1605.00', '20', '321.00'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([
      { kind: 'cell-missing', detail: 'the percentage printed as a dash: an empty cell' },
      { kind: 'cell-missing', detail: 'the result printed as a dash: an empty cell' },
    ]);
    expect(doc.discrepancies.map((d) => d.rule)).not.toContain('product-mismatch');
  });

  it('passes over a header\'s last word left on a line under it, before the rows ("Ore" / "progetto")', () => {
    const doc = read('progetto', 'C1 16,05 100 1.605,00 20 321,00', 'Totale 321,00');
    expect(values(doc)).toEqual([['C1', '16.05', '100', '1605.00', '20', '321.00']]);
    expect(doc.discrepancies).toEqual([]);
    // After a row, words are no header's.
    expect(read('C1 16,05 100 1.605,00 20 321,00', 'progetto', 'Totale 321,00').unparsed.map((u) => u.text)).toEqual(['progetto']);
  });

  it('passes over a line of the money columns\' currency in brackets under the header ("(€)   (€)   (€)")', () => {
    const doc = read('        \t     (€)    \t     \t      (€)   \t    \t      (€)', 'C1 16,05 100 1.605,00 20 321,00', 'Totale 321,00');
    expect(values(doc)).toEqual([['C1', '16.05', '100', '1605.00', '20', '321.00']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a row under a long label that ends on its grade code ("… cat. D1 giuridica, posizione economica D3")', () => {
    const doc = read('Istruttore direttivo – cat. D1 giuridica, posizione economica D3\t19,8125\t120\t2.377,50\t20%\t475,50', 'Totale 475,50');
    expect(values(doc)).toEqual([['D3', '19.8125', '120', '2377.50', '20', '475.50']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes the former grade for the row\'s where it is the only code, an area of the 2022 contracts with its position ("Istruttore (ex C1)"); not beside a grade ("B4 (ex B3)")', () => {
    const doc = read('Istruttore (ex C1) 20,48 130 2.662,40 20 532,48', 'B4 (ex B3) 15,00 100 1.500,00 20 300,00', 'Totale 832,48');
    expect(values(doc).map((row) => row[0])).toEqual(['C1', 'B4']);
  });

  it('reads a cell a spreadsheet printed "###" (its number too wide) as empty, and a total so printed as unread', () => {
    const doc = read('D3 € 20,63 60 ### 20% € 247,56', 'C1 16,05 100 1.605,00 20 321,00', 'Totale ###');
    expect(values(doc)).toEqual([
      ['D3', '20.63', '60', null, '20', '247.56'],
      ['C1', '16.05', '100', '1605.00', '20', '321.00'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([{ kind: 'cell-missing', detail: 'the product printed as "###", a number too wide for its cell: no value' }]);
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual(expect.arrayContaining([['missing-value', 1], ['unparsed-line', null]]));
    expect(doc.projects[0]!.printedTotal).toBeNull();
  });

  it('reads CSV rows with a label and spaces after the semicolons, or every cell quoted; and grades split after a row\'s number', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', '"Categoria";"Costo orario";"Ore";"Prodotto";"Percentuale";"Risultato"', 'Istruttore; C1; 16,05; 100; 1.605,00; 20; 321,00', '"B3";"15,20";"120";"1.824,00";"20";"364,80"', 'Totale;;;;;685,80', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['C1', '16.05', '100', '1605.00', '20', '321.00'],
      ['B3', '15.20', '120', '1824.00', '20', '364.80'],
    ]);
    expect(values(read('2) Ds 3 21,87 120 2.624,40 20 524,88', '3. PLA 3 19,10 100 1.910,00 20 382,00', 'Totale 906,88')).map((r) => r[0])).toEqual(['DS3', 'PLA3']);
  });

  it('reads a dash that only parts the grade from its values under a header without a product column', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', 'CATEGORIA COSTO ORARIO ORE PERCENTUALE RISULTATO', 'D1 – 21,40 120 20 513,60', 'C1 - 18,20 100 20 364,00', 'Totale 877,60', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D1', '21.40', '120', null, '20', '513.60'],
      ['C1', '18.20', '100', null, '20', '364.00'],
    ]);
    expect(doc.discrepancies.map((d) => [d.rule, d.field])).toEqual([['missing-value', 'product'], ['missing-value', 'product']]);
  });

  it('sets apart a column of shares after the result, in the rows and the total line, and says so', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', 'PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE QUOTA AL FONDO INCIDENZA %', 'D2 18,56 200 3.712,00 20 742,40 35,18', 'C3 17,10 300 5.130,00 20 1.026,00 48,62', 'C3 17,10 100 1.710,00 20 342,00 16,21', 'Totale 2.110,40 100,00', 'Sesta condizione'].join('\n'));
    expect(values(doc)[0]).toEqual(['D2', '18.56', '200', '3712.00', '20', '742.40']);
    expect(doc.projects[0]!.printedTotal).toBe('2110.40');
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([{ kind: 'share-column', detail: '"35,18" under "incidenza %", a column of its own after the result: not read' }]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('sets apart the charges on the result in columns after it, in the rows and the total line, and says so', () => {
    const header = 'PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO ONERI RIFLESSI (23,80%) TOTALE LORDO ENTE';
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, 'D3 20,30 120 2.436,00 20 487,20 115,95 603,15', 'C3 17,10 200 3.420,00 20 684,00 162,79 846,79', 'TOTALE 1.171,20 278,74 1.449,94', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D3', '20.30', '120', '2436.00', '20', '487.20'],
      ['C3', '17.10', '200', '3420.00', '20', '684.00'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1171.20');
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([
      { kind: 'charge-columns', detail: '"115,95", "603,15" under "ONERI RIFLESSI", "TOTALE LORDO ENTE", the charges on the result in columns of their own: not read' },
    ]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads a total line that leaves charge columns blank by its first figure, and says a row without one of its values unread', () => {
    const header = 'CAT. COSTO ORARIO ORE PRODOTTO % RISULTATO IRAP CPDEL TOTALE';
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, 'D3 20,30 120 2.436,00 20 487,20 41,41 115,95 644,56', 'C3 17,10 200 20 684,00 58,14 162,79 904,93', 'Totale 1.171,20 99,55', 'Sesta condizione'].join('\n'));
    expect(doc.projects[0]!.printedTotal).toBe('1171.20');
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['unparsed-line', 2]]);
  });

  it('reads a row with a charge\'s cell left blank where its arithmetic shows which figures are its own, and says which were set apart', () => {
    const header = 'PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO ONERI IRAP TOTALE';
    const rows = ['D3 20,30 120 2.436,00 20 487,20 115,95 41,41 644,56', 'C3 17,10 200 3.420,00 20 684,00 58,14 742,14', 'C1 16,27 150 2.440,50 20 488,10 116,17 604,27', 'B3 15,13 100 1.513,00 20 302,60 72,02 25,72'];
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, ...rows, 'Totale 1.961,90', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D3', '20.30', '120', '2436.00', '20', '487.20'],
      ['C3', '17.10', '200', '3420.00', '20', '684.00'],
      ['C1', '16.27', '150', '2440.50', '20', '488.10'],
      ['B3', '15.13', '100', '1513.00', '20', '302.60'],
    ]);
    expect(doc.projects[0]!.staff[1]!.repairs).toEqual([
      { kind: 'charge-columns', detail: '"58,14", "742,14" under "ONERI", "IRAP", "TOTALE" (1 of them blank), the charges on the result in columns of their own: not read' },
    ]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('leaves a row with a charge\'s cell blank unread where no run of its figures holds as a staff row\'s', () => {
    const header = 'PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO ONERI IRAP TOTALE';
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, 'D3 20,30 120 2.436,00 20 478,20 115,95 644,56', 'Totale 478,20', 'Sesta condizione'].join('\n'));
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['unparsed-line', 1]]);
  });

  it('sets apart figures under words after the result that name no column we know where every value of the row holds, and says so', () => {
    const header = 'PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO ONERI (23,80%) ORE RECUPERO';
    const rows = ['D3 20,30 130 2.639,00 20 527,80 125,62 12', 'C3 17,10 110 1.881,00 20 376,20 89,54 30'];
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, ...rows, 'TOTALE 904,00 215,16 42', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D3', '20.30', '130', '2639.00', '20', '527.80'],
      ['C3', '17.10', '110', '1881.00', '20', '376.20'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([{ kind: 'other-columns', detail: '"125,62", "12" under "ONERI (23,80%) ORE RECUPERO", after the result: columns we do not know, not read' }]);
    expect(doc.projects[0]!.printedTotal).toBe('904.00');
    expect(doc.discrepancies).toEqual([]);
    const blank = readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, ...rows, 'TOTALE 904,00 215,16', 'Sesta condizione'].join('\n'));
    expect(blank.projects[0]!.printedTotal).toBe('904.00');
  });

  it('leaves a row with figures under an unknown column unread where its own values do not all hold, and its total line\'s last figure untaken', () => {
    const header = 'PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO IMPORTO ANNO PRECEDENTE';
    const rows = ['D1 17,94 120 2.152,80 20 430,56 401,20', 'C2 16,65 140 2.331,00 20 446,20 455,00'];
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, ...rows, 'TOTALE 876,76 856,20', 'Sesta condizione'].join('\n'));
    expect(values(doc)[0]).toEqual(['D1', '17.94', '120', '2152.80', '20', '430.56']);
    expect(doc.projects[0]!.printedTotal).toBe('876.76');
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['unparsed-line', 2]]);
  });

  it('reads a result\'s heading with its own tail, "RISULTATO (20%) €", as naming no other column', () => {
    expect(headerOf('PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO €')?.otherColumns).toBeUndefined();
    expect(headerOf('PERSONALE COSTO ORARIO ORE PRODOTTO % QUOTA AL FONDO (20%)')?.otherColumns).toBeUndefined();
    expect(headerOf('PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO   NOTE')?.otherColumns).toBe('NOTE');
  });

  it('sets apart columns before the cost of what the person works, and says so, one of them blank where the arithmetic shows it', () => {
    const rows = ['D3 100% 12 20,30 120 2.436,00 20 487,20', 'C3 50% 6 17,10 200 3.420,00 20 684,00', 'C1 50% 16,27 150 2.440,50 20 488,10', 'B3 50% 15,13 100 1.513,00 20 320,60'];
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', 'PERSONALE % PART-TIME MESI COSTO ORARIO ORE PRODOTTO % RISULTATO', ...rows, 'TOTALE 1.979,90', 'Sesta condizione'].join('\n'));
    expect(values(doc).slice(0, 3)).toEqual([
      ['D3', '20.30', '120', '2436.00', '20', '487.20'],
      ['C3', '17.10', '200', '3420.00', '20', '684.00'],
      ['C1', '16.27', '150', '2440.50', '20', '488.10'],
    ]);
    expect(doc.projects[0]!.staff[1]!.repairs).toEqual([
      { kind: 'lead-columns', detail: '"50%", "6" under "% PART-TIME", "MESI", what the person works or earns in columns of their own before the cost: not read' },
    ]);
    expect(doc.projects[0]!.staff[2]!.repairs[0]!.detail).toBe('"50%" under "% PART-TIME", "MESI" (1 of them blank), what the person works or earns in columns of their own before the cost: not read');
    // B3's result is not 20 % of its product: with a cell blank, nothing tells its own figures from the months'.
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['unparsed-line', 4]]);
  });

  it('reads a header printed again one word a line, its "TOTALE" over "ORE" no total of the rows above', () => {
    const header = ['PERSONALE', 'COSTO', 'ORARIO', '', 'TOTALE', '', 'ORE', 'PRODOTTO', 'PERCENTUALE', 'RISULTATO', ''];
    const cells = (...values: string[]) => [...values, ''];
    const body = [...header, ...cells('D2', '18,56', '300', '5.568,00', '20', '1.113,60'), ...cells('D1', '17,90', '120', '2.148,00', '20', '429,60'), '', ...header, ...cells('B3', '15,20', '140', '2.128,00', '20', '425,60'), 'Totale', '1.968,80'];
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', '', ...body, '', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D2', '18.56', '300', '5568.00', '20', '1113.60'],
      ['D1', '17.90', '120', '2148.00', '20', '429.60'],
      ['B3', '15.20', '140', '2128.00', '20', '425.60'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1968.80');
    expect(doc.discrepancies).toEqual([]);
  });

  it('puts back the last row\'s missing figure that text taken out column by column prints after the total\'s label, where it makes the row hold', () => {
    const body = ['D1', '', '17,90', '', '100 1.790,00', '', '20 358,00', '', 'B1', '', '14,35', '', '80', '', '20 229,60', '', 'Totale', '', '1.148,00', '', '587,60'];
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', 'Categoria Costo orario € Ore Prodotto € % Risultato €', ...body, '', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D1', '17.90', '100', '1790.00', '20', '358.00'],
      ['B1', '14.35', '80', '1148.00', '20', '229.60'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('587.60');
    expect(doc.discrepancies).toEqual([]);
  });

  it('leaves the figure after the total\'s label to the total where the row holds without it, or does not hold with it', () => {
    const rows = (b1: string[]) => ['D1 17,90 100 1.790,00 20 358,00', ...b1, 'Totale', '', '1.148,00', '', '587,60'];
    const read = (b1: string[]) => readPlan(['Progetto N° 1 - A', 'Quinta condizione', 'Categoria Costo orario Ore Prodotto % Risultato', ...rows(b1), '', 'Sesta condizione'].join('\n'));
    expect(read(['B1 14,35 80 1.148,00 20 229,60']).projects[0]!.printedTotal).toBe('1148.00');
    const wrong = read(['B1 14,35 90 20 229,60']);
    expect(wrong.projects[0]!.staff[1]!.product).toBeNull();
    expect(wrong.projects[0]!.printedTotal).toBe('1148.00');
  });

  it('sets apart columns between the cost and the hours of what the hours are worked out from, and says so', () => {
    const header = '  CAT.    COSTO ORARIO  ORE ANNUE  % IMPEGNO  ORE PROGETTO    PRODOTTO     %   RISULTATO';
    const rows = ['  D2             18,56      1.656        10%         165,6    3.073,54    20      614,71', '  C2             16,65      1.656      12,5%         207,0    3.446,55    20      689,31'];
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, ...rows, '  Totale                                                                        1.304,02', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D2', '18.56', '165.6', '3073.54', '20', '614.71'],
      ['C2', '16.65', '207.0', '3446.55', '20', '689.31'],
    ]);
    expect(doc.projects[0]!.staff[1]!.repairs).toEqual([
      { kind: 'hours-basis-columns', detail: '"1.656", "12,5%" under "ORE ANNUE", "% IMPEGNO", what the hours are worked out from in columns of their own between the cost and them: not read' },
    ]);
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['product-rounded', 1], ['result-rounded', 1]]);
  });

  it('sets apart a column of shares named under a header wrapped over lines, "QUOTA AL FONDO" over "IMPORTO € INCIDENZA %"', () => {
    const doc = readPlan(['Progetto N° 1 - A', 'Quinta condizione', 'COSTO QUOTA AL FONDO', 'CATEGORIA ORE PRODOTTO %', 'ORARIO IMPORTO € INCIDENZA %', 'D3 20,10 150 3.015,00 18 542,70 26,29', 'C2 17,47 200 3.494,00 18 628,92 30,47', 'TOTALE 1.171,62 100,00', 'Sesta condizione'].join('\n'));
    expect(values(doc)).toEqual([
      ['D3', '20.10', '150', '3015.00', '18', '542.70'],
      ['C2', '17.47', '200', '3494.00', '18', '628.92'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1171.62');
  });

  it('reads a label that numbers its person before the grade code', () => {
    expect(values(read('Dipendente 1   D3   € 21,40   100   € 2.140,00   20%   € 428,00', 'Dipendente 2 C1 € 17,28 150 € 2.592,00 20% € 518,40', 'Totale 946,40'))).toEqual([
      ['D3', '21.40', '100', '2140.00', '20', '428.00'],
      ['C1', '17.28', '150', '2592.00', '20', '518.40'],
    ]);
  });

  it('does not take a line of dashes for figures', () => {
    const doc = read('D3 20,30 100 2030,00 20 406', '– – –', 'Totale 406');
    expect(doc.projects[0]!.printedTotal).toBe('406');
    expect(doc.unparsed.map((u) => u.text)).toEqual(['– – –']);
  });

  it('reads euro signs after the values, apostrophes between thousands, and a total written out in words too', () => {
    const doc = read("D3 20,30€ 100 2'030,00€ 20% 406,00€", 'C4 17,63 € 150 2644,50 € 20 528,90 €', 'Totale € 934,90 (novecentotrentaquattro/90)');
    expect(values(doc)).toEqual([
      ['D3', '20.30', '100', '2030.00', '20', '406.00'],
      ['C4', '17.63', '150', '2644.50', '20', '528.90'],
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('934.90');
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads percentages printed as fractions in a table whose product column is left empty', () => {
    const doc = read('C1 16,05 100 0,20 321,00', 'C3 17,10 150 0,20 513,00', 'Totale 834,00');
    expect(values(doc)).toEqual([
      ['C1', '16.05', '100', null, '20', '321.00'],
      ['C3', '17.10', '150', null, '20', '513.00'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toContain('percentage-as-fraction');
  });

  it('reads percentages printed as fractions as the result bears them out, and says so', () => {
    const doc = read('D3 20,30 100 2.030,00 0,20 406,00', 'C2 16,65 200 3.330,00 0,20 666,00', 'Totale 1.072,00');
    expect(values(doc)).toEqual([
      ['D3', '20.30', '100', '2030.00', '20', '406.00'],
      ['C2', '16.65', '200', '3330.00', '20', '666.00'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.kind)).toEqual(['percentage-as-fraction']);
    expect(doc.discrepancies).toEqual([]);
  });

  it('reads percent signs and euro signs in cells', () => {
    const doc = read('D5 € 22,08 350 € 7.728 20% € 1.545,60', 'C3 17,10 150 2.565 20 % 513', 'Totale 2.058,60');
    expect(values(doc)).toEqual([
      ['D5', '22.08', '350', '7728', '20', '1545.60'],
      ['C3', '17.10', '150', '2565', '20', '513'],
    ]);
  });
});

describe('a grade code whose 1 a scan read as a letter', () => {
  it('reads "Cl", "DI", "Istruttore Dl" as C1, D1, D1, with a repair', () => {
    const doc = read('Cl 17,20 100 1.720,00 20 344,00', 'DI 19,30 50 965,00 20 193,00', 'Istruttore Dl 19,30 80 1.544,00 20 308,80', 'Totale 845,80');
    expect(values(doc).map((row) => row[0])).toEqual(['C1', 'D1', 'D1']);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([{ kind: 'ocr-corrected', detail: 'grade printed "Cl", taken as the grade code C1: the letter for the digit 1' }]);
  });

  it('reads "DI1", the 1 read twice, as D1', () => {
    const doc = read('DI1 19,30 50 965,00 20 193,00', 'Totale 193,00');
    expect(values(doc).map((row) => row[0])).toEqual(['D1']);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([{ kind: 'ocr-corrected', detail: 'grade printed "DI1", taken as the grade code D1: the digit 1 read as a letter too' }]);
  });

  it('reads "Ci" and "‘Bi" as C1 and B1 in a row read by OCR, and keeps them as printed in a text', () => {
    const source: SourceDocument = { ...sourceOf(['Progetto N° 1 - A', 'Quinta condizione', HEADER, 'Ci 17,20 100 1.720,00 20 344,00', '‘Bi 15,00 10 150,00 20 30,00', 'Totale 374,00', 'Sesta condizione: (b)', 'testo'].join('\n'), 'scan.pdf'), format: 'pdf', pages: 1 };
    for (const line of source.lines) {
      line.page = 1;
      line.ocr = line.text.split(' ').map((word) => ({ text: word, confidence: 0.7 }));
    }
    const scanned = recordOf(source);
    expect(values(scanned).map((row) => row[0])).toEqual(['C1', 'B1']);
    expect(scanned.projects[0]!.staff.map((row) => row.repairs.find((r) => r.detail.startsWith('grade'))?.detail)).toEqual([
      'grade printed "Ci", taken as the grade code C1: the letter for the digit 1',
      'grade printed "‘Bi", taken as the grade code B1: the letter for the digit 1',
    ]);
    expect(values(read('Ci 17,20 100 1.720,00 20 344,00', 'Totale 344,00')).map((row) => row[0])).toEqual(['Ci']);
  });

  it('keeps a name in capitals ending in "DI" and a letter with another after it as printed', () => {
    const doc = read('ROSSI DI 19,30 50 965,00 20 193,00', 'Ci 17,20 100 1.720,00 20 344,00', 'Totale 537,00');
    expect(values(doc).map((row) => row[0])).toEqual(['ROSSI DI', 'Ci']);
    expect(doc.projects[0]!.staff.flatMap((row) => row.repairs)).toEqual([]);
  });
});

describe('a grade code alone above a row with its own grade code', () => {
  it('says the code was not read, first after the header as further down: no caption of the rows below', () => {
    const first = read('D3', 'C1 17,10 40 684,00 20 136,80', 'Totale 136,80');
    expect(values(first)).toEqual([['C1', '17.10', '40', '684.00', '20', '136.80']]);
    expect(first.unparsed.map((u) => [u.text, u.reason])).toEqual([['D3', 'a label without any value']]);
    const between = read('D1 20,10 100 2.010,00 20 402,00', 'D3', 'C1 17,10 40 684,00 20 136,80', 'Totale 538,80');
    expect(between.unparsed.map((u) => u.text)).toEqual(['D3']);
  });

  it('still joins a code alone to the row below without one, and reads a caption of words as a caption', () => {
    const joined = read('D3', 'Rossi Mario 21,40 100 2.140,00 20 428,00', 'Totale 428,00');
    expect(values(joined)).toEqual([['D3', '21.40', '100', '2140.00', '20', '428.00']]);
    expect(joined.unparsed).toEqual([]);
    const caption = read('Ufficio Tributi', 'C1 17,10 40 684,00 20 136,80', 'Totale 136,80');
    expect(values(caption)).toEqual([['C1', '17.10', '40', '684.00', '20', '136.80']]);
    expect(caption.unparsed).toEqual([]);
  });
});

describe('a grade code centred in a cell merged over two rows whose names wrap', () => {
  const merged = (cost: string) => [
    'Cat.    Dipendente              Costo orario  Ore  Prodotto  Perc.  Risultato',
    '        Rossi Maria Giovanna,',
    '        istruttore direttivo    20,10   100   2.010,00   20   402,00',
    '        contabile',
    'D1',
    '        Bianchi Alessandro',
    `        Luigi, istruttore       ${cost}   60   1.206,00   20   241,20`,
    '        direttivo tecnico',
    'Totale                                                         643,20',
  ];

  it('gives the code to the row below too, past the first line of its wrapped name, their cost the same', () => {
    const [header, ...body] = merged('20,10');
    const doc = readStaffTable(header!, ...body);
    expect(values(doc).map((row) => row.slice(0, 3))).toEqual([
      ['D1', '20.10', '100'],
      ['D1', '20.10', '60'],
    ]);
  });

  it('not to a row below of another cost (look-alike)', () => {
    const [header, ...body] = merged('21,40');
    const doc = readStaffTable(header!, ...body);
    expect(values(doc)[1]![0]).not.toBe('D1');
  });
});

describe('a row over two lines, its grade code and a person\'s name above its values', () => {
  it('reads the code that opens the label as the row\'s grade, as on one line', () => {
    const doc = read('D3 Bianchi Laura', '21,40 120 2.568,00 20 513,60', 'C1 Verdi Paolo', '18,25 150 2.737,50 20 547,50', 'Totale 1.061,10');
    expect(values(doc)).toEqual([
      ['D3', '21.40', '120', '2568.00', '20', '513.60'],
      ['C1', '18.25', '150', '2737.50', '20', '547.50'],
    ]);
    expect(doc.projects[0]!.staff[0]!.raw).toBe('D3 Bianchi Laura 21,40 120 2.568,00 20 513,60');
  });

  it('keeps a label without a code at its start as printed', () => {
    const doc = read('Istruttore direttivo', '21,40 120 2.568,00 20 513,60', 'Totale 513,60');
    expect(values(doc).map((row) => row[0])).toEqual(['Istruttore direttivo']);
  });

  it('reads a grade code alone above a row whose label has none as that row\'s grade, not a caption nor the row above\'s', () => {
    const doc = read('D3', 'Bianchi Laura 21,40 120 2.568,00 20 513,60', 'C1', 'Verdi Paolo 18,25 150 2.737,50 20 547,50', 'Totale 1.061,10');
    expect(values(doc)).toEqual([
      ['D3', '21.40', '120', '2568.00', '20', '513.60'],
      ['C1', '18.25', '150', '2737.50', '20', '547.50'],
    ]);
    expect(doc.projects[0]!.staff[0]!.raw).toBe('D3 Bianchi Laura 21,40 120 2.568,00 20 513,60');
    // A code under a label without one, no row below that lacks its own: the grade of the row above, as before.
    expect(values(read('Istruttore 17,10 90 1.539,00 20 307,80', 'amm.vo C3', 'Totale 307,80')).map((row) => row[0])).toEqual(['C3']);
  });

  it('takes no code from a label where a figure follows it, or that opens otherwise', () => {
    expect(gradeOpeningLabel("B3 De' Rossi A.")).toBe('B3');
    expect(gradeOpeningLabel('D3 – Bianchi Laura')).toBe('D3');
    expect(gradeOpeningLabel('D3 – 2 unità')).toBeNull();
    expect(gradeOpeningLabel('D3 2 unità')).toBeNull();
    expect(gradeOpeningLabel('Dott. Rossi')).toBeNull();
    expect(gradeOpeningLabel('Istruttore C1')).toBeNull();
  });
});

describe('a space a scan set within a cell of a table whose cells wide gaps set apart', () => {
  it('joins the two pieces where only so the row\'s arithmetic holds, with a repair', () => {
    // 19,88 × 150 = 2.982,00, 20 % of it 596,40; 17,95 × 80 = 1.436,00; 17,95 × 120 = 2.154,00; 19,88 × 60 = 1.192,80; 17,95 × 100 = 1.795,00.
    const doc = read(
      'D2      19,88      150      2.9 82,00    20      59 6,40',
      'C3      17, 95     80       1.436,00     20      287,20',
      'C3      17,95      1 20     2.154,00     20      430,80',
      'D2      19,8 8     60       1.192,80     20      238,56',
      'C3      17,95      100      1 .795,00    20      359,00',
      'TOTALE                                           1.6 53,00',
    );
    expect(values(doc)).toEqual([
      ['D2', '19.88', '150', '2982.00', '20', '596.40'],
      ['C3', '17.95', '80', '1436.00', '20', '287.20'],
      ['C3', '17.95', '120', '2154.00', '20', '430.80'],
      ['D2', '19.88', '60', '1192.80', '20', '238.56'],
      ['C3', '17.95', '100', '1795.00', '20', '359.00'],
    ]);
    expect(doc.projects[0]!.staff[2]!.repairs).toEqual([
      { kind: 'ocr-corrected', detail: '"1 20" read as one amount, 120: a space a scan set within one cell; the row\'s arithmetic holds so, and not with "1" and "20" as cells of their own' },
    ]);
    // 596,40 + 287,20 + 430,80 + 238,56 + 359,00 = 1.911,96: neither "1.6 53,00" nor "53,00" is their sum, and no amount is sure.
    expect(doc.projects[0]!.printedTotal).toBeNull();
  });

  it('reads a total with its thousands set apart by a space, typed wrong, at the reading near the rows\' results, and not at its last group', () => {
    // 1.299,20 + 1.197,00 = 2.496,20: "2 469,20" is 2.469,20 (digits swapped), not 469,20.
    const doc = read('D2 18,56 350 6.496,00 20 1.299,20', 'C3 17,10 350 5.985,00 20 1.197,00', 'Totale     2 469,20');
    expect(doc.projects[0]!.printedTotal).toBe('2469.20');
    expect(findingsOf(doc, 'total-mismatch')).toHaveLength(1);
    // Hours and results beside each other, under a label naming the hours: the last figure.
    const hours = read('D2 18,56 350 6.496,00 20 1.299,20', 'C3 17,10 350 5.985,00 20 1.197,00', 'Totale ore e risultati 700 469,20');
    expect(hours.projects[0]!.printedTotal).toBe('469.20');
  });

  it('reads a total so spaced as one amount where that is the sum of the rows\' results', () => {
    const doc = read('D2      19,88      60       1.192,80     20      238,56', 'C3      17,95      120      2.154,00     20      430,80', 'TOTALE                                           6 69,36');
    expect(doc.projects[0]!.printedTotal).toBe('669.36');
  });

  it('reads a total whose cents a space sets apart after the comma, in a line of single spaces, where they make the rows\' sum', () => {
    // 465,30 + 669,60 = 1.134,90: not a total of 90.
    const doc = read('D1 21,15 110 2.326,50 20 465,30', 'C1 18,60 180 3.348,00 20 669,60', 'TOTALE 1.134, 90');
    expect(doc.projects[0]!.printedTotal).toBe('1134.90');
    expect(doc.discrepancies).toEqual([]);
    // Neither 1.134,50 nor 50 is the sum; no figure ends on its comma: the total is 1.134,50, and wrong.
    const wrong = read('D1 21,15 110 2.326,50 20 465,30', 'C1 18,60 180 3.348,00 20 669,60', 'TOTALE 1.134, 50');
    expect(wrong.projects[0]!.printedTotal).toBe('1134.50');
    expect(findingsOf(wrong, 'total-mismatch')).toHaveLength(1);
    expect(findingsOf(wrong, 'unparsed-line')).toEqual([]);
    // A space within a cell, no comma before it: "1.2 42,60" may be two cells, and no amount is sure.
    const within = read('D1 21,15 110 2.326,50 20 465,30', 'C1 18,60 180 3.348,00 20 669,60', 'TOTALE      1.1 34,50');
    expect(within.projects[0]!.printedTotal).toBeNull();
    expect(findingsOf(within, 'unparsed-line')).toHaveLength(1);
  });

  it('joins a row\'s cents set apart after the comma where only so the row\'s arithmetic holds, with a repair', () => {
    const doc = read('c1 12,40 200 2.480,00 20 496, 00', 'A1 10, 30 80 824,00 20 164,80', 'TOTALE 660,80');
    expect(values(doc)).toEqual([
      ['C1', '12.40', '200', '2480.00', '20', '496.00'],
      ['A1', '10.30', '80', '824.00', '20', '164.80'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.detail)).toEqual([expect.stringContaining('"496, 00" read as one amount, 496.00: a space a scan set within one cell')]);
    // 10,30 × 80 = 824,00, not 842,00, 20 % of neither is 150,00: joined or not, nothing holds, and the row is left unread.
    const wrong = read('A1 10, 30 80 842,00 20 150,00', 'TOTALE 150,00');
    expect(values(wrong)).toEqual([['A1', null, null, null, null, null]]);
  });

  it('joins them where the row\'s cells fit its columns only so and a relation of the row holds, its planted error found, with a repair that says so', () => {
    // 11,25 × 160 = 1.800,00, not 1.687,50; 20 % of 1.687,50 is 337,50.
    const doc = read('B3 11, 25 160 1.687,50 20 337,50', 'TOTALE 337,50');
    expect(values(doc)).toEqual([['B3', '11.25', '160', '1687.50', '20', '337.50']]);
    // Two digits of the product swapped: 10,30 × 80 = 824,00, and 20 % of that is 164,80.
    const swapped = read('A1 10, 30 80 842,00 20 164,80', 'TOTALE 164,80');
    expect(values(swapped)).toEqual([['A1', '10.30', '80', '842.00', '20', '164.80']]);
    expect(findingsOf(swapped, 'product-mismatch')).toHaveLength(1);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([
      {
        kind: 'ocr-corrected',
        detail: '"11, 25" read as one amount, 11.25: a space a scan set after the decimal comma, where no figure ends; only so do the row\'s values fit its columns, though its arithmetic does not confirm it',
      },
    ]);
    expect(findingsOf(doc, 'product-mismatch')).toHaveLength(1);
    expect(findingsOf(doc, 'unparsed-line')).toEqual([]);
  });
});

describe('footnote marks', () => {
  it('are not digits of the amounts they follow, in a row, a total or the declared sentence', () => {
    const doc = readPlan(
      ['Progetto N° 1 - A', 'Quinta condizione', 'Si intende alimentare il Fondo Salario Accessorio di € 915,20², come da tabella:', HEADER, 'D2 18,56 50 928,00 20 185,60', 'C3 17,10 80 1.368,00 20 273,60³', 'B3 15,20 150 2.280,00 20 456,00 ¹', 'Totale 915,20⁴', 'Sesta condizione: (b)', 'testo'].join('\n'),
    );
    expect(values(doc).map((row) => row.at(-1))).toEqual(['185.60', '273.60', '456.00']);
    expect(doc.projects[0]!.printedTotal).toBe('915.20');
    expect(doc.projects[0]!.declaredAmount).toBe('915.20');
    expect(doc.discrepancies).toEqual([]);
  });
});

describe('lines that look like the start of a row', () => {
  it('are unparsed, not rows, when no value follows', () => {
    const doc = read('D3 20,30 100 2030,00 20 406', 'Nota del dirigente D3', 'C3 17,10 200 3420,00 20 684', 'Totale 1090');
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['D3', 'C3']);
    expect(doc.unparsed).toEqual([expect.objectContaining({ text: 'Nota del dirigente D3', reason: 'a label without any value' })]);
  });
});

describe('the declared amount', () => {
  const plan = (sentence: string, total: string) =>
    readPlan(['Progetto N° 1 - A', 'Quinta condizione', sentence, HEADER, 'D3 20,30 100 2030,00 20 406,00', 'C4 17,63 150 2644,50 20 528,90', total].join('\n'));

  it('is the amount of the sentence that the table bears out, when the sentence names the fund\'s size first', () => {
    const doc = plan('Il Fondo Salario Accessorio, pari a complessivi € 185.400,00, sarà incrementato di € 934,90:', 'Totale 934,90');
    expect(doc.projects[0]!.declaredAmount).toBe('934.90');
    expect(doc.discrepancies).toEqual([]);
  });

  it('is the first amount whose words name no other sum, and a declared-mismatch, when the table bears out none', () => {
    const doc = plan('Il Fondo Salario Accessorio, pari a complessivi € 185.400,00, sarà incrementato di € 900,00:', 'Totale 934,90');
    expect(doc.projects[0]!.declaredAmount).toBe('900.00');
    expect(doc.discrepancies.map((d) => d.rule)).toEqual(['declared-mismatch']);
    const cost = plan('Al Fondo risorse decentrate, a fronte di un costo orario complessivo del personale di € 4.674,50, si destina la quota del 20%, pari a € 943,90.', 'Totale 934,90');
    expect(cost.projects[0]!.declaredAmount).toBe('943.90');
  });

  it('is the first amount when the table bears out none and every one names another sum', () => {
    const doc = plan('Il Fondo Salario Accessorio, che ammonta a complessivi € 185.400,00, ha un costo complessivo di € 900,00:', 'Totale 934,90');
    expect(doc.projects[0]!.declaredAmount).toBe('185400.00');
  });
});

describe('totals spaced like the products\' beside them, labels wrapped under their rows', () => {
  const SPACED_HEADER = 'Cat.  Costo orario     Ore    Prodotto     %    Risultato';
  const SPACED_ROWS = ['D1         19,35     200    3.870,00    20      774,00', 'C3         18,71     220    4.116,20    20      823,24'];

  it('reads a wrong total\'s figures spaced as the products\' total beside it is as one amount', () => {
    // Rows' results sum to 1.597,24; "7 986,20" is the products' sum, so "1 579,24" is one amount too.
    const doc = readStaffTable(SPACED_HEADER, ...SPACED_ROWS, 'Totale               420    7 986,20          1 579,24');
    expect(doc.projects[0]!.printedTotal).toBe('1579.24');
  });

  it('leaves a wrong total\'s last figure alone where the products\' total beside it is printed whole', () => {
    const doc = readStaffTable(SPACED_HEADER, ...SPACED_ROWS, 'Totale               420    7.986,20          1 579,24');
    expect(doc.projects[0]!.printedTotal).toBe('579.24');
  });

  const PROFILE_HEADER = '  Profilo       Cat.    Costo/h    Ore      Totale    Quota    Incentivo';
  const EDUCATORE = '  Educatore     C3        17,96    200    3.592,00     0,20       718,40';

  it('takes lower-case words under a row\'s label, starting where it starts, for the rest of the label', () => {
    const doc = readStaffTable(PROFILE_HEADER, '  Istruttore    D3        21,32    100    2.132,00     0,20       426,40', '  direttivo', EDUCATORE, '  TOTALE                                                        1.144,80');
    expect(doc.unparsed).toEqual([]);
    expect(values(doc).map((r) => r[0])).toEqual(['D3', 'C3']);
  });

  it('does not take words under a row\'s figures, or under a row whose label is its grade alone, for a label\'s', () => {
    const under = readStaffTable(PROFILE_HEADER, '  Istruttore    D3        21,32    100    2.132,00     0,20       426,40', '                          direttivo', EDUCATORE);
    expect(under.unparsed.map((u) => u.text)).toEqual(['direttivo']);
    const gradeOnly = readStaffTable('Cat.    Costo/h    Ore      Totale    Quota    Incentivo', 'D3        21,32    100    2.132,00     0,20       426,40', 'direttivo', 'C3        17,96    200    3.592,00     0,20       718,40');
    expect(gradeOnly.unparsed.map((u) => u.text)).toEqual(['direttivo']);
  });

  it('gives a row its own grade wrapped under its label, not the one of the row above\'s tail a merged cell would share', () => {
    const doc = readStaffTable(
      ' Profilo e categoria  Costo orario     Totale ore   Prodotto    Percentuale     Risultato',
      ' Istruttore                  18,62       150,00     2.793,00           20 %        558,60',
      ' contabile cat. C1',
      ' Istruttore                  18,62         95,50    1.778,21           20 %        355,64',
      ' contabile cat. C2',
      ' Totale                                                                           914,24',
    );
    expect(doc.unparsed).toEqual([]);
    expect(values(doc).map((r) => r[0])).toEqual(['C1', 'C2']);
    expect(doc.projects[0]!.staff[1]!.repairs.map((r) => r.kind)).not.toContain('merged-cell');
  });

  it('still shares a grade printed once between two rows of the same cost with the row below', () => {
    const doc = readStaffTable(HEADER, 'Istruttore amministrativo € 17,95 180 3.231,00 20 646,20', 'C3', 'Agente di Polizia Municipale € 17,95 150 2.692,50 20 538,50');
    expect(values(doc).map((r) => r[0])).toEqual(['C3', 'C3']);
    expect(doc.projects[0]!.staff[1]!.repairs.map((r) => r.kind)).toContain('merged-cell');
  });
});

describe('a page\'s number between the cells of a row, one cell a line', () => {
  const header = ['PERSONALE', 'COSTO ORARIO', 'TOTALE ORE', 'PRODOTTO', 'PERCENTUALE', 'RISULTATO', ''];
  const firstRow = ['D3', '20,52', '120', '2462,40', '20', '492,48', ''];

  it('passes over a page\'s number last on its page, before a form feed, where the cells after it fill the row', () => {
    const doc = readStaffTable(header[0]!, ...header.slice(1), ...firstRow, 'C4', '17,82', '1', '\f200', '3564,00', '20', '712,8', '', 'Totale', '1205,28');
    expect(doc.unparsed).toEqual([]);
    expect(values(doc)).toEqual([
      ['D3', '20.52', '120', '2462.40', '20', '492.48'],
      ['C4', '17.82', '200', '3564.00', '20', '712.8'],
    ]);
  });

  it('keeps a whole number before a form feed as the row\'s cell where the row needs it', () => {
    const doc = readStaffTable(header[0]!, ...header.slice(1), ...firstRow, 'C4', '17,82', '200', '\f3564,00', '20', '712,8', '', 'Totale', '1205,28');
    expect(values(doc)[1]).toEqual(['C4', '17.82', '200', '3564.00', '20', '712.8']);
    const hours = readStaffTable(header[0]!, ...header.slice(1), ...firstRow, 'C4', '17,82', '10', '\f178,20', '20', '35,64', '', 'Totale', '528,12');
    expect(values(hours)[1]).toEqual(['C4', '17.82', '10', '178.20', '20', '35.64']);
  });
});

describe('a staff table with the hours split by period', () => {
  const QUARTERS = ['                           Ore        Ore        Ore        Ore', 'Cat.   Costo orario    I trim.   II trim.  III trim.   IV trim.   Totale ore     Prodotto     %    Risultato'];

  it('reads each row\'s hours from their total, its periods\' hours adding up to it left in the raw text', () => {
    const doc = readStaffTable(
      QUARTERS[0]!,
      QUARTERS[1]!,
      'D2            22,35         30         30         30         30          120     2.682,00    20       536,40',
      'B4            17,48          0         15         15         15           45       786,60    15       117,99',
      'Totale                                                                                                   654,39',
    );
    expect(values(doc)).toEqual([
      ['D2', '22.35', '120', '2682.00', '20', '536.40'],
      ['B4', '17.48', '45', '786.60', '15', '117.99'],
    ]);
    expect(doc.projects[0]!.staff[0]!.raw).toBe('D2 22,35 30 30 30 30 120 2.682,00 20 536,40');
    expect(doc.unparsed).toEqual([]);
  });

  it('reads no row whose periods\' hours do not add up to its total: no reading of its figures is sure', () => {
    const doc = readStaffTable(QUARTERS[0]!, QUARTERS[1]!, 'D2            22,35         30         30         30         20          120     2.682,00    20       536,40', 'Totale 536,40');
    expect(values(doc)).not.toContainEqual(['D2', '22.35', '120', '2682.00', '20', '536.40']);
  });

  it('says why a row whose periods do not add up is not read: the periods\' sum, the total, and whether the row holds by its total', () => {
    const holds = readStaffTable(QUARTERS[0]!, QUARTERS[1]!, 'B4            17,48         25         25         20         20          100     1.748,00    20       349,60', 'Totale 349,60');
    expect(holds.unparsed.map((u) => u.reason)).toEqual([
      'values "17,48 25 25 20 20 100 1.748,00 20 349,60" not assigned to columns: 9 values for 5 columns; the hours by period 25 + 25 + 20 + 20 = 90 do not add up to the total hours 100, though the row holds by its total hours (cost × hours = product, product × % = result): the periods or the total misprinted, no reading is sure',
    ]);
    expect(findingsOf(holds, 'unparsed-line').map((f) => f.message)).toEqual([expect.stringContaining('do not add up to the total hours 100')]);
    // The total misprinted too: nothing holds, the sums said all the same.
    const neither = readStaffTable(QUARTERS[0]!, QUARTERS[1]!, 'B4            17,48         25         25         20         20          110     1.748,00    20       349,60', 'Totale 349,60');
    expect(neither.unparsed.map((u) => u.reason)).toEqual([
      'values "17,48 25 25 20 20 110 1.748,00 20 349,60" not assigned to columns: 9 values for 5 columns; the hours by period 25 + 25 + 20 + 20 = 90 do not add up to the total hours 110: no reading is sure',
    ]);
    // Look-alikes: periods that add up read as before; a row short of a figure says nothing of periods.
    const adds = readStaffTable(QUARTERS[0]!, QUARTERS[1]!, 'B4            17,48         25         25         20         30          100     1.748,00    20       349,60', 'Totale 349,60');
    expect(adds.unparsed).toEqual([]);
    const short = readStaffTable(QUARTERS[0]!, QUARTERS[1]!, 'B4            17,48         25         25         20          100     1.748,00    20       349,60', 'Totale 349,60');
    expect(short.unparsed.map((u) => u.reason).join()).not.toContain('hours by period');
  });
});
