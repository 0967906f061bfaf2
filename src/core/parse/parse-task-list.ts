import { TaskListError } from "../errors.js";
import type { Task, TaskList } from "../model/task.js";
import type { WrittenReference } from "./extract-task-references.js";
import { markTaskGroups } from "./mark-task-groups.js";
import { parseGsdPhase } from "./parse-gsd-phase.js";
import { parseMarkdownList } from "./parse-markdown-list.js";
import { isTaskMasterExport, parseTaskMasterFiles } from "./parse-task-master.js";
import { isTaskMasterJson, parseTaskMasterJson } from "./parse-task-master-json.js";
import { scanLines } from "./scan-lines.js";
import { settleDuplicateIds } from "./settle-duplicate-ids.js";
import { settleSameFileTasks } from "./same-file-tasks.js";
import { expandElidedPaths } from "./elided-paths.js";
import { settleWordLists } from "./settle-task-paths.js";
import { TaskIdIndex } from "./task-id-index.js";

/** The name `task-master generate` gives each task's file. */
export const TASK_MASTER_FILE = /(?:^|[\\/])task_\d+\.(?:txt|md)$/i;

/** The text of a task list, read by an adapter: one file, or a GSD phase directory. */
export type TaskListInput =
  | { kind: "file"; path: string; text: string }
  | { kind: "directory"; path: string; files: Array<{ path: string; text: string }> };

/**
 * Parses a task list in any supported format: spec-kit, tasks as headings, numbered (Kiro), a plain
 * checklist (IDs C001, C002, ... by position), Task Master task files, or a GSD phase directory. Throws TaskListError naming file
 * and line for conflict markers, ambiguous duplicate IDs and lists without tasks. A task with sub-tasks
 * (`T001` with `T001.1`, `2` with `2.1`) becomes a group.
 */
export function parseTaskList(input: TaskListInput): TaskList {
  const list = input.kind === "file" ? parseFile(input.path, input.text) : parseDirectory(input);
  if (list.tasks.length === 0) {
    throw new TaskListError(input.path, null, "no tasks found");
  }
  const settled = settleDuplicateIds(list.tasks, (task) => rawTextOf(input, task.source));
  const tasks = settled.tasks;
  if (list.format !== "gsd") markTaskGroups(tasks);
  expandDeclaredRanges(tasks);
  return settleSameFileTasks(
    settleWordLists(expandElidedPaths({ ...list, tasks, warnings: [...list.warnings, ...settled.warnings] })),
  );
}

/** A folder of Task Master files (`task_001.txt`, ...), or else a GSD phase directory. */
function parseDirectory(input: Extract<TaskListInput, { kind: "directory" }>): TaskList {
  const taskMaster = input.files.length > 0 && input.files.every((f) => TASK_MASTER_FILE.test(f.path));
  return taskMaster ? parseTaskMasterFiles(input.path, input.files) : parseGsdPhase(input.path, input.files);
}

function parseFile(path: string, text: string): TaskList {
  if (isTaskMasterJson(path, text)) return parseTaskMasterJson(path, text);
  return isTaskMasterExport(scanLines(text).lines)
    ? parseTaskMasterFiles(path, [{ path, text }])
    : parseMarkdownList(path, text);
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

function rawTextOf(input: TaskListInput, source: string): string {
  return input.kind === "file" ? input.text : (input.files.find((f) => f.path === source)?.text ?? "");
}
