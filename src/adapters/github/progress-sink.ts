import type { CheckRunOutput } from "../../core/render/render-check-run.js";
import type { CheckAnnotation } from "../../core/render/task-annotations.js";

/** How a run ended, as a check-run conclusion. */
export type RunConclusion = "success" | "failure" | "cancelled" | "neutral" | "skipped";

/** Where progress is shown: a check run, or (when the token cannot create one) a PR comment. */
export interface ProgressSink {
  /** A link to the progress (check run or comment), for "already running" replies. */
  readonly url: string | null;
  /** Shows an in-progress state. */
  show(output: CheckRunOutput): Promise<void>;
  /** Writes the final state. `retryable` offers the "Retry failed" button. */
  finish(
    conclusion: RunConclusion,
    output: CheckRunOutput,
    annotations: CheckAnnotation[],
    retryable: boolean,
  ): Promise<void>;
}
