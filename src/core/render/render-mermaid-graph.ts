import type { RunState, TaskStatus } from "../model/run-state.js";

/** Graphs larger than this are not drawn: GitHub's Mermaid renderer gives up well before 500 edges. */
export const MERMAID_MAX_TASKS = 150;
/** See MERMAID_MAX_TASKS. */
export const MERMAID_MAX_EDGES = 400;

/**
 * The dependency graph as a Mermaid flowchart, waves as subgraphs, nodes coloured by state.
 * Nodes are labelled with task IDs only (titles are untrusted text). Null when the graph is too large.
 */
export function renderMermaidGraph(state: RunState): string | null {
  const ids = new Set(state.tasks.keys());
  const edges = state.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const unique = [...new Map(edges.map((e) => [`${e.from}\u0000${e.to}`, e])).values()];
  if (ids.size === 0 || ids.size > MERMAID_MAX_TASKS || unique.length > MERMAID_MAX_EDGES) return null;
  const lines = ["flowchart LR"];
  for (const wave of state.waves) {
    lines.push(`  subgraph w${wave.number}["Wave ${wave.number}"]`);
    for (const id of wave.tasks) {
      const status = state.tasks.get(id)?.status ?? "pending";
      lines.push(`    ${nodeId(id)}["${label(id)}"]:::${status}`);
    }
    lines.push("  end");
  }
  const inWaves = new Set(state.waves.flatMap((w) => w.tasks));
  for (const id of ids) {
    if (!inWaves.has(id))
      lines.push(`  ${nodeId(id)}["${label(id)}"]:::${state.tasks.get(id)?.status ?? "pending"}`);
  }
  for (const edge of unique) lines.push(`  ${nodeId(edge.from)} --> ${nodeId(edge.to)}`);
  const colours: Record<TaskStatus, string> = {
    pending: "fill:#eaeef2,stroke:#8c959f,color:#24292f",
    running: "fill:#ddf4ff,stroke:#0969da,color:#0a3069",
    done: "fill:#dafbe1,stroke:#1a7f37,color:#0f5323",
    failed: "fill:#ffebe9,stroke:#cf222e,color:#82071e",
    skipped: "fill:#fff8c5,stroke:#9a6700,color:#4d2d00",
  };
  for (const [status, style] of Object.entries(colours)) lines.push(`  classDef ${status} ${style}`);
  return lines.join("\n");
}

// Mermaid node IDs must be plain words; task IDs may contain dots and dashes (`2.1`, `01-02`).
function nodeId(id: string): string {
  return `t_${id.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}

function label(id: string): string {
  return id.replace(/["<>]/g, "");
}
