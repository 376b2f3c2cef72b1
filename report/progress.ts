/** Where progress goes: standard error, or a stand-in in tests. */
export interface ProgressStream {
  /** Progress is shown only on a terminal. */
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Clears the terminal line the cursor is on. */
const CLEAR_LINE = "\r\x1b[2K";

/**
 * The progress of a long step, one item after the other (`costkit: pricing stack 3/7 (edge)`), on one terminal line
 * that each item rewrites and the end clears, so nothing of it stays on the screen or in what follows. On anything
 * that is not a terminal (a log, a pipe, CI, a test's capture) it writes nothing, nor for a step of fewer than
 * `minItems` items.
 */
export class Progress {
  private done = 0;
  private readonly shown: boolean;

  constructor(private readonly what: string, private readonly total: number, private readonly stream: ProgressStream = process.stderr, minItems = 2) {
    this.shown = stream.isTTY === true && total >= minItems;
  }

  /** Runs the work of one item with the line showing it; after the last item, or if the work throws, clears the line. */
  item<T>(label: string, work: () => T): T {
    if (!this.shown) return work();
    this.stream.write(`${CLEAR_LINE}costkit: ${this.what} ${Math.min(this.done + 1, this.total)}/${this.total} (${label})`);
    try {
      const result = work();
      this.done++;
      if (this.done >= this.total) this.stream.write(CLEAR_LINE);
      return result;
    } catch (e) {
      this.stream.write(CLEAR_LINE);
      throw e;
    }
  }
}
