import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { GitChannel } from "./git-process.js";

/** Files in a git directory that mark an operation left half-done, and what to call it. */
const OPERATION_PROBES: ReadonlyArray<[string, string]> = [
  ["MERGE_HEAD", "a merge"],
  ["rebase-merge", "a rebase"],
  ["rebase-apply", "a rebase or am"],
  ["CHERRY_PICK_HEAD", "a cherry-pick"],
  ["REVERT_HEAD", "a revert"],
];

/** The checked-out branch, or null for a detached HEAD. */
export async function currentBranch(c: GitChannel): Promise<string | null> {
  const out = (await c.git.raw(["symbolic-ref", "--quiet", "--short", "HEAD"])).trim();
  return out === "" ? null : out;
}

/** The commit a revision names. */
export async function revParse(c: GitChannel, rev: string): Promise<string> {
  return (await c.git.raw(["rev-parse", "--verify", `${rev}^{commit}`])).trim();
}

/** The shared `.git` directory (absolute), the same from every worktree. */
export async function commonDir(c: GitChannel): Promise<string> {
  const out = (await c.git.raw(["rev-parse", "--git-common-dir"])).trim();
  return isAbsolute(out) ? out : resolve(c.dir, out);
}

/** `git status --porcelain` lines, untracked files included: empty means clean. */
export async function statusLines(c: GitChannel): Promise<string[]> {
  // Quiet: a clean work tree prints nothing, and this runs after every task.
  const out = await c.quiet(["status", "--porcelain", "--untracked-files=all"]);
  return out.split("\n").filter(Boolean);
}

/** The operation left half-done in this worktree (merge, rebase, cherry-pick, revert), or null. */
export async function operationInProgress(c: GitChannel): Promise<string | null> {
  for (const [name, what] of OPERATION_PROBES) {
    if (existsSync(await gitPath(c, name))) return what;
  }
  return null;
}

/** The tip `MERGE_HEAD` names, or null when no merge is in progress. */
export async function mergeHead(c: GitChannel): Promise<string | null> {
  if (!existsSync(await gitPath(c, "MERGE_HEAD"))) return null;
  return (await c.git.raw(["rev-parse", "MERGE_HEAD"])).trim() || null;
}

/** Absolute path of a file inside this worktree's git directory (`index.lock`, `MERGE_HEAD`, ...). */
export async function gitPath(c: GitChannel, name: string): Promise<string> {
  const out = (await c.git.raw(["rev-parse", "--git-path", name])).trim();
  return isAbsolute(out) ? out : resolve(c.dir, out);
}
