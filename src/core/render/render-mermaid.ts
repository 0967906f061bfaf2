import type { Plan } from "../model/plan.js";

/** Above this many tasks the graph is cut: GitHub stops rendering much larger Mermaid graphs. */
export const MERMAID_MAX_TASKS = 120;

/**
 * A Mermaid `graph` of the planned tasks, one subgraph per wave, with the transitive reduction of the
 * edges (an edge implied by a longer path is left out) so the picture stays readable.
 */
export function renderMermaid(plan: Plan, maxTasks = MERMAID_MAX_TASKS): string {
  const ordered = plan.waves.flatMap((w) => w.tasks);
  const shown = ordered.slice(0, maxTasks);
  const node = new Map(shown.map((id, i) => [id, `t${i}`]));
  const byId = new Map(plan.list.tasks.map((t) => [t.id, t]));
  const lines = ["graph TD"];
  if (ordered.length > shown.length) {
    lines.push(
      `  %% ${ordered.length - shown.length} more tasks not shown (the graph is cut at ${maxTasks})`,
    );
  }
  for (const wave of plan.waves) {
    const members = wave.tasks.filter((id) => node.has(id));
    if (members.length === 0) continue;
    lines.push(`  subgraph w${wave.number}["Wave ${wave.number}"]`);
    for (const id of members) {
      const title = byId.get(id)?.title ?? "";
      lines.push(`    ${node.get(id) ?? ""}["${label(`${id} ${title}`)}"]`);
    }
    lines.push("  end");
  }
  for (const [from, to] of transitiveReduction(shown, plan.edges)) {
    lines.push(`  ${node.get(from) ?? ""} --> ${node.get(to) ?? ""}`);
  }
  return `${lines.join("\n")}\n`;
}

function label(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const cut = flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
  return cut.replace(/"/g, "#quot;").replace(/[<>]/g, (c) => (c === "<" ? "#lt;" : "#gt;"));
}

/** Edges among `ids` that no longer path implies; `ids` is in an order where edges go forwards. */
function transitiveReduction(ids: readonly string[], edges: Plan["edges"]): Array<[string, string]> {
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
