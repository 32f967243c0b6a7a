import { describe, expect, it } from 'vitest';
import { findingsOf, readProjects } from '../helpers/plans.js';

describe('total-rounded', () => {
  it('reports a total that is the sum of the results rounded', () => {
    const doc = readProjects([{ number: 1, rows: ['C5 18,26 57 1040,82 15 156,123', 'C5 18,26 54 986,04 15 147,906'], total: 'Totale 304,03' }]);
    expect(findingsOf(doc, 'total-rounded')).toEqual([
      expect.objectContaining({ severity: 'info', project: 1, row: null, printed: '304.03', expected: '304.029' }),
    ]);
    expect(findingsOf(doc, 'total-mismatch')).toEqual([]);
  });

  it('is not raised for a total printed exactly', () => {
    const doc = readProjects([{ number: 1, rows: ['C5 18,26 57 1040,82 15 156,123'], total: 'Totale 156,123' }]);
    expect(findingsOf(doc, 'total-rounded')).toEqual([]);
  });
});
