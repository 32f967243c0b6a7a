import { DocumentSchema, type DiscrepancyRecord, type DocumentRecord } from '../schema.js';
import type { CsvLocale } from './cells.js';
import { CSV_TABLES } from './csv-tables.js';
import { csvDialect, csvRows } from './csv-text.js';
import { documentSection, summaryLine, type DocumentSummaryLine } from './report-html.js';

/**
 * What one document adds to each output file, as text: rendered where the document was read (a
 * worker thread of --jobs N, or the main thread), then appended in input order by the writer.
 */
export interface DocumentOutput {
  id: string;
  /** The document in dataset.json, indented for its place in the documents array. */
  json: string;
  /** The rows of each of CSV_TABLES, each row preceded by the row delimiter. */
  csv: string[];
  /** The document's section of report.html, in pieces to be joined with its anchor (known only in order). */
  reportSection: string[];
  /** The closing table's line of the document, but for the anchor. */
  reportSummary: Omit<DocumentSummaryLine, 'anchor'>;
  /** What the command line says of the document: its counts, and its findings worse than info. */
  summary: DocumentRecord['summary'];
  notable: DiscrepancyRecord[];
}

/**
 * Where the anchor goes in a section rendered before its place is known: every text of the
 * document is escaped in the report, so no "<" of it can be taken for this mark.
 */
const ANCHOR_SLOT = '<anchor/>';

/** Validates a document against the contract's schema and renders what it adds to every file. */
export function renderDocument(record: DocumentRecord, locale: CsvLocale): DocumentOutput {
  const valid = DocumentSchema.parse(record);
  const dialect = csvDialect(locale);
  const { anchor: _, ...reportSummary } = summaryLine(valid, ANCHOR_SLOT);
  return {
    id: valid.id,
    json: JSON.stringify(valid, null, 2).replace(/\n/g, '\n    '),
    csv: CSV_TABLES.map((table) => csvRows(table.rowsOf(valid, locale), dialect)),
    reportSection: sectionPieces(valid),
    reportSummary,
    summary: valid.summary,
    notable: valid.discrepancies.filter((d) => d.severity !== 'info'),
  };
}

/** The report section split where the anchor goes: once for the document, once per project. */
function sectionPieces(document: DocumentRecord): string[] {
  const pieces = documentSection(document, ANCHOR_SLOT).split(ANCHOR_SLOT);
  if (pieces.length !== document.projects.length + 2) throw new Error('report section: the anchor mark is found where no anchor goes');
  return pieces;
}

/** The validated record back from its rendering (for the workbook, or to render it again). */
export function recordOfOutput(output: DocumentOutput): DocumentRecord {
  return JSON.parse(output.json) as DocumentRecord;
}

/** The report section of a rendered document, with its anchor in place. */
export function anchoredSection(output: DocumentOutput, anchor: string): string {
  return output.reportSection.join(anchor);
}
