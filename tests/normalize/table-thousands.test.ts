import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects, staffValues } from '../helpers/plans.js';

// Rows 1 and 3 set their products' thousands apart by a space, which their arithmetic confirms:
// 22,46 × 60 = 1.347,60, × 20% = 269,52; 18,08 × 210 = 3.796,80, × 20% = 759,36.
const FIRST = 'D3 22,46 60 1 347,60 20 269,52';
const LAST = 'C1 18,08 210 3 796,80 20 759,36';

describe('thousands set apart by a space where the row\'s arithmetic does not confirm them', () => {
  it('joins a group that opens on a zero to the figures before it: no number opens on 0', () => {
    // 18,76 × 170 = 3.189,20, not 3.024,00; 20 % of 3.189,20 is 637,84.
    const doc = readProjects([{ number: 1, declared: '1 666,72', rows: [FIRST, 'C3 18,76 170 3 024,00 20 637,84', LAST], total: 'Totale 1 666,72' }]);
    expect(staffValues(doc)[1]).toEqual(['C3', '18.76', '170', '3024.00', '20', '637.84']);
    expect(doc.projects[0]!.staff[1]!.repairs.map((r) => r.detail)).toEqual([expect.stringContaining('a group of three digits that opens on 0 is no number of its own')]);
    expect(doc.discrepancies.map((d) => `${d.rule} ${d.row}`)).toEqual(['product-mismatch 2']);
  });

  it('reads an unread row\'s product whole where the table\'s other rows set their products\' thousands apart so', () => {
    const doc = readProjects([{ number: 1, declared: '1 666,72', rows: [FIRST, 'C3 18,76 170 3 100,00 20 637,84', LAST], total: 'Totale 1 666,72' }]);
    expect(staffValues(doc)[1]).toEqual(['C3', '18.76', '170', '3100.00', '20', '637.84']);
    expect(doc.projects[0]!.staff[1]!.repairs.map((r) => r.detail)).toEqual([expect.stringContaining("as the table's other rows set theirs")]);
    expect(doc.discrepancies.map((d) => `${d.rule} ${d.row}`)).toEqual(['product-mismatch 2']);
  });

  it('leaves the row unread where no other row sets its thousands apart', () => {
    const doc = readProjects([{ number: 1, rows: ['D3 22,46 60 1.347,60 20 269,52', 'C3 18,76 170 3 100,00 20 637,84'], total: 'Totale 907,36' }]);
    expect(staffValues(doc)[1]).toEqual(['C3', null, null, null, null, null]);
    expect(findingsOf(doc, 'unparsed-line')).toHaveLength(1);
  });

  it('leaves the row unread where its one join would fall in a column the other rows print whole', () => {
    // "1 600,00" joined would be a result of 1.600,00 (20 % of 3.189,20 is 637,84); the other rows set apart only their products.
    const doc = readProjects([{ number: 1, rows: [FIRST, 'C3 18,76 170 3.189,20 20 1 600,00', LAST] }]);
    expect(staffValues(doc)[1]).toEqual(['C3', null, null, null, null, null]);
    expect(findingsOf(doc, 'unparsed-line').map((f) => f.row)).toEqual([2]);
  });

  it('reads a total whose thousands a space sets apart, as the rows set theirs, though it is not their sum', () => {
    // 269,52 + 637,84 + 759,36 = 1.666,72: "1 966,72" is a total typed wrong, not a total of 966,72.
    const doc = readProjects([{ number: 1, declared: '1 966,72', rows: [FIRST, 'C3 18,76 170 3 189,20 20 637,84', LAST], total: 'Totale 1 966,72' }]);
    expect(doc.projects[0]!.printedTotal).toBe('1966.72');
    expect(doc.discrepancies.map((d) => d.rule)).toEqual(['total-mismatch']);
  });

  it('reads a total whose last group opens on a zero as one amount, with no row to confirm it', () => {
    const doc = readProjects([{ number: 1, rows: ['D3 22,46 60 1.347,60 20 269,52'], total: 'Totale 1 069,52' }]);
    expect(doc.projects[0]!.printedTotal).toBe('1069.52');
  });
});
