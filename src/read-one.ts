import { UnreadableInputError } from './errors.js';
import { readInput, type ListedInput } from './inputs.js';
import { processInput } from './pipeline.js';
import type { ExtractOptions } from './pipeline.js';
import type { AuditOptions } from './reconcile/audit.js';
import type { DocumentRecord, Failure } from './schema.js';

/** Largest input accepted by default, in bytes. */
export const DEFAULT_MAX_BYTES = 100 * 1_048_576;

/** Options of a run over many inputs. */
export interface IngestOptions extends AuditOptions, ExtractOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Worker threads reading inputs in parallel (1: all in this thread). */
  jobs?: number;
}

/** The options a worker thread receives: an official rate table travels as its entries. */
export type SharedOptions = Omit<IngestOptions, 'rates' | 'jobs'> & { rates?: Array<[string, string]> };

/** What one input became: a document, or a failure with its one-line reason. */
export type Outcome = { path: string; document: DocumentRecord } | { path: string; failure: Failure; cause?: unknown };

/** Reads one listed input into its outcome; never throws. */
export async function readOne(entry: ListedInput, options: IngestOptions): Promise<Outcome> {
  try {
    const bytes = await readInput(entry.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    return { path: entry.path, document: await processInput({ path: entry.path, format: entry.format, bytes }, options) };
  } catch (error) {
    const reason = error instanceof UnreadableInputError ? error.message : `internal error while reading it: ${errorMessage(error)}`;
    return { path: entry.path, failure: { path: entry.path, error: reason }, cause: error };
  }
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
