// Measuring helpers of the benchmark: whole-process wall times, alternated; medians; peak RSS.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuFile = join(tmpdir(), `rendiconta-bench-cpu-${process.pid}`);

/**
 * Runs `[command, ...args]` to completion: its wall time in ms and, with `cpu` (where
 * /usr/bin/time is), its CPU time (user + system) in ms. Fails loudly on a bad exit.
 */
export function timeOnce(argv, { cwd, cpu = false } = {}) {
  const [command, ...args] = cpu && TIME ? [TIME, '-f', '%U %S', '-o', cpuFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${argv.join(' ')} exited ${run.status}: ${String(run.stderr).slice(0, 500)}`);
  const seconds = cpu && TIME ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number) : null;
  if (cpu && TIME) rmSync(cpuFile, { force: true });
  return { ms, cpu: seconds ? (seconds[0] + seconds[1]) * 1000 : null };
}

/**
 * Times every command `runs` times, alternating their order (forward, then backward), after one
 * warm-up run each unless `warm` is false. `commands` maps a name to a function of the run number
 * returning the argv; `after(name, i)` cleans up after a run, outside the timed span. Gives each
 * command's median wall time, and median CPU time with `cpu`.
 */
export function alternate(commands, { runs, warm = true, cwd, cpu = false, after = () => {} }) {
  const names = Object.keys(commands);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  if (warm) for (const n of names) (timeOnce(commands[n](-1), { cwd }), after(n, -1));
  for (let i = 0; i < runs; i++) {
    for (const n of i % 2 === 0 ? names : [...names].reverse()) {
      times[n].push(timeOnce(commands[n](i), { cwd, cpu }));
      after(n, i);
    }
  }
  const summary = (ts) => ({ median: median(ts.map((t) => t.ms)), cpu: cpu && TIME ? median(ts.map((t) => t.cpu)) : null, runs: ts.map((t) => t.ms) });
  return Object.fromEntries(names.map((n) => [n, summary(times[n])]));
}

/** Peak RSS (MB) and wall time (ms) of one whole process: /usr/bin/time -v, else polling VmHWM. */
export async function peakRss([command, ...args], { cwd } = {}) {
  const start = process.hrtime.bigint();
  if (TIME) {
    const run = spawnSync(TIME, ['-v', command, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(String(run.stderr));
    if (run.status !== 0 || !kb) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${String(run.stderr).slice(-500)}`);
    return { mb: Number(kb[1]) / 1024, ms, via: '/usr/bin/time -v' };
  }
  const child = spawn(command, args, { cwd, stdio: 'ignore' });
  let kb = 0;
  const poll = setInterval(() => {
    try {
      kb = Math.max(kb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {} // gone
  }, 10);
  const status = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${status}`);
  return { mb: kb / 1024, ms: Number(process.hrtime.bigint() - start) / 1e6, via: 'VmHWM polled every 10 ms' };
}

export const removeDir = (dir) => rmSync(dir, { recursive: true, force: true });
