import { TASK_ID } from "../parse/parse-task-master.js";

/**
 * Task Master files mark a task done in its `# Status:` line and a subtask in the `[status]` that ends its
 * `## N. Title` heading; its tasks.json in each object's `"status"`. maestro ticks those where other lists
 * have a checkbox.
 */
const STATUS_LINE = /^(#\s+Status:\s*)(\S.*?)?(\s*)$/i;
const SUBTASK_HEADING = /^(##\s+(\d+(?:\.\d+)?)\.?\s+.*\[)([\w -]+)(\]\s*)$/;
const JSON_ID = /^(\s*)"id"\s*:\s*"?([\d.]+)"?\s*,?\s*$/;
const JSON_STATUS = /^(\s*"status"\s*:\s*")([^"]*)(".*)$/;

/** The full ID (`3`, `3.1`) of the task each line opens, for the lines of a Task Master file; else null. */
export function taskMasterIds(lines: readonly string[]): Array<string | null> {
  let task: string | null = null;
  return lines.map((line) => {
    const opened = TASK_ID.exec(line)?.[1];
    if (opened !== undefined) {
      task = opened;
      return opened;
    }
    const number = task === null ? undefined : SUBTASK_HEADING.exec(line)?.[2];
    if (number === undefined) return null;
    return number.includes(".") ? number : `${task}.${number}`;
  });
}

/**
 * The full ID of the task or subtask whose `"id"` each line of a tasks.json holds, else null. Tasks are the
 * objects whose `"id"` is least indented; a deeper one is a subtask of the task above it.
 */
export function jsonTaskIds(lines: readonly string[]): Array<string | null> {
  const ids = lines.map((line) => JSON_ID.exec(line));
  const top = Math.min(...ids.map((m) => (m === null ? Infinity : (m[1] ?? "").length)));
  let task = "";
  return ids.map((m) => {
    if (m === null) return null;
    const id = m[2] ?? "";
    if ((m[1] ?? "").length === top) return (task = id);
    return id.includes(".") ? id : `${task}.${id}`;
  });
}

/** Sets `"status": "done"` in the object whose `"id"` line is `index` (its own key, not a subtask's). */
export function markJsonDone(lines: string[], index: number): boolean {
  const indent = (JSON_ID.exec(lines[index] ?? "")?.[1] ?? "").length;
  const inObject = (i: number): boolean => /^\s*/.exec(lines[i] ?? "")?.[0].length === indent;
  for (const step of [1, -1]) {
    for (let i = index + step; i >= 0 && i < lines.length; i += step) {
      const depth = /^\s*/.exec(lines[i] ?? "")?.[0].length ?? 0;
      if (depth < indent && (lines[i] ?? "").trim() !== "") break;
      const status = inObject(i) ? JSON_STATUS.exec(lines[i] ?? "") : null;
      if (status === null) continue;
      lines[i] = `${status[1] ?? ""}done${status[3] ?? ""}`;
      return true;
    }
  }
  return false;
}

/**
 * Marks the task a line opens done: a subtask's `[pending]` becomes `[done]`; a task's `# Status:` line
 * below it (before the next task) says `done`. Returns false when there is no such mark to change.
 */
export function markTaskMasterDone(lines: string[], index: number): boolean {
  const line = lines[index] ?? "";
  if (SUBTASK_HEADING.test(line)) {
    lines[index] = line.replace(
      SUBTASK_HEADING,
      (_m, head: string, _n, _s, tail: string) => `${head}done${tail}`,
    );
    return true;
  }
  for (let i = index + 1; i < lines.length && !TASK_ID.test(lines[i] ?? ""); i++) {
    const status = STATUS_LINE.exec(lines[i] ?? "");
    if (status === null) continue;
    lines[i] = `${status[1] ?? ""}done${status[3] ?? ""}`;
    return true;
  }
  return false;
}

/** True when two lines are the same Task Master status mark with different values. */
export function onlyStatusDiffers(a: string, b: string): boolean {
  const jsonA = JSON_STATUS.exec(a);
  const jsonB = JSON_STATUS.exec(b);
  if (jsonA !== null && jsonB !== null) return jsonA[1] === jsonB[1] && jsonA[3] === jsonB[3];
  const statusA = STATUS_LINE.exec(a);
  const statusB = STATUS_LINE.exec(b);
  if (statusA !== null && statusB !== null) return statusA[1] === statusB[1];
  const subA = SUBTASK_HEADING.exec(a);
  const subB = SUBTASK_HEADING.exec(b);
  return subA !== null && subB !== null && subA[1] === subB[1] && subA[4] === subB[4];
}
