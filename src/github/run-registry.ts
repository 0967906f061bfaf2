/** One active run, as the registry knows it. */
export interface RunTicket {
  readonly key: string;
  readonly controller: AbortController;
  /** Where its progress is shown, once known. */
  link: string | null;
  /** Resolves with the link once the progress is shown (or null when the run ends without one). */
  readonly linked: Promise<string | null>;
  /** Records the link and resolves `linked`. */
  setLink(link: string | null): void;
}

/**
 * At most one run per pull request (or branch) in this process. `claim` is synchronous, so two
 * commands arriving together cannot both get a ticket.
 */
export class RunRegistry {
  readonly #runs = new Map<string, RunTicket>();

  /** A ticket for `key`, or null when a run already holds it. */
  claim(key: string): RunTicket | null {
    if (this.#runs.has(key)) return null;
    let resolve: (link: string | null) => void = () => {};
    const linked = new Promise<string | null>((r) => (resolve = r));
    const ticket: RunTicket = {
      key,
      controller: new AbortController(),
      link: null,
      linked,
      setLink(link) {
        ticket.link = link;
        resolve(link);
      },
    };
    this.#runs.set(key, ticket);
    return ticket;
  }

  /** The run holding `key`, if any. */
  get(key: string): RunTicket | undefined {
    return this.#runs.get(key);
  }

  /** Frees the key (only if `ticket` still holds it). */
  release(ticket: RunTicket): void {
    ticket.setLink(ticket.link);
    if (this.#runs.get(ticket.key) === ticket) this.#runs.delete(ticket.key);
  }

  /** Stops every active run (the process is being shut down or the job cancelled). */
  abortAll(): void {
    for (const ticket of this.#runs.values()) ticket.controller.abort();
  }

  /** How many runs are active. */
  get size(): number {
    return this.#runs.size;
  }
}

/** The registry key of a pull request (or of a branch, for runs without one). */
export function runKey(owner: string, repo: string, target: number | string): string {
  return typeof target === "number" ? `${owner}/${repo}#${target}` : `${owner}/${repo}@${target}`;
}
