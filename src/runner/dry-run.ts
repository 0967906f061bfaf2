import type { RunEvent } from "../core/model/run-event.js";
import type { ImplementOptions, RunSummary } from "./implement-options.js";
import type { PreparedRun } from "./prepare-run.js";
import { slotPath } from "./slot-pool.js";
import { taskPaths } from "./task-paths.js";

/**
 * `--dry-run`: reports the plan and the branches a run would create, each with the slot worktree it would
 * take if the tasks of a wave ended in order; creates nothing.
 */
export function dryRun(
  options: ImplementOptions,
  prepared: PreparedRun,
  parallel: number,
  emit: (event: RunEvent) => void,
  time: string,
): RunSummary {
  const { planJson, skipped } = prepared;
  emit({ type: "plan", time, runId: options.runId, plan: planJson });
  const wouldCreate = planJson.waves.flatMap((w) =>
    w.tasks.map((id, i) => {
      const { branch } = taskPaths(options.workDir, options.runId, id, 1);
      return { task: id, wave: w.number, branch, worktree: slotPath(options.workDir, (i % parallel) + 1) };
    }),
  );
  return {
    status: "success",
    done: [],
    failed: [],
    skipped: [...skipped.keys()],
    waves: planJson.waves.length,
    kept: [],
    wouldCreate,
  };
}
