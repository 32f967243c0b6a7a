import { describe, expect, it } from 'vitest';
import { costAndHoursSwapped, hoursPrintedFirst, type GradedCells } from '../../src/normalize/cost-hours-order.js';
import { parseItalianNumber } from '../../src/normalize/numbers.js';

/** A row as read in the usual order: `first` taken for the hourly cost, `second` for the hours. */
const row = (grade: string | null, first: string, second: string): GradedCells => ({
  grade,
  cells: { hourlyCost: parseItalianNumber(first), hours: parseItalianNumber(second), product: null, percentage: null, result: null },
});

describe('hours printed before hourly costs', () => {
  it.each([
    ['whole values first, values with cents second', [row('C1', '120', '16,05'), row('C3', '200', '17,10')]],
    ['the second value the same within a grade, the first varying', [row('C1', '120', '16,05'), row('C1', '40', '16,05'), row('C3', '200', '17,10')]],
    ['costs with nought cents among others', [row('C1', '120', '16,05'), row('C3', '200', '17,10'), row('D1', '30', '17,95'), row('D3', '50', '20,00'), row('B1', '70', '14,35')]],
  ])('are seen with %s', (_, rows) => {
    expect(hoursPrintedFirst(rows)).toBe(true);
  });

  it.each([
    ['the usual order', [row('C1', '16,05', '120'), row('C3', '17,10', '200')]],
    ['one row only', [row('C1', '120', '16,05')]],
    ['whole values in both columns', [row('C1', '120', '16'), row('C3', '200', '17')]],
    ['cents in both columns', [row('C1', '12,50', '16,05'), row('C3', '7,50', '17,10')]],
    ['round costs printed with their cents before hours with halves', [row('D1', '20,00', '12,5'), row('C3', '18,00', '7,5')]],
    ['whole costs before hours with a decimal or two, a grade a row', [row('D1', '22', '12,5'), row('C1', '19', '30,25'), row('B1', '17', '40,5')]],
    ['the first value the same within a grade, the second varying', [row('C1', '100', '12,50'), row('C1', '100', '30,50')]],
    ['rows without both values', [row('C1', '120', '16,05'), { grade: 'C3', cells: { ...row('C3', '200', '17,10').cells, hours: null } }]],
  ])('are not seen with %s', (_, rows) => {
    expect(hoursPrintedFirst(rows)).toBe(false);
  });
});

describe('swapping a row\'s hourly cost and hours', () => {
  it('exchanges the two cells and says what was read as what', () => {
    const swapped = costAndHoursSwapped(row('C1', '120', '16,05').cells);
    expect(swapped?.cells.hourlyCost?.raw).toBe('16,05');
    expect(swapped?.cells.hours?.raw).toBe('120');
    expect(swapped?.repair).toMatchObject({ kind: 'cost-hours-swapped' });
    expect(swapped?.repair.detail).toMatch(/^"120" read as the hours and "16,05" as the hourly cost/);
  });

  it('leaves a row without either alone', () => {
    expect(costAndHoursSwapped({ hourlyCost: null, hours: null, product: null, percentage: null, result: null })).toBeNull();
  });
});
