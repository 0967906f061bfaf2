import type { WaveSnapshot } from "../model/run-event.js";
import { hasEnded, percentEnded, type RunState, type TaskStatus, type TaskView } from "../model/run-state.js";
import { codeBlock, formatDuration, inlineCode, lastLines, tableCell, utf8Bytes } from "./markdown-text.js";
import { renderKeptLine, renderLogEnds, type KeptWorkByTask } from "./kept-work.js";
import { MERMAID_MAX_TASKS, renderMermaid } from "./render-mermaid.js";

/** The `output` of a check run: GitHub caps summary and text at 65,535 bytes each. */
export interface CheckRunOutput {
  title: string;
  summary: string;
  text: string;
}

/** GitHub's limit for a check run's summary and text, in bytes. */
export const CHECK_RUN_TEXT_LIMIT = 65_535;

/** Icons for task states. */
export const STATUS_ICON: Record<TaskStatus, string> = {
  pending: "⬜",
  running: "🔄",
  done: "✅",
  failed: "❌",
  skipped: "⏭️",
  cancelled: "⏹️",
};

/** Options for renderCheckRun. */
export interface RenderCheckRunOptions {
  /** The moment the output is rendered (for the elapsed time of a running run). */
  now: Date;
  /** Byte budget for summary and text (tests lower it); defaults to GitHub's limit. */
  limit?: number;
  /** A plan-only run: nothing runs, the waves are the answer. */
  planOnly?: boolean;
  /**
   * What is left of the failed tasks once the run's folder is gone (the App and the Action): their pushed
   * branches, and the ends of their logs for the text. Without it, the local branches and log files.
   */
  kept?: KeptWorkByTask;
}

/**
 * Renders the progress view of a run as a check-run output. The summary shows progress, waves,
 * failures and re-groupings; the text holds the dependency graph and warnings. Both stay within the
 * byte limit by collapsing whole sections (finished waves first), never by cutting a table.
 */
export function renderCheckRun(state: RunState, options: RenderCheckRunOptions): CheckRunOutput {
  const limit = options.limit ?? CHECK_RUN_TEXT_LIMIT;
  const planOnly = options.planOnly ?? false;
  let summary = "";
  for (const level of [0, 1, 2, 3, 4] as const) {
    summary = renderSummary(state, options, level);
    if (utf8Bytes(summary) <= limit) break;
  }
  if (utf8Bytes(summary) > limit) summary = renderHeader(state, options.now, planOnly);
  return { title: renderTitle(state, planOnly), summary, text: renderText(state, limit, options.kept) };
}

/** One line for the check run's title. */
export function renderTitle(state: RunState, planOnly = false): string {
  const tasks = [...state.tasks.values()];
  const count = (s: TaskStatus): number => tasks.filter((t) => t.status === s).length;
  const total = tasks.length;
  if (planOnly)
    return `Plan: ${total} ${plural(total, "task")} in ${state.waves.length} ${plural(state.waves.length, "wave")}`;
  switch (state.status) {
    case "planned":
      return "Preparing";
    case "running": {
      const wave = state.currentWave === null ? "" : `Wave ${state.currentWave} of ${lastWave(state)} · `;
      return `${wave}${total - count("pending") - count("running")}/${total} tasks ended (${percentEnded(state, [...state.tasks.keys()])}%)`;
    }
    case "success":
      return `${count("done")}/${total} tasks done`;
    case "failure":
      return `${count("failed")} failed, ${count("skipped")} skipped, ${count("done")}/${total} done`;
    case "cancelled":
      return `Cancelled · ${count("done")}/${total} done`;
  }
}

// Levels: 0 everything; 1 finished waves one line each; 2 finished waves as one line, far pending
// waves as one line; 3 failure tails shortened and capped; 4 only the header and one line per section.
type Level = 0 | 1 | 2 | 3 | 4;

function renderSummary(state: RunState, options: RenderCheckRunOptions, level: Level): string {
  const parts = [renderHeader(state, options.now, options.planOnly ?? false)];
  parts.push(renderWaves(state, level));
  const failures = renderFailures(state, level, options.kept);
  if (failures) parts.push(failures);
  const regroups = renderRegroups(state, level);
  if (regroups) parts.push(regroups);
  return parts.join("\n\n") + "\n";
}

function renderHeader(state: RunState, now: Date, planOnly: boolean): string {
  const tasks = [...state.tasks.values()];
  const total = tasks.length;
  const count = (s: TaskStatus): number => tasks.filter((t) => t.status === s).length;
  const lines: string[] = [];
  if (planOnly) {
    lines.push(
      `**Plan** for ${inlineCode(state.source)}: ${total} ${plural(total, "task")} in ${state.waves.length} ${plural(state.waves.length, "wave")} (at most 3 run at once). Nothing was run.`,
    );
  } else {
    const percent = percentEnded(state, [...state.tasks.keys()]);
    const ended = total - count("pending") - count("running");
    const detail = (["done", "failed", "cancelled", "skipped", "running"] as const)
      .filter((s) => count(s) > 0)
      .map((s) => `${count(s)} ${s}`)
      .join(", ");
    const started = state.startedAt === null ? null : Date.parse(state.startedAt);
    const ended_at = state.endedAt === null ? now.getTime() : Date.parse(state.endedAt);
    const elapsed = started === null ? "" : ` · elapsed ${formatDuration(ended_at - started)}`;
    const where = state.currentWave === null ? "" : ` · wave ${state.currentWave} of ${lastWave(state)}`;
    lines.push(
      `**${percent}%** · ${ended}/${total} tasks ended${detail ? ` (${detail})` : ""}${elapsed}${where}`,
    );
    lines.push("", progressBar(percent));
  }
  if (state.alreadyDone.length > 0) {
    const shown = state.alreadyDone.slice(0, 20).join(", ");
    const more = state.alreadyDone.length > 20 ? ` and ${state.alreadyDone.length - 20} more` : "";
    lines.push("", `Already done before this run: ${state.alreadyDone.length} (${shown}${more}).`);
  }
  return lines.join("\n");
}

function progressBar(percent: number): string {
  const filled = Math.round(percent / 5);
  return `\`${"█".repeat(filled)}${"░".repeat(20 - filled)}\``;
}

function renderWaves(state: RunState, level: Level): string {
  const finished = (w: WaveSnapshot): boolean => w.tasks.every((id) => hasEnded(state.tasks.get(id)?.status));
  const active = state.waves.find((w) => !finished(w))?.number ?? Infinity;
  const out: string[] = [];
  // A re-grouping replaces the waves with the remaining ones; tasks that ended before it stay visible here.
  const inWaves = new Set(state.waves.flatMap((w) => w.tasks));
  const earlier = [...state.tasks.keys()].filter(
    (id) => !inWaves.has(id) && state.tasks.get(id)?.status !== "pending",
  );
  if (earlier.length > 0) {
    const heading = `**Before re-grouping** · ${countLine(state, earlier)}`;
    out.push(
      level >= 1
        ? heading
        : `#### Before re-grouping\n\n${waveTable(state, { number: 0, tasks: earlier }, level)}`,
    );
  }
  const finishedWaves = state.waves.filter((w) => w.number < active);
  if (level >= 2 && finishedWaves.length > 0) {
    const ids = finishedWaves.flatMap((w) => w.tasks);
    out.push(`✅ **Waves ${range(finishedWaves)}** finished: ${countLine(state, ids)}`);
  }
  const farPending: WaveSnapshot[] = [];
  for (const wave of state.waves) {
    if (wave.number < active && level >= 2) continue;
    if (level >= 2 && wave.number > active + 1) {
      farPending.push(wave);
      continue;
    }
    const percent = percentEnded(state, wave.tasks);
    const icon = waveIcon(state, wave);
    const heading = `${icon} **Wave ${wave.number}** · ${percent}% · ${countLine(state, wave.tasks)}`;
    if ((level >= 1 && wave.number < active) || level >= 4) {
      out.push(heading);
      continue;
    }
    out.push(`#### ${icon} Wave ${wave.number} · ${percent}%\n\n${waveTable(state, wave, level)}`);
  }
  if (farPending.length > 0) {
    const count = farPending.reduce((n, w) => n + w.tasks.length, 0);
    out.push(`⬜ **Waves ${range(farPending)}** pending: ${count} ${plural(count, "task")}`);
  }
  return `### Waves\n\n${out.join("\n\n")}`;
}

function waveTable(state: RunState, wave: WaveSnapshot, level: Level): string {
  const rows = ["| | Task | Title | Time |", "|---|---|---|---|"];
  for (const id of wave.tasks) {
    const task = state.tasks.get(id);
    if (!task) continue;
    rows.push(
      `| ${STATUS_ICON[task.status]} | ${tableCell(id, 32)} | ${tableCell(task.title, level >= 3 ? 60 : 100)} | ${taskTime(task)} |`,
    );
  }
  return rows.join("\n");
}

function taskTime(task: TaskView): string {
  if (task.startedAt === null || task.endedAt === null) return "";
  return formatDuration(Date.parse(task.endedAt) - Date.parse(task.startedAt));
}

function waveIcon(state: RunState, wave: WaveSnapshot): string {
  const statuses = wave.tasks.map((id) => state.tasks.get(id)?.status ?? "pending");
  if (statuses.includes("failed")) return STATUS_ICON.failed;
  if (statuses.includes("running")) return STATUS_ICON.running;
  if (statuses.includes("cancelled")) return STATUS_ICON.cancelled;
  if (statuses.every((s) => s === "done")) return STATUS_ICON.done;
  if (statuses.every((s) => s === "pending")) return STATUS_ICON.pending;
  if (statuses.every((s) => s === "done" || s === "skipped")) return STATUS_ICON.skipped;
  return STATUS_ICON.running;
}

function countLine(state: RunState, ids: readonly string[]): string {
  const counts = new Map<TaskStatus, number>();
  for (const id of ids) {
    const s = state.tasks.get(id)?.status ?? "pending";
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const parts = (["done", "running", "failed", "cancelled", "skipped", "pending"] as const)
    .filter((s) => (counts.get(s) ?? 0) > 0)
    .map((s) => `${counts.get(s)} ${s}`);
  return `${ids.length} ${plural(ids.length, "task")}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

function renderFailures(state: RunState, level: Level, kept: KeptWorkByTask | undefined): string | null {
  const failed = [...state.tasks.values()].filter((t) => t.status === "failed");
  if (failed.length === 0) return null;
  const max = level >= 3 ? 10 : failed.length;
  const blocks = failed.slice(0, max).map((task) => {
    if (level >= 4) return `- ❌ ${tableCell(task.id, 32)}: ${tableCell(task.reason ?? "failed", 120)}`;
    const lines = [`#### ❌ ${tableCell(task.id, 32)} · ${tableCell(task.title, 100)}`, ""];
    lines.push(`**Why**: ${tableCell(task.reason ?? "failed", 500)}`);
    const where = renderKeptLine(task, kept);
    if (where !== null) lines.push("", where);
    if (task.tail) lines.push("", codeBlock(lastLines(task.tail, level >= 3 ? 10 : 30)));
    return lines.join("\n");
  });
  if (failed.length > max) blocks.push(`…and ${failed.length - max} more failed tasks.`);
  return `### Failed tasks\n\n${blocks.join("\n\n")}`;
}

function renderRegroups(state: RunState, level: Level): string | null {
  if (state.regroups.length === 0) return null;
  const recent = state.regroups.slice(-3);
  const blocks = recent.map((r) => {
    const head = `- **${r.time.slice(11, 19)} UTC** · ${tableCell(r.reason, 300)}`;
    if (level >= 4) return head;
    return `${head}\n  - before: ${waveList(r.before, level)}\n  - after: ${waveList(r.after, level)}`;
  });
  const older = state.regroups.length - recent.length;
  if (older > 0) blocks.unshift(`- ${older} earlier ${plural(older, "re-grouping")} not shown`);
  return `### Re-grouped\n\n${blocks.join("\n")}`;
}

/** Waves as `W2: T005, T006 · W3: T007`, shortened when long. */
export function waveList(waves: readonly WaveSnapshot[], level: Level = 0): string {
  const text = waves.map((w) => `W${w.number}: ${w.tasks.join(", ")}`).join(" · ");
  const max = level >= 3 ? 300 : 2000;
  return tableCell(text, max);
}

function renderText(state: RunState, limit: number, kept: KeptWorkByTask | undefined): string {
  const graph = renderGraph(state);
  const warnings = renderWarnings(state);
  const logs = kept === undefined ? null : renderLogEnds(state, kept, limit - utf8Bytes(graph ?? "") - 4);
  // The warnings go first when everything does not fit, then the logs; the graph is never cut.
  for (const parts of [[graph, logs, warnings], [graph, logs], [graph]]) {
    const text = parts.filter((p) => p !== null).join("\n\n");
    if (utf8Bytes(text) <= limit) return text;
  }
  return "";
}

function renderGraph(state: RunState): string | null {
  if (state.tasks.size === 0) return null;
  if (state.tasks.size > MERMAID_MAX_TASKS) {
    return `### Dependency graph\n\nThe graph (${state.tasks.size} tasks, ${state.edges.length} edges) is too large to draw here; run \`maestro plan\` locally to see it.`;
  }
  const inWaves = new Set(state.waves.flatMap((w) => w.tasks));
  const graph = renderMermaid({
    waves: state.waves,
    loose: [...state.tasks.keys()].filter((id) => !inWaves.has(id)),
    edges: state.edges,
    label: (id) => `${id} ${state.tasks.get(id)?.title ?? ""}`,
    status: (id) => state.tasks.get(id)?.status,
  });
  return `### Dependency graph\n\n${codeBlock(graph.trimEnd(), "mermaid")}`;
}

function renderWarnings(state: RunState): string | null {
  if (state.warnings.length === 0) return null;
  const shown = state.warnings.slice(0, 50).map((w) => `- ${tableCell(w, 300)}`);
  if (state.warnings.length > 50) shown.push(`- …and ${state.warnings.length - 50} more`);
  return `### Warnings\n\n${shown.join("\n")}`;
}

function range(waves: readonly WaveSnapshot[]): string {
  const first = waves[0]?.number;
  const last = waves[waves.length - 1]?.number;
  return first === last ? `${first}` : `${first}–${last}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function lastWave(state: RunState): number {
  return Math.max(0, ...state.waves.map((w) => w.number));
}
