import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSource, recordOf } from '../src/pipeline.js';
import type { Gold } from './generator/plan.js';
import { ROOT } from './helpers/cli.js';
import { differences } from './helpers/score.js';

/**
 * The hand-checked text plans, each changed in a way a reader would not notice and another tool
 * could have made, must read exactly as their gold still: line ends of Windows, accents written
 * as a letter and a combining mark (macOS, some PDF producers), spaces at the lines' ends and
 * before them (pdftotext -layout), a byte-order mark, runs of spaces written as a tab, a blank
 * line after every line (double spacing). Only plans in UTF-8 with none of these
 * already are changed (a plan in another encoding would be damaged by the change, not moved).
 */
const TRANSFORMS: Record<string, (text: string) => string> = {
  'line ends of Windows (CRLF)': (text) => text.replace(/\n/g, '\r\n'),
  'accents as combining marks (NFD)': (text) => text.normalize('NFD'),
  'spaces after each line': (text) => text.replace(/(?<=\S)\n/g, '   \n'),
  'each line indented': (text) => text.replace(/^(?=.)/gm, '    '),
  'a byte-order mark': (text) => `\uFEFF${text}`,
  'runs of spaces written as a tab': (text) => text.replace(/ {2,}/g, '\t'),
  'a blank line after every line (double spacing)': (text) => text.replace(/\n/g, '\n\n'),
};

const FOLDERS = ['fixtures/offices', 'fixtures/red-team', 'fixtures/numbers', 'fixtures/headings'];

interface Plan {
  file: string;
  text: string;
  gold: Gold;
}

/** The UTF-8 text plans with a gold of their own, untouched by any of the changes above. */
function plainPlans(): Plan[] {
  return FOLDERS.flatMap((folder) => {
    const dir = join(ROOT, folder);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.txt') && !file.endsWith('.layout.txt'))
      .sort()
      .flatMap((file) => {
        const goldPath = join(dir, file.replace(/\.txt$/, '.gold.json'));
        const text = existsSync(goldPath) ? strictUtf8(readFileSync(join(dir, file))) : null;
        if (text === null || /[\r\f\v\uFEFF\u0300-\u036f]/.test(text)) return [];
        const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
        return [{ file, text, gold }];
      });
  });
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

describe('plans changed in ways a reader would not notice', () => {
  const plans = plainPlans();

  it('are most of the text plans', () => {
    expect(plans.length).toBeGreaterThan(800);
  });

  it.each(Object.entries(TRANSFORMS))('%s: every plan still reads exactly as its gold', async (_, transform) => {
    const misread: string[] = [];
    for (const plan of plans) {
      const bytes = new TextEncoder().encode(transform(plan.text));
      const found = differences(recordOf(await extractSource({ path: plan.file, format: 'text', bytes })), plan.gold);
      if (found.length > 0) misread.push(`${plan.file}: ${found.slice(0, 3).join('; ')}`);
    }
    expect(misread).toEqual([]);
  }, 300_000);
});
