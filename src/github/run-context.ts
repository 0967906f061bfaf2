import { randomBytes } from "node:crypto";
import { gitHubRunId, runScope } from "../core/run/kept-branch.js";
import { tryReact, type CommandReaction } from "../adapters/github/comment-reactions.js";
import type { RepoRef } from "../adapters/github/github-client.js";
import { runDirectories } from "../adapters/github/pull-request-checkout.js";
import type { GitHubRunDeps, RepositoryFacts } from "./github-run-deps.js";
import { postComment } from "./post-comment.js";
import type { RunTicket } from "./run-registry.js";
import type { RunTarget } from "./run-target.js";

/** What every step of one run shares: who asked, for what, where its files go, and how to answer. */
export interface RunContext {
  deps: GitHubRunDeps;
  repo: RepositoryFacts;
  ref: RepoRef;
  ticket: RunTicket;
  target: RunTarget;
  /** What earlier runs this one may clean up after share: the pull request, or the branch. */
  scope: string;
  runId: string;
  dirs: { root: string; clone: string; work: string };
  /** Replies posted while the run goes on (re-groupings); awaited before it concludes. */
  pending: Array<Promise<void>>;
  now(): Date;
  /** Reacts to the command's comment, if there is one. */
  react(content: CommandReaction): Promise<void>;
  /** Comments on the pull request, if there is one. */
  comment(body: string): Promise<void>;
}

/** The context of a run that just got its ticket: a fresh run ID and run folder. */
export function newRunContext(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  ticket: RunTicket,
  target: RunTarget,
): RunContext {
  const ref = { owner: repo.owner, repo: repo.repo };
  // The random part keeps two runs apart even when the clock repeats itself (restarts, injected clocks).
  const scope = runScope(target.pullNumber, target.branch);
  const runId = gitHubRunId(scope, target.sha, deps.timers.now(), randomBytes(3).toString("hex"));
  return {
    deps,
    repo,
    ref,
    ticket,
    target,
    scope,
    runId,
    dirs: runDirectories(deps.workRoot, runId),
    pending: [],
    now: () => new Date(deps.timers.now()),
    react: async (content) => {
      if (target.commentId !== null) await tryReact(deps.client, ref, target.commentId, content);
    },
    comment: async (body) => {
      if (target.pullNumber !== null) await postComment(deps, ref, target.pullNumber, body);
    },
  };
}
