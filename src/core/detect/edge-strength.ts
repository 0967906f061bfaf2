import type { Edge, EdgeKind } from "../model/edge.js";

// Weakest first: the order in which maestro gives up its own guesses when they form a cycle.
// An import is only a hint that code links two files; a cue is a general rule of the list; a shared file
// is concrete but says nothing about direction beyond list order; order is the author's layout; a sentence
// naming both tasks is close to stated; a phase boundary is the list's structure itself.
const STRENGTH: Record<EdgeKind, number> = { import: 0, cue: 1, file: 2, order: 3, explicit: 4, phase: 5 };

/** How much an edge is trusted: stated edges are never dropped; inferred ones by the order above. */
export function edgeStrength(edge: Pick<Edge, "kind" | "stated">): number {
  return edge.stated ? 100 : STRENGTH[edge.kind];
}

/** The inferred kinds from weakest to strongest (for documentation and messages). */
export const STRENGTH_ORDER: readonly EdgeKind[] = ["import", "cue", "file", "order", "explicit", "phase"];
