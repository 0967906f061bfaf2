import type { TaskList } from "../../core/model/task.js";
import { confineTaskPaths } from "./confine-task-paths.js";
import { scanImports } from "./scan-imports.js";

/** A task list seen against the repository on disk, ready for buildPlan. */
export interface RepositoryContext {
  /** The list without paths that leave the repository through a link (each dropped with a warning). */
  list: TaskList;
  /** File -> repository files it imports, for the files the tasks name (import edges). */
  imports: Map<string, string[]>;
}

/**
 * What only the repository can tell about a task list: which named paths escape it through symbolic
 * links, and which named files import which. `maestro plan --repo` and `maestro implement` both use it.
 */
export async function readRepositoryContext(repoDir: string, parsed: TaskList): Promise<RepositoryContext> {
  const list = await confineTaskPaths(repoDir, parsed);
  const files = [...new Set(list.tasks.flatMap((t) => t.files))].sort();
  return { list, imports: await scanImports(repoDir, files) };
}
