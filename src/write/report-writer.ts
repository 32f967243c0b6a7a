import { withOwnStrings } from '../own-strings.js';
import type { Failure } from '../schema.js';
import { anchoredSection, type DocumentOutput } from './document-output.js';
import { reportEnd, reportStart, type DocumentSummaryLine } from './report-html.js';
import { TextFile } from './text-file.js';

/** The report's file name in the output folder. */
export const REPORT_FILE = 'report.html';

/**
 * Writes `report.html` document by document: each document's section goes to disk as it comes,
 * and only a one-line summary of it is kept for the closing table.
 */
export class ReportWriter {
  private readonly summaries: DocumentSummaryLine[] = [];

  private constructor(private readonly file: TextFile) {}

  /** Creates the report at `path` and writes its head. */
  static async open(path: string, generatorVersion: string): Promise<ReportWriter> {
    const writer = new ReportWriter(TextFile.create(path));
    await writer.file.write(reportStart(generatorVersion));
    return writer;
  }

  /** Appends a rendered document's section. */
  async addDocument(output: DocumentOutput): Promise<void> {
    const anchor = `document-${this.summaries.length + 1}`;
    await this.file.write(anchoredSection(output, anchor));
    // Kept to the end of the run: its strings must not keep the document's whole source text alive.
    this.summaries.push(withOwnStrings({ anchor, ...output.reportSummary }));
  }

  /** Writes the table of all documents and the failures, and closes the file. */
  async finish(failures: Failure[]): Promise<void> {
    await this.file.write(reportEnd(this.summaries, failures));
    await this.file.close();
  }

  /** Stops writing: the report is being thrown away. */
  destroy(): void {
    this.file.destroy();
  }
}
