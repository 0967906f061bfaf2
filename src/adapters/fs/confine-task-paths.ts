import { lstat, readlink, realpath } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Task, TaskList } from "../../core/model/task.js";

/** Why a path a task names is not used, or null when it stays inside the repository's work tree. */
export async function pathEscape(repoDir: string, path: string): Promise<string | null> {
  const root = await realpath(resolve(repoDir));
  const real = await realExisting(resolve(root, path));
  const rel = relative(root, real);
  if (rel === ".." || rel.startsWith(`..${sep}`) || resolve(root, rel) !== real) {
    // The resolved target is not shown: it describes the machine maestro runs on, not the repository.
    return "it resolves outside the repository (through a symbolic link)";
  }
  if (rel === ".git" || rel.startsWith(`.git${sep}`)) {
    return "it resolves into .git/ (through a symbolic link)";
  }
  return null;
}

/**
 * Drops from every task the paths that leave the repository through a symbolic link (`docs -> /etc`) or
 * land in `.git/`, each with a warning naming the task's line. The parser already drops paths that do so
 * by their spelling (`../x`, `/etc/passwd`, `.git/config`); links need the repository on disk, so this
 * runs wherever the repository is known. Returns a new list; the input is not changed.
 */
export async function confineTaskPaths(repoDir: string, list: TaskList): Promise<TaskList> {
  const verdicts = new Map<string, string | null>();
  for (const path of new Set(list.tasks.flatMap(namedPaths))) {
    verdicts.set(path, await pathEscape(repoDir, path));
  }
  const warnings = [...list.warnings];
  const tasks = list.tasks.map((task) => {
    const escaping = namedPaths(task).filter((path) => (verdicts.get(path) ?? null) !== null);
    if (escaping.length === 0) return task;
    for (const path of escaping)
      warnings.push(
        `${task.source}:${task.line}: ${task.id} names "${path}", ignored because ${verdicts.get(path)}`,
      );
    const kept = (paths: readonly string[] | undefined): string[] =>
      (paths ?? []).filter((p) => !escaping.includes(p));
    return {
      ...task,
      files: kept(task.files),
      reads: kept(task.reads),
      addsTo: kept(task.addsTo),
      creates: kept(task.creates),
    };
  });
  return { ...list, tasks, warnings };
}

/** Every path a task names: what it edits, reads and puts new files in. */
function namedPaths(task: Task): string[] {
  return [...new Set([...task.files, ...(task.reads ?? []), ...(task.addsTo ?? [])])];
}

/**
 * The real path of `path`, resolving links in the part of it that exists (the rest may be created later),
 * dangling links included: writing through one would create its target.
 */
async function realExisting(path: string, depth = 0): Promise<string> {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch {
      const link = await lstat(current).then(
        (info) => info.isSymbolicLink(),
        () => false,
      );
      if (link && depth < 40) {
        const target = resolve(dirname(current), await readlink(current));
        return realExisting(join(target, ...missing.reverse()), depth + 1);
      }
      const parent = dirname(current);
      if (parent === current) return path;
      missing.push(current.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
      current = parent;
    }
  }
}
