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
    files: string[];
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
