import type { TaskList } from "../model/task.js";
import { OutsideText } from "./outside-text.js";
import { readHeadingLine } from "./read-task-line.js";
import type { IgnoredPaths } from "./read-task-paths.js";
import { refuseUnreadableList } from "./refuse-unreadable-list.js";
import { scanLines, type Fence, type ScannedLine } from "./scan-lines.js";
import { finishEntry, FINISHED, newEntry, taskMasterList, type Entry } from "./task-master-entries.js";

/**
 * Task Master (`task-master generate`) writes one file per task: `# Task ID: 3`, then one `# Field: value`
 * line per field (Title, Status, Dependencies, Priority, Description, Details, Test Strategy), then under
 * `# Subtasks:` each subtask as `## 1. Title [pending]` (or `## 3.1. Title [pending]`) with its own
 * `### Dependencies:`, `### Description:` and `### Details:` lines.
 */
export const TASK_ID = /^#\s+Task ID:\s*(\d+)\s*$/i;
const FIELD = /^(Title|Status|Dependencies|Priority|Description|Details|Test Strategy|Subtasks)\s*:\s*(.*)$/i;
const SUBTASK = /^(\d+(?:\.\d+)?)\.?\s+(.*?)(?:\s+\[([\w -]+)\])?\s*$/;

/** True when the document is one or more Task Master task files: a `# Task ID: N` line with a title. */
export function isTaskMasterExport(lines: readonly ScannedLine[]): boolean {
  return lines.some(
    (line, i) =>
      line.role === "text" &&
      TASK_ID.test(line.text) &&
      lines.slice(i + 1, i + 6).some((next) => /^#\s+Title:/i.test(next.text)),
  );
}

/**
 * Parses Task Master task files: one file holding one or several tasks, or a folder's `task_NNN.txt`
 * files (`path` names the folder). A task with subtasks is a group; the order comes from the Dependencies
 * fields: a bare number in a subtask's field is a sibling subtask when the task has one of that number,
 * else a task; `6.2` names another task's subtask.
 */
export function parseTaskMasterFiles(
  path: string,
  files: ReadonlyArray<{ path: string; text: string }>,
): TaskList {
  const entries: Entry[] = [];
  const outside = new OutsideText();
  const ignored: IgnoredPaths = [];
  for (const file of files) {
    const { lines, fences } = scanLines(file.text);
    refuseUnreadableList(file.path, lines);
    const walk = new TaskMasterWalk(file.path, outside);
    for (const line of lines) walk.read(line, fences);
    for (const entry of walk.entries) finishEntry(entry, fences, ignored);
    entries.push(...walk.entries);
  }
  return taskMasterList(path, entries, ignored, outside);
}

class TaskMasterWalk {
  readonly entries: Entry[] = [];
  private open: Entry | null = null;
  private taskId: string | null = null;
  private headings: string[] = [];

  constructor(
    private readonly path: string,
    private readonly outside: OutsideText,
  ) {}

  read(line: ScannedLine, fences: readonly Fence[]): void {
    if (line.role !== "text") return this.readCode(line, fences);
    const id = TASK_ID.exec(line.text)?.[1];
    if (id !== undefined) return this.start(line, id, null);
    const heading = line.text.trimStart()[0] === "#" ? readHeadingLine(line.text) : null;
    if (heading !== null && this.taskId !== null && this.readField(line, heading)) return;
    if (heading !== null && heading.level <= 2) {
      this.open = null;
      this.taskId = null;
      this.headings = [heading.text];
      this.outside.cue(line.number, heading.text);
      return;
    }
    if (this.open !== null) {
      if (!/^\s*(---+|\*\*\*+)\s*$/.test(line.text)) this.body(line, false);
      return;
    }
    this.outside.note(line, this.headings, null);
    this.outside.read(line);
  }

  private readCode(line: ScannedLine, fences: readonly Fence[]): void {
    if (this.open !== null) {
      if (line.fence !== null) this.open.fences.add(line.fence);
      this.body(line, true);
    } else if (line.role === "code") {
      this.outside.note(line, this.headings, fences[line.fence ?? -1]?.info ?? "");
    }
  }

  /** A `# Field:` line of the task, a `## N. Subtask` heading, or a subtask's `### Field:` line. */
  private readField(line: ScannedLine, heading: { level: number; text: string }): boolean {
    const subtask = heading.level === 2 ? SUBTASK.exec(heading.text) : null;
    if (subtask !== null) {
      const [, number = "", title = "", status = ""] = subtask;
      const id = number.includes(".") ? number : `${this.taskId}.${number}`;
      this.start(line, id, this.taskId, title, status);
      return true;
    }
    const field = FIELD.exec(heading.text);
    const ownLevel = this.open?.parent === null ? 1 : 3;
    if (field === null || this.open === null || heading.level !== ownLevel) return heading.level > 2;
    const [, name = "", value = ""] = field;
    this.setField(name.toLowerCase(), value.trim(), line);
    return true;
  }

  private setField(name: string, value: string, line: ScannedLine): void {
    const entry = this.open as Entry;
    if (name === "title") entry.task.title = value;
    else if (name === "status") entry.task.done = FINISHED.test(value);
    else if (name === "dependencies") entry.depends = { text: value, line: line.number };
    else if (name !== "priority" && name !== "subtasks" && value !== "")
      this.body({ ...line, text: value }, false);
  }

  private start(line: ScannedLine, id: string, parent: string | null, title = "", status = ""): void {
    if (parent === null) this.taskId = id;
    this.open = newEntry({ source: this.path, line: line.number }, id, parent, title, FINISHED.test(status));
    this.entries.push(this.open);
  }

  private body(line: ScannedLine, code: boolean): void {
    this.open?.lines.push({ number: line.number, text: line.text, code });
  }
}
