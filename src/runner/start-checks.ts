import { isAbsolute, resolve } from "node:path";
import type { GitHost } from "../adapters/git/git-repository.js";
import { MAX_PARALLEL } from "../core/model/plan.js";
import type { TaskList } from "../core/model/task.js";
import { repoRelative } from "./repo-relative.js";
import { RefusedStartError } from "./run-errors.js";

/**
 * The most tasks one `maestro implement` run takes on. A run is a day of agent work at most: a list longer
 * than this is a mistake (or an attack) long before it is a plan, and it is refused before anything starts.
 */
export const MAX_TASKS_PER_RUN = 1000;

/** The tasks a run may run at once: 1..MAX_PARALLEL, else RefusedStartError. */
export function checkParallel(maxParallel: number): number {
  if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > MAX_PARALLEL) {
    throw new RefusedStartError("bad-option", `max parallel must be 1..${MAX_PARALLEL}, got ${maxParallel}`);
  }
  return Math.min(MAX_PARALLEL, maxParallel);
}

/** The top-level directory of the work tree `repo` is in, else RefusedStartError. */
export async function repositoryTop(host: GitHost, repo: string): Promise<string> {
  try {
    return await host.open(repo).topLevel();
  } catch (error) {
    throw new RefusedStartError("not-a-repository", `${repo} is not inside a git work tree`, [
      error instanceof Error ? error.message.trim() : String(error),
    ]);
  }
}

/** Where the task list is: absolute, and relative to the repository (which it must be inside). */
export function locateTaskList(
  repo: string,
  repoTop: string,
  tasksPath: string,
): { tasksAbs: string; tasksRel: string } {
  const tasksAbs = isAbsolute(tasksPath) ? tasksPath : resolve(repo, tasksPath);
  const tasksRel = repoRelative(repoTop, tasksAbs);
  if (tasksRel.startsWith("../") || isAbsolute(tasksRel)) {
    throw new RefusedStartError(
      "tasks-outside-repository",
      `${tasksPath} is outside the repository ${repoTop}`,
    );
  }
  return { tasksAbs, tasksRel };
}

/** Refuses a list with more than MAX_TASKS_PER_RUN tasks to run (ticked ones and those outside `only` aside). */
export function refuseTooManyTasks(list: TaskList, only: string[] | undefined, tasksRel: string): void {
  const toRun = list.tasks.filter(
    (t) => !t.done && !t.group && (only === undefined || only.includes(t.id)),
  ).length;
  if (toRun > MAX_TASKS_PER_RUN) {
    throw new RefusedStartError(
      "too-many-tasks",
      `${tasksRel}: ${toRun} tasks to run; maestro implement runs at most ${MAX_TASKS_PER_RUN} per run (use --only or split the list)`,
    );
  }
}
