import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects, readStaffTable, STAFF_HEADER as HEADER, staffValues as values } from '../helpers/plans.js';

const read = (...body: string[]) => readStaffTable(HEADER, ...body);
const rulesOf = (doc: ReturnType<typeof read>) => doc.discrepancies.map((d) => `${d.rule}@${d.row ?? '-'}`).sort();

describe('readings of a row the printed total bears out', () => {
  it('reads a percentage glued to a wrong result at the one cut that makes the results add up to the total', () => {
    // 3.420,00 × 20 % = 684: "20648" is 20 and 648 (648 + 371,2 = 1.019,2), the result typed wrong.
    const doc = read('C3 17,10 200 3420,00 20648', 'D2 18,56 100 1856,00 20 371,2', 'Totale 1019,2');
    expect(values(doc)[0]).toEqual(['C3', '17.10', '200', '3420.00', '20', '648']);
    const split = doc.projects[0]!.staff[0]!.repairs.find((r) => r.kind === 'cells-split');
    expect(split?.detail).toMatch(/^"20648" read as 20 and 648: only so do the rows' results add up to the printed total \(line \d+\)/);
    expect(rulesOf(doc)).toEqual(['result-mismatch@1']);
    expect(findingsOf(doc, 'result-mismatch')[0]).toMatchObject({ printed: '648', expected: '684' });
  });

  it('leaves the reading to the other rows\' percentage when there is no total, or the total adds up with no cut', () => {
    const splitOf = (doc: ReturnType<typeof read>) => doc.projects[0]!.staff[0]!.repairs.find((r) => r.kind === 'cells-split')?.detail;
    const noTotal = read('C3 17,10 200 3420,00 20648', 'D2 18,56 100 1856,00 20 371,2');
    expect(splitOf(noTotal)).toMatch(/so it has the percentage every other row of the table prints/);
    const unsure = read('C3 17,10 200 3420,00 20648', 'D2 18,56 100 1856,00 15 278,40');
    expect(values(unsure)[0]!.slice(4)).toEqual([null, null]);
    expect(rulesOf(unsure)).toContain('unparsed-line@1');
    // 684 + 371,2: the total of the right results, which no cut of "20648" gives.
    const rightSum = read('C3 17,10 200 3420,00 20648', 'D2 18,56 100 1856,00 20 371,2', 'Totale 1055,2');
    expect(splitOf(rightSum)).toMatch(/so it has the percentage every other row of the table prints/);
    expect(rulesOf(rightSum)).toEqual(['result-mismatch@1', 'total-mismatch@-']);
  });

  it('reads a result taken for one without its percentage as the percentage glued to it, when the total adds up so and not as read', () => {
    const glued = read('C3 17,10 200 3420,00 2068,4', 'D2 18,56 100 1856,00 20 371,2', 'Totale 439,6');
    expect(values(glued)[0]).toEqual(['C3', '17.10', '200', '3420.00', '20', '68.4']);
    expect(rulesOf(glued)).toEqual(['result-mismatch@1']);
    // The total of the result as read: a row that prints no percentage.
    const asRead = read('C3 17,10 200 3420,00 2068,4', 'D2 18,56 100 1856,00 20 371,2', 'Totale 2439,6');
    expect(values(asRead)[0]).toEqual(['C3', '17.10', '200', '3420.00', null, '2068.4']);
    expect(rulesOf(asRead)).toEqual(['missing-value@1']);
  });

  it('reads a row with a cell left empty and a wrong result, its "%" placing the percentage, where the total adds up with its result', () => {
    // 16,27 × 100 × 20 % = 325,40; printed 352,40, which the total (352,40 + 222,60) counts.
    const doc = read('C1 16,27 100 20% 352,40', 'D1 18,55 60 20% 222,6', 'Totale 575,00');
    expect(values(doc)[0]).toEqual(['C1', '16.27', '100', null, '20', '352.40']);
    expect(doc.projects[0]!.staff[0]!.repairs.map((r) => r.detail)).toContainEqual(expect.stringMatching(/^no product printed: only so do the rows' results add up/));
    // The second row prints no product either, and holds without it.
    expect(rulesOf(doc)).toEqual(['missing-value@1', 'missing-value@2', 'result-mismatch@1']);
  });

  it('reads neither of two rows when their cuts add up to the total both ways', () => {
    // 10 × 100 = 1.000: "5150" is 5 and 150 or 51 and 50; 150 + 50 = 50 + 150.
    const doc = read('C1 10,00 100 1000,00 5150', 'C1 10,00 100 1000,00 5150', 'Totale 200');
    expect(values(doc).map((row) => row.slice(4))).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('takes no reading of a row whose product cost × hours belies: a second error leaves the rest a guess', () => {
    // 17,10 × 200 = 3.420,00, not 3.250,00; 20 % of neither is 648.
    const doc = read('C3 17,10 200 3250,00 20648', 'D2 18,56 100 1856,00 20 371,2', 'Totale 1019,2');
    expect(values(doc)[0]!.slice(4)).toEqual([null, null]);
    expect(rulesOf(doc)).toContain('unparsed-line@1');
  });
});

describe('readings of a row the declared amount bears out, in a table without a total', () => {
  const project = (declared: string, ...rows: string[]) => readProjects([{ number: 1, declared, rows }]);

  it('reads a glued row at the one cut that makes the results add up to the amount the project declares', () => {
    // 5.985,00 × 20 % = 1.197,00: "201.179,00" is 20 and 1.179,00 (1.299,20 + 1.179,00 = 2.478,20).
    const doc = project('2.478,20', 'D2 18,56 350 6.496,00 20 1.299,20', 'C3 17,10 350 5.985,00 201.179,00');
    expect(values(doc)[1]).toEqual(['C3', '17.10', '350', '5985.00', '20', '1179.00']);
    const split = doc.projects[0]!.staff[1]!.repairs.find((r) => r.kind === 'cells-split');
    expect(split?.detail).toMatch(/^"201\.179,00" read as 20 and 1\.179,00: only so do the rows' results add up to the amount declared \(line \d+\)/);
    expect(rulesOf(doc)).toEqual(['result-mismatch@2']);
  });

  it('does not take the declared amount for the reading when it adds up with no cut, or the table prints a total', () => {
    // 1.299,20 + 1.197,00: the declared amount is the right results' sum, which no cut of "201.179,00" gives.
    const splitOf = (doc: ReturnType<typeof project>) => doc.projects[0]!.staff[1]!.repairs.find((r) => r.kind === 'cells-split')?.detail;
    const rightSum = project('2.496,20', 'D2 18,56 350 6.496,00 20 1.299,20', 'C3 17,10 350 5.985,00 201.179,00');
    expect(splitOf(rightSum)).not.toMatch(/amount declared/);
    const withTotal = readProjects([{ number: 1, declared: '2.478,20', rows: ['D2 18,56 350 6.496,00 20 1.299,20', 'C3 17,10 350 5.985,00 201.179,00'], total: 'Totale 2.496,20' }]);
    expect(splitOf(withTotal)).not.toMatch(/amount declared|printed total/);
  });
});

describe('percentages above 100', () => {
  it('reads a row printed one value a column with a percentage above 100 as printed, where cost × hours makes its product', () => {
    // 1.952,40 × 120 % = 2.342,88: the row holds; 3.420,00 × 200 % is no 684 (20 % is).
    const doc = read('C1 16,27 120 1952,40 120 2342,88', 'C3 17,10 200 3420,00 200 684', 'Totale 3026,88');
    expect(values(doc)).toEqual([
      ['C1', '16.27', '120', '1952.40', '120', '2342.88'],
      ['C3', '17.10', '200', '3420.00', '200', '684'],
    ]);
    expect(rulesOf(doc)).toEqual(['result-mismatch@2']);
  });

  it('reads no percentage above 100 where the result and the percentage are swapped: 20 % of the product is the figure read as the percentage', () => {
    const doc = read('C3 17,10 200 3420,00 684 20', 'Totale 684');
    expect(values(doc)[0]!.slice(4)).not.toEqual(['684', '20']);
    expect(findingsOf(doc, 'result-mismatch')).toEqual([]);
  });

  it('leaves unread a row whose percentage is above 100 and whose product cost × hours belies', () => {
    const doc = read('C1 16,27 120 1900,00 120 2342,88', 'Totale 2342,88');
    expect(values(doc)[0]!.slice(3)).toEqual([null, null, null]);
    expect(rulesOf(doc)).toContain('unparsed-line@1');
  });
});
