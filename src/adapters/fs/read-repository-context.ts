import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { TaskList } from "../../core/model/task.js";
import { doubtfulCandidates, settleTaskPaths } from "../../core/parse/settle-task-paths.js";
import { confineTaskPaths } from "./confine-task-paths.js";
import { scanImports } from "./scan-imports.js";

/** A task list seen against the repository on disk, ready for buildPlan. */
export interface RepositoryContext {
  /**
   * The list with its doubtful paths settled by what exists (`/scripts/release`, a bare `Models/`) and
   * without paths that leave the repository through a link (each dropped with a warning).
   */
  list: TaskList;
  /** File -> repository files it imports, for the files the tasks name (import edges). */
  imports: Map<string, string[]>;
}

/**
 * What only the repository can tell about a task list: which doubtful paths exist, which named paths
 * escape it through symbolic links, and which named files import which. `maestro plan --repo` and
 * `maestro implement` both use it.
 */
export async function readRepositoryContext(repoDir: string, parsed: TaskList): Promise<RepositoryContext> {
  const settled = settleTaskPaths(parsed, await existingPaths(repoDir, doubtfulCandidates(parsed)));
  const list = await confineTaskPaths(repoDir, settled);
  const files = [...new Set(list.tasks.flatMap((t) => t.files))].sort();
  return { list, imports: await scanImports(repoDir, files) };
}

/** The candidates that exist in the repository: a folder candidate (`x/`) only as a folder. */
export async function existingPaths(repoDir: string, candidates: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const candidate of candidates) {
    const info = await stat(resolve(repoDir, candidate)).catch(() => null);
    if (info !== null && (!candidate.endsWith("/") || info.isDirectory())) found.add(candidate);
  }
  return found;
}
