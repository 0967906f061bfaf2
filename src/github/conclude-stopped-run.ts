import type { ProgressSink } from "../adapters/github/progress-sink.js";
import type { CheckRunOutput } from "../core/render/render-check-run.js";
import type { RunContext } from "./run-context.js";
import { errorText, failureTitle, isForeseenStop, stopConclusion } from "./run-stopped.js";
import type { GitHubRunOutcome } from "./run-target.js";

/**
 * Ends a run that threw before it could conclude normally: the check run (if it was opened) says why, a
 * change someone made on GitHub cancels and anything else fails, and the pull request gets a reply.
 */
export async function concludeStoppedRun(
  run: RunContext,
  sink: ProgressSink | null,
  error: unknown,
): Promise<GitHubRunOutcome> {
  const { deps, target } = run;
  await Promise.allSettled(run.pending);
  const stopped = isForeseenStop(error);
  const message = errorText(error);
  const conclusion = stopConclusion(error);
  if (!stopped) {
    deps.log.error(
      `run ${run.runId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  const output: CheckRunOutput = { title: failureTitle(error), summary: message, text: "" };
  if (sink) {
    await sink
      .finish(conclusion, output, [], false)
      .catch((e: unknown) => deps.log.warn(`could not conclude: ${String(e)}`));
  }
  await deps.onFinalOutput?.(output);
  await run.react("confused");
  if (target.commentId !== null || stopped) {
    await run.comment(conclusion === "cancelled" ? `maestro stopped: ${message}` : message);
  }
  return { kind: "run", conclusion, summary: null, cancelled: [], output };
}
