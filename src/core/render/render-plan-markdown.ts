import type { Plan } from "../model/plan.js";
import { summarisePlan, summaryLine } from "./plan-summary.js";
import { MERMAID_MAX_TASKS, planGraph, renderMermaid } from "./render-mermaid.js";

/**
 * GitHub-flavoured Markdown: a summary, one table per wave, the edges (folded), and a Mermaid graph.
 * This becomes the check-run summary later, so it stays plain GFM.
 */
export function renderPlanMarkdown(plan: Plan): string {
  const byId = new Map(plan.list.tasks.map((t) => [t.id, t]));
  const after = new Map<string, string[]>();
  for (const e of plan.edges) {
    let list = after.get(e.to);
    if (!list) after.set(e.to, (list = []));
    list.push(e.from);
  }
  const out: string[] = [`### Plan for \`${plan.list.source}\``, "", summaryLine(summarisePlan(plan)), ""];
  for (const wave of plan.waves) {
    out.push(`#### Wave ${wave.number}`, "", "| Task | Title | Files | After |", "| --- | --- | --- | --- |");
    for (const id of wave.tasks) {
      const task = byId.get(id);
      if (!task) continue;
      const files = task.files.map((f) => `\`${f}\``).join(", ");
      const deps = (after.get(id) ?? []).filter((d) => plan.waveOf.has(d)).join(", ");
      out.push(`| ${cell(id)} | ${cell(task.title)} | ${cell(files)} | ${cell(deps) || "—"} |`);
    }
    out.push("");
  }
  const done = plan.list.tasks.filter((t) => !t.group && !plan.waveOf.has(t.id)).map((t) => t.id);
  if (done.length > 0) out.push(`Already done: ${done.join(", ")}`, "");
  if (plan.criticalPath.length > 0) out.push(`**Critical path:** ${plan.criticalPath.join(" → ")}`, "");
  out.push(
    `<details><summary>Dependencies (${plan.edges.length})</summary>`,
    "",
    "| From | To | Kind | Reason |",
    "| --- | --- | --- | --- |",
  );
  for (const e of plan.edges)
    out.push(
      `| ${cell(e.from)} | ${cell(e.to)} | ${e.kind}${e.stated ? " (stated)" : ""} | ${cell(e.reason)} |`,
    );
  out.push("", "</details>", "");
  if (plan.warnings.length > 0) {
    out.push(`<details><summary>Warnings (${plan.warnings.length})</summary>`, "");
    for (const w of plan.warnings) out.push(`- ${w.replace(/\n/g, " ")}`);
    out.push("", "</details>", "");
  }
  const planned = plan.waveOf.size;
  if (planned > MERMAID_MAX_TASKS) {
    out.push(
      `The graph shows the first ${MERMAID_MAX_TASKS} of ${planned} planned tasks, in wave order.`,
      "",
    );
  }
  if (planned > 0) out.push("```mermaid", renderMermaid(planGraph(plan)).trimEnd(), "```", "");
  return out.join("\n");
}

function cell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
