import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects, staffValues } from '../helpers/plans.js';

describe('a row with no share of its product', () => {
  it('reads a nought percentage, with or without "%", and a nought result', () => {
    const doc = readProjects([
      { number: 1, rows: ['C1 17,41 80 1392,80 0 0', 'C1 17,41 80 1392,80 0% 0,00', 'B3 15,90 60 954,00 0,0 0', 'C1 17,41 50 870,50 20 174,10'], total: 'Totale 174,10' },
    ]);
    expect(staffValues(doc)).toEqual([
      ['C1', '17.41', '80', '1392.80', '0', '0'],
      ['C1', '17.41', '80', '1392.80', '0', '0.00'],
      ['B3', '15.90', '60', '954.00', '0.0', '0'],
      ['C1', '17.41', '50', '870.50', '20', '174.10'],
    ]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('flags a result printed beside a nought percentage', () => {
    const doc = readProjects([{ number: 1, rows: ['C1 17,41 80 1392,80 0 278,56'], total: 'Totale 278,56' }]);
    expect(findingsOf(doc, 'result-mismatch').map((f) => f.row)).toEqual([1]);
  });

  it('reads an empty result cell, printed "€ -", beside a nought percentage', () => {
    const doc = readProjects([{ number: 1, rows: ['D3 20,63 60 1.237,80 0% € -', 'C1 17,41 50 870,50 20 174,10'], total: 'Totale 174,10' }]);
    expect(staffValues(doc)[0]).toEqual(['D3', '20.63', '60', '1237.80', '0', null]);
    expect(findingsOf(doc, 'missing-value').map((f) => f.row)).toEqual([1]);
  });
});
