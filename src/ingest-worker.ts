import { parentPort } from 'node:worker_threads';
import { readAndRender, readOne, type RenderOptions, type SharedOptions } from './read-one.js';
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
 * A worker thread of `ingest --jobs N`: reads the inputs it is sent, one at a time, and sends back
 * the document, or the text it adds to each output file, so that the main thread only appends it.
 */
parentPort?.on('message', async (task: WorkerTask) => {
  const { rates, ...rest } = task.options;
  const options = { ...rest, ...(rates ? { rates: officialRates(rates) } : {}) };
  try {
    const outcome = task.render ? await readAndRender(task.entry, options, task.render) : await readOne(task.entry, options);
    // The rendered text travels as its buffer, handed over without a copy.
    parentPort?.postMessage({ index: task.index, outcome }, 'output' in outcome ? [outcome.output.text.bytes.buffer] : []);
  } catch (error) {
    // Not an input's failure but the run's (a record that breaks the schema): the main thread throws it.
    parentPort?.postMessage({ index: task.index, error });
  }
});
