import { fc, test } from '@fast-check/vitest';
import { writeToString } from '@fast-csv/format';
import { describe, expect, it } from 'vitest';
import { csvDialect, csvEnd, csvRows, csvStart } from '../../src/write/csv-text.js';

/** A whole CSV file as csv-text.ts writes it. */
const file = (columns: string[], rows: string[][], locale: 'plain' | 'it') => {
  const dialect = csvDialect(locale);
  return csvStart(columns, dialect) + csvRows(rows, dialect) + csvEnd(dialect);
};

/** The same file as @fast-csv/format wrote it before, with the options rendiconta gave it. */
const fastCsv = (columns: string[], rows: string[][], locale: 'plain' | 'it') => {
  const italian = locale === 'it';
  return writeToString([columns, ...rows], {
    delimiter: italian ? ';' : ',',
    rowDelimiter: italian ? '\r\n' : '\n',
    writeBOM: italian,
    includeEndRowDelimiter: true,
  });
};

const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', ';', '"', '|', '\r', '\n', '\0', '\t', '=', '-', 'è', '€') });

describe('CSV text', () => {
  it('quotes cells with a quote, the delimiter, a line break or a bar, as fast-csv did', () => {
    const rows = [['a,b', 'a;b', 'say "hi"', 'x | y', 'two\nlines', 'cr\r', 'nul\0here', 'plain']];
    expect(file(['c'], rows, 'plain')).toBe('c\n"a,b",a;b,"say ""hi""","x | y","two\nlines","cr\r",nulhere,plain\n');
    expect(file(['c'], rows, 'it')).toBe('\ufeffc\r\na,b;"a;b";"say ""hi""";"x | y";"two\nlines";"cr\r";nulhere;plain\r\n');
  });

  it('writes a file with no rows as its header and one row delimiter', () => {
    expect(file(['a', 'b'], [], 'plain')).toBe('a,b\n');
    expect(file(['a', 'b'], [], 'it')).toBe('\ufeffa;b\r\n');
  });

  test.prop([fc.array(cell, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 5 }), fc.constantFrom('plain' as const, 'it' as const)])(
    'gives the bytes @fast-csv/format gave',
    async (columns, rows, locale) => {
      expect(file(columns, rows, locale)).toBe(await fastCsv(columns, rows, locale));
    },
  );
});
