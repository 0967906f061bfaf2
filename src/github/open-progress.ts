import { writeRunRecord } from "../adapters/fs/run-records.js";
import { CheckRunSink } from "../adapters/github/check-run-sink.js";
import { CommentSink } from "../adapters/github/comment-sink.js";
import { httpStatusOf } from "../adapters/github/github-client.js";
import type { ProgressSink } from "../adapters/github/progress-sink.js";
import { ThrottledWriter } from "../adapters/github/throttled-writer.js";
import { emptyRunState, type RunState } from "../core/model/run-state.js";
import type { KeptWorkByTask } from "../core/render/kept-work.js";
import { renderCheckRun, type CheckRunOutput } from "../core/render/render-check-run.js";
import { concludeStaleRuns } from "./conclude-stale-runs.js";
import type { RunContext } from "./run-context.js";

/** Where a run shows its progress, and the state it shows. */
export interface RunProgress {
  sink: ProgressSink;
  state: RunState;
  /** Coalesces progress writes (at most one per update interval). */
  writer: ThrottledWriter;
  /** The check run's output for the current state, naming only the kept work given (none while it runs). */
  render(kept?: KeptWorkByTask): CheckRunOutput;
}

/**
 * Opens the check run (or, for a token that cannot create one, the progress comment), links the ticket
 * to it and, in the App, records the run and concludes the check runs a killed process left behind.
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
    });
    await concludeStaleRuns(run, sink).catch((error: unknown) =>
      deps.log.warn(`could not conclude stale check runs: ${String(error)}`),
    );
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
  return { sink, state, writer, render };
}

async function openSink(run: RunContext): Promise<ProgressSink> {
  const { deps, target } = run;
  try {
    return await CheckRunSink.create(
      deps.client,
      run.ref,
      target.sha,
      { pr: target.pullNumber, tasks: target.commandPath },
      run.now(),
      deps.retryPause,
      deps.buttons,
    );
  } catch (error) {
    // The workflow token without `checks: write` gets 403; the Action then keeps a PR comment instead.
    if (!deps.commentFallback || httpStatusOf(error) !== 403 || target.pullNumber === null) throw error;
    deps.log.warn("the token cannot create check runs; showing progress in a comment instead");
    return new CommentSink(deps.client, run.ref, target.pullNumber, deps.retryPause);
  }
}
