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
});
