import { createHash } from 'node:crypto';
import { decodeText, splitLines, withoutDoubleSpacing } from './extract/decode.js';
import { outlineDocument } from './extract/structure.js';
import type { OcrMode } from './extract/pdf-source.js';
import type { SourceDocument, SourceFormat } from './model.js';
import { normalizePlan } from './normalize/plan.js';
import { audit, type AuditOptions } from './reconcile/audit.js';
import { toDocumentRecord } from './record.js';
import type { DocumentRecord } from './schema.js';

/** An input's bytes with the name it is reported under. */
export interface InputFile {
  path: string;
  format: SourceFormat;
  bytes: Uint8Array;
}

/** A stable id for a document: the start of its content hash. */
export function documentId(sha256: string): string {
  return sha256.slice(0, 16);
}

/** How sources are read. */
export interface ExtractOptions {
  /** Which PDF pages are read by OCR (default `auto`: those without a usable text layer). */
  ocr?: OcrMode;
  /** OCR worker threads (default: one a core); a run of several jobs shares the cores among them. */
  ocrWorkers?: number;
}

/**
 * Bytes → lines with provenance: the text path decodes, the PDF path rebuilds lines from the text
 * layer (or from OCR of the page's picture).
 */
export async function extractSource(input: InputFile, options: ExtractOptions = {}): Promise<SourceDocument> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const id = documentId(sha256);
  if (input.format === 'pdf') {
    const { pdfToSourceDocument } = await import('./extract/pdf-source.js');
    return pdfToSourceDocument(input.bytes, input.path, id, sha256, options);
  }
  const decoded = decodeText(input.bytes);
  const lines = withoutDoubleSpacing(splitLines(decoded.text));
  const paged = lines.some((l) => l.page !== null);
  // A loop, not Math.max(...): a text of hundreds of thousands of lines would overflow the stack as arguments.
  const pages = paged ? lines.reduce((last, l) => Math.max(last, l.page ?? 1), 1) : null;
  return { id, path: input.path, sha256, format: 'text', encoding: decoded.encoding, pages, lines };
}

/** Reads one document end to end: extract, normalise, reconcile, and its dataset record. */
export async function processInput(input: InputFile, options: AuditOptions & ExtractOptions = {}): Promise<DocumentRecord> {
  const source = await extractSource(input, options);
  return recordOf(source, options);
}

/** The pure core after extraction: structure, tables, reconciliation. */
export function recordOf(source: SourceDocument, options: AuditOptions = {}): DocumentRecord {
  const { plan } = normalizePlan(source, outlineDocument(source));
  return toDocumentRecord(audit(plan, options));
}
