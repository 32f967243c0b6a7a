import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal.js';
import type { SourceRef } from '../../src/model.js';
import { parseItalianNumber } from '../../src/normalize/numbers.js';
import { projectTotal, resultTotals, type PrintedTotal } from '../../src/normalize/totals.js';
import { findingsOf, readProjects } from '../helpers/plans.js';

const printed = (raw: string, label: string, line: number, figures = 1): PrintedTotal => ({
  amount: parseItalianNumber(raw)!,
  source: { lines: [line], page: null },
  label,
  figures,
});
/** A row on every line up to the last total's that prints no total. */
const rowsAround = (totals: PrintedTotal[]): SourceRef[] => {
  const taken = new Set(totals.flatMap((t) => t.source.lines));
  const last = Math.max(0, ...taken);
  return Array.from({ length: last }, (_, i) => i + 1).filter((line) => !taken.has(line)).map((line) => ({ lines: [line], page: null }));
};
const total = (...totals: PrintedTotal[]) => {
  const t = projectTotal(totals, () => new Decimal(-1), rowsAround(totals));
  return t && { raw: t.amount.raw, text: t.amount.text, lines: t.source.lines };
};

describe("a project's printed total", () => {
  it('is none without a total, and the one printed when there is one', () => {
    expect(total()).toBeNull();
    expect(total(printed('406,00', 'Totale', 9))).toEqual({ raw: '406,00', text: '406.00', lines: [9] });
  });

  it('is the last total when its label says it is the whole ("Totale complessivo"), whatever the subtotals add up to', () => {
    expect(total(printed('1.299,20', 'Totale parziale', 5), printed('512,68', 'Totale parziale', 8), printed('1.811,88', 'TOTALE COMPLESSIVO', 9)))
      .toEqual({ raw: '1.811,88', text: '1811.88', lines: [9] });
    expect(total(printed('100', 'Totale parziale', 5), printed('900', 'Totale generale', 8))).toEqual({ raw: '900', text: '900', lines: [8] });
  });

  it('is the last total when it is the sum of the others, whatever its label', () => {
    expect(total(printed('1.299,20', 'Totale', 5), printed('512,68', 'Totale', 8), printed('1811,88', 'Totale', 9)))
      .toEqual({ raw: '1811,88', text: '1811.88', lines: [9] });
  });

  it('is the last total when the others all say they are partial and it does not, whatever they add up to', () => {
    expect(total(printed('374,00', 'Totale parziale', 5), printed('536,10', 'Totale', 8))).toEqual({ raw: '536,10', text: '536.10', lines: [8] });
    expect(total(printed('1090,00', 'Subtotale', 5), printed('477,00', 'Sub totale', 8), printed('1414,20', 'Totale', 9))).toEqual({ raw: '1414,20', text: '1414.20', lines: [9] });
    // Partial, the last too: sections of the staff, added up.
    expect(total(printed('374,00', 'Totale parziale', 5), printed('162,10', 'Parziale', 8))?.raw).toBe('374,00 + 162,10');
    // Not all the others partial: the offices' totals, added up.
    expect(total(printed('374,00', 'Totale Ufficio Anagrafe', 5), printed('100,00', 'Parziale', 6), printed('162,10', 'Totale', 8))?.raw).toBe('374,00 + 100,00 + 162,10');
  });

  it('is the last total when it is the sum of all the rows\' results, whatever the totals before it', () => {
    const totals = [printed('327,00', 'Totale I trimestre', 5), printed('672,20', 'Totale II trimestre', 9)];
    expect(projectTotal(totals, () => new Decimal('672.2'), rowsAround(totals))?.amount.raw).toBe('672,20');
    expect(projectTotal(totals, () => new Decimal('345.2'), rowsAround(totals))?.amount.raw).toBe('327,00 + 672,20');
  });

  it('is the last total when it rounds the sum of all the rows\' results or of the totals before it', () => {
    const totals = [printed('145,73', 'Totale cat D', 5), printed('71,89', 'Totale cat B e C', 9), printed('217,61', 'Totale', 10)];
    expect(projectTotal(totals, () => new Decimal('217.6125'), rowsAround(totals))?.amount.raw).toBe('217,61');
    expect(total(printed('145,725', 'Totale', 5), printed('71,89', 'Totale', 9), printed('217,62', 'Totale', 10))?.raw).toBe('217,62');
    expect(total(printed('145,73', 'Totale', 5), printed('71,89', 'Totale', 9), printed('217,50', 'Totale', 10))?.raw).toBe('145,73 + 71,89 + 217,50');
  });

  it('is the last total when it says nothing but "Totale" after totals that name their sections, and is more than each', () => {
    const offices = [printed('436,95', 'Totale categoria D', 5), printed('869,76', 'Totale categoria C', 9)];
    expect(total(...offices, printed('994,95', 'Totale', 10))?.raw).toBe('994,95');
    expect(total(...offices, printed('994,95', 'TOTALE euro', 10))?.raw).toBe('994,95');
    // Less than a section's total, after rows of its own: a section of its own.
    expect(total(...offices, printed('540,00', 'Totale', 12))?.raw).toBe('436,95 + 869,76 + 540,00');
    // A section named after a bare total: no sign which is the whole.
    expect(total(printed('436,95', 'Totale', 5), printed('869,76', 'Totale', 9))?.raw).toBe('436,95 + 869,76');
  });

  it('is the last total when it says nothing but "Totale" right after totals that name their sections, no row between, whatever its amount', () => {
    const sections = [printed('749,60', 'Totale categoria D', 5), printed('672,60', 'Totale categoria C', 9)];
    expect(total(...sections, printed('749,60', 'Totale', 10))?.raw).toBe('749,60');
    expect(total(...sections, printed('540,00', 'Totale', 10))?.raw).toBe('540,00');
    // With rows between, a section of its own; after a bare total, no sign which is the whole.
    expect(total(...sections, printed('540,00', 'Totale', 12))?.raw).toBe('749,60 + 672,60 + 540,00');
    expect(total(printed('749,60', 'Totale', 5), printed('672,60', 'Totale categoria C', 9), printed('540,00', 'Totale', 10))?.raw).toBe('749,60 + 672,60 + 540,00');
  });

  it('is the last total when, labelled otherwise, it comes right after totals that each close rows of their own, whatever its amount', () => {
    const offices = [printed('700,38', 'Totale servizi sociali', 5), printed('520,10', 'Totale servizi scolastici', 9)];
    for (const label of ['Totale progetto', 'TOTALE RISORSE', 'Totale quota fondo', 'Totale importo']) {
      expect(total(...offices, printed('1.202,48', label, 10))?.raw).toBe('1.202,48');
    }
    // After rows of its own: a section of its own; said partial: a section too.
    expect(total(...offices, printed('1.202,48', 'Totale progetto', 12))?.raw).toBe('700,38 + 520,10 + 1.202,48');
    expect(total(...offices, printed('1.202,48', 'Totale parziale', 10))?.raw).toBe('700,38 + 520,10 + 1.202,48');
    // The offices' totals listed one under another after all the rows: the last is an office's.
    const listed = [printed('700,38', 'Totale servizi sociali', 5), printed('520,10', 'Totale servizi scolastici', 6), printed('300,00', 'Totale servizi culturali', 7)];
    expect(total(...listed)?.raw).toBe('700,38 + 520,10 + 300,00');
  });

  it('is the sum of the totals when each closes a section, printed as they were, with the decimals printed', () => {
    expect(total(printed('2.496,20', 'Totale', 7), printed('934,90', 'Totale', 12)))
      .toEqual({ raw: '2.496,20 + 934,90', text: '3431.10', lines: [7, 12] });
  });
});

describe("the totals of a table's results", () => {
  const rawOf = (...totals: PrintedTotal[]) => resultTotals(totals, () => ({ results: new Decimal(1), products: new Decimal(1) })).map((t) => t.amount.raw);

  it('leave out the totals of the hours or of the products', () => {
    expect(rawOf(printed('670', 'Totale ore', 5), printed('2.496,20', 'Totale', 6))).toEqual(['2.496,20']);
    expect(rawOf(printed('12.481,00', 'Totale ore e prodotti', 5, 2))).toEqual([]);
    // Two figures under a label naming the hours: hours and products, as likely as products and results.
    expect(rawOf(printed('12.481,00', 'Totale ore', 5, 2))).toEqual([]);
  });

  it('keep a total whose line prints three figures or more, more than the columns its label names: the last is the results\'', () => {
    expect(rawOf(printed('2.496,20', 'Totale ore e importi', 5, 3))).toEqual(['2.496,20']);
    expect(rawOf(printed('2.496,20', 'Totale ore', 5, 3))).toEqual(['2.496,20']);
  });

  it('keep a total under a label naming the hours whose figure is the sum of the rows\' results', () => {
    const total = printed('907,2', 'TOTALE ORE TOTALE IMPORTO', 5, 2);
    expect(resultTotals([total], () => ({ results: new Decimal('907.2'), products: new Decimal(0) }))).toEqual([total]);
    expect(resultTotals([total], () => ({ results: new Decimal('907.3'), products: new Decimal(0) }))).toEqual([]);
  });

  it('leave out a line of figures whose last is the sum of the products, under a label naming neither', () => {
    const total = printed('2.347,50', 'Totale', 5, 2);
    expect(resultTotals([total], () => ({ results: new Decimal('469.5'), products: new Decimal('2347.5') }))).toEqual([]);
    expect(resultTotals([total], () => ({ results: new Decimal('469.5'), products: new Decimal('2347.4') }))).toEqual([total]);
    expect(resultTotals([printed('2.347,50', 'Totale', 5, 1)], () => ({ results: new Decimal('469.5'), products: new Decimal('2347.5') }))).toHaveLength(1);
  });

  it('are the ones named as the results\' where one is, and those that are the sum of the rows\' results', () => {
    expect(rawOf(printed('6.659,55', 'Totale', 5, 2), printed('1.331,91', 'Totale risultato', 6))).toEqual(['1.331,91']);
    // An office's subtotal of its results, then the project's total under the results' name.
    const sums = () => ({ results: new Decimal('520.1'), products: new Decimal('2600.5') });
    expect(resultTotals([printed('520,10', 'Totale servizi scolastici', 5), printed('1.202,48', 'Totale risultato', 7)], sums).map((t) => t.amount.raw)).toEqual(['520,10', '1.202,48']);
    expect(resultTotals([printed('2.600,50', 'Totale servizi scolastici', 5), printed('1.202,48', 'Totale risultato', 7)], sums).map((t) => t.amount.raw)).toEqual(['1.202,48']);
  });
});

describe('a total\'s label with abbreviations and elided words', () => {
  it.each([
    ["Subtotale Area dei Funzionari e dell'E.Q.", 'Subtotale Area degli Istruttori'],
    ['Subtotale dell’area D', 'Subtotale all’area C'],
    ['Subtotale P.O. Cat. D', 'Subtotale n. 1 Cat. C'],
  ])('reads "%s … 1.120,95" and "%s … 296,55" as subtotals, no line unread', (first, second) => {
    const doc = readProjects([
      { number: 1, rows: ['D3 24,91 300 7.473,00 15 1.120,95', `   ${first}        1.120,95`, 'C1 19,77 100 1.977,00 15 296,55', `   ${second}        296,55`], total: 'TOTALE PROGETTO 1.417,50' },
    ]);
    expect(doc.projects[0]!.printedTotal).toBe('1417.50');
    expect(doc.discrepancies).toEqual([]);
  });
});

describe('a total\'s label clipped by a spreadsheet\'s narrow cell', () => {
  it.each(['Tota € 1.083,84', 'SOMM € 1.083,84', 'Tot 1.083,84', 'Somma da riportare nel fondo 1.083,84'])('reads "%s" as the total', (line) => {
    const doc = readProjects([{ number: 1, rows: ['C1 17,41 50 870,50 20 174,10', 'D1 18,98 240 4555,20 20 911,04'], total: line }]);
    expect(doc.projects[0]!.printedTotal).toBe('1083.84');
    // 174,10 + 911,04 = 1.085,14.
    expect(findingsOf(doc, 'total-mismatch')).toHaveLength(1);
  });

  it('passes over a spreadsheet\'s empty row, its noughts printed "€ -"', () => {
    const doc = readProjects([{ number: 1, rows: ['C1 17,41 50 870,50 20 174,10', '€  -  €  -'], total: 'Totale 174,10' }]);
    expect(doc.discrepancies).toEqual([]);
  });
});
