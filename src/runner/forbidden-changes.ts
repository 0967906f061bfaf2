import type { ChangedEntry, GitRepository } from "../adapters/git/git-repository.js";
import { findForbiddenChanges, type BranchChange } from "../core/run/find-forbidden-changes.js";

/**
 * What a task's commits (`base..head` in the worktree `wt`) bring that must never reach the target branch:
 * each commit on its own and the final diff (see findForbiddenChanges). `tasksRel` may not be deleted.
 */
export async function forbiddenChanges(
  wt: GitRepository,
  base: string,
  head: string,
  tasksRel: string,
): Promise<string[]> {
  const withTargets = (entries: ChangedEntry[]) =>
    Promise.all(
      entries.map(async (e): Promise<BranchChange> => ({
        path: e.path,
        mode: e.mode,
        target: e.mode === "120000" ? await wt.readBlob(e.object) : null,
      })),
    );
  const changes: BranchChange[] = [];
  for (const commit of await wt.commitsBetween(base, head)) {
    changes.push(...(await withTargets(await wt.commitChanges(commit))));
  }
  const final = await withTargets(await wt.diffEntries(base, head));
  return findForbiddenChanges(changes, final, tasksRel === "" ? [] : [tasksRel]);
}
