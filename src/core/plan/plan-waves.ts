import type { Edge } from "../model/edge.js";
import type { Wave } from "../model/plan.js";

/**
 * Puts each task in the earliest wave its dependencies allow. `taskIds` are the tasks to plan, in list
 * order; edges touching a task in `done` are already satisfied. The graph must be acyclic.
 * Inside a wave, tasks with the longest remaining path come first, then list order.
 */
export function planWaves(
  taskIds: readonly string[],
  edges: readonly Edge[],
  done: ReadonlySet<string>,
): { waves: Wave[]; waveOf: Map<string, number> } {
  const position = new Map(taskIds.map((id, i) => [id, i]));
  const preds = new Map<string, string[]>(taskIds.map((id) => [id, []]));
  const succs = new Map<string, string[]>(taskIds.map((id) => [id, []]));
  for (const edge of edges) {
    if (done.has(edge.from) || !position.has(edge.from) || !position.has(edge.to)) continue;
    preds.get(edge.to)?.push(edge.from);
    succs.get(edge.from)?.push(edge.to);
  }
  // Longest path to a sink, computed in reverse topological order.
  const order = topologicalOrder(taskIds, preds, succs);
  const remaining = new Map<string, number>();
  for (const id of [...order].reverse()) {
    remaining.set(id, 1 + Math.max(0, ...(succs.get(id) ?? []).map((s) => remaining.get(s) ?? 0)));
  }
  const waveOf = new Map<string, number>();
  for (const id of order) {
    waveOf.set(id, 1 + Math.max(0, ...(preds.get(id) ?? []).map((p) => waveOf.get(p) ?? 0)));
  }
  const waves: Wave[] = [];
  for (const id of taskIds) {
    const n = waveOf.get(id) ?? 1;
    while (waves.length < n) waves.push({ number: waves.length + 1, tasks: [] });
    waves[n - 1]?.tasks.push(id);
  }
  for (const wave of waves) {
    wave.tasks.sort(
      (a, b) =>
        (remaining.get(b) ?? 0) - (remaining.get(a) ?? 0) || (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
  }
  return { waves, waveOf };
}

function topologicalOrder(
  ids: readonly string[],
  preds: Map<string, string[]>,
  succs: Map<string, string[]>,
): string[] {
  const indegree = new Map(ids.map((id) => [id, preds.get(id)?.length ?? 0]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    order.push(id);
    for (const s of succs.get(id) ?? []) {
      const d = (indegree.get(s) ?? 0) - 1;
      indegree.set(s, d);
      if (d === 0) queue.push(s);
    }
  }
  if (order.length !== ids.length) throw new Error("planWaves: the dependency graph has a cycle");
  return order;
}
