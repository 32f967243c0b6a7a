import { describe, expect, it } from 'vitest';
import { findingsOf, readStaffTable, STAFF_HEADER as HEADER, staffValues as values } from '../helpers/plans.js';

const read = (...body: string[]) => readStaffTable(HEADER, ...body);
const rulesOf = (doc: ReturnType<typeof read>) => doc.discrepancies.map((d) => `${d.rule}@${d.row ?? '-'}`).sort();

describe('a row read with the percentage every other row of its table prints', () => {
  it('reads a percentage glued to a wrong result at the cut that gives the other rows\' percentage, and says the result is wrong', () => {
    const doc = read('C3 18,71 100 1.871,00 20 374,20', 'C1 17,64 150 2.646,00 20592,20', 'B3 16,08 100 1.608,00 20 321,60');
    expect(values(doc)[1]).toEqual(['C1', '17.64', '150', '2646.00', '20', '592.20']);
    const split = doc.projects[0]!.staff[1]!.repairs.find((r) => r.kind === 'cells-split');
    expect(split?.detail).toBe('"20592,20" read as 20 and 592,20: so it has the percentage every other row of the table prints (20); the row\'s own arithmetic does not confirm it');
    expect(rulesOf(doc)).toEqual(['result-mismatch@2']);
    expect(findingsOf(doc, 'result-mismatch')[0]).toMatchObject({ printed: '592.20', expected: '529.2' });
  });

  it('leaves the row unread where the other rows print different percentages, or there is no other row', () => {
    const mixed = read('C3 18,71 100 1.871,00 20 374,20', 'C1 17,64 150 2.646,00 20592,20', 'B3 16,08 100 1.608,00 15 241,20');
    expect(values(mixed)[1]!.slice(4)).toEqual([null, null]);
    expect(rulesOf(mixed)).toContain('unparsed-line@2');
    const alone = read('C1 17,64 150 2.646,00 20592,20');
    expect(rulesOf(alone)).toContain('unparsed-line@1');
    expect(values(read('C3 18,71 100 1.871,00 20 374,20', 'C1 17,64 150 2.646,00 20592,20'))[1]).toEqual(['C1', '17.64', '150', '2646.00', '20', '592.20']);
  });
});
