import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { TaskListError } from "../../core/errors.js";
import { TASK_MASTER_FILE, type TaskListInput } from "../../core/parse/parse-task-list.js";
import { decodeTaskListFile, MAX_TASK_LIST_BYTES } from "./decode-task-list-file.js";

/**
 * Reads a task list file, a GSD phase directory (its `*-PLAN.md` files) or a Task Master tasks directory
 * (its `task_NNN.txt` files), for parseTaskList. Refuses, with a TaskListError, a missing path, a directory
 * without such files, and files that are empty, binary, not UTF-8 or over 5 MiB.
 */
export async function readTaskListInput(path: string): Promise<TaskListInput> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TaskListError(
      path,
      null,
      code === "ENOENT" ? "no such file or directory" : `cannot read it (${code ?? "error"})`,
    );
  }
  if (info.isDirectory()) {
    const names = await listFilesOf(path);
    const files = await Promise.all(
      names.map(async (name) => ({ path: join(path, name), text: await readChecked(join(path, name)) })),
    );
    return { kind: "directory", path, files };
  }
  return { kind: "file", path, text: await readChecked(path, info.size) };
}

/**
 * The task files of a directory: a GSD phase's `*-PLAN.md` plans, else Task Master's `task_NNN.txt` files
 * in the order of their numbers.
 */
async function listFilesOf(path: string): Promise<string[]> {
  const all = await readdir(path);
  const plans = all.filter((n) => /-PLAN\.md$/i.test(n)).sort();
  if (plans.length > 0) return plans;
  const numberOf = (name: string): number => Number(/\d+/.exec(name)?.[0] ?? 0);
  const taskFiles = all.filter((n) => TASK_MASTER_FILE.test(n)).sort((a, b) => numberOf(a) - numberOf(b));
  if (taskFiles.length > 0) return taskFiles;
  const json = all.includes("tasks.json") ? ` (or name ${join(path, "tasks.json")} itself)` : "";
  throw new TaskListError(
    path,
    null,
    "no task files in this directory: a GSD phase directory holds NN-MM-PLAN.md plans, a Task Master " +
      `tasks directory task_001.txt, task_002.txt, ... (write them with \`task-master generate\`${json})`,
  );
}

async function readChecked(path: string, size?: number): Promise<string> {
  const bytes = size ?? (await stat(path)).size;
  if (bytes > MAX_TASK_LIST_BYTES) {
    throw new TaskListError(path, null, `the file is ${bytes} bytes, over the 5 MiB limit for a task list`);
  }
  return decodeTaskListFile(path, await readFile(path));
}
