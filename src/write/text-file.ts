import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * How much a file may hold in memory before a write waits for the disk: a document's text for a
 * file (tens of KB) then goes out while the next document is read, instead of being waited for.
 */
const BUFFERED_BYTES = 1 << 20;

/** A text file written piece by piece, waiting when the disk falls behind. */
export class TextFile {
  private discarded = false;

  private constructor(private readonly stream: WriteStream) {}

  /** Creates (or truncates) the file at `path`. */
  static create(path: string): TextFile {
    return new TextFile(createWriteStream(path, { highWaterMark: BUFFERED_BYTES }));
  }

  /** Appends `text` (or text already encoded as UTF-8); nothing once the file is thrown away. */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.discarded) return;
    if (this.stream.write(text)) return;
    try {
      await once(this.stream, 'drain');
    } catch (error) {
      if (!this.discarded) throw error;
    }
  }

  /** Ends the file and waits until it is on disk. */
  async close(): Promise<void> {
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
  }

  /** Stops writing without waiting: the file is being thrown away. */
  destroy(): void {
    this.discarded = true;
    // A write still in flight fails once the stream is gone: of no matter, the file is thrown away.
    this.stream.on('error', () => undefined);
    this.stream.destroy();
  }
}
