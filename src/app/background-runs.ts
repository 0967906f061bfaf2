/** Runs started from webhooks after the webhook was answered; tracked so shutdown and tests can wait. */
export class BackgroundRuns {
  readonly #running = new Set<Promise<unknown>>();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Tracks a started run; its failure is reported, never thrown into the webhook handler. */
  add(run: Promise<unknown>): void {
    const tracked = run
      .catch((error: unknown) => this.onError(error))
      .finally(() => this.#running.delete(tracked));
    this.#running.add(tracked);
  }

  /** Resolves when every tracked run (including ones started meanwhile) has ended. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }
}
