#!/usr/bin/env node
// Scores rendiconta on generated plans with known truth: writes N plans (scripts/generate-plans.ts),
// ingests them with the built CLI, scores each against its gold with ../shared/tools/score.mjs and
// prints the plans that are not perfect, with what differs.
//
//   npm run build && node scripts/score-generated.mjs [--count 300] [--seed 1]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { count: { type: 'string', default: '300' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.count);
const dir = mkdtempSync(join(tmpdir(), 'rendiconta-generated-'));
const plans = join(dir, 'plans');
execFileSync('npx', ['tsx', 'scripts/generate-plans.ts', '--out', plans, '--count', String(count), '--seed', values.seed], { stdio: 'ignore' });
spawnSync(process.execPath, ['dist/cli.js', 'ingest', plans, '--out', join(dir, 'out'), '--quiet'], { stdio: 'inherit' });
let imperfect = 0;
for (let i = 1; i <= count; i++) {
  const name = `plan-${String(i).padStart(4, '0')}`;
  const score = spawnSync(process.execPath, ['../shared/tools/score.mjs', join(dir, 'out/dataset.json'), join(plans, `${name}.gold.json`), '--doc', name], { encoding: 'utf8' });
  if (score.status === 0) continue;
  imperfect++;
  process.stdout.write(`${name} (seed ${Number(values.seed) + i - 1}):\n${score.stdout}`);
}
process.stdout.write(`${count - imperfect} of ${count} generated plans read perfectly (seeds ${values.seed}–${Number(values.seed) + count - 1}); files in ${dir}\n`);
process.exitCode = imperfect === 0 ? 0 : 1;
