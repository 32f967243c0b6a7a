import { parseString } from '@fast-csv/parse';

/** Parses CSV text the way a spreadsheet would: rows of cells, with the given delimiter. */
export function parseCsv(text: string, delimiter: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { delimiter })
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}
