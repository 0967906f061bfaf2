import type { Edge } from "../core/model/edge.js";
import type { Task, TaskList } from "../core/model/task.js";
import { buildPlan } from "../core/plan/build-plan.js";
import { toPlanJson } from "../core/render/plan-json.js";
import { findDependents } from "../core/run/find-dependents.js";
import { replanRemaining } from "../core/run/replan-remaining.js";

/** What a run starts from: the plan of the tasks still to do, and those `--only` leaves out. */
export interface PreparedRun {
  tasks: Map<string, Task>;
  byListOrder: (a: string, b: string) => number;
  edges: Edge[];
  done: Set<string>;
  skipped: Map<string, string>;
  /** The waves, first to last (none empty). */
  initial: string[][];
  planJson: ReturnType<typeof toPlanJson>;
}

/** Plans a run of `list`: ticked tasks are done; with `only`, tasks needing an unchosen one are skipped. */
export function prepareRun(
  list: TaskList,
  tasksRel: string,
  only: string[] | undefined,
  imports?: ReadonlyMap<string, readonly string[]>,
): PreparedRun {
  const plan = buildPlan(list, imports ? { imports } : {});
  const tasks = new Map(list.tasks.map((t) => [t.id, t]));
  const position = new Map(list.tasks.map((t, i) => [t.id, i]));
  const byListOrder = (a: string, b: string) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const edges: Edge[] = [...plan.edges];
  const done = new Set(list.tasks.filter((t) => t.done).map((t) => t.id));
  const pendingAll = list.tasks.filter((t) => !done.has(t.id) && !t.group).map((t) => t.id);

  // --only: the chosen tasks, minus those that need a task outside the choice.
  const outside = new Set(only ? pendingAll.filter((id) => !only.includes(id)) : []);
  const skipped = new Map<string, string>();
  for (const id of outside) {
    for (const dep of findDependents(id, edges, pendingAll)) {
      if (!outside.has(dep.id) && !skipped.has(dep.id)) {
        skipped.set(dep.id, `depends on ${id}, which is not in --only`);
      }
    }
  }
  const first = replanRemaining(
    pendingAll.filter((id) => !outside.has(id) && !skipped.has(id)),
    edges,
    done,
    new Set(),
  );
  const initial = [first.current, ...first.later].filter((w) => w.length > 0);
  const planJson = toPlanJson(plan);
  planJson.source = tasksRel;
  planJson.waves = initial.map((w, i) => ({ number: i + 1, tasks: [...w] }));
  const waveOfInitial = new Map(planJson.waves.flatMap((w) => w.tasks.map((id) => [id, w.number] as const)));
  for (const t of planJson.tasks) t.wave = waveOfInitial.get(t.id) ?? null;
  return { tasks, byListOrder, edges, done, skipped, initial, planJson };
}
