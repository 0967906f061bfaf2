import { CheckRunSink } from "../adapters/github/check-run-sink.js";
import type { CheckRunOutput } from "../core/render/render-check-run.js";
import { taskAnnotations } from "../core/render/task-annotations.js";
import type { RunProgress } from "./open-progress.js";
import type { RunContext } from "./run-context.js";
import type { RunResult } from "./run-result.js";
import type { GitHubRunOutcome } from "./run-target.js";
import { errorText, stopTitle } from "./run-stopped.js";

/**
 * Writes the final check run (annotations, "Retry failed" when something failed), hands the output to
 * the entry point, and answers on the pull request: 🚀 on success, 😕 and a reply on failure, a reply
 * when a change on GitHub stopped the run, and the plan itself for `/maestro plan`.
 */
export async function concludeRun(
  run: RunContext,
  progress: RunProgress,
  tasksPath: string,
  result: RunResult,
): Promise<GitHubRunOutcome> {
  await Promise.all(run.pending);
  const output = finalOutput(progress, result);
  const { sink, state } = progress;
  const retryable = (result.summary?.failed.length ?? 0) + result.cancelled.length > 0;
  await progress.writer.flush(() =>
    sink.finish(
      result.conclusion,
      output,
      taskAnnotations(state, tasksPath, result.kept ?? new Map()),
      retryable,
    ),
  );
  await run.deps.onFinalOutput?.(output);
  await answer(run, result, output, sink.url);
  if (run.target.planOnly && sink instanceof CheckRunSink) await run.comment(planComment(output));
  return {
    kind: "run",
    conclusion: result.conclusion,
    summary: result.summary,
    cancelled: result.cancelled,
    output,
  };
}

/** The rendered state, headed by why a push stopped the run when one did. */
function finalOutput(progress: RunProgress, result: RunResult): CheckRunOutput {
  const output = progress.render(result.kept);
  if (result.pushError === null) return output;
  return {
    ...output,
    title: stopTitle(result.pushError),
    summary: `**${errorText(result.pushError)}**\n\n${output.summary}`,
  };
}

async function answer(
  run: RunContext,
  result: RunResult,
  output: CheckRunOutput,
  url: string | null,
): Promise<void> {
  if (result.conclusion === "failure") {
    await run.react("confused");
    if (run.target.commentId !== null) {
      await run.comment(`maestro finished with failures: ${output.title}.${url ? ` [Details](${url})` : ""}`);
    }
  } else if (result.conclusion !== "cancelled") {
    await run.react("rocket");
  } else if (result.pushError !== null) {
    // Stopped by a change on GitHub (branch deleted, PR closed, list edited): say so where people look.
    await run.comment(`maestro stopped: ${errorText(result.pushError)}`);
  }
}

function planComment(output: CheckRunOutput): string {
  const body = `📋 **maestro plan** · ${output.title}\n\n${output.summary}\n\n${output.text}`;
  return body.length <= 65_000
    ? body
    : `📋 **maestro plan** · ${output.title}\n\n${output.summary}`.slice(0, 65_000);
}
