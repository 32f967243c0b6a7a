import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { StaffColumn } from '../../src/model.js';
import { resolveCells } from '../../src/normalize/cells.js';

const ALL: StaffColumn[] = ['hourlyCost', 'hours', 'product', 'percentage', 'result'];
const NO_PRODUCT: StaffColumn[] = ['hourlyCost', 'hours', 'percentage', 'result'];
const texts = (tokens: string[], columns = ALL) => {
  const { cells, problem } = resolveCells(tokens, columns);
  return { problem, values: ALL.map((c) => cells[c]?.text ?? null) };
};

describe('reading a row’s cells', () => {
  it('reads one value per column as printed, even when the arithmetic fails', () => {
    expect(texts(['17,10', '200', '34,20', '20', '684']).values).toEqual(['17.10', '200', '34.20', '20', '684']);
  });

  it.each([
    [['23,57', '200', '4714,0015', '707,1'], ['23.57', '200', '4714.00', '15', '707.1']],
    [['23,57', '200', '471420', '942,8'], ['23.57', '200', '4714', '20', '942.8']],
    [['2,08', '60', '1324,820', '264,96'], ['2.08', '60', '1324.8', '20', '264.96']],
    [['17,10', '300', '513020', '1026'], ['17.10', '300', '5130', '20', '1026']],
  ])('splits glued cells %j as the arithmetic confirms', (tokens, values) => {
    const resolution = resolveCells(tokens, ALL);
    expect(ALL.map((c) => resolution.cells[c]?.text ?? null)).toEqual(values);
    expect(resolution.repairs.map((r) => r.kind)).toEqual(['cells-split']);
  });

  it('says a split confirmed only where all of the row\'s arithmetic holds, else the split it bears out best', () => {
    expect(resolveCells(['23,1090', '2.079,00', '20', '415,80'], ALL).repairs.map((r) => r.detail)).toEqual([
      '"23,1090" read as 23,10 and 90: the row\'s arithmetic confirms it',
    ]);
    const typo = resolveCells(['23,1890', '2.079,00', '20', '415,80'], ALL);
    expect(ALL.map((c) => typo.cells[c]?.text ?? null)).toEqual(['23.18', '90', '2079.00', '20', '415.80']);
    expect(typo.repairs.map((r) => r.detail)).toEqual(['"23,1890" read as 23,18 and 90: the split the row\'s arithmetic bears out best, though not all of it holds']);
  });

  it('places an absent product where the arithmetic confirms it', () => {
    expect(texts(['22,08', '70', '15', '231,84']).values).toEqual(['22.08', '70', null, '15', '231.84']);
    expect(texts(['22,08', '180', '16', '635,904'], NO_PRODUCT).values).toEqual(['22.08', '180', null, '16', '635.904']);
    // 590 could split into 5 | 90 with 18 × 5 = 90, but that leaves 20 and 2124 unexplained.
    expect(texts(['18,00', '590', '20', '2124']).values).toEqual(['18.00', '590', null, '20', '2124']);
  });

  it('leaves the percentage\'s cell empty rather than split the product into one the row contradicts', () => {
    // 3.420,00 → 3,40 | 20 would confirm the result (3.420 × 20 %) but break the product (17,10 × 200).
    expect(texts(['17,10', '200', '3.420,00', '684,00']).values).toEqual(['17.10', '200', '3420.00', null, '684.00']);
  });

  it('keeps only what every reading agrees on when nothing confirms a split', () => {
    const { problem, values } = texts(['22,08', '50', '9999999', '220,8']);
    expect(problem).not.toBeNull();
    expect(values.slice(2)).toEqual([null, null, null]);
  });

  it('takes no split that only the row\'s other values confirm, and keeps no value a split made where nothing confirms it', () => {
    // The cost left out: "350" as 3 and 50 breaks the product; the result (5.985,00 × 20 %) holds without them.
    const costLeftOut = resolveCells(['350', '5.985,00', '20', '1.197,00'], ALL);
    expect(costLeftOut.problem).not.toBeNull();
    expect(costLeftOut.repairs.map((r) => r.kind)).toEqual(['cells-unresolved']);
    expect(ALL.map((c) => costLeftOut.cells[c]?.text ?? null)).toEqual([null, null, '5985.00', '20', '1197.00']);
    // "Rossi Mario 12 34": every reading splits both, as 1 | 2 and 3 | 4 or so; none is a row's value.
    expect(texts(['12', '34']).values).toEqual([null, null, null, null, null]);
  });

  it('reads all five values in the order of a header that names the hours first and not the product', () => {
    // "Ore | Costo orario | Costo complessivo | % | Quota": the product's heading unknown, its cell printed.
    const hoursFirst: StaffColumn[] = ['hours', 'hourlyCost', 'percentage', 'result'];
    expect(texts(['60', '26,98', '1.618,80', '20%', '323,76'], hoursFirst).values).toEqual(['26.98', '60', '1618.80', '20', '323.76']);
    expect(texts(['60', '26,98', '20%', '323,76'], hoursFirst).values).toEqual(['26.98', '60', null, '20', '323.76']);
  });

  it.each([
    // the product, the percentage and the result glued
    [['20,30', '100', '2030,0020406'], ['20.30', '100', '2030.00', '20', '406']],
    // the hours, the product and the percentage
    [['20,30', '1503045,0020', '609'], ['20.30', '150', '3045.00', '20', '609']],
    // the cost, the hours and the product
    [['21,621503243,00', '20', '648,6'], ['21.62', '150', '3243.00', '20', '648.6']],
  ])('splits three cells glued into one token, %j, as the arithmetic confirms', (tokens, values) => {
    const resolution = resolveCells(tokens, ALL);
    expect(ALL.map((c) => resolution.cells[c]?.text ?? null)).toEqual(values);
    expect(resolution.repairs.map((r) => r.kind)).toEqual(['cells-split']);
  });

  it('reads no result above its product for want of a percentage: a result of 20.406 on a product of 2.030 is none', () => {
    expect(texts(['20,30', '100', '2030,00', '20406']).values).toEqual(['20.30', '100', '2030.00', '20', '406']);
    // "1056,5" is 10 and 56,5 (564,96 × 10 % = 56,496, rounded); whatever else it reads as, no percentage and a result of 1.056,5 it is not.
    expect(texts(['17,12', '33', '564,96', '1056,5']).values.slice(3)).not.toEqual([null, '1056.5']);
  });

  it('gives a split piece a percentage of two decimals at most: "3420,0020" is 3420,00 and 20, not 342 and 0,0020', () => {
    // 1,71 × 200 = 342 would confirm the second; the cost is the typo (17,10).
    expect(texts(['1,71', '200', '3420,0020', '684']).values).toEqual(['1.71', '200', '3420.00', '20', '684']);
  });

  it('takes a cut right after a value\'s cents where the row\'s arithmetic does not reach it, a cost typed wrong', () => {
    // 2,08 × 60 ≠ 1.324,80 (the cost is 22,08): the result holds on the printed product.
    expect(texts(['2,0860', '1324,80', '20', '264,96']).values).toEqual(['2.08', '60', '1324.80', '20', '264.96']);
    expect(texts(['16,27120', '1925,40', '20', '385,08']).values).toEqual(['16.27', '120', '1925.40', '20', '385.08']);
  });

  it.each([
    // 406,75 × 15 % = 61,0125, printed to the cent: the seed's 15 % with its results rounded
    [['16,27', '25', '406,75', '1561,01'], ['16.27', '25', '406.75', '15', '61.01']],
    [['18,26', '57', '1040,82', '15156,12'], ['18.26', '57', '1040.82', '15', '156.12']],
    // 406,75 × 12,5 % = 50,84375
    [['16,27', '25', '406,75', '12,550,84'], ['16.27', '25', '406.75', '12.5', '50.84']],
    // three cells, the percentage with decimals
    [['16,27', '100', '1627,0012,5203,38'], ['16.27', '100', '1627.00', '12.5', '203.38']],
  ])('reads a percentage glued to a result rounded to the cent, and never cuts an amount printed to the cent: %j', (tokens, values) => {
    expect(texts(tokens).values).toEqual(values);
  });

  it('reads a percentage glued to a result that is exactly the share of a printed product cost × hours belies', () => {
    // 15,87 × 200 = 3.174,00, not 3.147,00; 3.147,00 × 20 % = 629,4.
    const { problem, values } = texts(['15,87', '200', '3147,00', '20629,4']);
    expect(problem).toBeNull();
    expect(values).toEqual(['15.87', '200', '3147.00', '20', '629.4']);
  });

  it('quotes the values of a row it cannot read at most 120 characters long, as a spreadsheet\'s cell holds them', () => {
    const { repairs } = resolveCells(Array.from({ length: 5000 }, () => '12,50'), ALL);
    expect(repairs[0]!.detail).toMatch(/^values "12,50 12,50 .{80,}…" not assigned to columns: 5000 values for 5 columns$/);
    expect(repairs[0]!.detail.length).toBeLessThan(200);
  });

  it('gives a percent sign to the percentage column only', () => {
    expect(texts(['17,10', '200', '3420', '20%', '684']).values[3]).toBe('20');
  });

  test.prop([
    fc.integer({ min: 1000, max: 3000 }),
    fc.integer({ min: 1, max: 150 }).map((h) => h * 10),
    fc.constantFrom(10, 15, 16, 20, 25, 30),
  ])('any consistent row with product and percentage glued reads back', (cents, hours, percentage) => {
    const costValue = new Decimal(cents).dividedBy(100);
    const productValue = costValue.times(hours);
    const cost = costValue.toFixed(2).replace('.', ',');
    const product = productValue.toFixed(2).replace('.', ',');
    const resultValue = productValue.times(percentage).dividedBy(100).toFixed().replace('.', ',');
    const { values } = texts([cost, String(hours), `${product}${percentage}`, resultValue]);
    expect(values[2]).toBe(product.replace(',', '.'));
    expect(values[3]).toBe(String(percentage));
  });
});
