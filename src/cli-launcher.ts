#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { compileWithCache } from './code-cache.js';
import { LAUNCHER_IMPORT } from './import-package.js';

/**
 * The `rendiconta` command: runs the CLI bundle (dist/cli-body.cjs) from its V8 code cache
 * (dist/cli-body.cache). With `RENDICONTA_WRITE_CODE_CACHE=1`, which the build sets, the run
 * writes that cache on exit, holding the code it compiled.
 */
const bundle = compileWithCache(fileURLToPath(new URL('./cli-body.cjs', import.meta.url)), fileURLToPath(new URL('./cli-body.cache', import.meta.url)));
(globalThis as Record<symbol, unknown>)[LAUNCHER_IMPORT] = (specifier: string) => import(specifier);
if (process.env.RENDICONTA_WRITE_CODE_CACHE === '1') process.on('exit', () => bundle.writeCache());
// A regular expression is first run by V8's interpreter and compiled to machine code on its second
// run: a short run compiles most of its patterns twice (about a seventh of a run on the seed). Set
// after the cache is read, since V8 refuses a cache made under other flags.
else setFlagsFromString('--regexp-tier-up-ticks=0');
bundle.run();
