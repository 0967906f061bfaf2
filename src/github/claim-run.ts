import type { GitHubRunDeps } from "./github-run-deps.js";
import type { RunTicket } from "./run-registry.js";

/** A claim on a pull request (or branch): the ticket, or the link to the run that holds it. */
export type Claim = { ticket: RunTicket } | { ticket: null; link: string | null };

/** Claims the one run allowed on `key`; when a run holds it, waits for its check run to link to it. */
export async function claimRun(deps: GitHubRunDeps, key: string): Promise<Claim> {
  const ticket = deps.registry.claim(key);
  if (ticket !== null) return { ticket };
  // The run may have started a moment ago: wait for its check run so the reply can link to it.
  const link = (await deps.registry.get(key)?.linked) ?? null;
  return { ticket: null, link };
}
