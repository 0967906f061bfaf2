import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { TaskListError } from "../../core/errors.js";
import type { TaskListInput } from "../../core/parse/parse-task-list.js";
import { decodeTaskListFile, MAX_TASK_LIST_BYTES } from "./decode-task-list-file.js";

/**
 * Reads a task list file, or a GSD phase directory (its `*-PLAN.md` files), for parseTaskList. Refuses,
 * with a TaskListError, a missing path, a directory without plans, and files that are empty, binary, not
 * UTF-8 or over 5 MiB.
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
    const names = (await readdir(path)).filter((n) => /-PLAN\.md$/i.test(n)).sort();
    if (names.length === 0) {
      throw new TaskListError(
        path,
        null,
        "no *-PLAN.md files in this directory (a GSD phase directory holds NN-MM-PLAN.md plans)",
      );
    }
    const files = await Promise.all(
      names.map(async (name) => ({ path: join(path, name), text: await readChecked(join(path, name)) })),
    );
    return { kind: "directory", path, files };
  }
  return { kind: "file", path, text: await readChecked(path, info.size) };
}

async function readChecked(path: string, size?: number): Promise<string> {
  const bytes = size ?? (await stat(path)).size;
  if (bytes > MAX_TASK_LIST_BYTES) {
    throw new TaskListError(path, null, `the file is ${bytes} bytes, over the 5 MiB limit for a task list`);
  }
  return decodeTaskListFile(path, await readFile(path));
}
