import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError, THROUGH_A_FILE } from '../inputs.js';

/**
 * An output folder written atomically: files go into a temporary folder beside the target,
 * which replaces the target only when complete. An interrupted run leaves the old output intact.
 */
export class OutputFolder {
  private constructor(
    readonly target: string,
    readonly temporary: string,
    /** The removal of what killed runs left beside the target: under way while the run reads. */
    private readonly clearing: Promise<void>,
  ) {}

  /**
   * Creates the temporary folder next to `target` (creating the parent folders if needed), with
   * the permissions a folder made by hand would have, and removes what runs that were killed left
   * there. Throws {@link OutputFolderError} when the folder cannot be made.
   */
  static async prepare(target: string): Promise<OutputFolder> {
    const absolute = resolve(target);
    const parent = dirname(absolute);
    const prefix = `.${basename(absolute)}.partial-`;
    try {
      await mkdir(parent, { recursive: true });
      // Listing a crowded parent (/tmp) takes milliseconds: done beside the run, never on our own folder.
      const clearing = removeAbandoned(parent, prefix).catch(() => undefined);
      const temporary = await mkdtemp(join(parent, `${prefix}${process.pid}-`));
      await chmod(temporary, 0o777 & ~process.umask());
      return new OutputFolder(absolute, temporary, clearing);
    } catch (error) {
      // A recursive mkdir through a file fails with EEXIST.
      const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? THROUGH_A_FILE : describeFsError(error, 'it cannot be made');
      throw new OutputFolderError(`cannot write the output folder ${target}: ${reason}`);
    }
  }

  /** The path of a file inside the folder being written; names never leave the folder. */
  file(name: string): string {
    if (basename(name) !== name) throw new Error(`output file name ${name} is not a plain name`);
    return join(this.temporary, name);
  }

  /** Moves the finished folder into place, replacing the previous output. */
  async commit(): Promise<void> {
    await this.clearing;
    const previous = `${this.temporary}.previous`;
    const hadPrevious = await stat(this.target).then(() => true, () => false);
    if (hadPrevious) await rename(this.target, previous);
    try {
      await rename(this.temporary, this.target);
    } catch (error) {
      if (hadPrevious) await rename(previous, this.target);
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  }

  /** Removes the temporary folder. */
  async discard(): Promise<void> {
    await this.clearing;
    await rm(this.temporary, { recursive: true, force: true });
  }
}

/** An output folder that cannot be used: a wrong argument, not an unreadable input. */
export class OutputFolderError extends Error {
  override readonly name = 'OutputFolderError';
}

/**
 * Removes the temporary folders of runs that were killed before they could (their process gone):
 * "`.output.partial-PID-…`", and the previous output such a run was replacing.
 */
async function removeAbandoned(parent: string, prefix: string): Promise<void> {
  const names = await readdir(parent).catch((): string[] => []);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && !isRunning(pid)) await rm(join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
