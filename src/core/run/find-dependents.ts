import type { Edge } from "../model/edge.js";

/** Every task that depends on `id`, directly or through others, among `candidates`, in candidate order. */
export function findDependents(
  id: string,
  edges: readonly Edge[],
  candidates: readonly string[],
): Array<{ id: string; via: string }> {
  const succs = new Map<string, string[]>();
  for (const edge of edges) {
    const list = succs.get(edge.from) ?? [];
    list.push(edge.to);
    succs.set(edge.from, list);
  }
  const via = new Map<string, string>();
  const queue = [id];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i] as string;
    for (const next of succs.get(current) ?? []) {
      if (next === id || via.has(next)) continue;
      via.set(next, current);
      queue.push(next);
    }
  }
  return candidates.filter((c) => via.has(c)).map((c) => ({ id: c, via: via.get(c) as string }));
}
