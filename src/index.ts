/** The library API of rendiconta: `ingest` returns the dataset without writing files. */
export { ingest, ingestEach, DEFAULT_MAX_BYTES, type IngestOptions, type Outcome } from './ingest.js';
export { recordOf, extractSource, type InputFile } from './pipeline.js';
export { parseRateTable, type RateTable } from './reconcile/rates.js';
export { RULE_IDS, SEVERITIES, type RuleId, type Severity, type Finding } from './diagnostics.js';
export { DatasetSchema, DocumentSchema, SCHEMA_VERSION } from './schema.js';
export type { Dataset, DocumentRecord, ProjectRecord, StaffRowRecord, DiscrepancyRecord, Failure } from './schema.js';
export { UnreadableInputError } from './errors.js';
