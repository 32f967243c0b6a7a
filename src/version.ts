import { readFileSync } from 'node:fs';

/** The version the build wrote into the bundles; undefined when the code runs from its sources. */
declare const __RENDICONTA_VERSION__: string | undefined;

/**
 * The package version: the one the build wrote in, so that a bundle copied elsewhere still says it;
 * from its sources, read from package.json (one folder above src/).
 */
export function packageVersion(): string {
  if (typeof __RENDICONTA_VERSION__ === 'string') return __RENDICONTA_VERSION__;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
