import { TaskListError } from "../errors.js";
import type { TaskList } from "../model/task.js";
import type { IgnoredPaths } from "./read-task-paths.js";
import { finishEntry, FINISHED, newEntry, taskMasterList, type Entry } from "./task-master-entries.js";

/** A task of Task Master's `tasks.json`, as far as maestro reads it. */
interface JsonTask {
  id: number | string;
  title?: string;
  description?: string;
  details?: string;
  testStrategy?: string;
  status?: string;
  dependencies?: Array<number | string>;
  subtasks?: JsonTask[];
}

/** The task arrays of a tasks.json: one, or one per tag (`{"master": {"tasks": [...]}}`); null when none. */
function taskArrays(data: unknown): Map<string, JsonTask[]> | null {
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.tasks)) return new Map([["", record.tasks as JsonTask[]]]);
  const tags = new Map<string, JsonTask[]>();
  for (const [tag, value] of Object.entries(record)) {
    const tasks = (value as { tasks?: unknown } | null)?.tasks;
    if (Array.isArray(tasks)) tags.set(tag, tasks as JsonTask[]);
  }
  return tags.size > 0 ? tags : null;
}

/** True when the text is Task Master's tasks.json: JSON with a `tasks` array, at the top or under tags. */
export function isTaskMasterJson(path: string, text: string): boolean {
  if (!/\.json$/i.test(path)) return false;
  try {
    return taskArrays(JSON.parse(text)) !== null;
  } catch {
    return false;
  }
}

/**
 * Parses Task Master's `tasks.json`: its tasks and subtasks, as the task files `task-master generate`
 * writes from it would read. A file with several tags must be narrowed to one tag (the only one with
 * tasks); a task's line is the line of its `"id"`, where maestro marks it done.
 */
export function parseTaskMasterJson(path: string, text: string): TaskList {
  const tasks = onlyTag(path, taskArrays(JSON.parse(text)) ?? new Map<string, JsonTask[]>());
  const lines = idLines(text);
  const entries: Entry[] = [];
  const ignored: IgnoredPaths = [];
  for (const task of tasks) {
    const id = String(task.id);
    entries.push(entryOf(path, task, id, null, lines));
    for (const sub of task.subtasks ?? []) {
      const subId = String(sub.id).includes(".") ? String(sub.id) : `${id}.${String(sub.id)}`;
      entries.push(entryOf(path, sub, subId, id, lines));
    }
  }
  for (const entry of entries) finishEntry(entry, [], ignored);
  return taskMasterList(path, entries, ignored);
}

function onlyTag(path: string, tags: Map<string, JsonTask[]>): JsonTask[] {
  const withTasks = [...tags].filter(([, tasks]) => tasks.length > 0);
  if (withTasks.length <= 1) return withTasks[0]?.[1] ?? [];
  const names = withTasks.map(([tag]) => tag).join(", ");
  throw new TaskListError(
    path,
    null,
    `the file holds the tasks of several tags (${names}); plan one of them: ` +
      "`task-master generate --tag <tag>` writes its task files into a folder of their own",
  );
}

/** Each `"id"` key's line, in document order: tasks and their subtasks, depth first, as the array holds them. */
function idLines(text: string): number[] {
  const out: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^\s*"id"\s*:/.test(line)) out.push(i + 1);
  });
  return out;
}

function entryOf(path: string, task: JsonTask, id: string, parent: string | null, lines: number[]): Entry {
  const line = lines.shift() ?? 1;
  const entry = newEntry(
    { source: path, line },
    id,
    parent,
    task.title ?? "",
    FINISHED.test(task.status ?? ""),
  );
  const text = [task.description, task.details, task.testStrategy].filter((t) => t !== undefined).join("\n");
  entry.lines = text.split("\n").map((t) => ({ number: line, text: t, code: false }));
  entry.depends = { text: (task.dependencies ?? []).map(String).join(", ") || "None", line };
  return entry;
}
