import type { DependencyStatement, ListNote, Task, TaskList } from "../model/task.js";
import { finishTask } from "./finish-task.js";
import { openTask, type BodyLine } from "./open-task.js";
import { summariseIgnored, type IgnoredPaths } from "./read-task-paths.js";
import type { Fence } from "./scan-lines.js";

// Task Master's statuses: a done task is finished, a cancelled one is not to be done at all.
export const FINISHED = /^(done|completed?|cancell?ed)$/i;

/** A task or subtask being read, with its Dependencies field as written. */
export interface Entry {
  task: Task;
  lines: BodyLine[];
  fences: Set<number>;
  parent: string | null;
  depends: { text: string; line: number } | null;
}

/** A new task or subtask at `where`, with no text yet. */
export function newEntry(
  where: { source: string; line: number },
  id: string,
  parent: string | null,
  title: string,
  done: boolean,
): Entry {
  const place = { ...where, phase: null, section: null };
  const { task } = openTask("heading", { indent: 0, level: 1, place }, id, title, done);
  return { task, lines: [], fences: new Set(), parent, depends: null };
}

/** Completes an entry once its text is known: paths, fields and script, as for any task. */
export function finishEntry(entry: Entry, fences: readonly Fence[], ignored: IgnoredPaths): void {
  const open = openTask("heading", { indent: 0, level: 1, place: placeOf(entry.task) }, "", "", false);
  open.task = entry.task;
  open.lines = entry.lines;
  open.fences = entry.fences;
  finishTask(open, fences, "numbered", ignored);
}

function placeOf(task: Task): { source: string; line: number; phase: null; section: null } {
  return { source: task.source, line: task.line, phase: null, section: null };
}

/**
 * The Dependencies fields as task IDs: a subtask's bare number is its sibling when the task has another
 * subtask of that number (a subtask never needs itself), else the task of that number.
 */
function settleDependencies(entries: readonly Entry[]): void {
  const ids = new Set(entries.map((e) => e.task.id));
  for (const entry of entries) {
    if (entry.depends === null) continue;
    const { text, line } = entry.depends;
    const written = `Dependencies: ${text}`;
    const named = text.match(/\d+(?:\.\d+)?/g) ?? [];
    const declared = named.map((n) => {
      const sibling = entry.parent !== null && !n.includes(".") ? `${entry.parent}.${n}` : null;
      const isSibling = sibling !== null && sibling !== entry.task.id && ids.has(sibling);
      return { id: isSibling ? sibling : n, line, text: written };
    });
    entry.task.declared = [...declared, ...entry.task.declared];
    entry.task.dependencyField = true;
  }
}

/**
 * The task list the entries of Task Master files or a tasks.json make, their Dependencies settled once
 * every ID is known; `outside`: the notes around the tasks (a tasks.json has none).
 */
export function taskMasterList(
  path: string,
  entries: readonly Entry[],
  ignored: IgnoredPaths,
  outside: { cues: DependencyStatement[]; notes: ListNote[] } = { cues: [], notes: [] },
): TaskList {
  settleDependencies(entries);
  return {
    source: path,
    format: "taskmaster",
    phases: [],
    tasks: entries.map((e) => e.task),
    cues: outside.cues,
    notes: outside.notes,
    warnings: summariseIgnored(path, ignored),
  };
}
