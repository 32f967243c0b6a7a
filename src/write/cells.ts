/** How CSV and workbook cells are written: plain (dot decimals) or for Italian Excel. */
export type CsvLocale = 'plain' | 'it';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or CR) by prefixing an apostrophe, as OWASP advises for CSV injection.
 */
export function safeText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A decimal string as the locale writes it: "1234.5" or, for Italian Excel, "1234,5". */
export function decimalCell(value: string | null | undefined, locale: CsvLocale): string {
  if (value === null || value === undefined) return '';
  return locale === 'it' ? value.replace('.', ',') : value;
}

/** A whole number cell. */
export function integerCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
