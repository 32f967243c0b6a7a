import { describe, expect, it } from 'vitest';
import type { Amount, SourceLine, StaffColumn } from '../../src/model.js';
import { parseItalianNumber } from '../../src/normalize/numbers.js';
import { confirmedValues, correctMisreading, ocrOfRow, reconciles, wordCorrections } from '../../src/normalize/ocr-row.js';

const COLUMNS: StaffColumn[] = ['hourlyCost', 'hours', 'product', 'percentage', 'result'];

function cellsOf(row: string): Record<StaffColumn, Amount | null> {
  const tokens = row.split(' ');
  return Object.fromEntries(COLUMNS.map((column, i) => [column, parseItalianNumber(tokens[i] ?? '')])) as Record<StaffColumn, Amount | null>;
}
const rawOf = (cells: Record<StaffColumn, Amount | null>) => COLUMNS.map((c) => cells[c]?.raw ?? '-').join(' ');
/** OCR unsure of every value: any may be read back. */
const UNSURE = Object.fromEntries(COLUMNS.map((column) => [column, 0.6]));

describe('correcting an OCR misreading', () => {
  it('takes 45 for 15 when only then the row reconciles, and says what was read', () => {
    const fixed = correctMisreading(cellsOf('17,10 1250 21375 45 3206,25'), UNSURE);
    expect(fixed && rawOf(fixed.cells)).toBe('17,10 1250 21375 15 3206,25');
    expect(fixed?.repair).toEqual({
      kind: 'ocr-corrected',
      detail: 'percentage read by OCR as "45", taken as 15 (1 read as 4): only then does the row\'s arithmetic hold',
    });
  });

  it('puts back a lost decimal comma', () => {
    const fixed = correctMisreading(cellsOf('22,08 30 66240 20 132,48'), UNSURE);
    expect(fixed && rawOf(fixed.cells)).toBe('22,08 30 662,40 20 132,48');
    expect(fixed?.repair.detail).toContain('a decimal comma lost');
  });

  it('drops a digit read twice or a speck read as one from an amount of three decimals or a percentage over 100, and from no other', () => {
    const fixed = correctMisreading(cellsOf('10,30 80 824,900 20 164,80'), UNSURE);
    expect(fixed && rawOf(fixed.cells)).toBe('10,30 80 824,00 20 164,80');
    expect(fixed?.repair.detail).toBe('product read by OCR as "824,900", taken as 824,00 (a 9 read that is not printed): only then does the row\'s arithmetic hold');
    expect(correctMisreading(cellsOf('12,440 200 2480,00 20 496,00'), UNSURE)?.cells.hourlyCost?.raw).toBe('12,40');
    expect(correctMisreading(cellsOf('12,40 250 3100,00 260 620,00'), UNSURE)?.repair.detail).toBe(
      'percentage read by OCR as "260", taken as 20 (a 6 read that is not printed): only then does the row\'s arithmetic hold',
    );
    // "2.4880,00": a typist's doubled 8 in an amount of two decimals is the plan's, for the row's findings to tell.
    expect(correctMisreading(cellsOf('12,44 200 24880,00 20 497,60'), UNSURE)).toBeNull();
  });

  it('guesses nothing when the row already holds, or when no single misreading or several would make it hold', () => {
    expect(correctMisreading(cellsOf('17,10 200 3420,00 20 684'), UNSURE)).toBeNull();
    // The seed's own typo: 34,20 for 3.420,00 is no misreading of one character.
    expect(correctMisreading(cellsOf('17,10 200 34,20 20 684'), UNSURE)).toBeNull();
    // Two values are wrong: no single misreading repairs both relations.
    expect(correctMisreading(cellsOf('10 10 500 20 999'), UNSURE)).toBeNull();
  });

  it('reads back no value OCR was sure of: that is what the plan prints, a typo perhaps', () => {
    // 17,10 × 1250 = 21.375 and 15 % of it 3.206,25: "45" read with confidence 0.96 stays, for the row's findings to tell.
    expect(correctMisreading(cellsOf('17,10 1250 21375 45 3206,25'), { ...UNSURE, percentage: 0.96 })).toBeNull();
    // No confidence known for a value: it may be read back.
    expect(correctMisreading(cellsOf('17,10 1250 21375 45 3206,25'), {})?.cells.percentage?.raw).toBe('15');
  });

  it('refuses a correction when two different ones would each make the row hold', () => {
    // 8 × 8 ≠ 48, but 6 × 8 and 8 × 6 both hold: which 8 was a 6 the arithmetic cannot tell.
    expect(correctMisreading(cellsOf('8 8 48 10 4,8'), UNSURE)).toBeNull();
  });
});

describe('what the arithmetic of a row confirms', () => {
  it('confirms the values of each relation that holds, and only those', () => {
    const cells = cellsOf('17,10 1250 21375 45 3206,25');
    expect(reconciles(cells)).toBe(false);
    expect([...confirmedValues(cells)].sort()).toEqual(['hourlyCost', 'hours', 'product']);
    expect(reconciles(cellsOf('17,10 1250 21375 15 3206,25'))).toBe(true);
    expect(reconciles(cellsOf('17,10'))).toBeNull();
  });
});

describe('the OCR confidence of a row', () => {
  const line = (words: Array<[string, number]>, read?: Record<string, string>): SourceLine => ({
    text: words.map(([w]) => w).join(' '),
    line: 7,
    page: 2,
    ocr: words.map(([text, confidence]) => ({ text, confidence, ...(read?.[text] ? { read: read[text] } : {}) })),
  });

  it('is the least of its words, and each value has the confidence of the word it was read in', () => {
    const lines = [line([['C3', 0.55], ['17,10', 0.96], ['1250', 0.93], ['21375', 0.91], ['45', 0.62], ['3206,25', 0.95]])];
    const ocr = ocrOfRow(lines, cellsOf('17,10 1250 21375 45 3206,25'));
    expect(ocr).toEqual({ minConfidence: 0.55, values: { hourlyCost: 0.96, hours: 0.93, product: 0.91, percentage: 0.62, result: 0.95 } });
  });

  it('is absent for printed text, and a word taken for a grade code or an amount is a recorded repair', () => {
    expect(ocrOfRow([{ text: 'C3 17,10', line: 1, page: null }], cellsOf('17,10'))).toBeNull();
    expect(wordCorrections([line([['C3', 0.4], ['2.745,80', 0.3]], { C3: 'Cc3', '2.745,80': '2:745,80' })])).toEqual([
      { kind: 'ocr-corrected', detail: 'OCR read "Cc3", taken as the grade code C3' },
      { kind: 'ocr-corrected', detail: 'OCR read "2:745,80", taken as the amount 2.745,80' },
    ]);
  });
});
