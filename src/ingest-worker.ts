import { parentPort } from 'node:worker_threads';
import { readOne, type SharedOptions } from './read-one.js';
import { officialRates } from './reconcile/rates.js';
import type { ListedInput } from './inputs.js';

/** A worker thread of `ingest --jobs N`: reads the inputs it is sent, one at a time. */
parentPort?.on('message', async (task: { index: number; entry: ListedInput; options: SharedOptions }) => {
  const { rates, ...rest } = task.options;
  const outcome = await readOne(task.entry, { ...rest, ...(rates ? { rates: officialRates(rates) } : {}) });
  parentPort?.postMessage({ index: task.index, outcome });
});
