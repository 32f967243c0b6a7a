import { UnreadableInputError } from './errors.js';
import { listInputs, readInput } from './inputs.js';
import { processInput } from './pipeline.js';
import type { AuditOptions } from './reconcile/audit.js';
import { SCHEMA_VERSION, type Dataset, type DocumentRecord, type Failure } from './schema.js';
import { packageVersion } from './version.js';

/** Options of a run over many inputs. */
export interface IngestOptions extends AuditOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 100 * 1_048_576;

/** What one input became: a document, or a failure with its one-line reason. */
export type Outcome = { path: string; document: DocumentRecord } | { path: string; failure: Failure; cause?: unknown };

/**
 * Reads every input in order, one document at a time, yielding each outcome as it is ready.
 * An input that cannot be read becomes a failure; the others still come out.
 */
export async function* ingestEach(paths: string[], options: IngestOptions = {}): AsyncGenerator<Outcome> {
  const seen = new Map<string, number>();
  for (const entry of await listInputs(paths)) {
    if ('error' in entry) {
      yield { path: entry.path, failure: { path: entry.path, error: entry.error } };
      continue;
    }
    try {
      const bytes = await readInput(entry.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
      const document = await processInput({ path: entry.path, format: entry.format, bytes }, options);
      const copies = (seen.get(document.id) ?? 0) + 1;
      seen.set(document.id, copies);
      if (copies > 1) document.id = `${document.id}-${copies}`;
      yield { path: entry.path, document };
    } catch (error) {
      const reason = error instanceof UnreadableInputError ? error.message : `internal error while reading it: ${errorMessage(error)}`;
      yield { path: entry.path, failure: { path: entry.path, error: reason }, cause: error };
    }
  }
}

/**
 * Reads plans (files or folders of .txt and .pdf) into the typed dataset of the contract,
 * without writing any file. Unreadable inputs are listed in `failures`.
 */
export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<Dataset> {
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'rendiconta', version: packageVersion() },
    documents: [],
    failures: [],
  };
  for await (const outcome of ingestEach(inputs, options)) {
    if ('document' in outcome) dataset.documents.push(outcome.document);
    else dataset.failures.push(outcome.failure);
  }
  return dataset;
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
