import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerTask } from './ingest-worker.js';
import type { InputEntry } from './inputs.js';
import type { Failed, IngestOptions, Outcome, RenderedOutcome, RenderOptions, SharedOptions } from './read-one.js';

/** How far ahead of the next outcome to yield the workers may read (bounds the memory held). */
const WINDOW_PER_JOB = 4;

/**
 * Inputs a worker is sent before it is done with the first: the next one waits in its queue, so a
 * worker does not sit idle while its result goes to this thread and the next input comes back.
 */
const QUEUED_PER_WORKER = 2;

/**
 * V8's young generation of each worker, in MB: large enough that a document's short-lived data
 * dies young instead of filling the old generation (with 8 MB, collecting it cost a worker about
 * 15% of its time). The main thread's default, 48 MB, raised the peak of a long batch by 20 MB.
 */
const WORKER_YOUNG_GENERATION_MB = 32;

/**
 * The old generation's limit of each worker, in MB. Below 2 GB, V8 lets the old generation grow
 * to about 1.6 times what survived the last full collection (1,024 MB) instead of 4 times: with
 * two workers, the peak memory of a long batch stays under 300 MB (it was 306 MB on 500 MB of
 * plans; now about 270 MB), for 10 to 15% more CPU time. A plan of a few MB needs a small part of it.
 */
const WORKER_OLD_GENERATION_MB = 1024;

/** The worker script, built beside this module (dist/ingest-worker.js). */
function workerScript(): URL {
  if (import.meta.url.endsWith('.ts')) throw new Error('worker threads run the built package: npm run build, then use dist/');
  return new URL('./ingest-worker.js', import.meta.url);
}

/**
 * Reads inputs in `options.jobs` worker threads and yields the outcomes in input order: the
 * documents or, with `render`, the text each adds to the output files. Workers are fed while the
 * results they are ahead by stay within a small window.
 */
export function readInParallel(entries: InputEntry[], options: IngestOptions): AsyncGenerator<Outcome>;
export function readInParallel(entries: InputEntry[], options: IngestOptions, render: RenderOptions): AsyncGenerator<RenderedOutcome>;
export async function* readInParallel(entries: InputEntry[], options: IngestOptions, render: RenderOptions | null = null): AsyncGenerator<Outcome | RenderedOutcome> {
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, availableParallelism() * 2, entries.length));
  const shared: SharedOptions = {
    ...(options.severity ? { severity: options.severity } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.ocr ? { ocr: options.ocr } : {}),
    ocrWorkers: Math.max(1, Math.floor(availableParallelism() / jobs)),
    ...(options.rates ? { rates: options.rates.entries() } : {}),
  };
  const url = workerScript();
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB };
  const workers = Array.from({ length: jobs }, () => new Worker(url, { resourceLimits }));
  const done = new Map<number, Outcome | RenderedOutcome>();
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  let next = 0;
  let sent = 0;
  const queued = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const leastBusy = () => workers.reduce((best, w) => (queued.get(w)! < queued.get(best)! ? w : best));
  const feed = () => {
    while (sent < entries.length && sent < next + jobs * WINDOW_PER_JOB) {
      const index = sent;
      const entry = entries[index]!;
      if ('error' in entry) {
        done.set(sent++, { path: entry.path, failure: { path: entry.path, error: entry.error } } satisfies Failed);
        continue;
      }
      const worker = leastBusy();
      if (queued.get(worker)! >= QUEUED_PER_WORKER) return;
      sent++;
      queued.set(worker, queued.get(worker)! + 1);
      worker.postMessage({ index, entry, options: shared, render } satisfies WorkerTask);
    }
  };
  for (const worker of workers) {
    worker.on('message', (message: { index: number; outcome: Outcome | RenderedOutcome } | { index: number; error: unknown }) => {
      if ('error' in message) failure ??= message.error;
      else done.set(message.index, message.outcome);
      queued.set(worker, queued.get(worker)! - 1);
      feed();
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  try {
    feed();
    while (next < entries.length) {
      const outcome = done.get(next);
      if (outcome) {
        done.delete(next++);
        feed();
        yield outcome;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
