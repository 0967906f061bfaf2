import type { PlanJson } from "./plan-json.js";

/** How a task ended; `cancelled`: the run was cancelled while it ran (the engine itself reports `failed`). */
export type TaskOutcome = "done" | "failed" | "skipped" | "cancelled";

/** A wave as shown before and after a re-grouping. */
export interface WaveSnapshot {
  number: number;
  tasks: string[];
}

/**
 * What the runner reports while it works. `maestro implement --json` prints these as NDJSON; the terminal
 * display and the check run are both folded from them (see run-state.ts). `time` is ISO-8601.
 */
export type RunEvent =
  | { type: "plan"; time: string; runId: string; plan: PlanJson }
  | { type: "wave-start"; time: string; wave: number; tasks: string[] }
  | { type: "task-start"; time: string; task: string; wave: number; branch: string; worktree: string }
  | {
      type: "task-end";
      time: string;
      task: string;
      wave: number;
      status: TaskOutcome;
      /** Files the task actually changed (empty when skipped). */
      files: string[];
      /** Why it failed or was skipped; null when done. */
      reason: string | null;
      /** Where its branch and log stay for inspection (kept for failed tasks). */
      branch: string | null;
      log: string | null;
      /** Last lines of the agent's output, for failed tasks. */
      tail?: string;
    }
  | {
      type: "merge";
      time: string;
      task: string;
      wave: number;
      result: "merged" | "conflict";
      files?: string[];
    }
  | { type: "regroup"; time: string; reason: string; before: WaveSnapshot[]; after: WaveSnapshot[] }
  | { type: "verify"; time: string; wave: number; ok: boolean; output?: string }
  | { type: "throttle"; time: string; task: string; reason: string }
  | { type: "wave-end"; time: string; wave: number }
  | {
      type: "run-end";
      time: string;
      status: "success" | "failure" | "cancelled";
      done: number;
      failed: number;
      skipped: number;
      /** Tasks the cancel stopped (counted apart from `failed`, see classify-cancelled.ts). */
      cancelled?: number;
      /** Branches kept for inspection (failed or conflicted tasks), with their logs. */
      kept: Array<{ task: string; branch: string; log: string | null }>;
    };
