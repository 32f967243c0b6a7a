import { describe, expect, it } from 'vitest';
import { readStaffTable, STAFF_HEADER, staffValues as values } from '../helpers/plans.js';

const read = (...body: string[]) => readStaffTable(STAFF_HEADER, ...body);
const repairs = (doc: ReturnType<typeof read>) => doc.projects[0]!.staff.map((r) => r.repairs.map((p) => p.kind));

describe('rows under a merged cell', () => {
  it('carries the grade and hourly cost down when cost × hours and the percentage hold with them', () => {
    // 18,56 × 100 = 1.856,00; 50 % of it 928,00.
    const doc = read('D2 18,56 350 6.496,00 20 1.299,20', '         100 1.856,00 50 928,00', 'C3 17,10 350 5.985,00 20 1.197,00', 'Totale 3.424,20');
    expect(values(doc)).toEqual([
      ['D2', '18.56', '350', '6496.00', '20', '1299.20'],
      ['D2', '18.56', '100', '1856.00', '50', '928.00'],
      ['C3', '17.10', '350', '5985.00', '20', '1197.00'],
    ]);
    expect(repairs(doc)).toEqual([[], ['merged-cell'], []]);
    const row = doc.projects[0]!.staff[1]!;
    expect(row.repairs[0]!.detail).toBe('grade D2 and hourly cost 18,56 carried down from line 4: printed once for this row and the one above, as a merged cell does');
    expect(row.raw).toBe('100 1.856,00 50 928,00');
    expect(row.source.lines).toEqual([5]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('carries them down over several rows, and a blank line between', () => {
    // 21,40 × 50 = 1.070,00, 10 % = 107,00; × 20 = 428,00, 100 % = 428,00.
    const doc = read('D3 21,40 100 2.140,00 20 428,00', '', '50 1.070,00 10 107,00', '20 428,00 100 428,00', 'Totale 963,00');
    expect(values(doc).map((r) => r.slice(0, 3))).toEqual([['D3', '21.40', '100'], ['D3', '21.40', '50'], ['D3', '21.40', '20']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('carries the grade alone down to a row printed with the same cost', () => {
    const doc = read('C1 16,05 200 3.210,00 20 642,00', '16,05 100 1.605,00 10 160,50', 'Totale 802,50');
    expect(values(doc)[1]).toEqual(['C1', '16.05', '100', '1605.00', '10', '160.50']);
    expect(doc.projects[0]!.staff[1]!.repairs[0]!.detail).toMatch(/^grade C1 carried down from line 4/);
  });

  it('reads the last row so when no total follows', () => {
    const doc = read('D2 18,56 350 6.496,00 20 1.299,20', '100 1.856,00 50 928,00', '', 'Sesta');
    expect(values(doc)[1]).toEqual(['D2', '18.56', '100', '1856.00', '50', '928.00']);
  });

  it.each([
    ['a product the carried cost belies', '100 1.900,00 50 950,00'],
    ['a result the percentage belies', '100 1.856,00 50 930,00'],
    ['another cost printed', '17,50 100 1.750,00 50 875,00'],
    ['one figure too few', '1.856,00 50 928,00'],
  ])('leaves the line unread, as before, with %s', (_, line) => {
    const doc = read('D2 18,56 350 6.496,00 20 1.299,20', line, 'C3 17,10 350 5.985,00 20 1.197,00', 'Totale 2.496,20');
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['D2', 'C3']);
    expect(doc.discrepancies.map((d) => d.rule)).toContain('unparsed-line');
  });

  it('does not read a subtotal of rows sharing cost and percentage as a row', () => {
    // Two rows at 18,56 and 20 %: their sums, 700 h, 12.992,00 and 2.598,40, hold as a row would.
    const doc = read('D2 18,56 350 6.496,00 20 1.299,20', 'D2 18,56 350 6.496,00 20 1.299,20', '700 12.992,00 20 2.598,40', 'Sesta');
    expect(doc.projects[0]!.staff).toHaveLength(2);
    expect(doc.projects[0]!.printedTotal).toBe('2598.40');
  });

  it('carries nothing from a row named by a person, not a grade', () => {
    const doc = read('Rossi Mario 18,56 350 6.496,00 20 1.299,20', '100 1.856,00 50 928,00', 'Totale 2.227,20');
    expect(doc.projects[0]!.staff).toHaveLength(1);
    expect(doc.discrepancies.map((d) => d.rule)).toContain('unparsed-line');
  });

  it('carries nothing to figures after a subtotal between them and the row', () => {
    const doc = read('D2 18,56 350 6.496,00 20 1.299,20', 'Totale parziale 1.299,20', '100 1.856,00 50 928,00', 'C3 17,10 350 5.985,00 20 1.197,00', 'Totale 2.496,20');
    expect(doc.projects[0]!.staff.map((r) => r.grade)).toEqual(['D2', 'C3']);
    expect(doc.discrepancies.map((d) => d.rule)).toContain('unparsed-line');
  });
  it('carries them up when the merged cell is centred beside the second of two rows', () => {
    const doc = read('         350 6.496,00 20 1.299,20', 'D2 18,56', '         100 1.856,00 50 928,00', 'C3 17,10 350 5.985,00 20 1.197,00', 'Totale 3.424,20');
    expect(values(doc)).toEqual([
      ['D2', '18.56', '350', '6496.00', '20', '1299.20'],
      ['D2', '18.56', '100', '1856.00', '50', '928.00'],
      ['C3', '17.10', '350', '5985.00', '20', '1197.00'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs[0]!.detail).toBe('grade D2 and hourly cost 18,56 carried up from line 5: printed once for this row and the one below, as a merged cell does');
    expect(doc.discrepancies).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('reads the three rows of a cell centred beside the middle one', () => {
    // 18,56 × 50 = 928,00, 10 % = 92,80.
    const doc = read('350 6.496,00 20 1.299,20', 'D2 18,56 100 1.856,00 50 928,00', '50 928,00 10 92,80', 'Totale 2.320,00');
    expect(values(doc).map((r) => r.slice(0, 3))).toEqual([['D2', '18.56', '350'], ['D2', '18.56', '100'], ['D2', '18.56', '50']]);
    expect(repairs(doc)).toEqual([['merged-cell'], [], ['merged-cell']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('does not carry up to a subtotal of the rows above it', () => {
    const doc = read('D2 18,56 350 6.496,00 20 1.299,20', 'D2 18,56 350 6.496,00 20 1.299,20', '700 12.992,00 20 2.598,40', 'D2 18,56 100 1.856,00 50 928,00', 'Totale 3.526,40');
    expect(doc.projects[0]!.staff).toHaveLength(3);
    expect(doc.discrepancies.map((d) => d.rule)).toContain('unparsed-line');
  });

  it('does not carry up when the figures do not hold at the cost below', () => {
    const doc = read('350 6.500,00 20 1.300,00', 'D2 18,56 100 1.856,00 50 928,00', 'Totale 928,00');
    expect(doc.projects[0]!.staff).toHaveLength(1);
    expect(doc.unparsed.map((u) => u.text)).toEqual(['350 6.500,00 20 1.300,00']);
  });
  it('reads figures equal to the row above\'s as a second row of the merged cell: two people of one grade, the same hours', () => {
    const doc = read('C1 16,05 100 1.605,00 20 321,00', '100 1.605,00 20 321,00', 'Totale 642,00');
    expect(values(doc)).toEqual([
      ['C1', '16.05', '100', '1605.00', '20', '321.00'],
      ['C1', '16.05', '100', '1605.00', '20', '321.00'],
    ]);
    expect(doc.discrepancies).toEqual([]);
  });
  it('reads past the row\'s number in a column of its own before the figures', () => {
    // 20,10 × 150 = 3.015,00, 20 % of it 603,00.
    const doc = read('1 D3 20,10 120 2.412,00 20% 482,40', '2 150 3.015,00 20% 603,00', 'Totale 1.085,40');
    expect(values(doc)).toEqual([
      ['D3', '20.10', '120', '2412.00', '20', '482.40'],
      ['D3', '20.10', '150', '3015.00', '20', '603.00'],
    ]);
    expect(doc.discrepancies).toEqual([]);
  });
  it('gives the percentage a merged cell prints once, centred on a line of its own, to the rows it spans', () => {
    // 2.385,60 × 15 % = 357,84; 2.044,80 × 15 % = 306,72.
    const doc = read('C2 17,04 140 2.385,60 357,84', '                    15%', 'C2 17,04 120 2.044,80 306,72', 'Totale 664,56');
    expect(values(doc)).toEqual([
      ['C2', '17.04', '140', '2385.60', '15', '357.84'],
      ['C2', '17.04', '120', '2044.80', '15', '306.72'],
    ]);
    expect(repairs(doc)).toEqual([['merged-cell'], ['merged-cell']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('takes a percentage alone on a line inside a row broken over lines for a piece of that row', () => {
    const doc = read('D3 20,91 370 7736,7', '16 %', '1237,872', 'Totale 1237,872');
    expect(values(doc)).toEqual([['D3', '20.91', '370', '7736.7', '16', '1237.872']]);
    expect(repairs(doc)).toEqual([['row-joined']]);
  });

  it('gives the percentage a merged cell prints once, centred on the middle row\'s line, to the rows it spans', () => {
    // 3.850,00 × 20 % = 770,00; 3.800,00 × 20 % = 760,00.
    const doc = read('D3 19,25 200 3.850,00 770,00', 'C3 16,45 300 4.935,00 20% 987,00', 'B5 15,20 250 3.800,00 760,00', 'Totale 2.517,00');
    expect(values(doc).map((row) => row[4])).toEqual(['20', '20', '20']);
    expect(repairs(doc)).toEqual([['merged-cell'], [], ['merged-cell']]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('leaves a percentage missing where the table prints another, or no line of it alone, or on a row not in the middle', () => {
    const doc = read('C2 17,04 140 2.385,60 357,84', 'C2 17,04 120 2.044,80 15 306,72', 'Totale 664,56');
    expect(values(doc)[0]![4]).toBeNull();
    const first = read('C3 16,45 300 4.935,00 20% 987,00', 'D3 19,25 200 3.850,00 770,00', 'B5 15,20 250 3.800,00 760,00', 'Totale 2.517,00');
    expect(values(first).map((row) => row[4])).toEqual(['20', null, null]);
  });
});
