import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { MessagePort, Worker } from 'node:worker_threads';
import { UnreadableInputError } from '../errors.js';
import { releaseOnce } from '../release-once.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.min.mjs');
type PdfWorker = InstanceType<Pdfjs['PDFWorker']>;

/**
 * The parser thread's script: pdfjs's worker module answering on the port it is handed, with the
 * built-ins its polyfills replace put back (see `keepingBuiltins` in pdf.ts). Only `import()`, which
 * works whether Node runs it as a script or, when the process was started with
 * `--input-type=module`, as a module.
 */
const THREAD_SCRIPT = `
(async () => {
  const { workerData } = await import('node:worker_threads');
  const { push } = Array.prototype;
  const { stringify, parse } = JSON;
  const { WorkerMessageHandler } = await import(workerData.module);
  Array.prototype.push = push;
  JSON.stringify = stringify;
  JSON.parse = parse;
  WorkerMessageHandler.initializeFromPort(workerData.port);
})();
`;

/**
 * The thread that parses PDFs for this thread's documents, lent to one document at a time or to
 * several: it is started on first use and kept, and keeps the process alive only while lent.
 */
export interface PdfParserLease {
  /** What `getDocument` takes as its `worker`. */
  readonly worker: PdfWorker;
  /** `work`, unless the parser thread stops first: then the document's one-line failure. */
  guard<T>(work: Promise<T>): Promise<T>;
  /** Ends the lease; the thread stays for the next document. */
  release(): void;
}

interface ParserThread {
  thread: Worker;
  port: MessagePort;
  worker: PdfWorker;
  /** Rejects when the thread stops. */
  stopped: Promise<never>;
  leases: number;
  /** The last run holding the parser ended while a document held a lease: stop when it ends. */
  stopWhenReleased: boolean;
}

/**
 * The parser thread's heap: pdfjs reads a 1,000-page plan in about 60 MB; a PDF built to exhaust
 * memory fails as "the PDF parser stopped" instead of taking the machine's memory.
 */
const PARSER_HEAP_MB = 1_024;

let shared: Promise<ParserThread> | undefined;
/** The thread `shared` gave, once it has: what a stop compares with to let the next PDF start another. */
let sharedThread: ParserThread | undefined;

/**
 * Lends this thread's PDF parser: pdfjs's own worker, run in a thread of its own, so that a page
 * is parsed while the one before it is laid out. (In Node, pdfjs otherwise parses on the calling
 * thread.) The thread loads pdfjs's worker module while `loadPdfjs` loads its API here.
 */
export async function leasePdfParser(loadPdfjs: () => Promise<Pdfjs>): Promise<PdfParserLease> {
  shared ??= startParser(loadPdfjs);
  const parser = await shared;
  if (parser.leases++ === 0) {
    parser.thread.ref();
    parser.port.ref();
  }
  let released = false;
  return {
    worker: parser.worker,
    guard: (work) => Promise.race([work, parser.stopped]),
    release() {
      if (released) return;
      released = true;
      if (--parser.leases > 0) return;
      if (parser.stopWhenReleased && runs === 0) void stop(parser);
      parser.thread.unref();
      parser.port.unref();
    },
  };
}

function startParser(loadPdfjs: () => Promise<Pdfjs>): Promise<ParserThread> {
  // Loaded here, not imported: a run that reads no PDF never needs it.
  const { MessageChannel, Worker } = process.getBuiltinModule('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  const module = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')).href;
  const thread = new Worker(THREAD_SCRIPT, {
    eval: true,
    workerData: { module, port: port2 },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: PARSER_HEAP_MB },
  });
  let worker: PdfWorker | undefined;
  const stopped = new Promise<never>((_, reject) => {
    let reason = '';
    thread.once('error', (error) => (reason = `: ${error.message.split('\n', 1)[0]}`));
    thread.once('exit', () => {
      if (shared === parser) forget();
      worker?.destroy();
      port1.close();
      reject(new UnreadableInputError(`the PDF parser stopped${reason}`));
    });
  });
  stopped.catch(() => undefined);
  const parser = Promise.race([loadPdfjs(), stopped]).then(
    (pdfjs): ParserThread => {
      const verbosity = pdfjs.VerbosityLevel.ERRORS;
      // pdfjs's types allow no port, but any object that posts messages and dispatches them will do.
      worker = new pdfjs.PDFWorker({ port: port1, verbosity } as unknown as ConstructorParameters<Pdfjs['PDFWorker']>[0]);
      const started: ParserThread = { thread, port: port1, worker, stopped, leases: 0, stopWhenReleased: false };
      if (shared === parser) sharedThread = started;
      return started;
    },
    async (error: unknown) => {
      await thread.terminate();
      throw error;
    },
  );
  return parser;
}

/** Runs under way that hold this thread's parser: the last to end stops it. */
let runs = 0;

/**
 * Keeps this thread's parser, once started, for a run's documents, until the function returned is
 * called. When the last run ends, the thread is stopped, releasing its memory; if a document read
 * on its own holds a lease then, the thread stops when that lease ends.
 */
export function holdPdfParser(): () => Promise<void> {
  runs++;
  return releaseOnce(async () => {
    if (--runs > 0) return;
    const parser = await shared?.catch(() => null);
    if (!parser || runs > 0) return;
    if (parser.leases === 0) await stop(parser);
    else parser.stopWhenReleased = true;
  });
}

/**
 * Stops this thread's PDF parser, if one was started, releasing its memory; a document still being
 * read fails with "the PDF parser stopped". The next PDF starts another.
 */
export async function stopPdfParser(): Promise<void> {
  const parser = shared;
  forget();
  const started = await parser?.catch(() => null);
  if (started) await started.thread.terminate();
}

async function stop(parser: ParserThread): Promise<void> {
  if (sharedThread === parser) forget();
  await parser.thread.terminate();
}

function forget(): void {
  shared = undefined;
  sharedThread = undefined;
}
