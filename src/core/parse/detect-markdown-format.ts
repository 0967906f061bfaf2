import type { TaskListFormat } from "../model/task.js";
import {
  readCheckboxLine,
  readHeadingLine,
  readHeadingTask,
  readKeyId,
  readNumberedId,
  readSpeckitId,
} from "./read-task-line.js";
import type { ScannedLine } from "./scan-lines.js";

/** The Markdown layouts (everything but a GSD phase directory). */
export type MarkdownFormat = Exclude<TaskListFormat, "gsd">;

/** Which Markdown layout a document uses; null when it has no task lines at all. */
export function detectMarkdownFormat(lines: readonly ScannedLine[]): MarkdownFormat | null {
  let speckit = false;
  let numbered = false;
  let checklist = false;
  // A checklist whose every item opens with an issue-tracker key (`- [ ] SUP-101 ...`) is keyed.
  let keyed = true;
  for (const line of lines) {
    if (line.role !== "text") continue;
    const text = line.text;
    if (text.trimStart()[0] === "#") {
      const h = readHeadingLine(text);
      // Any task heading makes the whole list a heading list: its checkboxes are acceptance criteria.
      if (h && h.level >= 2 && readHeadingTask(h.text) !== null) return "heading";
      continue;
    }
    const c = readCheckboxLine(text);
    if (!c) continue;
    if (readSpeckitId(c.rest)) speckit = true;
    else if (readNumberedId(c.rest)) numbered = true;
    // Without a bullet and without an ID, nothing but the brackets says the line is a task.
    else if (c.bulleted && c.rest.trim().length > 0) {
      checklist = true;
      keyed &&= readKeyId(c.rest) !== null;
    }
  }
  if (speckit) return "speckit";
  if (numbered) return "numbered";
  if (checklist) return keyed ? "keyed" : "checklist";
  return null;
}
