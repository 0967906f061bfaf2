import type { Timers } from "./timers.js";

/**
 * Coalesces "something changed" signals into writes: at most one write starts per `intervalMs`, a change
 * is written at the latest `intervalMs` after the previous write started, writes never overlap, and
 * `flush()` always writes the final state. The write callback reads the latest state itself.
 */
export class ThrottledWriter {
  #dirty = false;
  #timer: unknown = null;
  #inFlight: Promise<void> | null = null;
  #lastStart = Number.NEGATIVE_INFINITY;
  #closed = false;

  constructor(
    private readonly write: () => Promise<void>,
    private readonly timers: Timers,
    private readonly intervalMs = 3000,
    /** Intermediate writes are best effort: a failed one is reported here and superseded by the next. */
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Something changed: write soon. */
  changed(): void {
    if (this.#closed) return;
    this.#dirty = true;
    this.#schedule();
  }

  /**
   * Cancels any pending write, waits for the one in flight, then writes the final state with `final`
   * (default: the usual write). Errors of this last write propagate.
   */
  async flush(final: () => Promise<void> = this.write): Promise<void> {
    this.#closed = true;
    if (this.#timer !== null) this.timers.clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#inFlight) await this.#inFlight;
    this.#dirty = false;
    this.#lastStart = this.timers.now();
    await final();
  }

  #schedule(): void {
    if (this.#inFlight !== null || this.#timer !== null || !this.#dirty || this.#closed) return;
    const wait = this.#lastStart + this.intervalMs - this.timers.now();
    if (wait <= 0) {
      this.#start();
      return;
    }
    this.#timer = this.timers.setTimeout(() => {
      this.#timer = null;
      this.#schedule();
    }, wait);
  }

  #start(): void {
    this.#dirty = false;
    this.#lastStart = this.timers.now();
    this.#inFlight = this.write()
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.#inFlight = null;
        this.#schedule();
      });
  }
}
