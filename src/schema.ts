import * as z from 'zod/mini';
import { RULE_IDS, SEVERITIES } from './diagnostics.js';

/**
 * The dataset contract (../shared/spec/contract.md) as zod schemas: the single source of what is
 * written. zod/mini: the same schemas, a tenth of the code to load at every start.
 */

export const SCHEMA_VERSION = 1;

/** A decimal as a JSON string: dot decimal point, no thousands separator, no exponent. */
export const DecimalString = z.string().check(z.regex(/^-?\d+(?:\.\d+)?$/, 'a decimal string such as "1234.50"'));
const NullableDecimal = z.nullable(DecimalString);
const PositiveInt = z.int().check(z.positive());
const Count = z.int().check(z.nonnegative());

export const SourceRefSchema = z.object({
  lines: z.array(PositiveInt),
  page: z.nullable(PositiveInt),
});

export const RepairSchema = z.object({
  kind: z.enum(['cells-split', 'row-joined', 'cell-missing', 'cells-unresolved', 'ocr-corrected', 'percentage-as-fraction', 'cost-hours-swapped', 'footnote-mark', 'merged-cell', 'percentage-in-header', 'thousands-spaced', 'number-rejoined', 'english-format', 'share-column', 'charge-columns', 'other-columns', 'lead-columns', 'hours-basis-columns', 'hours-minutes', 'columns-reordered', 'no-header']),
  detail: z.string(),
});

export const StaffRowSchema = z.object({
  row: PositiveInt,
  grade: z.nullable(z.string()),
  hourlyCost: NullableDecimal,
  hours: NullableDecimal,
  product: NullableDecimal,
  percentage: NullableDecimal,
  result: NullableDecimal,
  expected: z.object({ hourlyCost: NullableDecimal, product: NullableDecimal, result: NullableDecimal }),
  raw: z.string(),
  source: SourceRefSchema,
  repairs: z.array(RepairSchema),
  ocr: z.optional(z.object({ minConfidence: z.number().check(z.gte(0), z.lte(1)) })),
});

export const ConditionSchema = z.object({
  ordinal: z.int().check(z.gte(1), z.lte(7)),
  heading: z.string(),
  text: z.string(),
});

export const ProjectSchema = z.object({
  number: Count,
  title: z.string(),
  source: z.object({ line: PositiveInt, page: z.nullable(PositiveInt) }),
  conditions: z.array(ConditionSchema),
  declaredAmount: NullableDecimal,
  printedTotal: NullableDecimal,
  computedTotal: DecimalString,
  staff: z.array(StaffRowSchema),
});

export const DiscrepancySchema = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
  project: z.nullable(z.int()),
  row: z.nullable(PositiveInt),
  field: z.nullable(z.string()),
  printed: NullableDecimal,
  expected: NullableDecimal,
  difference: NullableDecimal,
  message: z.string(),
  source: SourceRefSchema,
});

export const UnparsedSchema = z.object({
  line: PositiveInt,
  page: z.nullable(PositiveInt),
  text: z.string(),
  reason: z.string(),
});

export const SummarySchema = z.object({
  projects: Count,
  staffRows: Count,
  declaredTotal: DecimalString,
  printedTotal: DecimalString,
  computedTotal: DecimalString,
  findings: z.object({ error: z.int(), warning: z.int(), info: z.int() }),
  byRule: z.record(z.string(), z.int()),
});

export const DocumentSchema = z.object({
  id: z.string(),
  source: z.object({
    path: z.string(),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    format: z.enum(['text', 'pdf']),
    pages: z.nullable(PositiveInt),
    encoding: z.string(),
  }),
  title: z.nullable(z.string()),
  year: z.nullable(z.int()),
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
