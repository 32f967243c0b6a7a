/** A one-line progress bar on a terminal: redrawn in place, cleared before any other output. */
export class ProgressBar {
  private shown = false;
  private done = 0;
  private last = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
    private readonly width = 30,
  ) {}

  /** A bar only on a terminal, and only for more than one input. */
  static forRun(stream: NodeJS.WriteStream, total: number, quiet: boolean): ProgressBar | null {
    return stream.isTTY && !quiet && total > 1 ? new ProgressBar(stream, total) : null;
  }

  /** Counts one more input done and redraws (at most every 50 ms). */
  tick(label: string): void {
    this.done++;
    const now = Date.now();
    if (this.done < this.total && now - this.last < 50) return;
    this.last = now;
    const filled = Math.round((this.done / this.total) * this.width);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    this.stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}] ${this.done}/${this.total} ${name}`);
    this.shown = true;
  }

  /** Clears the line so that a message can be printed; the next tick draws the bar again. */
  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
