import { GitResponseError, type MergeResult } from "simple-git";
import type { GitChannel } from "./git-process.js";

/** How a merge ended. */
export type MergeOutcome = { merged: true } | { merged: false; conflicts: string[] };

/**
 * Merges `branch` into the checked-out branch with a merge commit; a conflict is aborted cleanly
 * (`onConflict` runs first, while the merge is still in progress: a test hook).
 */
export async function mergeNoFf(
  c: GitChannel,
  branch: string,
  message: string,
  onConflict?: () => void,
): Promise<MergeOutcome> {
  try {
    await c.git.merge(["--no-ff", "--no-verify", "-m", message, branch]);
    return { merged: true };
  } catch (error) {
    if (!(error instanceof GitResponseError)) throw error;
    const result = error.git as MergeResult;
    const conflicts = [...new Set(result.conflicts.map((entry) => entry.file ?? "").filter(Boolean))];
    onConflict?.();
    await c.git.raw(["merge", "--abort"]);
    return { merged: false, conflicts };
  }
}

/** Aborts a merge left in progress. Best effort: never throws. */
export function tryAbortMerge(c: GitChannel): Promise<boolean> {
  return c.quiet(["merge", "--abort"]).then(
    () => true,
    () => false,
  );
}
