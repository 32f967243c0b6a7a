import * as z from 'zod/mini';
import { DocumentSchema, type DiscrepancyRecord, type DocumentRecord } from '../schema.js';
import type { CsvLocale } from './cells.js';
import { CSV_TABLES } from './csv-tables.js';
import { csvDialect, csvRows } from './csv-text.js';
import { encodedPieces, encodeTexts, type EncodedTexts } from './encoded-texts.js';
import { documentSection, summaryLine, type DocumentSummaryLine } from './report-html.js';

/**
 * What one document adds to each output file, as UTF-8 text: rendered where the document was read
 * (a worker thread of --jobs N, or the main thread), then appended in input order by the writer.
 */
export interface DocumentOutput {
  id: string;
  /** The texts of `OutputParts`, in its order: the JSON, the rows of each CSV table, the report section's pieces. */
  text: EncodedTexts;
  /** The closing table's line of the document, but for the anchor. */
  reportSummary: Omit<DocumentSummaryLine, 'anchor'>;
  /** What the command line says of the document: its counts, and its findings worse than info. */
  summary: DocumentRecord['summary'];
  notable: DiscrepancyRecord[];
}

/** A rendered document's text for each file. */
export interface OutputParts {
  /** The document in dataset.json, indented for its place in the documents array. */
  json: Uint8Array;
  /** The rows of each of CSV_TABLES, each row preceded by the row delimiter. */
  csv: Uint8Array[];
  /** The document's section of report.html, in pieces to be joined with its anchor (known only in order). */
  reportSection: Uint8Array[];
}

/**
 * Where the anchor goes in a section rendered before its place is known: every text of the
 * document is escaped in the report, so no "<" of it can be taken for this mark.
 */
const ANCHOR_SLOT = '<anchor/>';

let compiledSchema: typeof DocumentSchema | null = null;

/**
 * The contract's schema compiled to a fast path (zod's `compile`: the same results and errors),
 * once, when the first document is written.
 */
function documentSchema(): typeof DocumentSchema {
  return (compiledSchema ??= z.compile(DocumentSchema));
}

/** Validates a document against the contract's schema and renders what it adds to every file. */
export function renderDocument(record: DocumentRecord, locale: CsvLocale): DocumentOutput {
  const valid = documentSchema().parse(record);
  const dialect = csvDialect(locale);
  const { anchor: _, ...reportSummary } = summaryLine(valid, ANCHOR_SLOT);
  return {
    id: valid.id,
    text: encodeTexts([indentedJson(valid), ...CSV_TABLES.map((table) => csvRows(table.rowsOf(valid, locale), dialect)), ...sectionPieces(valid)]),
    reportSummary,
    summary: valid.summary,
    notable: valid.discrepancies.filter((d) => d.severity !== 'info'),
  };
}

/** The text of each file in a rendered document. */
export function outputParts(output: DocumentOutput): OutputParts {
  const [json, ...rest] = encodedPieces(output.text);
  return { json: json!, csv: rest.slice(0, CSV_TABLES.length), reportSection: rest.slice(CSV_TABLES.length) };
}

/**
 * The document's JSON with every line but the first indented by four more spaces: its text inside
 * a doubly nested array, which JSON.stringify indents so, without a second pass over the text.
 */
function indentedJson(document: DocumentRecord): string {
  const nested = JSON.stringify([[document]], null, 2);
  return nested.slice('[\n  [\n    '.length, -'\n  ]\n]'.length);
}

/** The report section split where the anchor goes: once for the document, once per project. */
function sectionPieces(document: DocumentRecord): string[] {
  const pieces = documentSection(document, ANCHOR_SLOT).split(ANCHOR_SLOT);
  if (pieces.length !== document.projects.length + 2) throw new Error('report section: the anchor mark is found where no anchor goes');
  return pieces;
}

const utf8 = new TextDecoder();

/** The validated record back from its rendering (for the workbook, or to render it again). */
export function recordOfOutput(output: DocumentOutput): DocumentRecord {
  return JSON.parse(utf8.decode(outputParts(output).json)) as DocumentRecord;
}

/** The report section of a rendered document, with its anchor in place. */
export function anchoredSection(output: DocumentOutput, anchor: string): Uint8Array {
  const mark = Buffer.from(anchor);
  return Buffer.concat(outputParts(output).reportSection.flatMap((piece, i) => (i === 0 ? [piece] : [mark, piece])));
}
