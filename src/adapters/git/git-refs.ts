import type { GitChannel } from "./git-process.js";

/** Every ref under the given prefixes (`refs/heads/`, ...) with the object it names. */
export async function listRefs(c: GitChannel, prefixes: string[]): Promise<Map<string, string>> {
  const out = await c.git.raw(["for-each-ref", "--format=%(refname)%00%(objectname)", ...prefixes]);
  return new Map(
    out
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split("\0") as [string, string]),
  );
}

/** Points `ref` at `object`, creating it if needed (restores a ref something else moved or deleted). */
export async function updateRef(c: GitChannel, ref: string, object: string): Promise<void> {
  await c.git.raw(["update-ref", "--no-deref", ref, object]);
}

/** Renames a branch. */
export async function renameBranch(c: GitChannel, from: string, to: string): Promise<void> {
  await c.git.raw(["branch", "-m", from, to]);
}

/** Deletes a branch only if it is merged into HEAD. Best effort: never throws. */
export async function tryDeleteMergedBranch(c: GitChannel, branch: string): Promise<boolean> {
  try {
    const ahead = (await c.git.raw(["rev-list", "--count", `HEAD..refs/heads/${branch}`])).trim();
    if (ahead !== "0") return false;
    await c.git.raw(["branch", "-D", branch]);
    return true;
  } catch {
    return false;
  }
}

/** Local branches under a prefix, e.g. `maestro/`. */
export async function listBranches(c: GitChannel, prefix: string): Promise<string[]> {
  // Quiet: there is usually no maestro branch at all, and an empty answer would cost simple-git's wait.
  const out = await c.quiet(["for-each-ref", "--format=%(refname:short)", `refs/heads/${prefix}`]);
  return out
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}
