#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): total sampled time, and the functions with the
// largest inclusive time (the function and all it calls; recursion counted once) and self time.
// Each sample weighs the time to the next one, at most 4× the median interval: on a busy machine a
// process waits for a CPU between samples, and that wait is not the sampled function's.
//   node scripts/bench/cpu-profile.mjs FILE.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' } }, allowPositionals: true });
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// time of each sample: the delta to the next one
const cap = 4 * [...profile.timeDeltas].sort((a, b) => a - b)[Math.floor(profile.timeDeltas.length / 2)];
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + Math.min(profile.timeDeltas[i + 1] ?? 0, cap) / 1000));
const key = (n) => {
  const { functionName, url, lineNumber } = n.callFrame;
  return `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`.trim();
};
const inclusive = new Map();
const selfByKey = new Map();
let total = 0;
for (const [id, ms] of self) {
  total += ms;
  selfByKey.set(key(nodes.get(id)), (selfByKey.get(key(nodes.get(id))) ?? 0) + ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = key(nodes.get(at));
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
}
const top = Number(values.top);
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${positionals[0]}: ${total.toFixed(0)} ms sampled`);
show('inclusive', inclusive);
show('self', selfByKey);
