import { z } from 'zod';
import { RULE_IDS, SEVERITIES } from './diagnostics.js';

/** The dataset contract (../shared/spec/contract.md) as zod schemas: the single source of what is written. */

export const SCHEMA_VERSION = 1;

/** A decimal as a JSON string: dot decimal point, no thousands separator, no exponent. */
export const DecimalString = z.string().regex(/^-?\d+(?:\.\d+)?$/, 'a decimal string such as "1234.50"');
const NullableDecimal = DecimalString.nullable();

export const SourceRefSchema = z.object({
  lines: z.array(z.number().int().positive()),
  page: z.number().int().positive().nullable(),
});

export const RepairSchema = z.object({
  kind: z.enum(['cells-split', 'row-joined', 'cell-missing', 'cells-unresolved', 'grade-joined', 'ocr-corrected']),
  detail: z.string(),
});

export const StaffRowSchema = z.object({
  row: z.number().int().positive(),
  grade: z.string().nullable(),
  hourlyCost: NullableDecimal,
  hours: NullableDecimal,
  product: NullableDecimal,
  percentage: NullableDecimal,
  result: NullableDecimal,
  expected: z.object({ hourlyCost: NullableDecimal, product: NullableDecimal, result: NullableDecimal }),
  raw: z.string(),
  source: SourceRefSchema,
  repairs: z.array(RepairSchema),
  ocr: z.object({ minConfidence: z.number().min(0).max(1) }).optional(),
});

export const ConditionSchema = z.object({
  ordinal: z.number().int().min(1).max(7),
  heading: z.string(),
  text: z.string(),
});

export const ProjectSchema = z.object({
  number: z.number().int().nonnegative(),
  title: z.string(),
  source: z.object({ line: z.number().int().positive(), page: z.number().int().positive().nullable() }),
  conditions: z.array(ConditionSchema),
  declaredAmount: NullableDecimal,
  printedTotal: NullableDecimal,
  computedTotal: DecimalString,
  staff: z.array(StaffRowSchema),
});

export const DiscrepancySchema = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
  project: z.number().int().nullable(),
  row: z.number().int().positive().nullable(),
  field: z.string().nullable(),
  printed: NullableDecimal,
  expected: NullableDecimal,
  difference: NullableDecimal,
  message: z.string(),
  source: SourceRefSchema,
});

export const UnparsedSchema = z.object({
  line: z.number().int().positive(),
  page: z.number().int().positive().nullable(),
  text: z.string(),
  reason: z.string(),
});

export const SummarySchema = z.object({
  projects: z.number().int().nonnegative(),
  staffRows: z.number().int().nonnegative(),
  declaredTotal: DecimalString,
  printedTotal: DecimalString,
  computedTotal: DecimalString,
  findings: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  byRule: z.record(z.string(), z.number().int()),
});

export const DocumentSchema = z.object({
  id: z.string(),
  source: z.object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(['text', 'pdf']),
    pages: z.number().int().positive().nullable(),
    encoding: z.string(),
  }),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  projects: z.array(ProjectSchema),
  discrepancies: z.array(DiscrepancySchema),
  unparsed: z.array(UnparsedSchema),
  summary: SummarySchema,
});

export const FailureSchema = z.object({ path: z.string(), error: z.string() });

export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.literal('rendiconta'), version: z.string() }),
  documents: z.array(DocumentSchema),
  failures: z.array(FailureSchema),
});

export type DocumentRecord = z.infer<typeof DocumentSchema>;
export type ProjectRecord = z.infer<typeof ProjectSchema>;
export type StaffRowRecord = z.infer<typeof StaffRowSchema>;
export type DiscrepancyRecord = z.infer<typeof DiscrepancySchema>;
export type Failure = z.infer<typeof FailureSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
