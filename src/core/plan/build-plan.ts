import type { Edge } from "../model/edge.js";
import type { Plan } from "../model/plan.js";
import type { TaskList } from "../model/task.js";
import { planWaves } from "./plan-waves.js";

/** Options for planning. */
export interface BuildPlanOptions {
  /** Plan every task as if none were done (`--all`). */
  all?: boolean;
  /** Repository file -> repository files it imports (for import edges); omitted: no import detection. */
  imports?: ReadonlyMap<string, readonly string[]>;
}

// PROVISIONAL: order edges and inline "depends on" only. The planning-core work replaces this file.
/** Detects dependencies and plans waves. Throws CycleError for a cycle the author stated. */
export function buildPlan(list: TaskList, options: BuildPlanOptions = {}): Plan {
  const edges: Edge[] = [];
  const ids = new Set(list.tasks.map((t) => t.id));
  let previous: string | null = null;
  for (const task of list.tasks) {
    if (previous && !task.parallel) {
      edges.push({
        from: previous,
        to: task.id,
        kind: "order",
        reason: "listed after, no [P]",
        stated: false,
      });
    }
    for (const m of task.title.matchAll(/depends on (T\d{3,}[A-Za-z]?)/g)) {
      const from = m[1] ?? "";
      if (ids.has(from)) {
        edges.push({ from, to: task.id, kind: "explicit", reason: `explicit "${m[0]}"`, stated: true });
      }
    }
    previous = task.id;
  }
  const done = new Set(options.all ? [] : list.tasks.filter((t) => t.done).map((t) => t.id));
  const pending = list.tasks.filter((t) => !done.has(t.id)).map((t) => t.id);
  const { waves, waveOf } = planWaves(pending, edges, done);
  return { list, edges, waves, waveOf, criticalPath: [], warnings: [...list.warnings] };
}
