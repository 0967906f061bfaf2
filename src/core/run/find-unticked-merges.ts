/** The trailers of maestro's merge commit for a task: the task, the run and the task list it came from. */
export function mergeTrailers(taskId: string, runId: string, tasksPath: string): string {
  return `Maestro-Task: ${taskId}\nMaestro-Run: ${runId}\nMaestro-Tasks: ${tasksPath}`;
}

/** A commit of the target branch's first-parent history. */
export interface HistoryCommit {
  sha: string;
  /** The full message (subject and body, trailers included). */
  message: string;
  /** The commit changed the task list (against its first parent). */
  touchesTaskList: boolean;
}

/** A task maestro merged whose tick never got committed. */
export interface UntickedMerge {
  task: string;
  run: string;
  sha: string;
}

function trailer(message: string, key: string): string | null {
  return new RegExp(`^${key}: (.+)$`, "m").exec(message)?.[1]?.trim() ?? null;
}

/**
 * Tasks of `tasksPath` that maestro merged after the task list last changed (newest first in `history`):
 * a run killed between a merge and its tick leaves exactly these. The walk stops at the first commit that
 * changed the task list and is not such a merge: a tick commit, or the user's own edit (an unticked task
 * there is the user's choice, never overridden).
 */
export function findUntickedMerges(history: readonly HistoryCommit[], tasksPath: string): UntickedMerge[] {
  const found: UntickedMerge[] = [];
  for (const commit of history) {
    const task = trailer(commit.message, "Maestro-Task");
    const run = trailer(commit.message, "Maestro-Run");
    const isOurMerge =
      task !== null && run !== null && trailer(commit.message, "Maestro-Tasks") === tasksPath;
    if (isOurMerge) {
      if (!found.some((f) => f.task === task)) found.push({ task, run, sha: commit.sha });
      continue;
    }
    if (commit.touchesTaskList) break;
  }
  return found.reverse();
}
