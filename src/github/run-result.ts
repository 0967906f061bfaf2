import type { RunConclusion } from "../adapters/github/progress-sink.js";
import type { KeptWorkByTask } from "../core/render/kept-work.js";
import type { RunSummary } from "../runner/implement-options.js";

/** How the plan or the engine ended, before the run is concluded on GitHub. */
export interface RunResult {
  conclusion: RunConclusion;
  /** The engine's summary; null for a plan. */
  summary: RunSummary | null;
  /** Tasks the cancel stopped; not in `summary.failed`. */
  cancelled: string[];
  /** Why pushing stopped the run (a change on GitHub, a conflict), or null. */
  pushError: unknown;
  /** What is kept of the failed tasks (see keep-failed-work.ts); absent for a plan. */
  kept?: KeptWorkByTask;
}
