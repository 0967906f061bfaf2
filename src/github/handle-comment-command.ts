import { tryReact } from "../adapters/github/comment-reactions.js";
import type { RepoRef } from "../adapters/github/github-client.js";
import { parseCommentCommand, type CommentCommand } from "../core/command/parse-comment-command.js";
import {
  renderAlreadyRunning,
  renderForkRefusal,
  renderHelpReply,
  renderPermissionDenied,
} from "../core/render/render-replies.js";
import { authoriseUser, forkOf, readPullRequest } from "./authorise-command.js";
import { claimRun } from "./claim-run.js";
import type { GitHubRunDeps, RepositoryFacts } from "./github-run-deps.js";
import { postComment } from "./post-comment.js";
import { runClaimed } from "./run-claimed.js";
import { runKey } from "./run-registry.js";
import type { CommentFacts, GitHubRunOutcome } from "./run-target.js";

/**
 * Handles a new comment on a pull request: parses the command, checks the commenter's permission and
 * the fork rule, answers help and cancel, and runs implement/plan (at most one run per PR).
 */
export async function handleCommentCommand(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  comment: CommentFacts,
): Promise<GitHubRunOutcome> {
  const command = parseCommentCommand(comment.body);
  if (command === null) return { kind: "ignored" };
  const ref = { owner: repo.owner, repo: repo.repo };
  const refuse = refusal(deps, ref, comment);
  const access = await authoriseUser(deps, ref, comment.user);
  if (!access.allowed) return refuse(renderPermissionDenied(comment.user, access.permission), "permission");
  if (command.kind === "help") {
    await postComment(deps, ref, comment.pullNumber, renderHelpReply(command.problem));
    return { kind: "replied", reason: "help" };
  }
  const key = runKey(repo.owner, repo.repo, comment.pullNumber);
  if (command.kind === "cancel") return cancelRun(deps, ref, comment, key);

  const pr = await readPullRequest(deps, ref, comment.pullNumber);
  if (pr.state !== "open") return { kind: "ignored" };
  const fork = forkOf(pr);
  if (fork !== null) return refuse(renderForkRefusal(fork), "fork");
  const scope = { deps, ref, pullNumber: comment.pullNumber, sha: pr.head.sha, commentId: comment.id };
  const claim = await claimRun(deps, key, scope);
  if (claim.ticket === null) {
    // The same comment, delivered to another App process as well, is already running there: nothing to say.
    if (claim.sameCommand) return { kind: "ignored" };
    return refuse(renderAlreadyRunning(claim.link), "already-running");
  }
  return runClaimed(deps, repo, claim.ticket, {
    branch: pr.head.ref,
    // Pinned now: whatever is pushed later is merged in, never run unseen.
    sha: pr.head.sha,
    pullNumber: comment.pullNumber,
    commandPath: command.path,
    planOnly: isPlanOnly(command),
    only: command.kind === "implement" ? command.only : null,
    commentId: comment.id,
  });
}

/** `/maestro cancel`: aborts the run holding the pull request, if any. */
async function cancelRun(
  deps: GitHubRunDeps,
  ref: RepoRef,
  comment: CommentFacts,
  key: string,
): Promise<GitHubRunOutcome> {
  const ticket = deps.registry.get(key);
  if (!ticket) {
    return refusal(
      deps,
      ref,
      comment,
    )("There is no maestro run going on for this pull request.", "nothing-to-cancel");
  }
  await tryReact(deps.client, ref, comment.id, "eyes");
  ticket.controller.abort();
  await postComment(
    deps,
    ref,
    comment.pullNumber,
    `Cancelling: running agents are stopped, merged work is kept and pushed.`,
  );
  return { kind: "replied", reason: "cancel" };
}

/** Answers a refused command: 😕 on the comment and a reply saying why. */
function refusal(
  deps: GitHubRunDeps,
  ref: RepoRef,
  comment: CommentFacts,
): (body: string, reason: string) => Promise<GitHubRunOutcome> {
  return async (body, reason) => {
    await tryReact(deps.client, ref, comment.id, "confused");
    await postComment(deps, ref, comment.pullNumber, body);
    return { kind: "replied", reason };
  };
}

function isPlanOnly(command: Extract<CommentCommand, { kind: "implement" | "plan" }>): boolean {
  return command.kind === "plan" || command.dryRun;
}
