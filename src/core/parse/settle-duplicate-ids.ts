import { TaskListError } from "../errors.js";
import type { Task } from "../model/task.js";
import { canonicalText } from "./canonical-text.js";

/** The raw text of the file a task was read from, to see how its ID is spelled. */
export type RawTextOf = (task: Task) => string;

/**
 * Resolves tasks that share an ID. The same task written twice (same ID spelled plainly, same title,
 * same checkbox, same phase) is one task: the later copy is dropped with a warning naming both lines.
 * Any other shared ID is ambiguous (a reference to it could mean either task) and is refused, as is an
 * ID spelled with look-alike or invisible characters, which hides the clash from a human reader.
 */
export function settleDuplicateIds(
  tasks: readonly Task[],
  rawTextOf: RawTextOf,
): { tasks: Task[]; warnings: string[] } {
  const seen = new Map<string, Task>();
  const kept: Task[] = [];
  const warnings: string[] = [];
  for (const task of tasks) {
    const key = canonicalText(task.id);
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, task);
      kept.push(task);
      continue;
    }
    const disguised = spellingHides(rawTextOf(task), task);
    if (disguised || !sameTask(earlier, task)) throw duplicateError(earlier, task, disguised);
    warnings.push(
      `${task.source}:${task.line}: ${task.id} repeats the task at line ${earlier.line} word for word; planned once, where it is first listed`,
    );
  }
  return { tasks: kept, warnings };
}

function sameTask(a: Task, b: Task): boolean {
  return (
    a.source === b.source &&
    a.title === b.title &&
    a.done === b.done &&
    a.phase === b.phase &&
    a.body === b.body
  );
}

function duplicateError(earlier: Task, task: Task, disguised: boolean): TaskListError {
  const where = earlier.source === task.source ? `line ${earlier.line}` : `${earlier.source}:${earlier.line}`;
  const how = disguised ? " (written with look-alike or invisible characters)" : "";
  return new TaskListError(
    task.source,
    task.line,
    `duplicate task ID ${task.id}${how}: ${task.id} is already at ${where}`,
  );
}

/** True when the raw line does not spell the ID in plain characters (full-width digits, zero-width). */
function spellingHides(text: string, task: Task): boolean {
  const line = text.split(/\r?\n/)[task.line - 1] ?? "";
  // Compare up to the ID itself: the plain spelling may appear later in the title ("a copy of T001").
  const canonical = canonicalText(line);
  const end = canonical.indexOf(task.id) + task.id.length;
  return canonical.indexOf(task.id) < 0 || line.slice(0, end) !== canonical.slice(0, end);
}
