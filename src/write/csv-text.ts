import type { CsvLocale } from './cells.js';

/** How a locale writes CSV: plain (comma, LF) or for Italian Excel (semicolon, CRLF, byte order mark). */
export interface CsvDialect {
  delimiter: ',' | ';';
  rowDelimiter: '\n' | '\r\n';
  byteOrderMark: boolean;
}

const PLAIN: CsvDialect = { delimiter: ',', rowDelimiter: '\n', byteOrderMark: false };
const ITALIAN: CsvDialect = { delimiter: ';', rowDelimiter: '\r\n', byteOrderMark: true };

/** The dialect of a locale. */
export function csvDialect(locale: CsvLocale): CsvDialect {
  return locale === 'it' ? ITALIAN : PLAIN;
}

// Note: the rules of @fast-csv/format, which wrote these files before, kept so that the bytes stay
// the same: NULs dropped; a cell with a quote is quoted with the quotes doubled; one with the
// delimiter, CR, LF or "|" is quoted ("|" by a quirk of fast-csv's character class, now part of the format).
const NEEDS_QUOTES = { ',': /[,\r\n|]/, ';': /[;\r\n|]/ } as const;

/** One CSV cell as the dialect writes it. */
export function csvCell(value: string, dialect: CsvDialect): string {
  const cell = value.includes('\0') ? value.replace(/\0/g, '') : value;
  if (cell.includes('"')) return `"${cell.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES[dialect.delimiter].test(cell) ? `"${cell}"` : cell;
}

/** One row, without its row delimiter. */
export function csvRow(cells: readonly string[], dialect: CsvDialect): string {
  let row = '';
  for (let i = 0; i < cells.length; i++) row += (i === 0 ? '' : dialect.delimiter) + csvCell(cells[i]!, dialect);
  return row;
}

/** Rows to append after the header: each row preceded by the row delimiter (the file ends with one). */
export function csvRows(rows: readonly (readonly string[])[], dialect: CsvDialect): string {
  let text = '';
  for (const row of rows) text += dialect.rowDelimiter + csvRow(row, dialect);
  return text;
}

/** The start of a CSV file: byte order mark if the dialect has one, and the header row. */
export function csvStart(columns: readonly string[], dialect: CsvDialect): string {
  return (dialect.byteOrderMark ? '\ufeff' : '') + csvRow(columns, dialect);
}

/** The end of a CSV file: the last row's delimiter. */
export function csvEnd(dialect: CsvDialect): string {
  return dialect.rowDelimiter;
}
