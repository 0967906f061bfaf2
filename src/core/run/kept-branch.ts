/**
 * Names of the runs maestro starts on GitHub and of the branches it keeps there for failed tasks. A run ID
 * is `<scope>-<sha7>-<time>-<random>`: the scope is the pull request's number (`7`), or `branch-<name>` for
 * a run on a branch without one; the failed task T003 of that run is kept as `maestro/<run-id>/T003`.
 */

/** What a run's branches are scoped to: the pull request, or the branch. */
export function runScope(pullNumber: number | null, branch: string): string {
  if (pullNumber !== null) return String(pullNumber);
  return `branch-${branch.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 40)}`;
}

/** The ID of a run on GitHub; `random` keeps two runs apart when the clock repeats itself. */
export function gitHubRunId(scope: string, sha: string, nowMs: number, random: string): string {
  return `${scope}-${sha.slice(0, 7)}-${nowMs.toString(36)}-${random}`;
}

/** The remote branch a failed task's work is kept on; null when the task ID cannot be part of a branch name. */
export function keptBranchName(runId: string, taskId: string): string | null {
  // A GitHub issue reference ("#412", a tracking issue's item) is a valid ref name too.
  const safe = /^#?[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(taskId) && !taskId.endsWith(".lock");
  return safe ? `maestro/${runId}/${taskId}` : null;
}

/** True for a branch kept for `taskId` by an earlier run of the same scope (never the run `currentRunId`). */
export function isEarlierKeptBranch(
  name: string,
  scope: string,
  taskId: string,
  currentRunId: string,
): boolean {
  const match = /^maestro\/([^/]+)\/([^/]+)$/.exec(name);
  if (match === null || match[2] !== taskId || match[1] === currentRunId) return false;
  const runId = match[1] ?? "";
  return (
    runId.startsWith(`${scope}-`) && /^[0-9a-f]{7}-[0-9a-z]+-[0-9a-f]{6}$/.test(runId.slice(scope.length + 1))
  );
}

/** The compare view of a kept branch against the branch it was made for, or null without a web address. */
export function compareUrl(htmlUrl: string | null, base: string, kept: string): string | null {
  if (htmlUrl === null) return null;
  const ref = (name: string): string => encodeURIComponent(name).replace(/%2F/g, "/");
  return `${htmlUrl}/compare/${ref(base)}...${ref(kept)}`;
}
