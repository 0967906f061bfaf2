import type { Edge } from "../model/edge.js";
import { taskGraph } from "./task-graph.js";

/**
 * The longest dependency chain among the planned tasks, first to last: it bounds how many waves the run
 * needs. Ties go to the task listed first, so the answer is deterministic.
 */
export function criticalPath(
  taskIds: readonly string[],
  edges: readonly Edge[],
  done: ReadonlySet<string>,
): string[] {
  const graph = taskGraph(
    taskIds.filter((id) => !done.has(id)),
    edges.filter((e) => !done.has(e.from)),
  );
  const better = (a: string, b: string | null): boolean =>
    b === null ||
    (graph.remaining.get(a) ?? 0) > (graph.remaining.get(b) ?? 0) ||
    ((graph.remaining.get(a) ?? 0) === (graph.remaining.get(b) ?? 0) &&
      (graph.position.get(a) ?? 0) < (graph.position.get(b) ?? 0));
  let current: string | null = null;
  for (const id of graph.ids)
    if ((graph.preds.get(id) as string[]).length === 0 && better(id, current)) current = id;
  const path: string[] = [];
  while (current !== null) {
    path.push(current);
    let next: string | null = null;
    for (const s of graph.succs.get(current) as string[]) if (better(s, next)) next = s;
    current = next;
  }
  return path;
}
