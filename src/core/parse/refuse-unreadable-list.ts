import { TaskListError } from "../errors.js";
import { findConflictMarkers } from "./find-conflict-marker.js";
import { findMalformedTaskLine } from "./find-malformed-task-line.js";
import type { ScannedLine } from "./scan-lines.js";

/**
 * Throws TaskListError for a list that cannot be planned safely as written: unresolved merge-conflict
 * markers, or a line meant as a task but written wrong (it would be skipped silently and never run).
 */
export function refuseUnreadableList(path: string, lines: readonly ScannedLine[]): void {
  const conflict = findConflictMarkers(lines);
  if (conflict) {
    const count = `${conflict.conflicts} conflict${conflict.conflicts === 1 ? "" : "s"} in this file`;
    throw new TaskListError(
      path,
      conflict.first,
      `unresolved merge-conflict marker "${conflict.text}" (${count}); resolve them and commit before planning`,
    );
  }
  const malformed = findMalformedTaskLine(lines);
  if (malformed) throw new TaskListError(path, malformed.line, malformed.problem);
}

/** The error for a document in which no task line was found. */
export function noTasksError(path: string): TaskListError {
  return new TaskListError(
    path,
    null,
    "no tasks found: expected spec-kit lines (`- [ ] T001 Title`), task headings (`### T001: Title`, `### PAY-12: Title`), " +
      "numbered tasks (`- [ ] 1. Title`) or a Markdown checklist (`- [ ] Title`) outside code blocks",
  );
}
