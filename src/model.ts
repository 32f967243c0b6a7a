import type { Decimal } from 'decimal.js';

/** One line of a source document, as extracted, with where it stands. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the text (for a PDF, the line's index in the rebuilt text). */
  line: number;
  /** 1-based page, or null when the source has no pages (text input). */
  page: number | null;
  /** For a line read by OCR, its words left to right with the engine's confidence in each. */
  ocr?: OcrWordReading[];
}

/** A word of a line read by OCR, and how sure the engine was of it (0 to 1). */
export interface OcrWordReading {
  text: string;
  confidence: number;
  /** What the engine read, when the word was taken for something else (a grade code "Cc3" for C3). */
  read?: string;
}

export type SourceFormat = 'text' | 'pdf';

/** Bytes turned into lines: where the text and PDF paths meet. */
export interface SourceDocument {
  id: string;
  path: string;
  sha256: string;
  format: SourceFormat;
  encoding: string;
  pages: number | null;
  lines: SourceLine[];
  /** A PDF's pages whose text is another program's OCR, laid invisible under a scanned image; absent where none. */
  textOverScan?: number[];
}

/** Where a value or a finding comes from. */
export interface SourceRef {
  lines: number[];
  page: number | null;
}

/** A number read from the document: its exact value, the text it was printed as, and its canonical form. */
export interface Amount {
  value: Decimal;
  /** The characters as printed, e.g. "2.870" or "20%". */
  raw: string;
  /** Dot-decimal, no thousands separator, printed digits kept: "2.870" → "2870", "17,10" → "17.10". */
  text: string;
}

export type RepairKind =
  | 'row-joined'
  | 'cells-split'
  | 'cell-missing'
  | 'cells-unresolved'
  | 'ocr-corrected'
  | 'percentage-as-fraction'
  | 'cost-hours-swapped'
  | 'footnote-mark'
  | 'merged-cell'
  | 'percentage-in-header'
  | 'thousands-spaced'
  | 'number-rejoined'
  | 'english-format'
  | 'share-column'
  | 'charge-columns'
  | 'other-columns'
  | 'lead-columns'
  | 'hours-basis-columns'
  | 'hours-minutes'
  | 'columns-reordered'
  | 'no-header';

/** A change made to what was printed so that a row could be read; always recorded on the row. */
export interface Repair {
  kind: RepairKind;
  detail: string;
}

/** The staff cells of a table, in their canonical order. */
export const STAFF_COLUMNS = ['hourlyCost', 'hours', 'product', 'percentage', 'result'] as const;
export type StaffColumn = (typeof STAFF_COLUMNS)[number];

/** How messages name each staff cell. */
export const STAFF_COLUMN_NAMES: Record<StaffColumn, string> = {
  hourlyCost: 'hourly cost',
  hours: 'hours',
  product: 'product',
  percentage: 'percentage',
  result: 'result',
};

/** One row of a project's staff table, values as printed after normalisation. */
export interface StaffRow {
  row: number;
  grade: string | null;
  hourlyCost: Amount | null;
  hours: Amount | null;
  product: Amount | null;
  percentage: Amount | null;
  result: Amount | null;
  raw: string;
  source: SourceRef;
  repairs: Repair[];
  /** For a row read by OCR: how sure the engine was of it. */
  ocr?: StaffRowOcr;
}

/** How sure OCR was of a row: of its least sure word, and of each value (0 to 1). */
export interface StaffRowOcr {
  minConfidence: number;
  values: Partial<Record<StaffColumn, number>>;
}

export interface Condition {
  ordinal: number;
  heading: string;
  text: string;
  source: SourceRef;
}

export interface Project {
  number: number;
  title: string;
  source: { line: number; page: number | null };
  conditions: Condition[];
  declaredAmount: Amount | null;
  declaredSource: SourceRef | null;
  printedTotal: Amount | null;
  totalSource: SourceRef | null;
  /** False when the project has no staff table at all. */
  hasTable: boolean;
  /** Which columns the table's header names (all of them when the header was not understood). */
  columns: StaffColumn[];
  staff: StaffRow[];
}

/** A line inside a table region that could not be read, with the reason. */
export interface Unparsed {
  line: number;
  page: number | null;
  text: string;
  reason: string;
  project: number | null;
  /** The staff row the line belongs to, when it was kept as a row whose values could not all be read. */
  row: number | null;
  /** What the finding says of the line, where it is no table's line left unread (a project's heading not printed as one). */
  said?: string;
}

/** What normalisation makes of a source document. */
export interface PlanDocument {
  source: SourceDocument;
  title: string | null;
  year: number | null;
  projects: Project[];
  unparsed: Unparsed[];
}
