import type { Edge } from "../model/edge.js";

// Evidence that is the authors' own words: a sentence of the list, a task's text, a Depends field.
const WORDS: ReadonlySet<Edge["origin"]> = new Set(["statement", "task", "field"]);

/**
 * Two tasks writing one file conflict whichever goes first; listing order chose for them. When breaking a
 * cycle would cost the authors' words (`weakest`, the edge otherwise dropped) and the cycle runs through
 * such a file edge A -> B, A and B swap places in that file's chain of writers instead: P -> B -> A -> N
 * for P -> A -> B -> N, so they still never share a wave. The turned edge does not turn back. Changes
 * `edges` and `alive` in place (new edges are appended, alive) and returns what was done, or null.
 */
export function turnSharedFile(
  edges: Edge[],
  alive: boolean[],
  { cycle, weakest }: { cycle: readonly number[]; weakest: number },
  list: { position: ReadonlyMap<string, number>; phaseOf: ReadonlyMap<string, number | null> },
): string | null {
  // A link between two phases first (where the chain crosses from one part of the list to another), then
  // the longest: not an order between neighbours that nothing contradicts.
  const span = (e: Edge): number =>
    (list.phaseOf.get(e.from) === list.phaseOf.get(e.to) ? 0 : list.position.size) +
    Math.abs((list.position.get(e.to) ?? 0) - (list.position.get(e.from) ?? 0));
  const words = edges[weakest] as Edge;
  if (!WORDS.has(words.origin)) return null;
  let at: number | undefined;
  for (const i of cycle) {
    const shared = (edges[i] as Edge).shared;
    if (shared === undefined || shared.turned === true || shared.pinned === true) continue;
    if (at === undefined || span(edges[i] as Edge) > span(edges[at] as Edge)) at = i;
  }
  if (at === undefined) return null;
  const file = edges[at] as Edge;
  const path = file.shared?.file as string;
  const inChain = (test: (e: Edge) => boolean): number =>
    edges.findIndex((e, i) => alive[i] === true && e.shared?.file === path && test(e));
  const pred = inChain((e) => e.to === file.from);
  const succ = inChain((e) => e.from === file.to);
  const append = (edge: Edge): void => {
    edges.push(edge);
    alive.push(true);
  };
  alive[at] = false;
  append({
    ...file,
    from: file.to,
    to: file.from,
    backward: file.backward !== true,
    shared: { file: path, turned: true },
    reason: `${file.reason}, turned round so that ${words.reason} holds`,
  });
  if (pred >= 0) {
    alive[pred] = false;
    // P stays where it was, first writer or not: its link keeps `pinned`.
    const before = edges[pred] as Edge;
    append({ ...before, to: file.to, shared: { file: path, pinned: before.shared?.pinned === true } });
  }
  if (succ >= 0) {
    alive[succ] = false;
    append({ ...(edges[succ] as Edge), from: file.from, shared: { file: path } });
  }
  return `turned round the file edge ${file.from} -> ${file.to} (both write ${path}: either order keeps them apart) rather than drop ${words.from} -> ${words.to} (${words.reason})`;
}
