import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { GitRepository } from "../adapters/git/git-repository.js";
import { tryKillProcessesWithEnv } from "../adapters/system/processes-with-env.js";
import type { LockInfo } from "./run-lock.js";

/** What cleaning after a killed run did. */
export interface StaleCleanup {
  removedWorktrees: string[];
  deletedBranches: string[];
  /** Branches with commits not merged into the target: kept, never deleted. */
  keptBranches: string[];
  abortedMerge: boolean;
  removedIndexLock: boolean;
  /** Processes of the killed run (its agents, their children, its verify) that were still running. */
  killedProcesses: number[];
}

/**
 * Removes what a killed maestro run left: the processes it started (found by the MAESTRO_RUN_ID they
 * inherited; Linux), its worktrees (on a `maestro/` branch, or slots inside maestro's folders), its branches
 * without unmerged commits, a merge of a maestro branch left half-done and its `index.lock` (those three
 * only when the previous run's lock was stale).
 */
export async function cleanStaleRun(main: GitRepository, stale: LockInfo | null): Promise<StaleCleanup> {
  const result: StaleCleanup = {
    removedWorktrees: [],
    deletedBranches: [],
    keptBranches: [],
    abortedMerge: false,
    removedIndexLock: false,
    killedProcesses: [],
  };
  if (stale !== null) {
    // First, so no agent of the killed run goes on writing into a worktree removed below.
    if (stale.runId !== "unknown" && stale.runId !== "") {
      result.killedProcesses = await tryKillProcessesWithEnv("MAESTRO_RUN_ID", stale.runId);
    }
    // Nobody else runs maestro here (we hold the lock): an index.lock left by the killed run would stop us.
    const indexLock = await main.pathInGitDir("index.lock");
    if (existsSync(indexLock)) {
      await rm(indexLock, { force: true });
      result.removedIndexLock = true;
    }
    const mergeHead = await main.mergeHead();
    if (mergeHead !== null) {
      const tips = await Promise.all((await main.listBranches("maestro/")).map((b) => main.revParse(b)));
      if (tips.includes(mergeHead)) result.abortedMerge = await main.tryAbortMerge();
    }
  }
  const folders = await maestroFolders(main, stale);
  for (const entry of (await main.listWorktrees()).slice(1)) {
    const ours = entry.branch?.startsWith("maestro/") || folders.some((f) => isInside(entry.path, f));
    if (ours && (await main.tryRemoveWorktree(entry.path))) result.removedWorktrees.push(entry.path);
  }
  await main.tryPruneWorktrees();
  for (const branch of await main.listBranches("maestro/")) {
    if (await main.tryDeleteMergedBranch(branch)) result.deletedBranches.push(branch);
    else result.keptBranches.push(branch);
  }
  return result;
}

/**
 * Where maestro puts worktrees: its state folder in the shared `.git` (every default work folder) and the
 * killed run's own work folder. A slot between two tasks is detached, so only its place says it is maestro's.
 */
async function maestroFolders(main: GitRepository, stale: LockInfo | null): Promise<string[]> {
  const folders = [join(await main.commonDir(), "maestro")];
  if (stale?.workDir) folders.push(join(stale.workDir, "worktrees"));
  return folders;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith("/");
}
