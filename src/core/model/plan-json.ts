import type { EdgeKind, EdgeOrigin } from "./edge.js";

/** The `maestro plan --json` shape. Later tools read it: change it only by adding keys. */
export interface PlanJson {
  source: string;
  tasks: Array<{
    id: string;
    title: string;
    line: number;
    phase: string | null;
    story: string | null;
    parallel: boolean;
    done: boolean;
    /** Paths the task edits (files, and folders it creates or works on as a whole). */
    files: string[];
    /** Paths it only reads ("per data-model.md"): ordered after their writers, never in conflict.
     * This and the next two are always written; records saved before they existed lack them. */
    reads?: string[];
    /** Folders it puts new files in: no conflict with other tasks adding files there. */
    addsTo?: string[];
    /** The part of `files` it creates (folders scaffolded). */
    creates?: string[];
    /** null for a done task. */
    wave: number | null;
  }>;
  edges: Array<{
    from: string;
    to: string;
    kind: EdgeKind;
    reason: string;
    origin: EdgeOrigin | null;
    line: number | null;
    backward: boolean;
  }>;
  waves: Array<{ number: number; tasks: string[] }>;
  warnings: string[];
}
