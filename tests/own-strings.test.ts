import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { withOwnStrings } from '../src/own-strings.js';

describe('withOwnStrings', () => {
  it('copies plain data deeply, leaving the original as it was', () => {
    const line = 'Progetto n°1: “Orientare la gestione della performance”\nDescrizione';
    const record = { title: line.slice(0, 12), text: line.slice(14), staff: [{ row: 1, grade: 'D2', ok: true, ocr: null }], counts: { error: 0 } };
    const copy = withOwnStrings(record);
    expect(copy).toEqual(record);
    expect(copy).not.toBe(record);
    expect(copy.staff).not.toBe(record.staff);
    expect(copy.staff[0]).not.toBe(record.staff[0]);
    expect(record.text).toBe(line.slice(14));
  });

  test.prop([fc.jsonValue()])('any JSON value comes back equal', (value) => {
    expect(withOwnStrings(value)).toEqual(value);
  });
});
