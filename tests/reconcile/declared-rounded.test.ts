import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

describe('declared-rounded', () => {
  it('reports a declared amount that is the printed total rounded', () => {
    const doc = readProjects([{ number: 18, declared: '2.787,05', rows: ['D5 22,08 180 3974,40 16 635,904', 'D5 22,08 500 11040,00 16 1766,4', 'C3 17,10 150 2565,00 15 384,75'], total: 'Totale 2787,054' }]);
    expect(findingsOf(doc, 'declared-rounded')).toEqual([
      expect.objectContaining({ severity: 'info', project: 18, row: null, printed: '2787.05', expected: '2787.054', message: 'Project 18: declared amount 2.787,05 is the printed total 2.787,054 rounded' }),
    ]);
    expect(findingsOf(doc, 'declared-mismatch')).toEqual([]);
  });

  it('accepts the total being the rounded one', () => {
    const doc = readProjects([{ number: 1, declared: '156,123', rows: ['C5 18,26 57 1040,82 15 156,123'], total: 'Totale 156,12' }]);
    expect(findingsOf(doc, 'declared-rounded').map((f) => f.message)).toEqual(['Project 1: the printed total 156,12 is the declared amount 156,123 rounded']);
    expect(findingsOf(doc, 'declared-mismatch')).toEqual([]);
  });

  it('accepts a total printed to the euro, or one that rounds the rows\' sum the amount states', () => {
    const euro = readProjects([{ number: 1, declared: '388,90', rows: ['C1 19,445 100 1944,50 20 388,90'], total: 'Totale 389' }]);
    expect(findingsOf(euro, 'declared-rounded').map((f) => f.message)).toEqual(['Project 1: the printed total 389,00 is the declared amount 388,90 rounded']);
    const rounder = readProjects([{ number: 1, declared: '954,97', rows: ['C1 18,05 100 1805,00 20 361,00', 'D1 19,7985 150 2969,775 20 593,97'], total: 'Totale 955,00' }]);
    expect(findingsOf(rounder, 'declared-rounded').map((f) => f.printed)).toEqual(['954.97']);
    expect(findingsOf(rounder, 'declared-mismatch')).toEqual([]);
  });

  it('is no rounding where the amount has more decimals than a total that is exact, or than the rows\' sum', () => {
    const zero = readProjects([{ number: 1, declared: '2.649,33', rows: ['C1 18,05 100 1805,00 20 361,00', 'D1 19,0765 600 11441,50 20 2288,30'], total: 'Totale 2.649,30' }]);
    expect(findingsOf(zero, 'declared-rounded')).toEqual([]);
    expect(findingsOf(zero, 'declared-mismatch').map((f) => [f.printed, f.expected])).toEqual([['2649.33', '2649.3']]);
    const sum = readProjects([{ number: 1, declared: '790,01', rows: ['C1 13,244 100 1324,40 20 264,88', 'D1 26,256 100 2625,60 20 525,12'] }]);
    expect(findingsOf(sum, 'declared-rounded')).toEqual([]);
    expect(findingsOf(sum, 'declared-mismatch').map((f) => [f.printed, f.expected])).toEqual([['790.01', '790']]);
  });
});
