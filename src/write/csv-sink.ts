import { format, type CsvFormatterStream } from '@fast-csv/format';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CsvLocale } from './cells.js';

type Row = string[];

/** A CSV file written row by row, with the dialect of the locale. */
export class CsvSink {
  private constructor(
    private readonly csv: CsvFormatterStream<Row, Row>,
    private readonly file: WriteStream,
  ) {}

  /** Opens `path` and writes the header. Plain: comma, LF. Italian Excel: semicolon, BOM, CRLF. */
  static open(path: string, columns: string[], locale: CsvLocale): CsvSink {
    const italian = locale === 'it';
    const csv = format<Row, Row>({
      delimiter: italian ? ';' : ',',
      rowDelimiter: italian ? '\r\n' : '\n',
      writeBOM: italian,
      includeEndRowDelimiter: true,
    });
    const file = createWriteStream(path);
    csv.pipe(file);
    const sink = new CsvSink(csv, file);
    csv.write(columns);
    return sink;
  }

  /** Writes rows, waiting when the file falls behind. */
  async write(rows: Row[]): Promise<void> {
    for (const row of rows) {
      if (!this.csv.write(row)) await once(this.csv, 'drain');
    }
  }

  /** Ends the CSV and waits until the file is on disk. */
  async close(): Promise<void> {
    const finished = once(this.file, 'finish');
    this.csv.end();
    await finished;
  }
}
