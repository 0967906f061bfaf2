import { detectDependencies } from "../detect/detect-dependencies.js";
import type { Plan } from "../model/plan.js";
import type { TaskList } from "../model/task.js";
import { criticalPath } from "./critical-path.js";
import { planWaves } from "./plan-waves.js";

/** Options for planning. */
export interface BuildPlanOptions {
  /** Plan every task as if none were done (`--all`). */
  all?: boolean;
  /** Repository file -> repository files it imports (for import edges); omitted: no import detection. */
  imports?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Detects dependencies and plans waves. Done tasks (`[x]`) satisfy dependencies and get no wave unless
 * `all`; groups (Kiro parents) never get a wave: their sub-tasks do the work. Throws CycleError for a
 * cycle the author stated.
 */
export function buildPlan(list: TaskList, options: BuildPlanOptions = {}): Plan {
  const detected = detectDependencies(list, options.imports ? { imports: options.imports } : {});
  const workers = list.tasks.filter((t) => !t.group);
  const done = new Set(options.all ? [] : workers.filter((t) => t.done).map((t) => t.id));
  const ids = workers.map((t) => t.id);
  const { waves, waveOf } = planWaves(ids, detected.edges, done);
  return {
    list,
    edges: detected.edges,
    waves,
    waveOf,
    criticalPath: criticalPath(ids, detected.edges, done),
    warnings: [...list.warnings, ...detected.warnings],
  };
}
