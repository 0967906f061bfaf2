import type { Edge } from "../model/edge.js";

/** How an inferred edge ranks when maestro must give up one of its guesses to break a cycle. */
export type EvidenceRank =
  | "import"
  | "backward-prose"
  | "cue"
  | "group-prose"
  | "numbering"
  | "backward-symbol"
  | "order"
  | "symbol"
  | "task-prose"
  | "file"
  | "structure";

// Weakest first. An import is only a hint that code links two files. A sentence that names phases or
// stories (not tasks) and points back in list order contradicts the list's own layout: the likeliest
// misreading of all. A cue is a general rule of the list. A numbered list's stage order (task 3 after
// task 2) is maestro's reading of the numbering, weaker than a code name the author wrote. A code name
// used before the task that creates it is listed contradicts the author's layout, and a forward sentence
// about phases or stories (the authors' words, agreeing with that layout) wins over it. Listing order is
// the author's layout. A code name one task creates and a later one uses is a fact about the work, read
// from names alone. A sentence naming the tasks themselves is close to stated. A shared file is a
// concrete fact about the work. A phase boundary is the structure.
const RANKS: readonly EvidenceRank[] = [
  "import",
  "backward-prose",
  "cue",
  "numbering",
  "backward-symbol",
  "group-prose",
  "order",
  "symbol",
  "task-prose",
  "file",
  "structure",
];

/** Which rank an inferred edge has, from its kind, where its words were written and its direction. */
export function evidenceRank(edge: Pick<Edge, "kind" | "origin" | "backward" | "numbering">): EvidenceRank {
  if (edge.kind === "import") return "import";
  if (edge.kind === "cue") return "cue";
  if (edge.kind === "file") return "file";
  if (edge.kind === "order") return edge.numbering === true ? "numbering" : "order";
  if (edge.kind === "symbol") return edge.backward === true ? "backward-symbol" : "symbol";
  const prose = edge.origin === "statement" || edge.origin === "task";
  if (edge.kind === "phase" && !prose) return "structure";
  if (edge.kind === "phase") return edge.backward === true ? "backward-prose" : "group-prose";
  return "task-prose";
}

/** How much an edge is trusted: stated edges are never dropped; inferred ones by the ranks above. */
export function edgeStrength(
  edge: Pick<Edge, "kind" | "stated" | "origin" | "backward" | "numbering">,
): number {
  return edge.stated ? 100 : RANKS.indexOf(evidenceRank(edge));
}
