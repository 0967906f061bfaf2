import { rm } from "node:fs/promises";
import type { PullRequestCheckout } from "../adapters/github/pull-request-checkout.js";
import { checkOutTarget } from "./check-out-target.js";
import { chooseRunTaskList } from "./choose-run-task-list.js";
import { concludeRun } from "./conclude-run.js";
import { concludeStoppedRun } from "./conclude-stopped-run.js";
import type { GitHubRunDeps, RepositoryFacts } from "./github-run-deps.js";
import { openProgress, type RunProgress } from "./open-progress.js";
import { keepFailedWork } from "./keep-failed-work.js";
import { planRun } from "./plan-run.js";
import { pushRunWork } from "./push-run-work.js";
import { resolveRunSettings } from "./resolve-run-settings.js";
import { newRunContext, type RunContext } from "./run-context.js";
import { runEngine } from "./run-engine.js";
import { verifyClaim, yieldClaim } from "./verify-claim.js";
import type { RunTicket } from "./run-registry.js";
import type { GitHubRunOutcome, RunTarget } from "./run-target.js";

/**
 * One run, once its ticket is held: open the check run and verify the claim it makes, resolve the settings and the agent, check out
 * the pinned commit, choose the task list, then plan it or run it and push, keep what failed, and
 * conclude. Whatever happens, the ticket is released and the run folder removed.
 */
export async function runClaimed(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  ticket: RunTicket,
  target: RunTarget,
): Promise<GitHubRunOutcome> {
  const run = newRunContext(deps, repo, ticket, target);
  let progress: RunProgress | null = null;
  let checkout: PullRequestCheckout | null = null;
  try {
    await run.react("eyes");
    progress = await openProgress(run);
    const earlier = await verifyClaim(run, progress.sink);
    if (earlier !== null) return await yieldClaim(run, progress.sink, earlier);
    const settings = await resolveRunSettings(run);
    checkout = await checkOutTarget(run);
    const tasksPath = await chooseRunTaskList(run, checkout, settings.config, progress.sink);
    const result = target.planOnly
      ? await planRun(run, checkout, tasksPath, progress)
      : await pushRunWork(checkout, await runEngine(run, checkout, tasksPath, settings, progress));
    const kept = await keepFailedWork(run, checkout, progress, settings, result);
    return await concludeRun(run, progress, tasksPath, kept);
  } catch (error) {
    return await concludeStoppedRun(run, progress?.sink ?? null, error);
  } finally {
    progress?.stop();
    await releaseRun(run, checkout);
  }
}

/** Frees the ticket and removes the whole run folder, also when the clone itself failed half-way. */
async function releaseRun(run: RunContext, checkout: PullRequestCheckout | null): Promise<void> {
  run.deps.registry.release(run.ticket);
  if (run.deps.keepWorkDirs) return;
  if (checkout) await checkout.tryRemove();
  await rm(run.dirs.root, { recursive: true, force: true }).catch(() => undefined);
}
