import { inTasksOwnWords, type Edge } from "../model/edge.js";
import { edgeStrength } from "./edge-strength.js";

/** Edges keyed by (from, to): one edge per pair, the strongest reason wins; insertion order is kept. */
export class EdgeSet {
  private readonly byPair = new Map<string, number>();
  private readonly into = new Map<string, string[]>();
  private refused: ReadonlySet<string> = new Set();
  readonly edges: Edge[] = [];

  /**
   * The author's own links (origin task or field) between these pairs (`from\0to`) are not added: the
   * list takes them back in words, and a statement quoting one to take it back ("T005's `Blocked by: T003`
   * is stale") states nothing else, in either direction: a key `to\0from@line` refuses the statements of
   * that line that would read the quoted link backwards. Other evidence between the same tasks (a shared
   * file) still is.
   */
  refuseLinks(pairs: ReadonlySet<string>): void {
    this.refused = pairs;
  }

  /** Adds an edge unless it is a self-loop or a weaker duplicate of one already there. */
  add(edge: Edge): void {
    if (edge.from === edge.to) return;
    const key = `${edge.from}\u0000${edge.to}`;
    if ((inTasksOwnWords(edge) || edge.origin === "statement") && this.refused.has(key)) return;
    if (edge.origin === "statement" && this.refused.has(`${key}@${edge.line ?? ""}`)) return;
    const at = this.byPair.get(key);
    if (at === undefined) {
      this.byPair.set(key, this.edges.length);
      this.edges.push(edge);
      const list = this.into.get(edge.to);
      if (list) list.push(edge.from);
      else this.into.set(edge.to, [edge.from]);
      return;
    }
    const existing = this.edges[at] as Edge;
    if (edgeStrength(edge) > edgeStrength(existing)) this.edges[at] = edge;
  }

  /** The tasks with an edge into `to`. */
  sourcesOf(to: string): readonly string[] {
    return this.into.get(to) ?? [];
  }

  /** True when some edge goes from `from` to `to`. */
  has(from: string, to: string): boolean {
    return this.byPair.has(`${from}\u0000${to}`);
  }
}
