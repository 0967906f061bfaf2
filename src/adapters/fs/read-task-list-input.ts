import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { TaskListInput } from "../../core/parse/parse-task-list.js";

// PROVISIONAL: the planning-core work adds the size cap and the binary / UTF-8 checks.
/** Reads a task list file, or a GSD phase directory (its `*-PLAN.md` files), for parseTaskList. */
export async function readTaskListInput(path: string): Promise<TaskListInput> {
  if ((await stat(path)).isDirectory()) {
    const names = (await readdir(path)).filter((n) => n.endsWith("-PLAN.md")).sort();
    const files = await Promise.all(
      names.map(async (name) => ({ path: join(path, name), text: await readFile(join(path, name), "utf8") })),
    );
    return { kind: "directory", path, files };
  }
  return { kind: "file", path, text: await readFile(path, "utf8") };
}
