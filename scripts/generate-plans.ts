/**
 * Writes synthetic plans with known truth, for benchmarks and scoring:
 *
 *     npx tsx scripts/generate-plans.ts --out DIR --count N --seed S [--projects P] [--errors none|all|rule,rule] [--heading FORM]
 *
 * `--heading` prints every project's heading in one form, a template such as `'{n}) {title}'`: one
 * of those drawn at random, or one of the forms drawn never, a number and a title alone
 * (`'{n}) {title}'`, `'{n}. {title}'`, `'{n} - {title}'`).
 * Plan i (from 1) is `generatePlan({ seed: S + i - 1 })`, written as DIR/plan-000i.txt beside its
 * DIR/plan-000i.gold.json; score a run with
 * `node ../shared/tools/score.mjs DIR/dataset.json DIR/plan-0001.gold.json --doc plan-0001`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HEADING_FORMS, INJECTABLE_RULES, NUMBERED_HEADING_FORMS, type ProjectLayout, type RuleId, generatePlan } from '../tests/generator/plan.js';

const USAGE = 'usage: generate-plans.ts --out DIR --count N --seed S [--projects P] [--errors none|all|rule,rule,...] [--heading FORM]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function integer(name: string, text: string | undefined, min: number, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) fail(`--${name} wants a whole number from ${min}, not ${JSON.stringify(text)}`);
  return value;
}

function errorRules(text: string | undefined): readonly RuleId[] | undefined {
  if (text === undefined) return undefined;
  if (text === 'none') return [];
  if (text === 'all') return INJECTABLE_RULES;
  const rules = text.split(',').map((rule) => rule.trim());
  const unknown = rules.filter((rule) => !(INJECTABLE_RULES as readonly string[]).includes(rule));
  if (unknown.length > 0) fail(`unknown rule ${unknown.join(', ')}; known: ${INJECTABLE_RULES.join(', ')}`);
  return rules as RuleId[];
}

const FORMS: readonly string[] = [...HEADING_FORMS, ...NUMBERED_HEADING_FORMS];

function headingForm(text: string | undefined): ProjectLayout['heading'] | undefined {
  if (text === undefined) return undefined;
  if (!FORMS.includes(text)) fail(`unknown heading form ${JSON.stringify(text)}; known: ${FORMS.map((f) => JSON.stringify(f)).join(', ')}`);
  return text as ProjectLayout['heading'];
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string' },
      seed: { type: 'string' },
      projects: { type: 'string' },
      errors: { type: 'string' },
      heading: { type: 'string' },
    },
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!parsed.out) fail('--out is required');
const count = integer('count', parsed.count, 1, 10);
const seed = integer('seed', parsed.seed, 0, 1);
const projects = parsed.projects === undefined ? undefined : integer('projects', parsed.projects, 1);
const errors = errorRules(parsed.errors);
const heading = headingForm(parsed.heading);

mkdirSync(parsed.out, { recursive: true });
const width = Math.max(4, String(count).length);
for (let i = 1; i <= count; i++) {
  const name = `plan-${String(i).padStart(width, '0')}`;
  const { text, gold } = generatePlan({ seed: seed + i - 1, document: `${name}.txt`, ...(projects === undefined ? {} : { projects }), ...(errors ? { errors } : {}), ...(heading ? { layout: { heading } } : {}) });
  writeFileSync(join(parsed.out, `${name}.txt`), text, 'utf8');
  writeFileSync(join(parsed.out, `${name}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`, 'utf8');
}
process.stdout.write(`wrote ${count} plans (seeds ${seed}–${seed + count - 1}) to ${parsed.out}\n`);
