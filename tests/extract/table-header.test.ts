import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadLines } from '../../src/extract/read-line.js';
import { isHeaderPiece, readTableHeader } from '../../src/extract/table-header.js';
import { headerOf, readStaffTable, sourceOf } from '../helpers/plans.js';

describe('a staff table header', () => {
  it('names the hourly cost "Costo/h" and the product "Totale", a heading of its own', () => {
    expect(headerOf('  Profilo         Cat.    Costo/h    Ore      Totale    Quota    Incentivo')?.columns).toEqual(['hourlyCost', 'hours', 'product', 'result']);
    expect(headerOf('Nominativo Cat. Costo/h Ore Totale % Incentivo')?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage']);
    expect(headerOf('Cat. Costo/h Ore Totale costo % Incentivo')?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage']);
  });

  it('names the percentage "Quota incentivo %", the product "Valore ore" wherever it stands, and the grade "Area"', () => {
    expect(headerOf('Dipendente  Profilo  Pos. econ.  Costo orario lordo  N. ore dedicate  Valore ore  Quota incentivo %  Incentivo spettante')?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(headerOf('Cat.    Profilo    Ore  Tariffa oraria      %   Valore ore       Quota')?.columns).toEqual(['hours', 'hourlyCost', 'percentage', 'product', 'result']);
    expect(headerOf('Area  Diff. stip.  Costo orario  Ore  Prodotto  %  Risultato')?.leadColumns).toEqual(['Diff. stip.']);
    // The differentials the person has had, counted: no count of persons.
    const counted = headerOf('AREA        N. DS    COSTO ORARIO     ORE     PRODOTTO    PERC.    RISULTATO');
    expect([counted?.leadColumns, counted?.countColumn]).toEqual([['N. DS'], undefined]);
    // Still no staff table: a table of an area's budget, "Area" no header word where most are none.
    expect(headerOf('Area   Dipendenti    Importo previsto    % raggiungimento    Importo erogabile')).toBeNull();
  });

  it('reads headings hyphenated in their narrow cells, the rest of each word under its start', () => {
    const lines = ['                  COSTO  TOTALE                     PERCEN-         RISUL-', '  PERSONALE      ORARIO     ORE      PRODOTTO         TUALE           TATO'];
    expect(headerOf(...lines)?.end).toBe(2);
    const doc = readStaffTable(lines.join('\n'), '  D3              20,30     110      2.233,00            20         446,60', '  Totale                                                            446,60');
    expect(doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result])).toEqual([['D3', '20.30', '110', '2233.00', '20', '446.60']]);
    expect(doc.discrepancies).toEqual([]);
    const other = ['  CATEGORIA       COSTO   MONTE       IMPORTO       PERCEN-        IMPORTO', '               UNITARIO     ORE   COMPLESSIVO         TUALE   INCENTIVANTE'];
    // With its columns set apart by spaces, or by tabs that no longer say where the rest of a word stands.
    for (const header of [other.join('\n'), other.join('\n').replace(/ {2,}/g, '\t')]) {
      const otherDoc = readStaffTable(header, '  D2              18,56      90      1.670,40            20         334,08', '  Totale                                                          334,08');
      expect(otherDoc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result])).toEqual([['D2', '18.56', '90', '1670.40', '20', '334.08']]);
      expect(otherDoc.discrepancies).toEqual([]);
    }
    // The start of a heading's word, not of any word.
    expect(isHeaderPiece('COSTO      PERCEN-      RISUL-')).toBe(true);
    expect(isHeaderPiece('COSTO      SOMMA-      VARIA-')).toBe(false);
    expect(isHeaderPiece('COSTO      PE-      RI-')).toBe(false);
  });

  it('does not take "totale" for the product where it is the hours\' or the result\'s', () => {
    expect(headerOf('PERSONALE TOTALE ORE COSTO ORARIO PERCENTUALE RISULTATO')?.columns).toEqual(['hours', 'hourlyCost', 'percentage', 'result']);
    expect(headerOf('Categoria Costo orario Ore % Risultato totale')?.columns).toEqual(['hourlyCost', 'hours', 'percentage', 'result']);
  });

  it('reads a line with the rows\' percentage in a column\'s heading as a piece of the header, and the percentage as every row\'s', () => {
    const header = headerOf(
      '                       Costo orario           Ore         Costo ore      Quota incentivante',
      '    Cat./pos. ec.               (€)      progetto      progetto (€)                 20% (€)',
    );
    expect(header?.end).toBe(2);
    expect(header?.sharedPercentage).toBe('20');
  });

  it('takes no percentage alone on a line for a header\'s piece: a row\'s cell, printed one a line', () => {
    expect(isHeaderPiece('20%')).toBe(false);
    expect(isHeaderPiece('20% (€)')).toBe(true);
  });

  it('takes the wrapped second words of a count\'s and a person\'s hours\' headings for a header\'s piece, not a row of persons', () => {
    expect(isHeaderPiece('              unità    orario    capite')).toBe(true);
    const header = headerOf('Categoria     N.       Costo     Ore pro     Prodotto   %   Risultato', '              unità    orario    capite');
    expect(header?.end).toBe(2);
    expect(header?.countColumn).toBeDefined();
    // Look-alike: a row's label that counts its persons is no header's piece.
    expect(isHeaderPiece('B3 n. 2 unità 15,20 100 1.520,00 20 304,00')).toBe(false);
    expect(isHeaderPiece('Rossi Mario e altre persone addette')).toBe(false);
  });

  it('finds a column of persons between the grade\'s heading and the values\', on one line or stacked', () => {
    expect(headerOf('Categoria     N. unità     Costo orario     Ore     Prodotto     Perc.     Risultato')?.countColumn).toBe('n unità');
    expect(headerOf('Cat. n. dipendenti costo orario ore prodotto % risultato')?.countColumn).toBe('n dipendenti');
    const stacked = headerOf(
      '                                         N.    Costo           Ore                   Quota al',
      'Profilo                         Cat.   dip.   orario   complessive    Importo    %      fondo',
    );
    expect(stacked?.countColumn).toBe('N. dip.');
    expect(stacked?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
  });

  it.each([
    ['the rows\' numbers before the grade', 'N. PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO'],
    ['the hours', 'Categoria     Costo orario    N. ore    Prodotto       %   Risultato'],
    ['the hours before the cost', 'QUALIFICA N. ORE COSTO ORARIO QUOTA % QUOTA €'],
  ])('finds no column of persons in "N." for %s', (_, line) => {
    expect(headerOf(line)?.countColumn).toBeUndefined();
  });
});

describe('a staff table header in other words', () => {
  it.each([
    ['"Costo ore" for the product, "Incentivo" for the result', 'Dipendente Cat. Costo orario Ore % incentivo Costo ore Incentivo', ['hourlyCost', 'hours', 'percentage', 'product', 'result']],
    ['"Costo ora" for the hourly cost', 'Cat. Costo ora Ore Costo ore % Incentivo', ['hourlyCost', 'hours', 'product', 'percentage']],
    ['"Costo per ora", and hours "incentivate" no result', 'Categoria Ore incentivate Costo per ora Prodotto % Risultato', ['hours', 'hourlyCost', 'product', 'percentage', 'result']],
  ])('reads %s', (_, line, columns) => {
    expect(headerOf(line)?.columns).toEqual(columns);
  });
});

describe('a staff table header with the hours split by period', () => {
  it('counts the columns of hours by quarter or month beside the hours\' total', () => {
    const quarters = headerOf(
      '                           Ore        Ore        Ore        Ore',
      'Cat.   Costo orario    I trim.   II trim.  III trim.   IV trim.   Totale ore     Prodotto     %    Risultato',
    );
    expect(quarters?.end).toBe(2);
    expect(quarters?.periodColumns).toBe(4);
    expect(quarters?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(headerOf('Cat. Costo orario Ore gen Ore feb Ore mar Totale ore Prodotto % Risultato')?.periodColumns).toBe(3);
    // A period's ordinal in figures, which no row's figure is.
    expect(headerOf('Cat.  Costo orario  1° sem.  2° sem.  Totale ore  Prodotto  %  Risultato')?.periodColumns).toBe(2);
    expect(isHeaderPiece('Cat.  Costo orario  1° sem.  2° sem.  Totale ore  Prodotto  %  Risultato')).toBe(true);
  });

  it('reads a header piece that is mostly periods, and no sentence that names a few months', () => {
    // 2 header words of 9: only the periods' words make the line a header's.
    expect(isHeaderPiece('Ore I trim. II trim. III trim. IV trim. Totale')).toBe(true);
    expect(isHeaderPiece('Ore gen-feb mar-apr mag-giu lug-ago')).toBe(true);
    expect(isHeaderPiece('Le ore svolte dal personale tra gennaio e febbraio')).toBe(false);
    expect(isHeaderPiece('Totale delle ore del personale nel settore')).toBe(false);
  });

  it('names no period in a header without one, nor in a line of months without a staff table\'s columns', () => {
    expect(headerOf('Cat. Costo orario Ore Prodotto % Risultato')?.periodColumns).toBeUndefined();
    expect(headerOf('Categoria gen feb mar apr mag giu Totale ore')).toBeNull();
  });
});

describe('a header line broken at a fixed width', () => {
  it('reads the last column carried to the next line, under the first, as the last', () => {
    const header = headerOf('PERSONALE      COSTO ORARIO     TOTALE ORE     PRODOTTO     PERCENTUALE    ', 'RISULTATO');
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    const quota = headerOf('Profilo                         Cat.    Costo orario    Ore    Importo     %    ', 'Quota');
    expect(quota?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    const longer = headerOf('Cat.        Pos. ec.      Costo orario      Ore      Prodotto      %     ', 'Risultato');
    expect(longer?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
  });

  it('keeps a first column printed over two lines, which names no value, where it stands', () => {
    const header = headerOf('PERSONALE      COSTO     ORE     PRODOTTO     %      RISULTATO', 'DIPENDENTE     ORARIO');
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.lines.map((l) => l.text)).toHaveLength(2);
  });
});

describe('a staff table header read once for the views of a document', () => {
  const plans = ['chamber-massa-2021.txt', 'r10a-22-cciaa2016-mutool.txt', 'chamber-h-seed-2014.txt', 'r10g-m1-total-pg-lone.txt'].map(
    (name) => sourceOf(readFileSync(new URL(`../../fixtures/red-team/${name}`, import.meta.url), 'utf8')).lines,
  );
  // One document read once, whose headers are kept from one view (and one run) to the next.
  const shared = plans.map((sources) => ReadLines.of(sources));
  /** Where views start and end: around every header line, so that some views cut a header short. */
  const edges = shared.map((lines) => Array.from({ length: lines.length + 1 }, (_, i) => i).filter((i) => [0, 1, 2].some((k) => i - k >= 0 && i - k < lines.length && lines.headerPiece(i - k))));

  it('finds headers of several lines with blank lines between them in these plans (else the comparison below shows little)', () => {
    for (const lines of shared) {
      const headers = Array.from({ length: lines.length }, (_, i) => readTableHeader(lines, i)).filter((header) => header !== null);
      expect(headers.some((header) => header.lines.length > 1 && header.span.length > header.lines.length)).toBe(true);
    }
  });

  test.prop([fc.nat(plans.length - 1), fc.nat(), fc.nat(), fc.boolean(), fc.array(fc.nat(), { maxLength: 60 })])(
    'is the header a first reading of the same view finds, from any line, asked in any order and again',
    (k, a, b, anywhere, asks) => {
      const [x, y] = anywhere ? [a % (shared[k]!.length + 1), b % (shared[k]!.length + 1)] : [edges[k]![a % edges[k]!.length]!, edges[k]![b % edges[k]!.length]!];
      const [from, to] = [Math.min(x, y), Math.max(x, y)];
      const view = shared[k]!.slice(from, to);
      const fresh = ReadLines.of(plans[k]!).slice(from, to);
      const order = [...asks.map((n) => n % Math.max(1, view.length)), ...Array.from({ length: view.length }, (_, i) => i)];
      for (const i of [...order, ...order.reverse()]) expect(readTableHeader(view, i)).toEqual(readTableHeader(fresh, i));
    },
  );
});
