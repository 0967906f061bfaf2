/** Why one task must come after another. */
export type EdgeKind = "phase" | "file" | "symbol" | "explicit" | "order" | "cue" | "import";

/**
 * Where the evidence for an edge was written: the task's own text, a structured Depends field, a sentence
 * elsewhere in the list, the list's structure (phases, listing order, `[P]`), a shared file, a code name
 * one task creates and another uses, a general
 * rule of the list (cue), or an import between files.
 */
export type EdgeOrigin = "task" | "field" | "statement" | "structure" | "file" | "symbol" | "cue" | "import";

/** The edge rests on the task's own words: its text or its structured Depends field. */
export function inTasksOwnWords(edge: Pick<Edge, "origin">): boolean {
  return edge.origin === "task" || edge.origin === "field";
}

/** `to` depends on `from`: `from` must be merged before `to` starts. */
export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Human-readable, e.g. `explicit "depends on T004" (tasks.md:31)`. */
  reason: string;
  /**
   * The author stated this dependency (a structured field or a dependency phrase on the task itself).
   * A cycle made only of stated edges is an error; otherwise maestro drops its weakest inferred edge.
   */
  stated: boolean;
  /** Where the evidence was written. The planner always sets it; edges learnt during a run may not. */
  origin?: EdgeOrigin;
  /** 1-based line of the author's words the edge rests on, or null when it rests on no single line. */
  line?: number | null;
  /** `from` is listed after `to`: the edge points back in list order (set by the planner). */
  backward?: boolean;
  /** Inferred from a numbered list's numbering alone (task 3 after task 2), with no word of the author's. */
  numbering?: boolean;
  /**
   * A file edge between two tasks that both write `file`: they conflict whichever goes first, so the
   * order (listing order) may turn round where the authors' words put the later-listed one first.
   * `turned`: it did, and does not turn back; `pinned`: `from` is the file's first writer and its title
   * creates something, so it stays first.
   */
  shared?: { file: string; turned?: boolean; pinned?: boolean };
}
