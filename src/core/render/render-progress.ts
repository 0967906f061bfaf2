import type { RunEvent, WaveSnapshot } from "../model/run-event.js";
import { hasEnded, percentEnded, type RunState, type TaskStatus, type TaskView } from "../model/run-state.js";

const ICON: Record<TaskStatus, string> = {
  pending: "·",
  running: "▶",
  done: "✓",
  failed: "✗",
  skipped: "↷",
  cancelled: "■",
};

/** `95_000` -> `1m35s`. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

function elapsed(task: TaskView, nowMs: number): string {
  if (!task.startedAt) return "";
  const end = task.endedAt ? Date.parse(task.endedAt) : nowMs;
  return formatElapsed(end - Date.parse(task.startedAt));
}

function allWaveTasks(state: RunState): string[] {
  return state.waves.flatMap((w) => w.tasks);
}

function waveState(state: RunState, wave: WaveSnapshot): string {
  const statuses = wave.tasks.map((id) => state.tasks.get(id)?.status ?? "pending");
  if (statuses.some((s) => s === "running")) return "running";
  if (statuses.every((s) => s === "pending")) return "pending";
  if (statuses.every((s) => s !== "pending")) return "finished";
  return "running";
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function taskLine(task: TaskView, now: Date, width: number): string {
  const time =
    task.status === "running" || task.status === "done" || task.status === "failed"
      ? elapsed(task, now.getTime())
      : "";
  const status =
    task.status === "failed" || task.status === "skipped" || task.status === "cancelled"
      ? `${task.status}: ${task.reason ?? ""}`
      : `${task.status}${time ? ` ${time}` : ""}`;
  const head = `  ${ICON[task.status]} ${task.id} `;
  const titleWidth = Math.max(10, Math.min(48, width - head.length - status.length - 3));
  return truncate(`${head}${truncate(task.title, titleWidth).padEnd(titleWidth)}  ${status}`, width);
}

/** Overall progress: `45% (5/11 ended)`. */
export function overallProgress(state: RunState): string {
  const ids = allWaveTasks(state);
  const ended = ids.filter((id) => hasEnded(state.tasks.get(id)?.status)).length;
  return `${percentEnded(state, ids)}% (${ended}/${ids.length} tasks ended)`;
}

/**
 * The live progress view for a terminal: a header, each wave with its tasks (finished waves folded to
 * one line when space is short) and the latest re-grouping. `rows` caps the height.
 */
export function renderProgress(state: RunState, now: Date, width = 100, rows = 40): string[] {
  const header = `maestro ${state.runId} · ${state.source} · ${overallProgress(state)}`;
  const lines: string[] = [truncate(header, width)];
  const detailed = (wave: WaveSnapshot) =>
    waveState(state, wave) !== "finished" || wave.number === state.currentWave;
  const total = state.waves.reduce((n, w) => n + 1 + w.tasks.length, 1);
  const fold = total > rows - 2;
  for (const wave of state.waves) {
    const pct = percentEnded(state, wave.tasks);
    const verify = state.verify.find((v) => v.wave === wave.number);
    const checked = verify ? ` · verify ${verify.ok ? "ok" : "FAILED"}` : "";
    const label = `Wave ${wave.number} · ${pct}% · ${waveState(state, wave)}${checked}`;
    if (fold && !detailed(wave)) {
      const counts = (["done", "failed", "skipped"] as const)
        .map((s) => [s, wave.tasks.filter((id) => state.tasks.get(id)?.status === s).length] as const)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`)
        .join(", ");
      lines.push(truncate(`${label} (${counts})`, width));
      continue;
    }
    lines.push(truncate(label, width));
    for (const id of wave.tasks) {
      const task = state.tasks.get(id);
      if (task) lines.push(taskLine(task, now, width));
    }
  }
  const last = state.regroups.at(-1);
  if (last) lines.push(truncate(`Re-grouped (${state.regroups.length}): ${last.reason}`, width));
  if (lines.length > rows) return [...lines.slice(0, rows - 1), `… ${lines.length - rows + 1} more lines`];
  return lines;
}

/** Waves as one line: `1[T001 T002] 2[T003]`. */
export function formatWaves(waves: readonly WaveSnapshot[]): string {
  return waves.map((w) => `${w.number}[${w.tasks.join(" ")}]`).join(" ");
}

function clock(time: string): string {
  return time.slice(11, 19);
}

/**
 * One plain line (or a few) per event, for logs and CI: nothing is redrawn. `state` is the state after the
 * event was applied. Returns no lines for events not worth a line.
 */
export function describeEvent(event: RunEvent, state: RunState): string[] {
  const at = `[${clock(event.time)}]`;
  switch (event.type) {
    case "plan": {
      const lines = [
        `${at} plan ${event.plan.source}: ${event.plan.waves.reduce((n, w) => n + w.tasks.length, 0)} tasks in ${event.plan.waves.length} waves` +
          (state.alreadyDone.length > 0 ? ` (${state.alreadyDone.length} already done)` : ""),
      ];
      for (const w of event.plan.waves) lines.push(`    wave ${w.number}: ${w.tasks.join(", ")}`);
      return lines;
    }
    case "wave-start":
      return [`${at} wave ${event.wave} started: ${event.tasks.join(", ")}`];
    case "task-start":
      return [`${at} ${event.task} started (${event.branch})`];
    case "task-end": {
      const task = state.tasks.get(event.task);
      if (event.status === "done") {
        const took = task ? ` in ${elapsed(task, Date.parse(event.time))}` : "";
        return [
          `${at} ${event.task} done${took} (${event.files.length} ${event.files.length === 1 ? "file" : "files"} changed)`,
        ];
      }
      if (event.status === "failed") {
        const lines = [`${at} ${event.task} FAILED: ${event.reason ?? ""}`];
        if (event.log) lines.push(`    log: ${event.log}`);
        if (event.tail)
          lines.push(
            ...event.tail
              .split("\n")
              .slice(-5)
              .map((l) => `    | ${l}`),
          );
        return lines;
      }
      return [`${at} ${event.task} ${event.status}: ${event.reason ?? ""}`];
    }
    case "merge":
      return event.result === "merged"
        ? [`${at} ${event.task} merged`]
        : [`${at} ${event.task} CONFLICT on merge (${(event.files ?? []).join(", ")})`];
    case "regroup":
      return [
        `${at} re-grouped: ${event.reason}`,
        `    before: ${formatWaves(event.before)}`,
        `    after:  ${formatWaves(event.after)}`,
      ];
    case "verify":
      return event.ok
        ? [`${at} verify after wave ${event.wave}: ok`]
        : [
            `${at} verify after wave ${event.wave}: FAILED`,
            ...(event.output ?? "")
              .split("\n")
              .slice(-10)
              .map((l) => `    | ${l}`),
          ];
    case "throttle":
      return [`${at} holding ${event.task} back: ${event.reason}`];
    case "wave-end": {
      const wave = state.waves.find((w) => w.number === event.wave);
      const pct = wave ? percentEnded(state, wave.tasks) : 100;
      return [`${at} wave ${event.wave} finished (${pct}%) · overall ${overallProgress(state)}`];
    }
    case "run-end":
      return [
        `${at} run ${event.status}: ${event.done} done, ${event.failed} failed, ` +
          `${event.cancelled ? `${event.cancelled} cancelled, ` : ""}${event.skipped} skipped`,
      ];
  }
}

/** The closing summary: counts, failed and skipped tasks with reasons, kept branches and their logs. */
export function renderRunSummary(
  state: RunState,
  kept: ReadonlyArray<{ task: string; branch: string; log: string | null }>,
): string[] {
  const tasks = [...state.tasks.values()];
  const of = (status: TaskStatus) => tasks.filter((t) => t.status === status);
  const lines = [
    "",
    `maestro ${state.status}: ${of("done").length} done, ${of("failed").length} failed, ` +
      (of("cancelled").length > 0 ? `${of("cancelled").length} cancelled, ` : "") +
      `${of("skipped").length} skipped` +
      (state.alreadyDone.length > 0 ? ` (${state.alreadyDone.length} were already done)` : "") +
      (state.startedAt && state.endedAt
        ? ` in ${formatElapsed(Date.parse(state.endedAt) - Date.parse(state.startedAt))}`
        : ""),
  ];
  for (const t of of("failed")) lines.push(`  ✗ ${t.id} ${t.title}: ${t.reason ?? ""}`);
  for (const t of of("cancelled")) lines.push(`  ■ ${t.id} ${t.title}: ${t.reason ?? ""}`);
  for (const t of of("skipped")) lines.push(`  ↷ ${t.id} ${t.title}: ${t.reason ?? ""}`);
  const failedVerify = state.verify.filter((v) => !v.ok);
  for (const v of failedVerify) lines.push(`  ✗ verify after wave ${v.wave} failed`);
  if (kept.length > 0) {
    lines.push("Kept for inspection:");
    for (const k of kept) lines.push(`  ${k.task}  ${k.branch}${k.log ? `  log: ${k.log}` : ""}`);
  }
  return lines;
}
