import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** A text file written piece by piece, waiting when the disk falls behind. */
export class TextFile {
  private constructor(private readonly stream: WriteStream) {}

  /** Creates (or truncates) the file at `path`. */
  static create(path: string): TextFile {
    return new TextFile(createWriteStream(path));
  }

  /** Appends `text`. */
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Ends the file and waits until it is on disk. */
  async close(): Promise<void> {
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
  }

  /** Stops writing without waiting: the file is being thrown away. */
  destroy(): void {
    this.stream.destroy();
  }
}
