import type { DetectionContext } from "../detection-context.js";

/** Answers "is there a path of edges from these tasks to those?" over the edges detected so far. */
export class Reachability {
  private next = new Map<string, string[]>();
  private built = -1;

  constructor(private readonly ctx: DetectionContext) {}

  /** True when some task of `from` reaches some task of `to` along the edges. */
  reaches(from: readonly string[], to: readonly string[]): boolean {
    this.refresh();
    const goal = new Set(to);
    const seen = new Set<string>(from);
    const queue = [...from];
    for (let i = 0; i < queue.length; i++) {
      for (const n of this.next.get(queue[i] as string) ?? []) {
        if (goal.has(n)) return true;
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    return false;
  }

  private refresh(): void {
    const edges = this.ctx.edges.edges;
    if (edges.length === this.built) return;
    this.next = new Map();
    for (const e of edges) {
      const list = this.next.get(e.from);
      if (list) list.push(e.to);
      else this.next.set(e.from, [e.to]);
    }
    this.built = edges.length;
  }
}
