import { TaskListError } from "../errors.js";
import type { Task, TaskList } from "../model/task.js";

/** The text of a task list, read by an adapter: one file, or a GSD phase directory. */
export type TaskListInput =
  | { kind: "file"; path: string; text: string }
  | { kind: "directory"; path: string; files: Array<{ path: string; text: string }> };

// PROVISIONAL: a minimal spec-kit reader so the engine can be built against the real signature.
// The planning-core work replaces this file wholesale.
const TASK_LINE = /^\s*[-*]\s+\[([ xX])\]\s+(T\d{3,}[A-Za-z]?)\s+(.*)$/;

/** Parses a task list in any supported format. Throws TaskListError naming file and line. */
export function parseTaskList(input: TaskListInput): TaskList {
  if (input.kind !== "file") throw new TaskListError(input.path, null, "directories are not supported yet");
  const tasks: Task[] = [];
  input.text.split("\n").forEach((raw, index) => {
    const match = TASK_LINE.exec(raw);
    if (!match) return;
    const [, box, id, rest] = match as unknown as [string, string, string, string];
    const parallel = /\[P\]/.test(rest);
    const title = rest.replace(/\[(P|US\d+)\]\s*/g, "").trim();
    const files = [...title.matchAll(/`([^`\s]+\.[A-Za-z0-9]+)`/g)].map((m) => m[1] ?? "");
    tasks.push({
      id,
      title,
      source: input.path,
      line: index + 1,
      phase: null,
      section: null,
      stories: [],
      parallel,
      done: box !== " ",
      files,
      body: "",
      declared: [],
      script: null,
      group: false,
      children: [],
      authorWave: null,
    });
  });
  if (tasks.length === 0) throw new TaskListError(input.path, null, "no tasks found");
  return { source: input.path, format: "speckit", phases: [], tasks, statements: [], warnings: [] };
}
