import type { Task } from "../model/task.js";
import { extractPaths } from "./extract-paths.js";
import type { TaskFields } from "./read-task-fields.js";

/** Paths a list names but maestro ignored, with the task and why; reported once per list. */
export type IgnoredPaths = Array<{ line: number; id: string; path: string; reason: string }>;

// Fields that name what a task reads or how to check it, not what it edits.
const READ_ONLY_FIELD =
  /^\s*(?:[-*+]\s+)?\*\*(?:inputs?|references?|see|spec|design|verify|verification|expected(?: output)?|output|commands?|tests?|notes?|acceptance(?: criteria)?|done when|commit|context|sources?|research|docs?|checkpoint|goal|purpose)\*\*/i;
// spec-kit design documents beside tasks.md: tasks read them, they do not edit them.
const SPEC_DOCUMENTS = new Set([
  "plan.md",
  "spec.md",
  "research.md",
  "data-model.md",
  "quickstart.md",
  "tasks.md",
  "constitution.md",
]);

/**
 * The paths a task names: its `**Files**:` field when it has one, else its title and the prose of its
 * body outside read-only fields. Paths maestro must not use are added to `ignored`.
 */
export function readTaskPaths(
  task: Task,
  prose: ReadonlyArray<{ text: string }>,
  fields: TaskFields,
  ignored: IgnoredPaths,
): string[] {
  const source =
    fields.files.length > 0
      ? fields.files.map((f) => f.text).join("\n")
      : [task.title, ...prose.filter((l) => !READ_ONLY_FIELD.test(l.text)).map((l) => l.text)].join("\n");
  const found = extractPaths(source);
  for (const path of found.ignored) ignored.push({ line: task.line, id: task.id, ...path });
  return found.paths.filter((p) => !SPEC_DOCUMENTS.has(p));
}

/** Warnings for the ignored paths of one list: the first three, then how many more. */
export function summariseIgnored(path: string, ignored: IgnoredPaths): string[] {
  const shown = ignored
    .slice(0, 3)
    .map((x) => `${path}:${x.line}: ${x.id} names "${x.path}", ignored because ${x.reason}`);
  if (ignored.length > 3) {
    shown.push(
      `${path}: ${ignored.length - 3} more paths ignored for the same reasons (absolute, outside the repository or in .git/)`,
    );
  }
  return shown;
}
