import { UnreadableInputError } from './errors.js';
import { readInput, type ListedInput } from './inputs.js';
import { processInput } from './pipeline.js';
import type { ExtractOptions } from './pipeline.js';
import type { AuditOptions } from './reconcile/audit.js';
import type { DocumentRecord, Failure } from './schema.js';
import type { CsvLocale } from './write/cells.js';
import { renderDocument, type DocumentOutput } from './write/document-output.js';

/** Largest input accepted by default, in bytes. */
export const DEFAULT_MAX_BYTES = 100 * 1_048_576;

/** Options of a run over many inputs. */
export interface IngestOptions extends AuditOptions, ExtractOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Worker threads reading inputs in parallel (1: all in this thread). */
  jobs?: number;
  /**
   * The heap (old generation) of each worker thread, in MB; default 1,024. A worker that runs out
   * of it hands its inputs back, and they are read in the calling thread, as with one job.
   */
  workerHeapMb?: number;
}

/** The options a worker thread receives: an official rate table travels as its entries. */
export type SharedOptions = Omit<IngestOptions, 'rates' | 'jobs' | 'workerHeapMb'> & { rates?: Array<[string, string]> };

/** What one input became: a document, or a failure with its one-line reason. */
export type Outcome = { path: string; document: DocumentRecord } | Failed;

/** What one input became when its outputs are rendered where it is read: the files' text, or a failure. */
export type RenderedOutcome = { path: string; output: DocumentOutput } | Failed;

/** An input that could not be read, with its one-line reason. */
export type Failed = { path: string; failure: Failure; cause?: unknown };

/** How outputs are rendered (see `renderDocument`). */
export interface RenderOptions {
  csvLocale: CsvLocale;
}

/** Reads one listed input into its outcome; never throws. */
export async function readOne(entry: ListedInput, options: IngestOptions, bytes: Promise<Uint8Array> = readBytes(entry, options)): Promise<Outcome> {
  try {
    return { path: entry.path, document: await processInput({ path: entry.path, format: entry.format, bytes: await bytes }, options) };
  } catch (error) {
    const reason = error instanceof UnreadableInputError ? error.message : `internal error while reading it: ${errorMessage(error)}`;
    return { path: entry.path, failure: { path: entry.path, error: reason }, cause: error };
  }
}

/**
 * Starts reading an input's bytes, for `readOne` to take later (the disk works while the thread
 * reads the input before it). A failure is left for `readOne` to report.
 */
export function readBytes(entry: ListedInput, options: IngestOptions): Promise<Uint8Array> {
  const bytes = readInput(entry.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  // Not an unhandled rejection while it waits: readOne awaits it and reports the failure.
  bytes.catch(() => undefined);
  return bytes;
}

/**
 * Reads one listed input and renders its outputs. A document that breaks the contract's schema
 * throws (it stops the run, as it would when written), an unreadable input is a failure.
 */
export async function readAndRender(
  entry: ListedInput,
  options: IngestOptions,
  render: RenderOptions,
  bytes: Promise<Uint8Array> = readBytes(entry, options),
): Promise<RenderedOutcome> {
  const outcome = await readOne(entry, options, bytes);
  return 'failure' in outcome ? outcome : { path: outcome.path, output: renderDocument(outcome.document, render.csvLocale) };
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
