import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/diagnostics.js';
import { RULES } from '../../src/reconcile/rules/index.js';

const rulesFolder = new URL('../../src/reconcile/rules/', import.meta.url);
const testsFolder = new URL('./', import.meta.url);

describe('the rule catalogue', () => {
  it('registers one module per rule file, in the contract order', () => {
    const files = readdirSync(rulesFolder).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(files.sort());
    const order = RULES.map((r) => RULE_IDS.indexOf(r.meta.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has a test file for every rule', () => {
    const tests = new Set(readdirSync(testsFolder));
    const missing = RULES.map((r) => r.meta.id).filter((id) => !tests.has(`${id}.test.ts`));
    expect(missing).toEqual([]);
  });
});
