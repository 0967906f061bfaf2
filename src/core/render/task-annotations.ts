import type { RunState, TaskStatus, TaskView } from "../model/run-state.js";
import type { KeptWorkByTask } from "./kept-work.js";
import { lastLines } from "./markdown-text.js";

/** A check-run annotation, in the shape of GitHub's API. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  title: string;
  message: string;
}

const LEVEL: Partial<Record<TaskStatus, CheckAnnotation["annotation_level"]>> = {
  failed: "failure",
  skipped: "warning",
  cancelled: "notice",
};

/** GitHub accepts at most this many annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Annotations on the task list's lines: failures for failed tasks, warnings for skipped ones, notices for
 * cancelled ones. With `kept` (see renderCheckRun), only the branches that really exist after the run are named.
 */
export function taskAnnotations(state: RunState, path: string, kept?: KeptWorkByTask): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const task of state.tasks.values()) {
    const level = LEVEL[task.status];
    if (level === undefined) continue;
    const reason = task.reason ?? task.status;
    const tail = task.status === "failed" && task.tail ? `\n\n${lastLines(task.tail, 20)}` : "";
    const where = whereKept(task, kept);
    out.push({
      path,
      start_line: Math.max(1, task.line),
      end_line: Math.max(1, task.line),
      annotation_level: level,
      title: `${task.id} ${task.status}`,
      // GitHub caps a message at 64 KB; an annotation is a pointer, not the whole log.
      message: `${reason}${where}${tail}`.slice(0, 4000),
    });
  }
  return out;
}

function whereKept(task: TaskView, kept: KeptWorkByTask | undefined): string {
  if (kept === undefined)
    return task.branch ? `\n\nBranch: ${task.branch}${task.log ? `\nLog: ${task.log}` : ""}` : "";
  const branch = kept.get(task.id)?.branch;
  return branch ? `\n\nBranch: ${branch}` : "";
}

/** Splits a list into batches of at most `size` (check-run updates carry 50 annotations each). */
export function inBatches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
