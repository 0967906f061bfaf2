/** Why one task must come after another. */
export type EdgeKind = "phase" | "file" | "explicit" | "order" | "cue" | "import";

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
}
