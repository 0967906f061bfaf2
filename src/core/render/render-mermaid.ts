import type { Plan } from "../model/plan.js";
import type { TaskStatus } from "../model/run-state.js";

/** Above this many tasks the graph is cut: GitHub stops rendering much larger Mermaid graphs. */
export const MERMAID_MAX_TASKS = 120;

/** What a Mermaid dependency graph shows: waves as subgraphs, edges, and optionally each task's state. */
export interface MermaidGraph {
  waves: ReadonlyArray<{ number: number; tasks: readonly string[] }>;
  edges: ReadonlyArray<{ from: string; to: string }>;
  /** The node's text (escaped here: titles are the author's text, not Mermaid syntax). */
  label: (id: string) => string;
  /** Tasks drawn outside any wave (ended before a re-grouping renumbered the waves). */
  loose?: readonly string[];
  /** Colours nodes by state when given. */
  status?: (id: string) => TaskStatus | undefined;
}

const STATUS_STYLE: Record<TaskStatus, string> = {
  pending: "fill:#eaeef2,stroke:#8c959f,color:#24292f",
  running: "fill:#ddf4ff,stroke:#0969da,color:#0a3069",
  done: "fill:#dafbe1,stroke:#1a7f37,color:#0f5323",
  failed: "fill:#ffebe9,stroke:#cf222e,color:#82071e",
  skipped: "fill:#fff8c5,stroke:#9a6700,color:#4d2d00",
  cancelled: "fill:#f6f8fa,stroke:#57606a,color:#24292f,stroke-dasharray:4 2",
};

/** The graph of a plan: each node shows the task ID and title. */
export function planGraph(plan: Plan): MermaidGraph {
  const byId = new Map(plan.list.tasks.map((t) => [t.id, t]));
  return { waves: plan.waves, edges: plan.edges, label: (id) => `${id} ${byId.get(id)?.title ?? ""}` };
}

/**
 * A Mermaid `graph`, one subgraph per wave, with the transitive reduction of the edges (an edge implied by
 * a longer path is left out) so the picture stays readable; cut after `maxTasks` tasks, with a note.
 */
export function renderMermaid(graph: MermaidGraph, maxTasks = MERMAID_MAX_TASKS): string {
  const loose = graph.loose ?? [];
  const ordered = [...loose, ...graph.waves.flatMap((w) => w.tasks)];
  const shown = ordered.slice(0, maxTasks);
  const node = new Map(shown.map((id, i) => [id, `t${i}`]));
  const lines = ["graph TD"];
  if (ordered.length > shown.length) {
    lines.push(
      `  %% ${ordered.length - shown.length} more tasks not shown (the graph is cut at ${maxTasks})`,
    );
  }
  const nodeLine = (id: string): string => {
    const status = graph.status?.(id);
    return `${node.get(id) ?? ""}["${label(graph.label(id))}"]${status ? `:::${status}` : ""}`;
  };
  for (const id of loose) if (node.has(id)) lines.push(`  ${nodeLine(id)}`);
  for (const wave of graph.waves) {
    const members = wave.tasks.filter((id) => node.has(id));
    if (members.length === 0) continue;
    lines.push(`  subgraph w${wave.number}["Wave ${wave.number}"]`);
    for (const id of members) lines.push(`    ${nodeLine(id)}`);
    lines.push("  end");
  }
  for (const [from, to] of transitiveReduction(shown, graph.edges)) {
    lines.push(`  ${node.get(from) ?? ""} --> ${node.get(to) ?? ""}`);
  }
  if (graph.status) {
    for (const [status, style] of Object.entries(STATUS_STYLE)) lines.push(`  classDef ${status} ${style}`);
  }
  return `${lines.join("\n")}\n`;
}

function label(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const cut = flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
  return cut.replace(/["<>`]/g, (c) => ({ '"': "#quot;", "<": "#lt;", ">": "#gt;", "`": "#96;" })[c] ?? c);
}

/** Edges among `ids` that no longer path implies; `ids` is in an order where edges go forwards. */
function transitiveReduction(
  ids: readonly string[],
  edges: ReadonlyArray<{ from: string; to: string }>,
): Array<[string, string]> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const succ: number[][] = ids.map(() => []);
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a !== undefined && b !== undefined && a !== b) succ[a]?.push(b);
  }
  // reach[i]: everything reachable from i, as a bitset; computed backwards since edges go forwards in wave order.
  const words = Math.ceil(ids.length / 32);
  const reach: Uint32Array[] = ids.map(() => new Uint32Array(words));
  const order = ids.map((_, i) => i).sort((a, b) => b - a);
  const out: Array<[string, string]> = [];
  for (const i of order) {
    const direct = [...new Set(succ[i] ?? [])].sort((a, b) => a - b);
    const mine = reach[i] as Uint32Array;
    for (const j of direct) {
      const r = reach[j] as Uint32Array;
      for (let w = 0; w < words; w++) mine[w] = (mine[w] as number) | (r[w] as number);
    }
    for (const j of direct) {
      const viaOther = direct.some(
        (k) => k !== j && (((reach[k] as Uint32Array)[j >> 5] as number) & (1 << (j & 31))) !== 0,
      );
      if (!viaOther) out.push([ids[i] as string, ids[j] as string]);
      mine[j >> 5] = (mine[j >> 5] as number) | (1 << (j & 31));
    }
  }
  return out.sort(
    (a, b) =>
      (index.get(a[1]) ?? 0) - (index.get(b[1]) ?? 0) || (index.get(a[0]) ?? 0) - (index.get(b[0]) ?? 0),
  );
}
