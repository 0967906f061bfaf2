/**
 * Webhook delivery IDs (X-GitHub-Delivery) already handled. GitHub redelivers a delivery with the same ID
 * (a manual "Redeliver", or a retry after a slow answer); handling it twice would start a second run or
 * post a second reply. Remembers the latest `capacity` IDs, oldest forgotten first.
 */
export class SeenDeliveries {
  readonly #ids = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True the first time an ID is seen; false for a redelivery. */
  firstTime(id: string): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) {
      const oldest = this.#ids.values().next().value;
      if (oldest !== undefined) this.#ids.delete(oldest);
    }
    return true;
  }
}
