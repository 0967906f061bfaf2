import type { PullRequestCheckout } from "../adapters/github/pull-request-checkout.js";
import { applyRunEvent } from "../core/model/run-state.js";
import { createCancelClassifier } from "../core/run/classify-cancelled.js";
import { renderRegroupComment } from "../core/render/render-replies.js";
import type { ImplementOptions, RunSummary } from "../runner/implement-options.js";
import type { RunProgress } from "./open-progress.js";
import type { RunSettings } from "./resolve-run-settings.js";
import type { RunContext } from "./run-context.js";
import { RunStopped } from "./run-stopped.js";

/** What the engine did, and the error that stopped it at a pushed wave, if any. */
export interface EngineResult {
  /** The engine's summary, with the tasks the cancel stopped taken out of `failed`. */
  summary: RunSummary;
  /** Tasks the cancel stopped. */
  cancelled: string[];
  pushError: unknown;
}

/**
 * Runs the task list with the engine in the clone. Each merged wave is pushed at once; a push that finds
 * the task list edited on the branch, or the pull request closed, stops the run (as a cancel).
 */
export async function runEngine(
  run: RunContext,
  checkout: PullRequestCheckout,
  tasksPath: string,
  settings: RunSettings,
  progress: RunProgress,
): Promise<EngineResult> {
  let pushError: unknown = null;
  const onWaveMerged = async ({ wave }: { wave: number }): Promise<void> => {
    try {
      await pushWave(run, checkout, tasksPath, wave);
    } catch (error) {
      pushError = error;
      throw error;
    }
  };
  const summary = await run.deps.runner(
    engineOptions(run, checkout, tasksPath, settings, progress, onWaveMerged),
  );
  const cancelled = [...progress.state.tasks.values()]
    .filter((t) => t.status === "cancelled")
    .map((t) => t.id);
  const failed = summary.failed.filter((id) => !cancelled.includes(id));
  return { summary: { ...summary, failed }, cancelled, pushError };
}

function engineOptions(
  run: RunContext,
  checkout: PullRequestCheckout,
  tasksPath: string,
  settings: RunSettings,
  progress: RunProgress,
  onWaveMerged: NonNullable<ImplementOptions["onWaveMerged"]>,
): ImplementOptions {
  const { deps, target } = run;
  const signal = run.ticket.controller.signal;
  const classify = createCancelClassifier();
  return {
    repo: checkout.dir,
    tasksPath,
    agent: settings.agent,
    ...(settings.verify ? { verify: settings.verify } : {}),
    ...(settings.setup ? { setup: settings.setup } : {}),
    taskTimeoutMs: settings.taskTimeoutMs,
    // `clean-ignored: true` in .github/maestro.yml: slots lose ignored files between tasks too.
    ...(settings.config.cleanIgnored ? { cleanIgnored: true } : {}),
    maxParallel: 3,
    dryRun: false,
    failFast: false,
    ...(target.only ? { only: target.only } : {}),
    runId: run.runId,
    workDir: run.dirs.work,
    env: deps.agentEnv,
    onEvent: (engineEvent) => {
      const event = classify(engineEvent, signal.aborted);
      applyRunEvent(progress.state, event);
      progress.writer.changed();
      if (event.type === "regroup") run.pending.push(run.comment(renderRegroupComment(event)));
    },
    onWaveMerged,
    signal,
    now: () => run.now(),
  };
}

/** Pushes a merged wave, then stops the run if the task list changed on the branch or the PR closed. */
async function pushWave(
  run: RunContext,
  checkout: PullRequestCheckout,
  tasksPath: string,
  wave: number,
): Promise<void> {
  const { deps, target } = run;
  const pushed = await checkout.push();
  // A list edited on the branch no longer says what the remaining waves should do.
  const edited = pushed.theirFiles.filter((f) => f === tasksPath || f.startsWith(`${tasksPath}/`));
  if (edited.length > 0) {
    throw new RunStopped(
      "Stopped: the task list changed on the branch",
      `\`${tasksPath}\` was changed on \`${target.branch}\` while maestro ran. maestro merged the change, ` +
        `pushed the work of waves 1–${wave} and stopped, so the remaining tasks are not run from an ` +
        "outdated list. Run the command again to continue with the new list.",
      "cancelled",
    );
  }
  if (target.pullNumber === null) return;
  const { data: pr } = await deps.client.rest.pulls.get({ ...run.ref, pull_number: target.pullNumber });
  if (pr.state !== "open") {
    throw new RunStopped(
      "Stopped: the pull request was closed",
      `Pull request #${target.pullNumber} was closed while maestro ran. The work of waves 1–${wave} ` +
        "was pushed to its branch; nothing more will run.",
      "cancelled",
    );
  }
}
