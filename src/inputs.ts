import { constants, realpathSync } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { UnreadableInputError } from './errors.js';
import type { SourceFormat } from './model.js';

/** A file to read. */
export interface ListedInput {
  path: string;
  format: SourceFormat;
}

/** A file to read, or a path that could not be listed, in the order the run reports them. */
export type InputEntry = ListedInput | { path: string; error: string };

const FORMATS: Record<string, SourceFormat> = { '.txt': 'text', '.pdf': 'pdf' };

/** The input format a file name implies, or null. */
export function formatOf(path: string): SourceFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/**
 * Expands the command's inputs: a file stands for itself; a folder for every .txt and .pdf in
 * it, recursively, in sorted order. Symbolic-link loops are followed once, a file named twice is
 * read once; unreadable folders, missing paths and folders named with nothing to read in them
 * become entries with an error.
 */
export async function listInputs(paths: string[]): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const visited: Visited = { paths: new Set(), filesIn: new Map() };
  for (const path of paths) await expand(path, true, entries, visited);
  return entries;
}

/** The real paths listed so far, and the .txt and .pdf files of each folder among them: a folder named twice holds them still. */
interface Visited {
  paths: Set<string>;
  filesIn: Map<string, number>;
}

/** Lists what `path` stands for into `entries`; returns how many .txt and .pdf files it holds, listed before or not. */
async function expand(path: string, explicit: boolean, entries: InputEntry[], visited: Visited): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const dangling = (error as NodeJS.ErrnoException).code === 'ENOENT' && (await lstat(path).catch(() => null))?.isSymbolicLink();
    entries.push({ path, error: dangling ? 'a symbolic link to nothing: its target does not exist' : describeFsError(error, 'cannot be read') });
    return 0;
  }
  if (info.isDirectory()) {
    const real = await realpath(path).catch(() => path);
    if (visited.paths.has(real)) return visited.filesIn.get(real) ?? 0;
    visited.paths.add(real);
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      entries.push({ path, error: describeFsError(error, 'folder cannot be listed') });
      return 0;
    }
    let files = 0;
    for (const name of names) files += await expand(join(path, name), false, entries, visited);
    // A folder named on the command line that holds nothing to read: a wrong path, most likely.
    if (explicit && files === 0) entries.push({ path, error: 'a folder with no .txt or .pdf file in it' });
    visited.filesIn.set(real, files);
    return files;
  }
  const format = formatOf(path);
  if (format) {
    // A file named twice, on its own and in its folder, or by two links: read once.
    const real = realPathOf(path);
    if (!visited.paths.has(real)) entries.push({ path, format });
    visited.paths.add(real);
    return 1;
  }
  if (explicit) entries.push({ path, error: 'not a .txt or .pdf file: rendiconta reads plans as text or PDF' });
  return 0;
}

/** The path with its links resolved, or as it is: asked of every file, a synchronous call costs less than a round of the event loop. */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Reads a whole input file, refusing one larger than `maxBytes`. */
export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    // Without blocking: a pipe named .txt would otherwise wait for a writer that may never come.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UnreadableInputError(describeFsError(error, 'cannot be opened'));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() && !info.isDirectory()) throw new UnreadableInputError('not a file but a pipe or a device: save the document to a file first');
    const { size } = info;
    if (size > maxBytes) {
      throw new UnreadableInputError(
        `file of ${megabytes(size)} is over the size limit of ${megabytes(maxBytes)}: raise it with --max-size if the file is really a plan`,
      );
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof UnreadableInputError) throw error;
    throw new UnreadableInputError(describeFsError(error, 'cannot be read'));
  } finally {
    await handle.close();
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** A path that goes through a file as if it were a folder. */
export const THROUGH_A_FILE = 'a file stands where a folder should be';

/** One line for a file-system error: "no such file", "is a folder", … */
export function describeFsError(error: unknown, fallback: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder (it may have been moved or deleted during the run)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return THROUGH_A_FILE;
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return code ? `${fallback} (${code})` : fallback;
  }
}
