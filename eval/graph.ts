/** Paths through a plan's edges, for telling what separates two tasks. */
import type { Origin, ViewEdge } from "./plan-view.js";

/** Evidence that holds on its own: the task's words, a Depends field, a shared file, an import. */
export const STRONG_ORIGINS: ReadonlySet<Origin> = new Set(["task", "field", "file", "symbol", "import"]);

/** What lies between two tasks in the dependency graph. */
export type Separation =
  /** No path either way: the tasks are apart only because their chains have different lengths. */
  | "no-path"
  /** A path exists, and some path holds an edge from the task's words, a field, a file or an import. */
  | "evidence"
  /** Every path between them is made only of structure (order, phases), cue and statement edges. */
  | "rests-on-nothing";

export class EdgeGraph {
  private readonly out = new Map<string, ViewEdge[]>();

  constructor(edges: readonly ViewEdge[]) {
    for (const e of edges) {
      const list = this.out.get(e.from) ?? [];
      list.push(e);
      this.out.set(e.from, list);
    }
  }

  /** Whether `to` is reachable from `from`; and whether some such path holds a strong edge. */
  path(from: string, to: string): { any: boolean; strong: boolean } {
    // States: (node, a strong edge seen on the way). Two bits per node.
    const seen = new Map<string, number>();
    const stack: Array<[string, boolean]> = [[from, false]];
    let any = false;
    while (stack.length > 0) {
      const [node, strong] = stack.pop() as [string, boolean];
      const bit = strong ? 2 : 1;
      const mask = seen.get(node) ?? 0;
      if (mask & bit) continue;
      seen.set(node, mask | bit);
      if (node === to && node !== from) {
        any = true;
        if (strong) return { any: true, strong: true };
        continue;
      }
      for (const e of this.out.get(node) ?? []) stack.push([e.to, strong || STRONG_ORIGINS.has(e.origin)]);
    }
    return { any, strong: false };
  }

  /** Whether there is a path either way between the two tasks. */
  connected(a: string, b: string): boolean {
    return this.path(a, b).any || this.path(b, a).any;
  }

  /** What separates `a` and `b` (either direction). */
  separation(a: string, b: string): Separation {
    const ab = this.path(a, b);
    const ba = this.path(b, a);
    if (!ab.any && !ba.any) return "no-path";
    return ab.strong || ba.strong ? "evidence" : "rests-on-nothing";
  }
}
