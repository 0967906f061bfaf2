import type { GitHubRunDeps } from "./github-run-deps.js";
import { isStale, readClaims, type Claim, type ClaimScope } from "./run-claims.js";
import type { RunTicket } from "./run-registry.js";

/**
 * A claim on a pull request (or branch): the ticket, or the link to the run that holds it. `sameCommand`:
 * the holder was started by this very comment (GitHub delivered it to another App process too).
 */
export type ClaimResult = { ticket: RunTicket } | { ticket: null; link: string | null; sameCommand: boolean };

/**
 * Claims the one run allowed on `key`: in this process (synchronously, so commands arriving together get
 * one ticket), then, in the App, across processes: a live run another process holds on the pull request's
 * head (see run-claims.ts) keeps the claim. When a run holds it, waits for its link.
 */
export async function claimRun(
  deps: GitHubRunDeps,
  key: string,
  scope: (ClaimScope & { commentId: number | null }) | null,
): Promise<ClaimResult> {
  const ticket = deps.registry.claim(key);
  if (ticket === null) {
    // The run may have started a moment ago: wait for its check run so the reply can link to it.
    const link = (await deps.registry.get(key)?.linked) ?? null;
    return { ticket: null, link, sameCommand: false };
  }
  const holder = scope === null ? null : await liveClaimOf(scope);
  if (holder === null) return { ticket };
  deps.registry.release(ticket);
  return {
    ticket: null,
    link: holder.url,
    sameCommand: holder.comment !== null && holder.comment === scope?.commentId,
  };
}

/** The earliest live claim on the pull request (the App only; the Action's runs are separate workflow runs). */
export async function liveClaimOf(scope: ClaimScope): Promise<Claim | null> {
  if (scope.deps.instanceId === undefined) return null;
  try {
    return (await readClaims(scope)).find((c) => c.inProgress && !isStale(c, scope.deps)) ?? null;
  } catch (error) {
    // The check after the run's own check run is created still guards; a failed look here must not stop it.
    scope.deps.log.warn(`could not look for runs of other processes: ${String(error)}`);
    return null;
  }
}
