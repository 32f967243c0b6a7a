import { holdSharedOcr } from './extract/ocr/engine.js';
import { holdPdfParser } from './extract/pdf-thread.js';
import { listInputs, type InputEntry, type ListedInput } from './inputs.js';
import { withOwnStrings } from './own-strings.js';
import { readInParallel } from './parallel.js';
import { readAndRender, readOne, type Failed, type IngestOptions, type Outcome, type RenderedOutcome, type RenderOptions } from './read-one.js';
import { SCHEMA_VERSION, type Dataset } from './schema.js';
import { packageVersion } from './version.js';
import { recordOfOutput, renderDocument } from './write/document-output.js';

export { listInputs, type InputEntry } from './inputs.js';
export { DEFAULT_MAX_BYTES, type IngestOptions, type Outcome, type RenderedOutcome, type RenderOptions } from './read-one.js';

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
  // Documents from worker threads were copied on the way; those read here are copied with their own strings.
  const outcomes =
    (options.jobs ?? 1) > 1 ? readInParallel(entries, options) : readInTurn(entries, async (entry) => ownedOutcome(await readOne(entry, options)));
  const ids = new DocumentIds();
  for await (const outcome of sharingReaders(outcomes)) {
    if ('document' in outcome) outcome.document.id = ids.claim(outcome.document.id);
    yield outcome;
  }
}

/**
 * As `ingestListed`, yielding each document rendered as the text it adds to the output files
 * (`renderDocument`): with `jobs` > 1 the worker threads render, and this thread only appends.
 */
export async function* renderListed(entries: InputEntry[], options: IngestOptions, render: RenderOptions): AsyncGenerator<RenderedOutcome> {
  const outcomes =
    (options.jobs ?? 1) > 1 ? readInParallel(entries, options, render) : readInTurn(entries, (entry) => readAndRender(entry, options, render));
  const ids = new DocumentIds();
  for await (const outcome of sharingReaders(outcomes)) {
    if ('output' in outcome) {
      const id = ids.claim(outcome.output.id);
      // A copy was rendered under the id of its content: rendered again under its own.
      if (id !== outcome.output.id) outcome.output = renderDocument({ ...recordOfOutput(outcome.output), id }, render.csvLocale);
    }
    yield outcome;
  }
}

/**
 * A run's outcomes, as they come. The run holds this thread's OCR engine and PDF parser, which its
 * documents share; when the last run or document holding them ends, they are closed, whose threads
 * would otherwise outlive it.
 */
async function* sharingReaders<O>(outcomes: AsyncIterable<O>): AsyncGenerator<O> {
  const releaseOcr = holdSharedOcr();
  const releaseParser = holdPdfParser();
  try {
    yield* outcomes;
  } finally {
    await Promise.all([releaseOcr(), releaseParser()]);
  }
}

function ownedOutcome(outcome: Outcome): Outcome {
  return 'document' in outcome ? { ...outcome, document: withOwnStrings(outcome.document) } : outcome;
}

/** The same content read twice keeps one id per copy, numbered in input order: abc, abc-2, abc-3. */
class DocumentIds {
  private readonly copies = new Map<string, number>();

  /** The id of the next document whose content has the id `id`. */
  claim(id: string): string {
    const copies = (this.copies.get(id) ?? 0) + 1;
    this.copies.set(id, copies);
    return copies > 1 ? `${id}-${copies}` : id;
  }
}

async function* readInTurn<O>(entries: InputEntry[], read: (entry: ListedInput) => Promise<O>): AsyncGenerator<O | Failed> {
  for (const entry of entries) {
    yield 'error' in entry ? { path: entry.path, failure: { path: entry.path, error: entry.error } } : await read(entry);
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
