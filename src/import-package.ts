/** Where the CLI's launcher leaves its `import()` for the bundle it runs (see code-cache.ts). */
export const LAUNCHER_IMPORT = Symbol.for('rendiconta.launcherImport');

type Import = (specifier: string) => Promise<unknown>;

/**
 * Imports a package that only some runs need (pdfjs-dist, tesseract.js, pino, write-excel-file),
 * on first use. Note: code that Node 20 runs from a V8 code cache cannot call `import()` itself
 * ("A dynamic import callback was not specified"), so the CLI's launcher, which runs the bundle so,
 * lends its own.
 */
export function importPackage<T>(specifier: string): Promise<T> {
  const launcherImport = (globalThis as { [LAUNCHER_IMPORT]?: Import })[LAUNCHER_IMPORT];
  return (launcherImport ? launcherImport(specifier) : import(specifier)) as Promise<T>;
}
