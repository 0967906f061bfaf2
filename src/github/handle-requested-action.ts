import { decodeMemo } from "../adapters/github/check-run-memo.js";
import { REQUESTED_ACTIONS } from "../adapters/github/check-run-sink.js";
import { renderAlreadyRunning } from "../core/render/render-replies.js";
import { authoriseUser, forkOf, readPullRequest } from "./authorise-command.js";
import { claimRun } from "./claim-run.js";
import type { GitHubRunDeps, RepositoryFacts } from "./github-run-deps.js";
import { postComment } from "./post-comment.js";
import { runClaimed } from "./run-claimed.js";
import { runKey } from "./run-registry.js";
import type { GitHubRunOutcome } from "./run-target.js";

/** A click on one of the check run's buttons. */
export interface RequestedAction {
  identifier: string;
  user: string;
  /** The check run's `external_id` (maestro's memo of the pull request and task list). */
  externalId: string | null;
}

/** Handles a click on one of the check run's buttons ("Retry failed", "Cancel"). */
export async function handleRequestedAction(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  action: RequestedAction,
): Promise<GitHubRunOutcome> {
  const memo = decodeMemo(action.externalId);
  if (memo === null || memo.pr === null) return { kind: "ignored" };
  const ref = { owner: repo.owner, repo: repo.repo };
  if (!(await authoriseUser(deps, ref, action.user)).allowed) return { kind: "ignored" };
  const key = runKey(repo.owner, repo.repo, memo.pr);
  if (action.identifier === REQUESTED_ACTIONS.cancel.identifier) {
    deps.registry.get(key)?.controller.abort();
    return { kind: "replied", reason: "cancel" };
  }
  if (action.identifier !== REQUESTED_ACTIONS.retryFailed.identifier) return { kind: "ignored" };
  const pr = await readPullRequest(deps, ref, memo.pr);
  if (pr.state !== "open" || forkOf(pr) !== null) return { kind: "ignored" };
  const claim = await claimRun(deps, key, {
    deps,
    ref,
    pullNumber: memo.pr,
    sha: pr.head.sha,
    commentId: null,
  });
  if (claim.ticket === null) {
    await postComment(deps, ref, memo.pr, renderAlreadyRunning(claim.link));
    return { kind: "replied", reason: "already-running" };
  }
  // Done tasks are ticked on the branch, so running the list again runs exactly the failed and skipped ones.
  return runClaimed(deps, repo, claim.ticket, {
    branch: pr.head.ref,
    sha: pr.head.sha,
    pullNumber: memo.pr,
    commandPath: memo.tasks,
    planOnly: false,
    only: null,
    commentId: null,
  });
}
