import { readFileEnd } from "../adapters/fs/read-file-end.js";
import type { PullRequestCheckout } from "../adapters/github/pull-request-checkout.js";
import type { TaskView } from "../core/model/run-state.js";
import type { KeptWork } from "../core/render/kept-work.js";
import { compareUrl, isEarlierKeptBranch, keptBranchName } from "../core/run/kept-branch.js";
import type { RunProgress } from "./open-progress.js";
import type { RunSettings } from "./resolve-run-settings.js";
import type { RunContext } from "./run-context.js";
import type { RunResult } from "./run-result.js";
import { errorText } from "./run-stopped.js";

/** How much of a failed task's log is read before the run folder goes. */
const LOG_END_BYTES = 16 * 1024;

/**
 * Keeps what a failed task did where the user can reach it once the run folder is removed: its branch is
 * pushed to `maestro/<run-id>/<task-id>` (unless `keep-failed-branches: false`; never to the PR branch) and
 * the end of its log is read for the check run. Branches earlier runs kept for the tasks done now are
 * deleted. Everything here is best effort: a push that fails is reported, not fatal.
 */
export async function keepFailedWork(
  run: RunContext,
  checkout: PullRequestCheckout,
  progress: RunProgress,
  settings: RunSettings,
  result: RunResult,
): Promise<RunResult> {
  if (result.summary === null) return result;
  const kept = new Map<string, KeptWork>();
  const failed = [...progress.state.tasks.values()].filter((t) => t.status === "failed");
  for (const task of failed) kept.set(task.id, await keepTask(run, checkout, settings, task));
  await removeEarlierKeptBranches(run, checkout, result.summary.done);
  return { ...result, kept };
}

async function keepTask(
  run: RunContext,
  checkout: PullRequestCheckout,
  settings: RunSettings,
  task: TaskView,
): Promise<KeptWork> {
  const logEnd = task.log === null ? null : await readFileEnd(task.log, LOG_END_BYTES);
  const keep = (missing: string): KeptWork => ({ branch: null, url: null, missing, logEnd });
  if (settings.config.keepFailedBranches === false) {
    return keep("failed branches are not kept (`keep-failed-branches: false` in `.github/maestro.yml`)");
  }
  const remote = keptBranchName(run.runId, task.id);
  if (remote === null) return keep(`the task ID ${task.id} cannot be part of a branch name`);
  if (task.branch === null || !(await checkout.hasBranch(task.branch)))
    return keep("the task left no branch");
  try {
    await checkout.pushNewBranch(task.branch, remote);
  } catch (error) {
    run.deps.log.warn(`could not push ${remote}: ${errorText(error)}`);
    return keep(`its branch could not be pushed (${errorText(error).slice(0, 200)})`);
  }
  return {
    branch: remote,
    url: compareUrl(run.repo.htmlUrl, run.target.branch, remote),
    missing: null,
    logEnd,
  };
}

/** Deletes the branches earlier runs of this pull request (or branch) kept for tasks that are done now. */
async function removeEarlierKeptBranches(
  run: RunContext,
  checkout: PullRequestCheckout,
  done: readonly string[],
): Promise<void> {
  if (done.length === 0) return;
  try {
    const branches = await checkout.remoteBranches("maestro/");
    const stale = branches.filter((b) => done.some((id) => isEarlierKeptBranch(b, run.scope, id, run.runId)));
    await checkout.deleteRemoteBranches(stale);
  } catch (error) {
    run.deps.log.warn(`could not remove the branches kept for tasks now done: ${errorText(error)}`);
  }
}
