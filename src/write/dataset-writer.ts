import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { DocumentSchema, SCHEMA_VERSION, type DocumentRecord, type Failure } from '../schema.js';
import type { CsvLocale } from './cells.js';
import { CsvSink } from './csv-sink.js';
import { CSV_TABLES } from './csv-tables.js';
import { OutputFolder } from './output-folder.js';

/** How the dataset files are written. */
export interface WriterOptions {
  csvLocale: CsvLocale;
  generatorVersion: string;
}

/**
 * Writes the dataset document by document (so memory stays bounded on large batches) into a
 * temporary folder, and moves it into place only when every file is complete.
 */
export class DatasetWriter {
  private documents = 0;
  private readonly failures: Failure[] = [];

  private constructor(
    private readonly folder: OutputFolder,
    private readonly json: WriteStream,
    private readonly csvs: CsvSink[],
    private readonly options: WriterOptions,
  ) {}

  /** Prepares a temporary folder beside `outDir` and opens every output file in it. */
  static async open(outDir: string, options: WriterOptions): Promise<DatasetWriter> {
    const folder = await OutputFolder.prepare(outDir);
    try {
      const json = createWriteStream(folder.file('dataset.json'));
      const csvs = CSV_TABLES.map((table) => CsvSink.open(folder.file(table.file), table.columns, options.csvLocale));
      const writer = new DatasetWriter(folder, json, csvs, options);
      await writer.writeJson(
        `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "generator": ${JSON.stringify({ name: 'rendiconta', version: options.generatorVersion })},\n  "documents": [`,
      );
      return writer;
    } catch (error) {
      await folder.discard();
      throw error;
    }
  }

  /** Validates a document against the contract's schema and appends it to every file. */
  async addDocument(record: DocumentRecord): Promise<void> {
    const valid = DocumentSchema.parse(record);
    const body = JSON.stringify(valid, null, 2).replace(/\n/g, '\n    ');
    await this.writeJson(`${this.documents === 0 ? '' : ','}\n    ${body}`);
    this.documents++;
    await Promise.all(CSV_TABLES.map((table, i) => this.csvs[i]!.write(table.rowsOf(valid, this.options.csvLocale))));
  }

  /** Records an input that could not be read. */
  addFailure(failure: Failure): void {
    this.failures.push(failure);
  }

  /** Finishes every file and moves the folder into place. */
  async commit(): Promise<void> {
    const failures = JSON.stringify(this.failures, null, 2).replace(/\n/g, '\n  ');
    await this.writeJson(`${this.documents === 0 ? '' : '\n  '}],\n  "failures": ${failures}\n}\n`);
    const closed = once(this.json, 'finish');
    this.json.end();
    await closed;
    await Promise.all(this.csvs.map((csv) => csv.close()));
    await this.folder.commit();
  }

  /** Drops everything written: the previous output stays as it was. */
  async abort(): Promise<void> {
    this.json.destroy();
    await this.folder.discard();
  }

  private async writeJson(text: string): Promise<void> {
    if (!this.json.write(text)) await once(this.json, 'drain');
  }
}
