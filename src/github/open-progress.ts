import { writeRunRecord } from "../adapters/fs/run-records.js";
import { CheckRunSink } from "../adapters/github/check-run-sink.js";
import { CommentSink } from "../adapters/github/comment-sink.js";
import { httpStatusOf } from "../adapters/github/github-client.js";
import type { ProgressSink } from "../adapters/github/progress-sink.js";
import { ThrottledWriter } from "../adapters/github/throttled-writer.js";
import { thisProcess } from "../adapters/system/this-process.js";
import { emptyRunState, type RunState } from "../core/model/run-state.js";
import type { KeptWorkByTask } from "../core/render/kept-work.js";
import { renderCheckRun, type CheckRunOutput } from "../core/render/render-check-run.js";
import { HEARTBEAT_MS } from "./run-claims.js";
import type { RunContext } from "./run-context.js";

/** Where a run shows its progress, and the state it shows. */
export interface RunProgress {
  sink: ProgressSink;
  state: RunState;
  /** Coalesces progress writes (at most one per update interval). */
  writer: ThrottledWriter;
  /** The check run's output for the current state, naming only the kept work given (none while it runs). */
  render(kept?: KeptWorkByTask): CheckRunOutput;
  /** Stops the heartbeat. */
  stop(): void;
}

/**
 * Opens the check run (or, for a token that cannot create one, the progress comment) and links the ticket
 * to it. In the App, the run is recorded in its folder (so a process after a crash can clean up) and says
 * it is alive on its check run every minute (so other App processes see its claim is live).
 */
export async function openProgress(run: RunContext): Promise<RunProgress> {
  const { deps, target } = run;
  const sink = await openSink(run);
  run.ticket.setLink(sink.url);
  if (deps.instanceId !== undefined && sink instanceof CheckRunSink) {
    await writeRunRecord(run.dirs.root, {
      ...run.ref,
      pullNumber: target.pullNumber,
      checkRunId: sink.id,
      instance: deps.instanceId,
      ...thisProcess(),
    });
  }
  const state = emptyRunState();
  const render = (kept: KeptWorkByTask = new Map()): CheckRunOutput =>
    renderCheckRun(state, { now: run.now(), planOnly: target.planOnly, kept });
  const writer = new ThrottledWriter(
    () => sink.show(render()),
    deps.timers,
    deps.updateIntervalMs ?? 3000,
    (error) => deps.log.warn(`progress update failed: ${String(error)}`),
  );
  const stop = deps.instanceId === undefined ? () => {} : heartbeat(run, () => writer.changed());
  return { sink, state, writer, render, stop };
}

/** Calls `beat` every HEARTBEAT_MS until the returned function is called. */
function heartbeat(run: RunContext, beat: () => void): () => void {
  const { timers } = run.deps;
  let handle: unknown = null;
  const next = (): void => {
    handle = timers.setTimeout(() => {
      beat();
      next();
    }, HEARTBEAT_MS);
  };
  next();
  return () => timers.clearTimeout(handle);
}

async function openSink(run: RunContext): Promise<ProgressSink> {
  const { deps, target } = run;
  try {
    return await CheckRunSink.create(deps.client, run.ref, {
      headSha: target.sha,
      memo: {
        pr: target.pullNumber,
        tasks: target.commandPath,
        ...(target.commentId === null ? {} : { comment: target.commentId }),
      },
      startedAt: run.now(),
      buttons: deps.buttons,
      ...(deps.retryPause ? { pause: deps.retryPause } : {}),
      // The App's runs say they are alive with every write (see claim-run.ts); the Action's need not.
      ...(deps.instanceId === undefined ? {} : { clock: () => deps.timers.now() }),
    });
  } catch (error) {
    // The workflow token without `checks: write` gets 403; the Action then keeps a PR comment instead.
    if (!deps.commentFallback || httpStatusOf(error) !== 403 || target.pullNumber === null) throw error;
    deps.log.warn("the token cannot create check runs; showing progress in a comment instead");
    return new CommentSink(deps.client, run.ref, target.pullNumber, deps.retryPause);
  }
}
