// A batch run through the library, for when the CLI has no --jobs flag: ingest(paths, { jobs }),
// a whole process like the CLI, without writing the output files.
//   node library-batch.mjs LIBRARY.js JOBS DIR...
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [library, jobs, ...paths] = process.argv.slice(2);
const { ingest } = await import(pathToFileURL(resolve(library)).href);
const dataset = await ingest(paths, { jobs: Number(jobs) });
if (dataset.documents.length === 0 || dataset.failures.length > 0) process.exit(1);
