/** What is known when choosing the task list of a run, most explicit first. */
export interface TaskListClues {
  /** The path named in the command. */
  commandPath: string | null;
  /** `tasks:` from `.github/maestro.yml` on the default branch. */
  configPath: string | null;
  /** Files the pull request changes (none for a workflow_dispatch run). */
  changedFiles: readonly string[];
  /** Every file in the checked-out tree. */
  treeFiles: readonly string[];
}

/** Which task list to run, or the candidates when it is ambiguous. */
export type TaskListChoice =
  | { kind: "found"; path: string; via: "command" | "config" | "pull-request" | "only-one" }
  | { kind: "ambiguous"; candidates: string[] };

// Task Master's record: `.taskmaster/tasks/tasks.json` (and `tasks/tasks.json`, where older versions kept it).
const TASK_MASTER = String.raw`|^(?:.+\/)?\.taskmaster\/tasks\/tasks\.json$|^tasks\/tasks\.json$`;
const SPEC_TASKS = new RegExp(String.raw`^specs\/[^/]+\/tasks\.md$${TASK_MASTER}`);
const ANY_SPEC_TASKS = new RegExp(String.raw`^specs\/(?:.+\/)?tasks\.md$${TASK_MASTER}`);

/**
 * Chooses the task list: the command's path; else the config's `tasks:`; else the one
 * `specs/<feature>/tasks.md` (or Task Master `tasks.json`) changed by the pull request; else the only one
 * of them in the tree (a `tasks.md` under `specs/`, a Task Master `tasks.json`).
 */
export function chooseTaskList(clues: TaskListClues): TaskListChoice {
  if (clues.commandPath !== null) return { kind: "found", path: clues.commandPath, via: "command" };
  if (clues.configPath !== null) return { kind: "found", path: clues.configPath, via: "config" };
  const changed = [...new Set(clues.changedFiles.filter((f) => SPEC_TASKS.test(f)))].sort();
  if (changed.length === 1) return { kind: "found", path: changed[0] as string, via: "pull-request" };
  const all = [...new Set(clues.treeFiles.filter((f) => ANY_SPEC_TASKS.test(f)))].sort();
  if (all.length === 1) return { kind: "found", path: all[0] as string, via: "only-one" };
  return { kind: "ambiguous", candidates: changed.length > 1 ? changed : all };
}
