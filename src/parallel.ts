import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputEntry, ListedInput } from './inputs.js';
import type { IngestOptions, Outcome, SharedOptions } from './read-one.js';

/** How far ahead of the next outcome to yield the workers may read (bounds the memory held). */
const WINDOW_PER_JOB = 4;

/** The worker script, built beside this module (dist/ingest-worker.js). */
function workerScript(): URL {
  if (import.meta.url.endsWith('.ts')) throw new Error('worker threads run the built package: npm run build, then use dist/');
  return new URL('./ingest-worker.js', import.meta.url);
}

/**
 * Reads inputs in `options.jobs` worker threads and yields the outcomes in input order. Workers
 * are fed while the results they are ahead by stay within a small window.
 */
export async function* readInParallel(entries: InputEntry[], options: IngestOptions): AsyncGenerator<Outcome> {
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, availableParallelism() * 2, entries.length));
  const shared: SharedOptions = {
    ...(options.severity ? { severity: options.severity } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.ocr ? { ocr: options.ocr } : {}),
    ...(options.rates ? { rates: options.rates.entries() } : {}),
  };
  const url = workerScript();
  const workers = Array.from({ length: jobs }, () => new Worker(url));
  const done = new Map<number, Outcome>();
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  let next = 0;
  let sent = 0;
  const idle: Worker[] = [];
  const feed = () => {
    while (idle.length > 0 && sent < entries.length && sent < next + jobs * WINDOW_PER_JOB) {
      const index = sent++;
      const entry = entries[index]!;
      if ('error' in entry) {
        done.set(index, { path: entry.path, failure: { path: entry.path, error: entry.error } });
        continue;
      }
      idle.pop()!.postMessage({ index, entry: entry satisfies ListedInput, options: shared });
    }
  };
  for (const worker of workers) {
    worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
      done.set(index, outcome);
      idle.push(worker);
      feed();
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    idle.push(worker);
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
