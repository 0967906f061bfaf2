import { posix } from "node:path";

/** A path a task branch's commit changed, with a symlink's target read from its blob. */
export interface BranchChange {
  path: string;
  /** The mode after the change; `120000` is a symlink, `000000` a deletion. */
  mode: string;
  /** For a symlink: where it points. */
  target: string | null;
}

/** `.git`, and the names filesystems treat as `.git` (any case, trailing dots or spaces, the 8.3 `git~1`). */
function isGitName(component: string): boolean {
  const name = component.toLowerCase().replace(/[. ]+$/, "");
  return name === ".git" || name === "git~1";
}

/** Why a symlink at `path` pointing at `target` leaves the repository (or enters .git), or null. */
function symlinkProblem(path: string, target: string): string | null {
  if (target.startsWith("/") || /^[a-zA-Z]:[\\/]/.test(target) || target.startsWith("\\")) {
    return `${path} -> ${target} points outside the repository`;
  }
  const resolved = posix.normalize(posix.join(posix.dirname(path), target.replace(/\\/g, "/")));
  if (resolved === ".." || resolved.startsWith("../"))
    return `${path} -> ${target} points outside the repository`;
  if (resolved.split("/").some(isGitName)) return `${path} -> ${target} points into .git`;
  return null;
}

/**
 * What a task branch may not bring into the target branch, one line per offending path: paths inside `.git`
 * (only plumbing can commit them; checking one out would rewrite git's own files), symlinks that point
 * outside the repository or into `.git`, in any of its commits; and, in its overall change (`final`), deleting
 * one of `kept` (the task list: the run's record).
 */
export function findForbiddenChanges(
  changes: readonly BranchChange[],
  final: readonly BranchChange[] = [],
  kept: readonly string[] = [],
): string[] {
  const problems = new Set<string>();
  for (const change of changes) {
    if (change.path.split("/").some(isGitName)) problems.add(`${change.path} is inside .git`);
    if (change.mode === "120000" && change.target !== null) {
      const problem = symlinkProblem(change.path, change.target);
      if (problem !== null) problems.add(problem);
    }
  }
  return [...problems].concat(
    kept
      .filter((path) => final.some((c) => c.path === path && c.mode === "000000"))
      .map((path) => `deletes ${path}, the task list that records the run`),
  );
}
