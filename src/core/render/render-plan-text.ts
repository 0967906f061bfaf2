import type { Plan } from "../model/plan.js";
import { summarisePlan, summaryLine } from "./plan-summary.js";

/** Options for the terminal rendering. */
export interface TextOptions {
  /** Cut titles to this many characters (default 72). */
  titleWidth?: number;
}

/** The terminal rendering: wave by wave (ID, title, predicted files), then the edges with reasons, then a summary. */
export function renderPlanText(plan: Plan, options: TextOptions = {}): string {
  const width = options.titleWidth ?? 72;
  const byId = new Map(plan.list.tasks.map((t) => [t.id, t]));
  const idWidth = Math.max(4, ...plan.list.tasks.map((t) => t.id.length));
  const out: string[] = [`Plan for ${plan.list.source} (${plan.list.format})`, ""];
  for (const wave of plan.waves) {
    out.push(`Wave ${wave.number} (${wave.tasks.length} task${wave.tasks.length === 1 ? "" : "s"})`);
    for (const id of wave.tasks) {
      const task = byId.get(id);
      if (!task) continue;
      out.push(`  ${id.padEnd(idWidth)}  ${cut(task.title, width)}`);
      if (task.files.length > 0)
        out.push(`  ${"".padEnd(idWidth)}  files: ${cut(task.files.join(", "), width + 10)}`);
    }
    out.push("");
  }
  const done = plan.list.tasks.filter((t) => !t.group && !plan.waveOf.has(t.id)).map((t) => t.id);
  if (done.length > 0) out.push(`Already done (no wave): ${done.join(", ")}`, "");
  if (plan.waves.length === 0 && done.length > 0)
    out.push("Every task is ticked done; `--all` plans them anyway.", "");
  out.push(`Edges (${plan.edges.length})`);
  for (const e of plan.edges)
    out.push(
      `  ${e.from} -> ${e.to}  ${e.kind}${e.stated ? " (stated)" : ""}: ${stripKind(e.reason, e.kind)}`,
    );
  out.push("");
  if (plan.criticalPath.length > 0) out.push(`Critical path: ${plan.criticalPath.join(" -> ")}`);
  out.push(summaryLine(summarisePlan(plan)));
  return `${out.join("\n")}\n`;
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function stripKind(reason: string, kind: string): string {
  return reason.startsWith(`${kind}: `) ? reason.slice(kind.length + 2) : reason;
}
