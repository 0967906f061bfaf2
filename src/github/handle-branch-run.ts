import type { GitHubRunDeps, RepositoryFacts } from "./github-run-deps.js";
import { runClaimed } from "./run-claimed.js";
import { runKey } from "./run-registry.js";
import type { GitHubRunOutcome, RunTarget } from "./run-target.js";

/** Runs on a branch without a pull request (workflow_dispatch). */
export async function handleBranchRun(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  target: Omit<RunTarget, "pullNumber" | "commentId">,
): Promise<GitHubRunOutcome> {
  const ticket = deps.registry.claim(runKey(repo.owner, repo.repo, target.branch));
  if (ticket === null) return { kind: "replied", reason: "already-running" };
  return runClaimed(deps, repo, ticket, { ...target, pullNumber: null, commentId: null });
}
