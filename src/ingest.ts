import { closeSharedOcr } from './extract/ocr/engine.js';
import { listInputs, type InputEntry } from './inputs.js';
import { readInParallel } from './parallel.js';
import { readOne, type IngestOptions, type Outcome } from './read-one.js';
import { SCHEMA_VERSION, type Dataset } from './schema.js';
import { packageVersion } from './version.js';

export { listInputs, type InputEntry } from './inputs.js';
export { DEFAULT_MAX_BYTES, type IngestOptions, type Outcome } from './read-one.js';

/**
 * Reads every input in order, one document at a time (or `jobs` at a time in worker threads),
 * yielding each outcome in input order as it is ready. An input that cannot be read becomes a
 * failure; the others still come out.
 */
export async function* ingestEach(paths: string[], options: IngestOptions = {}): AsyncGenerator<Outcome> {
  yield* ingestListed(await listInputs(paths), options);
}

/** As `ingestEach`, for inputs already listed (`listInputs`), so that the caller knows how many there are. */
export async function* ingestListed(entries: InputEntry[], options: IngestOptions = {}): AsyncGenerator<Outcome> {
  const outcomes = (options.jobs ?? 1) > 1 ? readInParallel(entries, options) : readInTurn(entries, options);
  const seen = new Map<string, number>();
  try {
    for await (const outcome of outcomes) {
      if ('document' in outcome) {
        // The same content read twice keeps one id per copy, numbered in input order.
        const copies = (seen.get(outcome.document.id) ?? 0) + 1;
        seen.set(outcome.document.id, copies);
        if (copies > 1) outcome.document.id = `${outcome.document.id}-${copies}`;
      }
      yield outcome;
    }
  } finally {
    await closeSharedOcr();
  }
}

async function* readInTurn(entries: InputEntry[], options: IngestOptions): AsyncGenerator<Outcome> {
  for (const entry of entries) {
    yield 'error' in entry ? { path: entry.path, failure: { path: entry.path, error: entry.error } } : await readOne(entry, options);
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
