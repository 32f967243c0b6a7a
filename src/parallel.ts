import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { WorkerTask } from './ingest-worker.js';
import type { InputEntry, ListedInput } from './inputs.js';
import {
  readAndRender,
  readOne,
  type Failed,
  type IngestOptions,
  type Outcome,
  type RenderedOutcome,
  type RenderOptions,
  type SharedOptions,
} from './read-one.js';

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
 * The old generation's limit of each worker by default, in MB. Below 2 GB, V8 lets the old generation grow
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
 * results they are ahead by stay within a small window. A worker that runs out of memory (a plan
 * of tens of MB outgrows its heap) hands its inputs back to this thread, whose heap has no such
 * limit, to be read as `--jobs 1` reads them; it is replaced only when it had read an input before,
 * so that a heap too small to start a worker in does not start one after another.
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
  // Loaded here, not imported: a run of one job never needs it.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const resourceLimits = {
    maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
    maxOldGenerationSizeMb: options.workerHeapMb ?? WORKER_OLD_GENERATION_MB,
  };
  const done = new Map<number, Outcome | RenderedOutcome>();
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  let next = 0;
  let sent = 0;
  /** The inputs sent to each worker that it has not answered yet, in the order sent. */
  const queued = new Map<Worker, number[]>();
  const workers: Worker[] = [];
  const leastBusy = () => workers.reduce((best, w) => (queued.get(w)!.length < queued.get(best)!.length ? w : best));
  const feed = () => {
    while (sent < entries.length && sent < next + jobs * WINDOW_PER_JOB) {
      const index = sent;
      const entry = entries[index]!;
      if ('error' in entry) {
        done.set(sent++, { path: entry.path, failure: { path: entry.path, error: entry.error } } satisfies Failed);
        continue;
      }
      if (workers.length === 0) {
        readHere(sent++);
        continue;
      }
      const worker = leastBusy();
      if (queued.get(worker)!.length >= QUEUED_PER_WORKER) return;
      sent++;
      queued.get(worker)!.push(index);
      worker.postMessage({ index, entry, options: shared, render } satisfies WorkerTask);
    }
  };
  let readingHere = Promise.resolve();
  const readHere = (index: number) => {
    const entry = entries[index] as ListedInput;
    readingHere = readingHere
      .then(async () => done.set(index, render ? await readAndRender(entry, options, render) : await readOne(entry, options)))
      .catch((error: unknown) => (failure ??= error))
      .then(() => wake?.());
  };
  const startWorker = () => {
    const worker = new Worker(url, { resourceLimits });
    let answered = 0;
    workers.push(worker);
    queued.set(worker, []);
    worker.on('message', (message: { index: number; outcome: Outcome | RenderedOutcome } | { index: number; error: unknown }) => {
      if ('error' in message) failure ??= message.error;
      else done.set(message.index, message.outcome);
      queued.get(worker)!.shift();
      answered++;
      feed();
      wake?.();
    });
    worker.on('error', (error) => {
      if (isOutOfMemory(error)) {
        workers.splice(workers.indexOf(worker), 1);
        for (const index of queued.get(worker)!) readHere(index);
        queued.delete(worker);
        if (answered > 0) startWorker();
        feed();
      } else {
        failure = error;
        wake?.();
      }
    });
  };
  for (let i = 0; i < jobs; i++) startWorker();
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

function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
