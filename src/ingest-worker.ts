import { parentPort } from 'node:worker_threads';
import { holdSharedOcr } from './extract/ocr/engine.js';
import { readAndRender, readBytes, readOne, type IngestOptions, type RenderOptions, type SharedOptions } from './read-one.js';
import { officialRates } from './reconcile/rates.js';
import type { ListedInput } from './inputs.js';

/** What a worker is sent: an input to read and, when the outputs are written, how to render them. */
export interface WorkerTask {
  index: number;
  entry: ListedInput;
  options: SharedOptions;
  render: RenderOptions | null;
}

/**
 * A worker thread of `ingest --jobs N`: reads the inputs it is sent, one at a time in the order
 * they come, and sends back the document, or the text it adds to each output file, so that the
 * main thread only appends it.
 */
let previous = Promise.resolve();
// The worker's documents share one OCR engine, should they need it, until the worker is stopped.
holdSharedOcr();
parentPort?.on('message', (task: WorkerTask) => {
  try {
    const options = optionsOf(task);
    // A task waiting its turn has its file read meanwhile.
    const bytes = readBytes(task.entry, options);
    previous = previous.then(() => perform(task, options, bytes));
  } catch (error) {
    parentPort?.postMessage({ index: task.index, error });
  }
});

function optionsOf(task: WorkerTask): IngestOptions {
  const { rates, ...rest } = task.options;
  return { ...rest, ...(rates ? { rates: officialRates(rates) } : {}) };
}

async function perform(task: WorkerTask, options: IngestOptions, bytes: Promise<Uint8Array>): Promise<void> {
  try {
    const outcome = task.render ? await readAndRender(task.entry, options, task.render, bytes) : await readOne(task.entry, options, bytes);
    // The rendered text travels as its buffer, handed over without a copy.
    parentPort?.postMessage({ index: task.index, outcome }, 'output' in outcome ? [outcome.output.text.bytes.buffer] : []);
  } catch (error) {
    // Not an input's failure but the run's (a record that breaks the schema): the main thread throws it.
    parentPort?.postMessage({ index: task.index, error });
  }
}
