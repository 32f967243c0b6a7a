import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the README', () => {
  it('begins with exactly the two commands', () => {
    expect(readme.split('\n').slice(0, 4)).toEqual([
      '```sh',
      'npm ci && npm start    # install, then read the bundled sample plan (fixtures/seed-2015/input.txt) into output/',
      'npm ci && npm test     # install, then run the tests',
      '```',
    ]);
  });

  it('has a library example that runs against the built package', () => {
    const example = /## Library\s+```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain("from 'rendiconta'");
    // Inside the package folder, so that 'rendiconta' resolves to this package itself.
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const file = join(ROOT, '.tmp', 'readme-example.mjs');
    writeFileSync(file, example!);
    const output = execFileSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' });
    expect(output.split('\n')[0]).toBe('PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2015 { error: 3, warning: 7, info: 10 }');
  });
});
