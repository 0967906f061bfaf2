import type { Edge } from "../model/edge.js";

/** The dependency graph of the tasks being planned, with a topological order and path lengths. */
export interface TaskGraph {
  ids: readonly string[];
  position: Map<string, number>;
  preds: Map<string, string[]>;
  succs: Map<string, string[]>;
  /** Kahn's order; ties broken by list position. */
  order: string[];
  /** Tasks on the longest path from a task to the end, itself included. */
  remaining: Map<string, number>;
}

/**
 * Builds the graph of `ids` (list order). Edges touching a task outside `ids` are ignored: a done task
 * satisfies its dependents. Throws when the graph has a cycle (detection breaks cycles first).
 *
 * The order is Kahn's algorithm, iterative, rather than the `toposort` package: toposort recurses once per
 * task along a chain and overflows the stack on a 10,000-task chain when the chain is listed backwards.
 */
export function taskGraph(ids: readonly string[], edges: readonly Edge[]): TaskGraph {
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const id of ids) {
    preds.set(id, []);
    succs.set(id, []);
  }
  for (const edge of edges) {
    if (!position.has(edge.from) || !position.has(edge.to) || edge.from === edge.to) continue;
    (preds.get(edge.to) as string[]).push(edge.from);
    (succs.get(edge.from) as string[]).push(edge.to);
  }
  const indegree = new Map<string, number>();
  for (const id of ids) indegree.set(id, (preds.get(id) as string[]).length);
  const order: string[] = [];
  for (const id of ids) if (indegree.get(id) === 0) order.push(id);
  for (let i = 0; i < order.length; i++) {
    for (const next of succs.get(order[i] as string) as string[]) {
      const d = (indegree.get(next) as number) - 1;
      indegree.set(next, d);
      if (d === 0) order.push(next);
    }
  }
  if (order.length !== ids.length) throw new Error("taskGraph: the dependency graph has a cycle");
  const remaining = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    let best = 0;
    for (const s of succs.get(id) as string[]) best = Math.max(best, remaining.get(s) ?? 0);
    remaining.set(id, best + 1);
  }
  return { ids, position, preds, succs, order, remaining };
}
