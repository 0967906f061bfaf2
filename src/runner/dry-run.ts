import type { RunEvent } from "../core/model/run-event.js";
import type { ImplementOptions, RunSummary } from "./implement-options.js";
import type { PreparedRun } from "./prepare-run.js";
import { taskPaths } from "./task-paths.js";

/** `--dry-run`: reports the plan and the branches and worktrees a run would create; creates nothing. */
export function dryRun(
  options: ImplementOptions,
  prepared: PreparedRun,
  emit: (event: RunEvent) => void,
  time: string,
): RunSummary {
  const { planJson, skipped } = prepared;
  emit({ type: "plan", time, runId: options.runId, plan: planJson });
  const wouldCreate = planJson.waves.flatMap((w) =>
    w.tasks.map((id) => {
      const paths = taskPaths(options.workDir, options.runId, id, 1);
      return { task: id, wave: w.number, branch: paths.branch, worktree: paths.worktree };
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
