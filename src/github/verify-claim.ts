import { tryRemoveRunFolder } from "../adapters/fs/run-records.js";
import { CheckRunSink } from "../adapters/github/check-run-sink.js";
import type { ProgressSink } from "../adapters/github/progress-sink.js";
import { renderAlreadyRunning } from "../core/render/render-replies.js";
import { isStale, readClaims, type Claim } from "./run-claims.js";
import type { RunContext } from "./run-context.js";
import type { GitHubRunOutcome } from "./run-target.js";

/**
 * Create-then-verify, the App's claim across processes: once its own check run exists, the run looks at
 * every claim on the pull request. An earlier live one wins (GitHub numbers check runs in the order it
 * creates them, so every process agrees which is earliest) and is returned: this run must yield. Else this
 * run holds the pull request, and the claims of dead runs are concluded and their folders removed.
 */
export async function verifyClaim(run: RunContext, sink: ProgressSink): Promise<Claim | null> {
  const { deps, target } = run;
  if (deps.instanceId === undefined || !(sink instanceof CheckRunSink) || target.pullNumber === null)
    return null;
  let claims: Claim[];
  try {
    claims = await readClaims({ deps, ref: run.ref, pullNumber: target.pullNumber, sha: target.sha });
  } catch (error) {
    deps.log.warn(`could not look for runs of other processes: ${String(error)}`);
    return null;
  }
  const others = claims.filter((c) => c.id !== sink.id);
  const dead = others.filter((c) => !c.inProgress || isStale(c, deps));
  const earlier = others.find((c) => c.id < sink.id && !dead.includes(c));
  if (earlier !== undefined) return earlier;
  for (const claim of dead) await concludeDead(run, sink, claim);
  return null;
}

/**
 * Yields to an earlier run: this run's check run is concluded `skipped` pointing at it, and the command is
 * answered "already running", unless it is the very command the earlier run took (a second delivery).
 */
export async function yieldClaim(
  run: RunContext,
  sink: ProgressSink,
  earlier: Claim,
): Promise<GitHubRunOutcome> {
  const link = earlier.url ? `[maestro](${earlier.url})` : "the earlier maestro check run";
  await sink.finish(
    "skipped",
    {
      title: "Already running",
      summary: `Another maestro process started on this pull request first: ${link}.`,
      text: "",
    },
    [],
    false,
  );
  if (earlier.comment !== null && earlier.comment === run.target.commentId) return { kind: "ignored" };
  await run.react("confused");
  await run.comment(renderAlreadyRunning(earlier.url));
  return { kind: "replied", reason: "already-running" };
}

/** Concludes a dead run's check run `cancelled` ("Interrupted") and removes its folder. */
async function concludeDead(run: RunContext, own: CheckRunSink, claim: Claim): Promise<void> {
  const { deps, ref } = run;
  if (claim.inProgress) {
    await deps.client.rest.checks
      .update({
        ...ref,
        check_run_id: claim.id,
        status: "completed",
        conclusion: "cancelled",
        output: {
          title: "Interrupted",
          summary:
            "This run was interrupted: the maestro App stopped while it ran. Work merged before that is on " +
            `the branch. A new run has started${own.url ? `: [maestro](${own.url})` : ""}.`,
        },
        actions: [],
      })
      .then(
        () => deps.log.warn(`concluded the stale check run ${claim.id} of ${ref.owner}/${ref.repo}`),
        (error: unknown) =>
          deps.log.warn(`could not conclude the stale check run ${claim.id}: ${String(error)}`),
      );
  }
  if (claim.record !== null) await tryRemoveRunFolder(claim.record.dir);
}
