import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * An output folder written atomically: files go into a temporary folder beside the target,
 * which replaces the target only when complete. An interrupted run leaves the old output intact.
 */
export class OutputFolder {
  private constructor(
    readonly target: string,
    readonly temporary: string,
  ) {}

  /** Creates the temporary folder next to `target` (creating the parent folders if needed). */
  static async prepare(target: string): Promise<OutputFolder> {
    const absolute = resolve(target);
    const existing = await stat(absolute).catch(() => null);
    if (existing && !existing.isDirectory()) throw new Error(`output ${target} exists and is not a folder`);
    await mkdir(dirname(absolute), { recursive: true });
    const temporary = await mkdtemp(join(dirname(absolute), `.${basename(absolute)}.partial-`));
    return new OutputFolder(absolute, temporary);
  }

  /** The path of a file inside the folder being written; names never leave the folder. */
  file(name: string): string {
    if (basename(name) !== name) throw new Error(`output file name ${name} is not a plain name`);
    return join(this.temporary, name);
  }

  /** Moves the finished folder into place, replacing the previous output. */
  async commit(): Promise<void> {
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
    await rm(this.temporary, { recursive: true, force: true });
  }
}
