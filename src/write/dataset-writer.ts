import { closeSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { realPathOf } from '../inputs.js';
import { SCHEMA_VERSION, type Failure } from '../schema.js';
import type { CsvLocale } from './cells.js';
import { CSV_TABLES } from './csv-tables.js';
import { csvDialect, csvEnd, csvStart } from './csv-text.js';
import { dataPackage } from './data-package.js';
import { builtDatasetSchemaText, JSON_SCHEMA_FILE } from './dataset-schema.js';
import { outputParts, recordOfOutput, type DocumentOutput } from './document-output.js';
import { OutputFolder } from './output-folder.js';
import { REPORT_FILE, ReportWriter } from './report-writer.js';
import { TextFile } from './text-file.js';
import { XLSX_FILE, XlsxWorkbook } from './xlsx-workbook.js';

/** How the dataset files are written. */
export interface WriterOptions {
  csvLocale: CsvLocale;
  generatorVersion: string;
  /** Also write the workbook rendiconta.xlsx. */
  xlsx?: boolean;
}

const DATASET_FILE = 'dataset.json';
const DATA_PACKAGE_FILE = 'datapackage.json';
/**
 * Every file a run may write, and those a file manager leaves in any folder it shows: a folder of
 * these alone is an earlier output, which a run replaces.
 */
const OUTPUT_FILES = new Set([DATASET_FILE, ...CSV_TABLES.map((t) => t.file), DATA_PACKAGE_FILE, JSON_SCHEMA_FILE, REPORT_FILE, XLSX_FILE, '.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * Writes the dataset document by document (so memory stays bounded on large batches) into a
 * temporary folder, and moves it into place only when every file is complete.
 */
export class DatasetWriter {
  private documents = 0;
  private readonly failures: Failure[] = [];

  private constructor(
    private readonly folder: OutputFolder,
    private readonly json: TextFile,
    private readonly csvs: TextFile[],
    private readonly report: ReportWriter,
    private readonly workbook: XlsxWorkbook | null,
    private readonly options: WriterOptions,
  ) {}

  /**
   * Why `outDir` must not be the output folder, or null: replacing it would delete what it holds.
   * It may not be empty, nor hold an input or be one, nor be a folder with files other than an
   * earlier output's ("--out ." in a folder of plans, "--out ~"). Asked once before a run, of a
   * few paths: synchronous calls cost a run less than a round of the event loop each.
   */
  static refusalOf(outDir: string, inputs: string[]): string | null {
    if (outDir.trim() === '') return '--out needs a folder';
    const absolute = realPathOf(resolve(outDir));
    for (const input of inputs) {
      const rel = relative(absolute, realPathOf(resolve(input)));
      if (rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))) {
        return `--out ${outDir} holds the input ${input}, which the output would replace: choose another folder`;
      }
    }
    if (lstatOf(resolve(outDir))?.isSymbolicLink()) {
      return `--out ${outDir} is a symbolic link, which the output would replace: give the folder it points to`;
    }
    const info = lstatOf(absolute);
    if (info === undefined) return null;
    if (!info.isDirectory()) return `--out ${outDir} is a file, not a folder`;
    let names: string[];
    try {
      names = readdirSync(absolute);
    } catch {
      return `--out ${outDir} is a folder whose files cannot be listed, which the output would delete: choose a new or empty folder`;
    }
    const others = names.filter((name) => !OUTPUT_FILES.has(name));
    if (others.length > 0) {
      const listed = `${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''}`;
      return `--out ${outDir} holds files that are not rendiconta's (${listed}), which the output would delete: choose a new or empty folder`;
    }
    if (names.includes(DATASET_FILE) && !writtenByRendiconta(join(absolute, DATASET_FILE))) {
      return `--out ${outDir} holds a ${DATASET_FILE} that rendiconta did not write: choose a new or empty folder`;
    }
    return null;
  }

  /** Prepares a temporary folder beside `outDir` and opens every output file in it. */
  static async open(outDir: string, options: WriterOptions): Promise<DatasetWriter> {
    const folder = await OutputFolder.prepare(outDir);
    try {
      const json = TextFile.create(folder.file(DATASET_FILE));
      const dialect = csvDialect(options.csvLocale);
      const csvs = CSV_TABLES.map((table) => TextFile.create(folder.file(table.file)));
      await Promise.all(CSV_TABLES.map((table, i) => csvs[i]!.write(csvStart(table.columns, dialect))));
      const report = await ReportWriter.open(folder.file(REPORT_FILE), options.generatorVersion);
      const writer = new DatasetWriter(folder, json, csvs, report, options.xlsx ? new XlsxWorkbook() : null, options);
      await json.write(
        `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "generator": ${JSON.stringify({ name: 'rendiconta', version: options.generatorVersion })},\n  "documents": [`,
      );
      return writer;
    } catch (error) {
      await folder.discard();
      throw error;
    }
  }

  /** The names of the files the folder will hold, in the order the CLI lists them. */
  get files(): string[] {
    return [DATASET_FILE, ...CSV_TABLES.map((t) => t.file), DATA_PACKAGE_FILE, JSON_SCHEMA_FILE, REPORT_FILE, ...(this.workbook ? [XLSX_FILE] : [])];
  }

  /** Appends a rendered document (`renderDocument`, with this writer's CSV locale) to every file. */
  async append(output: DocumentOutput): Promise<void> {
    const parts = outputParts(output);
    await this.json.write(this.documents === 0 ? '\n    ' : ',\n    ');
    await this.json.write(parts.json);
    this.documents++;
    await Promise.all([...parts.csv.map((rows, i) => this.csvs[i]!.write(rows)), this.report.addDocument(output)]);
    this.workbook?.addDocument(recordOfOutput(output));
  }

  /** Records an input that could not be read. */
  addFailure(failure: Failure): void {
    this.failures.push(failure);
  }

  /** Finishes every file and moves the folder into place. */
  async commit(): Promise<void> {
    const failures = JSON.stringify(this.failures, null, 2).replace(/\n/g, '\n  ');
    await this.json.write(`${this.documents === 0 ? '' : '\n  '}],\n  "failures": ${failures}\n}\n`);
    await this.json.close();
    const end = csvEnd(csvDialect(this.options.csvLocale));
    await Promise.all(this.csvs.map(async (csv) => {
      await csv.write(end);
      await csv.close();
    }));
    await this.report.finish(this.failures);
    await writeFile(this.folder.file(DATA_PACKAGE_FILE), `${JSON.stringify(dataPackage(this.options.csvLocale), null, 2)}\n`);
    await writeFile(this.folder.file(JSON_SCHEMA_FILE), await builtDatasetSchemaText());
    await this.workbook?.write(this.folder.file(XLSX_FILE));
    await this.folder.commit();
  }

  /** Drops everything written: the previous output stays as it was. */
  async abort(): Promise<void> {
    this.json.destroy();
    for (const csv of this.csvs) csv.destroy();
    this.report.destroy();
    await this.folder.discard();
  }
}

/** What the path is, or undefined where nothing is (or a file stands where a folder should be). */
function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** A dataset.json whose start names rendiconta as its generator. */
function writtenByRendiconta(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const start = Buffer.alloc(200);
    const read = readSync(fd, start, 0, start.length, 0);
    return /"generator":\s*\{\s*"name":\s*"rendiconta"/.test(start.toString('utf8', 0, read));
  } finally {
    closeSync(fd);
  }
}
