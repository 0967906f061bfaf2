import { TaskListError } from "../errors.js";
import type { Task, TaskList } from "../model/task.js";
import { canonicalText } from "./canonical-text.js";
import type { WrittenReference } from "./extract-task-references.js";
import { parseGsdPhase } from "./parse-gsd-phase.js";
import { parseMarkdownList } from "./parse-markdown-list.js";
import { TaskIdIndex } from "./task-id-index.js";

/** The text of a task list, read by an adapter: one file, or a GSD phase directory. */
export type TaskListInput =
  | { kind: "file"; path: string; text: string }
  | { kind: "directory"; path: string; files: Array<{ path: string; text: string }> };

/**
 * Parses a task list in any supported format: spec-kit, tasks as headings, numbered (Kiro), a plain
 * checklist (IDs C001, C002, ... by position) or a GSD phase directory. Throws TaskListError naming file
 * and line for conflict markers, duplicate IDs and lists without tasks.
 */
export function parseTaskList(input: TaskListInput): TaskList {
  const list =
    input.kind === "file"
      ? parseMarkdownList(input.path, input.text)
      : parseGsdPhase(input.path, input.files);
  if (list.tasks.length === 0) {
    throw new TaskListError(input.path, null, "no tasks found");
  }
  rejectDuplicates(list.tasks, input);
  expandDeclaredRanges(list.tasks);
  return list;
}

function rejectDuplicates(tasks: readonly Task[], input: TaskListInput): void {
  const seen = new Map<string, Task>();
  for (const task of tasks) {
    const key = canonicalText(task.id);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, task);
      continue;
    }
    const where =
      earlier.source === task.source ? `line ${earlier.line}` : `${earlier.source}:${earlier.line}`;
    const disguised = rawLineHides(input, task) ? " (written with look-alike or invisible characters)" : "";
    throw new TaskListError(
      task.source,
      task.line,
      `duplicate task ID ${task.id}${disguised}: ${task.id} is already at ${where}`,
    );
  }
}

/** True when the raw line does not spell the ID in plain characters (full-width digits, zero-width). */
function rawLineHides(input: TaskListInput, task: Task): boolean {
  const text =
    input.kind === "file" ? input.text : (input.files.find((f) => f.path === task.source)?.text ?? "");
  const line = text.split(/\r?\n/)[task.line - 1] ?? "";
  // Compare up to the ID itself: the plain spelling may appear later in the title ("a copy of T001").
  const canonical = canonicalText(line);
  const end = canonical.indexOf(task.id) + task.id.length;
  return canonical.indexOf(task.id) < 0 || line.slice(0, end) !== canonical.slice(0, end);
}

/** `**Depends**: T001 through T010` is stored as one range while parsing; expand it now all IDs are known. */
function expandDeclaredRanges(tasks: Task[]): void {
  const index = new TaskIdIndex(tasks.map((t) => t.id));
  for (const task of tasks) {
    if (!task.declared.some((d) => d.id.includes(".."))) continue;
    task.declared = task.declared.flatMap((d) => {
      const dots = d.id.indexOf("..");
      if (dots < 0) return [d];
      const ref: WrittenReference = { from: d.id.slice(0, dots), to: d.id.slice(dots + 2) };
      const resolved = index.resolve(ref);
      if (resolved.ids.length === 0) return [{ ...d, id: `${ref.from}-${ref.to}` }];
      return resolved.ids.map((id) => ({ ...d, id }));
    });
  }
}
