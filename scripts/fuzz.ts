/**
 * The long fuzz campaign of issue 6: runs the fuzz targets of tests/fuzz/targets.ts (number parser,
 * row assembler, whole text pipeline under mutation) for many cases, counts the failing cases,
 * groups the failures by kind, and shrinks one case of each kind to a minimal input, printed with
 * the fast-check seed and path that replay it.
 *
 *   npm run fuzz                                   10,000 pipeline cases, 5,000 tables, 20,000 numbers
 *   npm run fuzz -- --runs 50000                   as many pipeline cases (the other targets scale with it)
 *   npm run fuzz -- --only rows --seed 42          one target, a given seed
 *   npm run fuzz -- --only pipeline --seed 42 --path 17:0:3   replays one case and prints what is wrong with it
 *   npm run fuzz -- --jobs 1                       in this process only (default: one worker per core, at most 4)
 *
 * A case that takes more than --slow-seconds (default 5) fails as `slow`; slow cases are listed by
 * path, not shrunk (every step of shrinking would take as long).
 *
 * Exit status: 0 when no case failed, 1 otherwise.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { violationKind, type Violation } from '../tests/fuzz/invariants.js';
import { TARGETS, type FuzzTarget } from '../tests/fuzz/targets.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    path: { type: 'string' },
    jobs: { type: 'string' },
    job: { type: 'string' },
    'shrink-seconds': { type: 'string', default: '15' },
    'slow-seconds': { type: 'string', default: '5' },
  },
});

/** Cases per target for `--runs N`: N pipeline cases, half as many tables, twice as many numbers. */
const SHARE: Record<string, number> = { numbers: 2, rows: 0.5, pipeline: 1 };

interface KindReport {
  kind: string;
  count: number;
  /** Index of the first case of this kind: its fast-check path. */
  first: number;
  example: string;
  /** The first few cases of this kind. */
  paths: number[];
}

/** What one worker found for one target. */
interface WorkerReport {
  target: string;
  cases: number;
  failing: number;
  kinds: KindReport[];
  slowest: { index: number; ms: number };
}

const targets = (TARGETS as readonly FuzzTarget<unknown>[]).filter((t) => !args.only || t.name === args.only);
if (targets.length === 0) fail(`no target named ${args.only}: ${TARGETS.map((t) => t.name).join(', ')}`);
const runs = positive(args.runs, 'runs');
const slowMs = positive(args['slow-seconds'], 'slow-seconds') * 1000;
const seed = args.seed === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(args.seed);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, not ${args.seed}`);

if (args.path !== undefined && args.only === undefined) fail('--path replays a case of one target: name it with --only');
if (args.path !== undefined) await replay(targets[0]!, args.path);
else if (args.job !== undefined) await worker(Number(args.job), positive(args.jobs ?? '1', 'jobs'));
else await campaign();

/** Runs the cases of this worker (every jobs-th case, from its own index) and sends what it found. */
async function worker(job: number, jobs: number): Promise<void> {
  const reports: WorkerReport[] = [];
  for (const target of targets) reports.push(await runTarget(target, job, jobs));
  process.send?.(reports);
}

async function runTarget(target: FuzzTarget<unknown>, job: number, jobs: number): Promise<WorkerReport> {
  const numRuns = casesOf(target);
  const kinds = new Map<string, KindReport>();
  let index = -1;
  let cases = 0;
  let failing = 0;
  const slowest = { index: -1, ms: 0 };
  const property = fc.asyncProperty(target.arbitrary, async (value) => {
    index++;
    if (index % jobs !== job) return true;
    cases++;
    const started = performance.now();
    let violations: Violation[];
    try {
      violations = await target.check(value);
    } catch (error) {
      violations = [{ kind: 'exception', message: `the check itself threw: ${String(error)}` }];
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) Object.assign(slowest, { index, ms });
    if (ms > slowMs) violations.push({ kind: 'slow', message: `took ${(ms / 1000).toFixed(1)} s`, group: `took more than ${slowMs / 1000} s` });
    if (violations.length > 0) failing++;
    for (const v of violations) {
      const kind = violationKind(v);
      const known = kinds.get(kind);
      if (known) known.count++;
      else kinds.set(kind, { kind, count: 1, first: index, example: v.message, paths: [] });
      const report = kinds.get(kind)!;
      if (report.paths.length < 5) report.paths.push(index);
    }
    return true;
  });
  await fc.check(property, { seed, numRuns });
  return { target: target.name, cases, failing, kinds: [...kinds.values()], slowest };
}

function casesOf(target: FuzzTarget<unknown>): number {
  return Math.max(1, Math.round(runs * (SHARE[target.name] ?? 1)));
}

/** Starts the workers, merges what they found, and shrinks one case of each kind of failure. */
async function campaign(): Promise<void> {
  const jobs = args.jobs === undefined ? Math.min(4, availableParallelism()) : positive(args.jobs, 'jobs');
  const started = performance.now();
  process.stdout.write(`fuzz seed ${seed}, ${jobs} worker(s), targets ${targets.map((t) => `${t.name} (${casesOf(t)} cases)`).join(', ')}\n`);
  const forwarded = ['--runs', String(runs), '--seed', String(seed), '--jobs', String(jobs), ...(args.only ? ['--only', args.only] : [])];
  const results = await Promise.all(
    Array.from({ length: jobs }, (_, job) => {
      return new Promise<WorkerReport[]>((resolve, reject) => {
        const child = fork(process.argv[1]!, [...forwarded, '--job', String(job)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        let reports: WorkerReport[] | null = null;
        child.on('message', (message) => (reports = message as WorkerReport[]));
        child.on('exit', (code) => (reports ? resolve(reports) : reject(new Error(`worker ${job} stopped (exit ${code}) without a report`))));
      });
    }),
  );
  let totalCases = 0;
  let totalFailing = 0;
  let totalKinds = 0;
  const shrinkable: Array<{ target: FuzzTarget<unknown>; kind: KindReport }> = [];
  for (const target of targets) {
    const reports = results.flat().filter((r) => r.target === target.name);
    const cases = sum(reports.map((r) => r.cases));
    const failing = sum(reports.map((r) => r.failing));
    totalCases += cases;
    totalFailing += failing;
    const kinds = new Map<string, KindReport>();
    for (const report of reports) {
      for (const k of report.kinds) {
        const known = kinds.get(k.kind);
        if (!known) kinds.set(k.kind, { ...k });
        else {
          known.count += k.count;
          known.paths = [...known.paths, ...k.paths].sort((a, b) => a - b).slice(0, 5);
          if (k.first < known.first) Object.assign(known, { first: k.first, example: k.example });
        }
      }
    }
    const slowest = reports.map((r) => r.slowest).reduce((a, b) => (b.ms > a.ms ? b : a), { index: -1, ms: 0 });
    process.stdout.write(`\n${target.name}: ${cases} cases, ${failing} failing, slowest case ${slowest.ms.toFixed(0)} ms (path ${slowest.index})\n`);
    totalKinds += kinds.size;
    for (const k of [...kinds.values()].sort((a, b) => b.count - a.count)) {
      process.stdout.write(`  ${String(k.count).padStart(6)} × ${k.kind}\n           e.g. case ${k.first}: ${k.example.slice(0, 300)}\n`);
      if (k.kind.startsWith('slow:')) process.stdout.write(`           cases (replay with --path): ${k.paths.join(', ')}\n`);
      else shrinkable.push({ target, kind: k });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${totalCases} cases in ${seconds.toFixed(0)} s, ${totalFailing} failing, ${totalKinds} kind(s) of failure\n`);
  for (const { target, kind } of shrinkable) await shrink(target, kind);
  if (shrinkable.length > 0) process.stdout.write(`\n${totalCases} cases, ${totalFailing} failing\n`);
  process.exitCode = totalFailing > 0 ? 1 : 0;
}

/** Shrinks the first case of one kind of failure, keeping that kind, and prints it with its replay path. */
async function shrink(target: FuzzTarget<unknown>, kind: KindReport): Promise<void> {
  const hasKind = async (value: unknown) => (await target.check(value)).some((v) => violationKind(v) === kind.kind);
  const property = fc.asyncProperty(target.arbitrary, async (value) => !(await hasKind(value)));
  const details = await fc.check(property, {
    seed,
    path: String(kind.first),
    numRuns: 1,
    interruptAfterTimeLimit: positive(args['shrink-seconds'], 'shrink-seconds') * 1000,
  });
  process.stdout.write(`\n── ${target.name}: ${kind.kind} (${kind.count} cases)\n`);
  if (!details.failed || !details.counterexample) {
    process.stdout.write(`   case ${kind.first} did not fail again (${details.interrupted ? 'interrupted' : 'passed'})\n`);
    return;
  }
  const [value] = details.counterexample as [unknown];
  const violations = (await target.check(value)).filter((v) => violationKind(v) === kind.kind);
  process.stdout.write(`   replay: npm run fuzz -- --only ${target.name} --seed ${seed} --path ${details.counterexamplePath}\n`);
  process.stdout.write(`   shrunk ${details.numShrinks} time(s) to:\n${indent(target.show(value))}\n   which gives:\n${indent(violations.map((v) => v.message).slice(0, 5).join('\n'))}\n`);
}

/** Replays one case by its seed and path, and prints it with everything wrong with it. */
async function replay(target: FuzzTarget<unknown>, path: string): Promise<void> {
  let shown = false;
  const property = fc.asyncProperty(target.arbitrary, async (value) => {
    if (shown) return true;
    shown = true;
    const violations = await target.check(value);
    process.stdout.write(`${target.name} case (seed ${seed}, path ${path}):\n${indent(target.show(value))}\n`);
    process.stdout.write(violations.length === 0 ? 'passes\n' : `${indent(violations.map((v) => `${v.kind}: ${v.message}${v.where ? ` at ${v.where}` : ''}`).join('\n'))}\n`);
    process.exitCode = violations.length === 0 ? 0 : 1;
    return true;
  });
  await fc.check(property, { seed, path, numRuns: 1, endOnFailure: true });
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `     ${l}`)
    .join('\n');
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function positive(text: string | undefined, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a whole number from 1, not ${text}`);
  return n;
}

function fail(message: string): never {
  process.stderr.write(`fuzz: ${message}\n`);
  process.exit(2);
}
