import { readFile, writeFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import type { GitRepository } from "../adapters/git/git-repository.js";
import { onlyDoneMarksDiffer } from "../core/edit/only-done-marks-differ.js";
import { tickTasks } from "../core/edit/tick-tasks.js";
import type { TaskList } from "../core/model/task.js";
import { findUntickedMerges, type UntickedMerge } from "../core/run/find-unticked-merges.js";
import { repoRelative } from "./repo-relative.js";

/** How far back a resumed run looks for merges whose tick was lost. */
const HISTORY_LIMIT = 500;

function sourcesOf(repoTop: string, list: TaskList): string[] {
  const sources = new Set<string>();
  for (const task of list.tasks) {
    sources.add(repoRelative(repoTop, isAbsolute(task.source) ? task.source : resolve(repoTop, task.source)));
  }
  return [...sources];
}

/**
 * After a killed run: undoes a tick it wrote but never committed (only when the task lists differ from HEAD
 * in checkboxes alone and nothing else is dirty), so the resumed run can start; tickUntickedMerges then
 * re-makes the tick from the merges. Returns the task lists put back.
 */
export async function undoHalfDoneTick(
  main: GitRepository,
  repoTop: string,
  list: TaskList,
): Promise<string[]> {
  const sources = sourcesOf(repoTop, list);
  const dirty = await main.statusLines();
  const paths = dirty.map((line) => line.slice(3));
  if (
    dirty.length === 0 ||
    !dirty.every((line) => /^[ M][ M] /.test(line)) ||
    !paths.every((p) => sources.includes(p))
  ) {
    return [];
  }
  for (const path of paths) {
    const committed = await main.showAtHead(path);
    const current = await readFile(resolve(repoTop, path), "utf8").catch(() => null);
    if (committed === null || current === null || !onlyDoneMarksDiffer(committed, current)) return [];
  }
  await main.restoreFromHead(paths);
  return paths;
}

/**
 * Ticks (and commits) the tasks of this task list that maestro merged after the list last changed and that
 * are still unticked: a run killed between a merge and its tick leaves exactly these, and without the tick
 * a resumed run would run and merge them a second time. Returns them.
 */
export async function tickUntickedMerges(
  main: GitRepository,
  repoTop: string,
  tasksRel: string,
  list: TaskList,
  runId: string,
): Promise<UntickedMerge[]> {
  const sources = sourcesOf(repoTop, list);
  const history = await main.firstParentHistory(HISTORY_LIMIT, sources);
  const pending = new Set(list.tasks.filter((t) => !t.done).map((t) => t.id));
  const unticked = findUntickedMerges(
    history.map((c) => ({ sha: c.sha, message: c.message, touchesTaskList: c.touchesPaths })),
    tasksRel,
  ).filter((m) => pending.has(m.task));
  if (unticked.length === 0) return [];
  const byFile = new Map<string, Array<{ id: string; line: number }>>();
  for (const merge of unticked) {
    const task = list.tasks.find((t) => t.id === merge.task);
    if (!task) continue;
    const file = isAbsolute(task.source) ? task.source : resolve(repoTop, task.source);
    byFile.set(file, [...(byFile.get(file) ?? []), { id: task.id, line: task.line }]);
  }
  const changed: string[] = [];
  for (const [file, requests] of byFile) {
    const text = await readFile(file, "utf8");
    const result = tickTasks(text, requests);
    if (result.text !== text) {
      await writeFile(file, result.text);
      changed.push(repoRelative(repoTop, file));
    }
  }
  if (changed.length > 0) {
    const ids = unticked.map((m) => m.task);
    const runs = [...new Set(unticked.map((m) => m.run))];
    await main.commitPaths(
      changed,
      `maestro: tick ${ids.join(", ")} (merged by run ${runs.join(", ")}, which stopped before ticking)`,
      [`Maestro-Run: ${runId}`],
    );
  }
  return unticked;
}
