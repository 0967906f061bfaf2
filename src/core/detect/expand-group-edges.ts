import type { Edge } from "../model/edge.js";
import type { Task } from "../model/task.js";
import { EdgeSet } from "./edge-set.js";

/**
 * Groups (a parent with sub-tasks: Kiro `1` with `1.1`, spec-kit `T001` with `T001.1`) do no work
 * themselves, so an edge to or from a group stands for edges to or from each of its leaf sub-tasks.
 * Edges between a group and its own sub-tasks are dropped.
 */
export function expandGroupEdges(tasks: readonly Task[], edges: readonly Edge[]): Edge[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  if (!tasks.some((t) => t.group)) return [...edges];
  const leaves = new Map<string, string[]>();
  const leavesOf = (id: string): string[] => leafIds(byId, id, leaves);
  const out = new EdgeSet();
  for (const edge of edges) {
    const from = leavesOf(edge.from);
    const to = leavesOf(edge.to);
    if (from.some((f) => to.includes(f))) continue;
    for (const f of from) for (const t of to) out.add({ ...edge, from: f, to: t });
  }
  return out.edges;
}

/** A task's leaf sub-tasks, recursively (a task that is no group is its own leaf); `cache` keeps them per ID. */
export function leafIds(
  byId: ReadonlyMap<string, Task>,
  id: string,
  cache?: Map<string, string[]>,
): string[] {
  const cached = cache?.get(id);
  if (cached) return cached;
  const task = byId.get(id);
  const out = task?.group ? task.children.flatMap((child) => leafIds(byId, child, cache)) : [id];
  cache?.set(id, out);
  return out;
}
