import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import type { GitChannel } from "./git-process.js";

/** One entry of `git worktree list`. */
export interface WorktreeEntry {
  path: string;
  head: string | null;
  /** Short branch name, or null when detached. */
  branch: string | null;
}

/** Creates a worktree at `path` on a new branch `branch` starting at `base`. */
export async function addWorktree(c: GitChannel, path: string, branch: string, base: string): Promise<void> {
  // Not --quiet: simple-git waits 50 ms after any command that printed nothing (its completion
  // detection), and this runs once per task.
  await c.git.raw(["worktree", "add", "-b", branch, path, base]);
}

/**
 * Makes a kept worktree fresh for the next task: a new branch `branch` at `base`, whatever the index and
 * the work tree held (a hard reset and the switch in one command: git rewrites only the files that
 * differ), then every untracked file removed (nested repositories too; ignored files only when
 * `cleanIgnored`). Two processes: this runs before every task.
 */
export async function switchWorktree(
  c: GitChannel,
  branch: string,
  base: string,
  cleanIgnored: boolean,
): Promise<void> {
  // -c, not -C: a branch of that name (kept from an earlier run with the same run ID) is never reset.
  await c.quiet(["switch", "--quiet", "--discard-changes", "--no-track", "-c", branch, base]);
  await c.quiet(["clean", "-f", "-f", "-d", "--quiet", ...(cleanIgnored ? ["-x"] : [])]);
}

/** Detaches a worktree's HEAD where it is, so its branch can be merged, renamed or deleted elsewhere. */
export async function detachHead(c: GitChannel): Promise<void> {
  await c.quiet(["switch", "--quiet", "--detach"]);
}

/** Removes a worktree (its branch stays). Best effort: never throws; true when it is gone. */
export async function tryRemoveWorktree(c: GitChannel, path: string): Promise<boolean> {
  try {
    await c.quiet(["worktree", "remove", "--force", "--force", path]);
  } catch {
    // A half-created or already deleted worktree: remove the folder and let prune drop the record.
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
    await tryPrune(c);
  }
  return !existsSync(path);
}

/**
 * Deletes a worktree's folder without running git inside it (its `.git` link may point anywhere), then
 * drops git's record of it. Best effort: never throws; true when the folder is gone.
 */
export async function tryDeleteWorktreeFolder(c: GitChannel, path: string): Promise<boolean> {
  await rm(path, { recursive: true, force: true }).catch(() => undefined);
  await tryPrune(c);
  return !existsSync(path);
}

/** Drops records of worktrees whose folders are gone. Best effort: never throws. */
export function tryPrune(c: GitChannel): Promise<boolean> {
  return c.quiet(["worktree", "prune"]).then(
    () => true,
    () => false,
  );
}

/** `git worktree list`, the main worktree first. */
export async function listWorktrees(c: GitChannel): Promise<WorktreeEntry[]> {
  return parseWorktreeList(await c.git.raw(["worktree", "list", "--porcelain"]));
}

/** Parses `git worktree list --porcelain`. */
export function parseWorktreeList(text: string): WorktreeEntry[] {
  const entries: WorktreeEntry[] = [];
  for (const block of text.split("\n\n")) {
    let path: string | null = null;
    let head: string | null = null;
    let branch: string | null = null;
    for (const line of block.split("\n")) {
      if (line.startsWith("worktree ")) path = line.slice("worktree ".length);
      else if (line.startsWith("HEAD ")) head = line.slice("HEAD ".length);
      else if (line.startsWith("branch "))
        branch = line.slice("branch ".length).replace(/^refs\/heads\//, "");
    }
    if (path !== null) entries.push({ path, head, branch });
  }
  return entries;
}
