import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { RefusedStartError } from "./run-errors.js";

/** What a run writes into its lock file. */
export interface LockInfo {
  pid: number;
  runId: string;
  startedAt: string;
  /** The run's work folder: a killed run's slot worktrees are found under it (older locks lack it). */
  workDir?: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the repository's run lock (one maestro run per repository at a time). Returns the lock a killed
 * run left behind, if any, so the caller cleans up after it; refuses when a live run holds the lock.
 */
export async function acquireRunLock(path: string, info: LockInfo): Promise<{ stale: LockInfo | null }> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, JSON.stringify(info), { flag: "wx" });
    return { stale: null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  let previous: LockInfo | null = null;
  try {
    previous = JSON.parse(await readFile(path, "utf8")) as LockInfo;
  } catch {
    previous = null;
  }
  if (previous && previous.pid !== process.pid && isAlive(previous.pid)) {
    throw new RefusedStartError(
      "another-run-active",
      `another maestro run (${previous.runId}, pid ${previous.pid}) is active in this repository`,
      [`lock file: ${path}`],
    );
  }
  await writeFile(path, JSON.stringify(info));
  return { stale: previous ?? { pid: 0, runId: "unknown", startedAt: "" } };
}

/** Releases the run lock. Best effort: never throws. */
export async function tryReleaseRunLock(path: string): Promise<boolean> {
  try {
    await rm(path, { force: true });
    return true;
  } catch {
    return false;
  }
}
