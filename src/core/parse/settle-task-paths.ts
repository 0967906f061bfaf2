import type { DoubtfulPath, Task, TaskList } from "../model/task.js";

/**
 * Settles the paths only the repository can read: each doubtful mention takes its first candidate that
 * `known` holds (paths that exist in the repository; folders end with "/") or that the list itself
 * implies (another task names it, or names something inside it), else its fallback. So `/config/app.yml`
 * stays a repository path, `/scripts/release` becomes one when the repository has it, and a bare
 * `Repositories/` that is no folder of the repository, nor of the list, is no path. Pure: the caller
 * looks the candidates up (see doubtfulCandidates). Returns a new list; the input is not changed.
 */
export function settleTaskPaths(list: TaskList, known: ReadonlySet<string>): TaskList {
  const sure = surePaths(list.tasks);
  const isKnown = (candidate: string): boolean =>
    known.has(candidate) || sure.has(candidate) || (candidate.endsWith("/") && sure.hasInside(candidate));
  const dropped: string[] = [];
  const tasks = list.tasks.map((task) => {
    const doubts = task.doubtful ?? [];
    if (doubts.length === 0) return task;
    let settled: Task = { ...task, doubtful: [] };
    for (const doubt of doubts) {
      const vouched = doubt.topFolder !== undefined && sure.hasInside(doubt.topFolder);
      const chosen = (vouched ? doubt.candidates[0] : doubt.candidates.find(isKnown)) ?? doubt.otherwise;
      if (chosen === doubt.assumed) continue;
      settled = move(settled, doubt, chosen);
      if (chosen === null && doubt.assumed !== null) {
        dropped.push(
          `${task.source}:${task.line}: ${task.id} names "${doubt.written}", not read as a path: ${doubt.assumed} is in neither the repository nor the list`,
        );
      }
    }
    return settled;
  });
  return { ...list, tasks, warnings: withDropped(list, dropped, "words") };
}

/**
 * Settles, from the list alone, the bare word lists joined by slashes (`src/main/java`,
 * `pause/resume/cancel`): each stays a path when the list names files under its first folder, and is
 * otherwise no path, with a warning. The doubt stays for the repository to settle (`--repo`).
 */
export function settleWordLists(list: TaskList): TaskList {
  const sure = surePaths(list.tasks);
  const dropped: string[] = [];
  const tasks = list.tasks.map((task) => {
    let settled = task;
    for (const doubt of task.doubtful ?? []) {
      if (doubt.topFolder === undefined || doubt.assumed === null || sure.hasInside(doubt.topFolder))
        continue;
      settled = move(settled, doubt, null);
      settled.doubtful = (settled.doubtful ?? []).map((d) => (d === doubt ? { ...d, assumed: null } : d));
      dropped.push(
        `${task.source}:${task.line}: ${task.id} names "${doubt.written}", not read as a path: the list names no file under ${doubt.topFolder}`,
      );
    }
    return settled;
  });
  return { ...list, tasks, warnings: withDropped(list, dropped, "words joined by slashes") };
}

/** The list's warnings and the first three words not read as paths; the rest only counted. */
function withDropped(list: TaskList, dropped: readonly string[], what: string): string[] {
  const warnings = [...list.warnings, ...dropped.slice(0, 3)];
  if (dropped.length > 3)
    warnings.push(`${list.source}: ${dropped.length - 3} more ${what} not read as paths for the same reason`);
  return warnings;
}

/** Every repository-relative reading a list leaves to the repository, for the caller to look up. */
export function doubtfulCandidates(list: TaskList): string[] {
  return [...new Set(list.tasks.flatMap((t) => (t.doubtful ?? []).flatMap((d) => d.candidates)))].sort();
}

/** Replaces a doubtful mention's assumed reading with the chosen one, in the field its use names. */
function move(task: Task, doubt: DoubtfulPath, chosen: string | null): Task {
  const without = (paths: readonly string[] | undefined): string[] =>
    (paths ?? []).filter((p) => p !== doubt.assumed);
  const next: Task = {
    ...task,
    files: without(task.files),
    reads: without(task.reads),
    addsTo: without(task.addsTo),
    creates: without(task.creates),
  };
  if (chosen === null) return next;
  const named = new Set([...next.files, ...(next.reads ?? []), ...(next.addsTo ?? [])]);
  if (named.has(chosen)) return next;
  if (doubt.use === "reads") next.reads = [...(next.reads ?? []), chosen];
  else if (doubt.use === "adds-to") next.addsTo = [...(next.addsTo ?? []), chosen];
  else next.files = [...next.files, chosen];
  if (doubt.use === "creates") next.creates = [...(next.creates ?? []), chosen];
  const line = doubt.assumed !== null ? task.pathLines?.[doubt.assumed] : undefined;
  next.pathLines = { ...task.pathLines, [chosen]: line ?? task.line };
  return next;
}

/** The paths tasks name for sure (not as a doubt), and a test for "something inside this folder". */
function surePaths(tasks: readonly Task[]): {
  has(path: string): boolean;
  hasInside(folder: string): boolean;
} {
  const paths = new Set<string>();
  for (const task of tasks) {
    const assumed = new Set((task.doubtful ?? []).map((d) => d.assumed));
    for (const path of [...task.files, ...(task.reads ?? []), ...(task.addsTo ?? [])]) {
      if (!assumed.has(path)) paths.add(path);
    }
  }
  const sorted = [...paths].sort();
  return {
    has: (path) => paths.has(path),
    hasInside: (folder) => {
      // The paths inside a folder sort right after it: look at the first one not below it.
      let [low, high] = [0, sorted.length];
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((sorted[mid] as string) <= folder) low = mid + 1;
        else high = mid;
      }
      return sorted[low]?.startsWith(folder) === true;
    },
  };
}
