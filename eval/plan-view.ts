import type { EdgeOrigin } from "../src/core/model/edge.js";
/**
 * One planned task list as the evaluation sees it: tasks with their waves and files, edges with where
 * they came from (`origin`), the line of the author's words and whether they point backward in list
 * order. Plans in process, as `maestro plan --all --json` would.
 *
 * `origin`, `line` and `backward` are read from the planner's edges when it provides them; a planner
 * without them gets an approximation from the edge's kind, `stated` flag and reason (marked `derived`).
 */
import { readFile, stat } from "node:fs/promises";
import { readTaskListInput } from "../src/adapters/fs/read-task-list-input.js";
import { parseTaskList } from "../src/core/parse/parse-task-list.js";
import type { TaskList } from "../src/core/model/task.js";
import { buildPlan } from "../src/core/plan/build-plan.js";

/** Where an edge's evidence came from. */
export type Origin = EdgeOrigin;

const ORIGINS: ReadonlySet<string> = new Set([
  "task",
  "field",
  "statement",
  "structure",
  "file",
  "symbol",
  "cue",
  "import",
]);

export interface ViewEdge {
  from: string;
  to: string;
  kind: string;
  reason: string;
  origin: Origin;
  /** 1-based line of the author's words, or null. */
  line: number | null;
  /** `from` is listed after `to`. */
  backward: boolean;
}

export interface ViewTask {
  id: string;
  /** 1-based line in `source`. */
  line: number;
  /** The file the task was read from (a plan file for a GSD phase). */
  source: string;
  files: string[];
  /** null for a group. */
  wave: number | null;
  /** Leaf sub-tasks for a group (recursively), else empty. */
  leaves: string[];
  /** GSD: the author's wave. */
  authorWave: number | null;
}

export interface PlanView {
  /** The path planned (file or GSD phase directory). */
  path: string;
  tasks: ViewTask[];
  byId: Map<string, ViewTask>;
  edges: ViewEdge[];
  waves: string[][];
  /** Source file -> its lines (for reading the sentence an edge came from). */
  lines: Map<string, string[]>;
  /** True when the planner gave no `origin` field and the harness derived it. */
  derived: boolean;
  /** The list as parsed (before detection settles its phase roles). */
  list: TaskList;
  /** The plan's warnings (parsing, detection, cycles broken), as `maestro plan` prints them. */
  warnings: string[];
}

/** Plans one list (all tasks, as `--all`) and returns the evaluation's view of it. Throws when it does not plan. */
export async function planView(path: string): Promise<PlanView> {
  const input = await readTaskListInput(path);
  const list = parseTaskList(input);
  const plan = buildPlan(list, { all: true });
  const lines = new Map<string, string[]>();
  if (input.kind === "file") lines.set(input.path, input.text.split(/\r?\n/));
  else for (const f of input.files) lines.set(f.path, f.text.split(/\r?\n/));

  const listTasks = plan.list.tasks;
  const order = new Map(listTasks.map((t, i) => [t.id, i]));
  const childrenOf = new Map(listTasks.map((t) => [t.id, t.children]));
  const leavesOf = (id: string, seen = new Set<string>()): string[] => {
    const children = childrenOf.get(id) ?? [];
    if (children.length === 0 || seen.has(id)) return [id];
    seen.add(id);
    return children.flatMap((c) => leavesOf(c, seen));
  };
  const tasks: ViewTask[] = listTasks.map((t) => ({
    id: t.id,
    line: t.line,
    source: t.source,
    files: [...t.files],
    wave: plan.waveOf.get(t.id) ?? null,
    leaves: t.group ? leavesOf(t.id).filter((l) => l !== t.id) : [],
    authorWave: t.authorWave,
  }));
  let derived = false;
  const edges = plan.edges.map((e): ViewEdge => {
    const raw = e as unknown as Record<string, unknown>;
    const origin = typeof raw.origin === "string" && ORIGINS.has(raw.origin) ? (raw.origin as Origin) : null;
    if (origin === null) derived = true;
    const line =
      typeof raw.line === "number" ? raw.line : raw.line === null ? null : lineFromReason(e.reason);
    const backward =
      typeof raw.backward === "boolean" ? raw.backward : (order.get(e.from) ?? 0) > (order.get(e.to) ?? 0);
    return {
      from: e.from,
      to: e.to,
      kind: e.kind,
      reason: e.reason,
      origin: origin ?? deriveOrigin(e.kind, e.stated, e.reason),
      line,
      backward,
    };
  });
  return {
    path,
    tasks,
    byId: new Map(tasks.map((t) => [t.id, t])),
    edges,
    waves: plan.waves.map((w) => [...w.tasks]),
    lines,
    derived,
    list,
    warnings: [...plan.warnings],
  };
}

/** The last `(file:NN)` in a reason. */
function lineFromReason(reason: string): number | null {
  const all = [...reason.matchAll(/\([^()]*?:(\d+)\)/g)];
  const last = all.at(-1);
  return last?.[1] ? Number(last[1]) : null;
}

/** What the planner's origin would most likely be, for a planner that does not report it yet. */
function deriveOrigin(kind: string, stated: boolean, reason: string): Origin {
  switch (kind) {
    case "file":
      return "file";
    case "cue":
      return "cue";
    case "import":
      return "import";
    case "order":
      return "structure";
    case "phase":
      return reason.startsWith("statement") ? "statement" : "structure";
    default:
      if (!stated) return "statement";
      return /\*\*Depends|depends_on|^explicit "Depends:/i.test(reason) ? "field" : "task";
  }
}

/** Whether a path exists (file or directory). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads a UTF-8 text file. */
export const readText = (path: string): Promise<string> => readFile(path, "utf8");
