import type { PlanJson } from "./plan-json.js";
import type { RunEvent, WaveSnapshot } from "./run-event.js";

/** A task's state as the user sees it. */
export type TaskStatus = "pending" | "running" | "done" | "failed" | "skipped" | "cancelled";

/** One task in the progress view. */
export interface TaskView {
  id: string;
  title: string;
  line: number;
  status: TaskStatus;
  startedAt: string | null;
  endedAt: string | null;
  reason: string | null;
  branch: string | null;
  log: string | null;
  tail: string | null;
  files: string[];
}

/** Everything the terminal display and the check run show, folded from RunEvents. */
export interface RunState {
  runId: string;
  source: string;
  startedAt: string | null;
  endedAt: string | null;
  status: "planned" | "running" | "success" | "failure" | "cancelled";
  /** Current waves (re-groupings replace them). */
  waves: WaveSnapshot[];
  tasks: Map<string, TaskView>;
  /** Tasks already done before this run started (ticked in the list). */
  alreadyDone: string[];
  edges: PlanJson["edges"];
  regroups: Array<{ time: string; reason: string; before: WaveSnapshot[]; after: WaveSnapshot[] }>;
  verify: Array<{ wave: number; ok: boolean; output?: string }>;
  warnings: string[];
  currentWave: number | null;
}

/** The state before any event. */
export function emptyRunState(): RunState {
  return {
    runId: "",
    source: "",
    startedAt: null,
    endedAt: null,
    status: "planned",
    waves: [],
    tasks: new Map(),
    alreadyDone: [],
    edges: [],
    regroups: [],
    verify: [],
    warnings: [],
    currentWave: null,
  };
}

/** Folds one event into the state (mutates and returns it: events arrive often, copies would be waste). */
export function applyRunEvent(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case "plan":
      applyPlan(state, event);
      break;
    case "wave-start":
      state.currentWave = event.wave;
      break;
    case "task-start":
      applyTaskStart(state, event);
      break;
    case "task-end":
      applyTaskEnd(state, event);
      break;
    case "merge":
      // A conflicted task goes back to pending: it is re-run in a later wave on top of the merged result.
      if (event.result === "conflict") setStatus(state, event.task, "pending");
      break;
    case "regroup":
      state.regroups.push({
        time: event.time,
        reason: event.reason,
        before: event.before,
        after: event.after,
      });
      state.waves = event.after.map((w) => ({ number: w.number, tasks: [...w.tasks] }));
      break;
    case "verify":
      state.verify.push({
        wave: event.wave,
        ok: event.ok,
        ...(event.output === undefined ? {} : { output: event.output }),
      });
      break;
    case "throttle":
    case "wave-end":
      break;
    case "run-end":
      state.status = event.status;
      state.endedAt = event.time;
      state.currentWave = null;
      break;
  }
  return state;
}

function applyPlan(state: RunState, event: Extract<RunEvent, { type: "plan" }>): void {
  state.runId = event.runId;
  state.source = event.plan.source;
  state.startedAt = event.time;
  state.status = "running";
  state.waves = event.plan.waves.map((w) => ({ number: w.number, tasks: [...w.tasks] }));
  state.edges = event.plan.edges;
  state.warnings = event.plan.warnings;
  state.alreadyDone = event.plan.tasks.filter((t) => t.done).map((t) => t.id);
  for (const t of event.plan.tasks) {
    if (t.done) continue;
    state.tasks.set(t.id, {
      id: t.id,
      title: t.title,
      line: t.line,
      status: "pending",
      startedAt: null,
      endedAt: null,
      reason: null,
      branch: null,
      log: null,
      tail: null,
      files: t.files,
    });
  }
}

function applyTaskStart(state: RunState, event: Extract<RunEvent, { type: "task-start" }>): void {
  const task = state.tasks.get(event.task);
  if (!task) return;
  task.status = "running";
  task.startedAt = event.time;
  task.endedAt = null;
  task.reason = null;
  task.branch = event.branch;
}

function applyTaskEnd(state: RunState, event: Extract<RunEvent, { type: "task-end" }>): void {
  const task = state.tasks.get(event.task);
  if (!task) return;
  task.status = event.status;
  task.endedAt = event.time;
  task.reason = event.reason;
  task.branch = event.branch;
  task.log = event.log;
  task.tail = event.tail ?? null;
  if (event.files.length > 0) task.files = event.files;
}

function setStatus(state: RunState, id: string, status: TaskStatus): void {
  const task = state.tasks.get(id);
  if (task) task.status = status;
}

/** True once a task has ended, whichever way. */
export function hasEnded(status: TaskStatus | undefined): boolean {
  return status === "done" || status === "failed" || status === "skipped" || status === "cancelled";
}

/** Percentage of a set of tasks that has ended (done, failed, skipped or cancelled), 0..100, rounded down. */
export function percentEnded(state: RunState, ids: readonly string[]): number {
  if (ids.length === 0) return 100;
  const ended = ids.filter((id) => hasEnded(state.tasks.get(id)?.status)).length;
  return Math.floor((ended * 100) / ids.length);
}
