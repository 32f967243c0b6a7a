import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { atLeast, renderFinding, RULE_IDS, SEVERITIES, type RuleId, type Severity } from './diagnostics.js';
import { importPackage } from './import-package.js';
import { DEFAULT_MAX_BYTES, listInputs, renderListed, type IngestOptions } from './ingest.js';
import { ProgressBar } from './progress.js';
import { parseRateTable } from './reconcile/rates.js';
import type { CsvLocale } from './write/cells.js';
import { DatasetWriter } from './write/dataset-writer.js';
import { OutputFolderError } from './write/output-folder.js';
import { packageVersion } from './version.js';

const EXIT = { ok: 0, failures: 1, usage: 2, findings: 3 } as const;

const MAIN_HELP = `rendiconta ${packageVersion()}: turns Italian plans of "progetti di miglioramento dei servizi" into audited data.

Usage:
  rendiconta ingest <file-or-folder>... [--out DIR] [options]
  rendiconta --help | --version

Commands:
  ingest    read plans (.txt, .pdf; folders recursively) and write the dataset

Run "rendiconta ingest --help" for the options.
Example:
  rendiconta ingest plans/2015.txt --out output
`;

const INGEST_HELP = `Usage: rendiconta ingest <file-or-folder>... [options]

Reads every plan, recomputes every amount and writes into the output folder:
dataset.json, projects.csv, staff.csv, discrepancies.csv, datapackage.json (Frictionless
descriptor of the CSVs), dataset.schema.json (JSON Schema of dataset.json) and report.html
(the audit report, one self-contained file); with --xlsx also rendiconta.xlsx. Atomically:
all or nothing.

Options:
  --out DIR                 output folder (default: output)
  --csv-locale plain|it     plain: comma, dot decimals, LF (default);
                            it: what Italian Excel opens on a double click (";", comma decimals, BOM, CRLF)
  --xlsx                    also write rendiconta.xlsx: projects, staff and discrepancies sheets,
                            live formulas beside the printed values, mismatching cells highlighted
  --fail-on error|warning   exit 3 when a finding of that severity or worse is found
  --severity RULE=LEVEL     change a rule's severity (error, warning, info); repeatable
  --rates FILE              check hourly costs against an official table (CSV: grade,hourly cost)
  --max-size MB             refuse inputs larger than this (default: ${DEFAULT_MAX_BYTES / 1_048_576})
  --jobs N                  read N inputs at a time in worker threads (default: 1)
  --ocr auto|always|never   read PDF pages by OCR: those without a usable text layer (auto, the
                            default), every page, or none (a scanned PDF is then a failure)
  --quiet                   print nothing but errors
  --debug                   detailed logs, and stack traces of internal errors
  -h, --help                show this help

Exit status: 0 read; 1 an input could not be read (the others are still written);
2 wrong arguments; 3 --fail-on matched. 1 wins over 3.

Examples:
  rendiconta ingest fixtures/seed-2015/input.txt --out output
  rendiconta ingest archive/ --out out --csv-locale it --fail-on error
  rendiconta ingest plans/2015.txt --out out --xlsx
  rendiconta ingest archive/ --out out --jobs 2 --quiet
  rendiconta ingest plan.txt --severity rate-outlier=info --rates tabella-2015.csv
`;

class UsageError extends Error {}

interface IngestCommand {
  inputs: string[];
  out: string;
  csvLocale: CsvLocale;
  xlsx: boolean;
  failOn: Severity | null;
  options: IngestOptions;
  quiet: boolean;
  debug: boolean;
}

async function parseIngest(args: string[]): Promise<IngestCommand | 'help'> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      'csv-locale': { type: 'string', default: 'plain' },
      xlsx: { type: 'boolean', default: false },
      'fail-on': { type: 'string' },
      severity: { type: 'string', multiple: true, default: [] },
      rates: { type: 'string' },
      'max-size': { type: 'string' },
      jobs: { type: 'string', default: '1' },
      ocr: { type: 'string', default: 'auto' },
      quiet: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file or folder');
  if (positionals.some((path) => path.trim() === '')) throw new UsageError('an input path is empty');
  const csvLocale = values['csv-locale'];
  if (csvLocale !== 'plain' && csvLocale !== 'it') throw new UsageError(`--csv-locale takes plain or it, not "${csvLocale}"`);
  const failOn = values['fail-on'] ?? null;
  if (failOn !== null && failOn !== 'error' && failOn !== 'warning') throw new UsageError(`--fail-on takes error or warning, not "${failOn}"`);
  const options: IngestOptions = { severity: parseSeverities(values.severity) };
  if (values['max-size'] !== undefined) {
    const megabytes = Number(values['max-size']);
    if (!Number.isFinite(megabytes) || megabytes <= 0) throw new UsageError(`--max-size takes a number of MB, not "${values['max-size']}"`);
    options.maxBytes = Math.floor(megabytes * 1_048_576);
  }
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number from 1, not "${values.jobs}"`);
  options.jobs = jobs;
  const ocr = values.ocr;
  if (ocr !== 'auto' && ocr !== 'always' && ocr !== 'never') throw new UsageError(`--ocr takes auto, always or never, not "${ocr}"`);
  options.ocr = ocr;
  if (values.rates !== undefined) options.rates = await readRates(values.rates);
  return { inputs: positionals, out: values.out, csvLocale, xlsx: values.xlsx, failOn, options, quiet: values.quiet, debug: values.debug };
}

function parseSeverities(pairs: string[]): Partial<Record<RuleId, Severity>> {
  const severities: Partial<Record<RuleId, Severity>> = {};
  for (const pair of pairs) {
    const [rule, level] = pair.split('=');
    if (!RULE_IDS.includes(rule as RuleId)) throw new UsageError(`--severity: unknown rule "${rule}" (rules: ${RULE_IDS.join(', ')})`);
    if (!SEVERITIES.includes(level as Severity)) throw new UsageError(`--severity: "${pair}" needs a level: error, warning or info`);
    severities[rule as RuleId] = level as Severity;
  }
  return severities;
}

async function readRates(path: string) {
  try {
    return parseRateTable(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new UsageError(`--rates ${path}: ${reason}`);
  }
}

async function runIngest(command: IngestCommand, log: Logger | null): Promise<number> {
  const refusal = DatasetWriter.refusalOf(command.out, command.inputs);
  if (refusal !== null) throw new OutputFolderError(refusal);
  const writer = await DatasetWriter.open(command.out, { csvLocale: command.csvLocale, xlsx: command.xlsx, generatorVersion: packageVersion() });
  const abort = () => {
    void writer.abort().finally(() => process.exit(130));
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  let failures = 0;
  let failing = false;
  try {
    const entries = await listInputs(command.inputs);
    const bar = ProgressBar.forRun(process.stderr, entries.length, command.quiet);
    terminal.bar = bar;
    log?.debug({ inputs: entries.length, jobs: command.options.jobs ?? 1, out: command.out }, 'run started');
    const say = (line: string) => {
      bar?.clear();
      if (!command.quiet) process.stdout.write(`${line}\n`);
    };
    for await (const outcome of renderListed(entries, command.options, { csvLocale: command.csvLocale })) {
      bar?.tick(outcome.path);
      if ('failure' in outcome) {
        failures++;
        writer.addFailure(outcome.failure);
        bar?.clear();
        process.stderr.write(`rendiconta: ${outcome.path}: ${outcome.failure.error}\n`);
        if (outcome.cause instanceof Error) log?.debug({ err: outcome.cause }, 'input failed');
        continue;
      }
      const output = outcome.output;
      await writer.append(output);
      log?.debug({ path: outcome.path, id: output.id, ...output.summary.findings }, 'document written');
      const { findings, projects, staffRows, byRule } = output.summary;
      say(`${outcome.path}: ${counted(projects, 'project')}, ${counted(staffRows, 'staff row')}; ${counted(findings.error, 'error')}, ${counted(findings.warning, 'warning')}, ${counted(findings.info, 'info')}`);
      const counts = RULE_IDS.filter((rule) => byRule[rule]).map((rule) => `${rule} ${byRule[rule]}`);
      if (counts.length > 0) say(`  ${counts.join(', ')}`);
      // The findings worse than info: what is printed, and all that --fail-on (error or warning) can match.
      for (const finding of output.notable) say(`  ${renderFinding(outcome.path, finding)}`);
      if (command.failOn && output.notable.some((d) => atLeast(d.severity, command.failOn!))) failing = true;
    }
    bar?.clear();
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    process.removeListener('SIGINT', abort);
    process.removeListener('SIGTERM', abort);
  }
  if (!command.quiet) process.stdout.write(`wrote ${command.out}/ (${writer.files.join(', ')})\n`);
  if (failures > 0) return EXIT.failures;
  return failing ? EXIT.findings : EXIT.ok;
}

/** Runs the command line; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const log = await createLogger(debug);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(MAIN_HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (command !== 'ingest') throw new UsageError(`unknown command "${command}"`);
    const parsed = await parseIngest(rest);
    if (parsed === 'help') {
      process.stdout.write(INGEST_HELP);
      return EXIT.ok;
    }
    return await runIngest(parsed, log);
  } catch (error) {
    if (error instanceof OutputFolderError) {
      process.stderr.write(`rendiconta: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(`rendiconta: ${(error as Error).message}\nRun "rendiconta --help" for usage.\n`);
      return EXIT.usage;
    }
    process.stderr.write(`rendiconta: ${error instanceof Error ? error.message : String(error)}\n`);
    log?.error({ err: error }, 'run failed');
    return EXIT.failures;
  }
}

/** pino logs to stderr; it is loaded only when asked for (--debug), to keep start-up short. */
/** The progress bar of the run, if any: log lines clear it before they are written. */
const terminal: { bar: ProgressBar | null } = { bar: null };

/**
 * pino logs on stderr, loaded only when asked for (--debug) to keep start-up short: readable
 * lines on a terminal (pino-pretty), JSON lines otherwise; either way they do not break the bar.
 */
async function createLogger(debug: boolean): Promise<Logger | null> {
  if (!debug) return null;
  const { pino } = await importPackage<typeof import('pino')>('pino');
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      terminal.bar?.clear();
      process.stderr.write(chunk, done);
    },
  });
  if (!process.stderr.isTTY) return pino({ level: 'debug', base: undefined }, stderr);
  const { default: pretty } = await importPackage<{ default: typeof import('pino-pretty') }>('pino-pretty');
  return pino({ level: 'debug', base: undefined }, pretty({ destination: stderr, sync: true, colorize: true }));
}

function isParseArgsError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && String((error as { code: string }).code).startsWith('ERR_PARSE_ARGS');
}

// A reader that stops early (`| head`) closes stdout: the run goes on and writes its outputs.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`rendiconta: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.failures;
  },
);

/** "1 project", "2 projects", "0 errors". */
function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
