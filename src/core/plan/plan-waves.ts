import type { Edge } from "../model/edge.js";
import type { Wave } from "../model/plan.js";
import { taskGraph } from "./task-graph.js";

/**
 * Puts each task in the earliest wave its dependencies allow. `taskIds` are the tasks to plan, in list
 * order; edges touching a task in `done` (or any task not in `taskIds`) are already satisfied. The graph
 * must be acyclic. Inside a wave, tasks with the longest remaining path come first, then list order.
 * Linear in tasks + edges, so the engine can call it again to re-plan after adding edges at run time.
 */
export function planWaves(
  taskIds: readonly string[],
  edges: readonly Edge[],
  done: ReadonlySet<string>,
): { waves: Wave[]; waveOf: Map<string, number> } {
  const graph = taskGraph(
    taskIds.filter((id) => !done.has(id)),
    edges.filter((e) => !done.has(e.from)),
  );
  const waveOf = new Map<string, number>();
  for (const id of graph.order) {
    let wave = 0;
    for (const p of graph.preds.get(id) as string[]) wave = Math.max(wave, waveOf.get(p) ?? 0);
    waveOf.set(id, wave + 1);
  }
  const waves: Wave[] = [];
  for (const id of graph.ids) {
    const n = waveOf.get(id) as number;
    while (waves.length < n) waves.push({ number: waves.length + 1, tasks: [] });
    waves[n - 1]?.tasks.push(id);
  }
  for (const wave of waves) {
    wave.tasks.sort(
      (a, b) =>
        (graph.remaining.get(b) ?? 0) - (graph.remaining.get(a) ?? 0) ||
        (graph.position.get(a) ?? 0) - (graph.position.get(b) ?? 0),
    );
  }
  return { waves, waveOf };
}
