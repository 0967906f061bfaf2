import { canWrite, readPermission } from "../adapters/github/collaborator-permission.js";
import type { RepoRef } from "../adapters/github/github-client.js";
import type { GitHubRunDeps } from "./github-run-deps.js";

/** The pull request as the checks need it (the REST API's `pulls.get`). */
export interface PullRequestFacts {
  state: string;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string } };
}

/** Who may run maestro: write, maintain or admin access. Returns the role when it falls short. */
export async function authoriseUser(
  deps: GitHubRunDeps,
  ref: RepoRef,
  user: string,
): Promise<{ allowed: true } | { allowed: false; permission: string }> {
  const permission = await readPermission(deps.client, ref, user);
  return canWrite(permission) ? { allowed: true } : { allowed: false, permission };
}

/** The fork a pull request comes from, or null when its head is in the repository itself. */
export function forkOf(pr: PullRequestFacts): string | null {
  const headRepo = pr.head.repo?.full_name ?? "(a deleted fork)";
  return headRepo === pr.base.repo.full_name ? null : headRepo;
}

/** Reads the pull request a command is about. */
export async function readPullRequest(
  deps: GitHubRunDeps,
  ref: RepoRef,
  pullNumber: number,
): Promise<PullRequestFacts> {
  const { data } = await deps.client.rest.pulls.get({ ...ref, pull_number: pullNumber });
  return data;
}
