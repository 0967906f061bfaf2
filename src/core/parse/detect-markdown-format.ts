import type { TaskListFormat } from "../model/task.js";
import {
  readCheckboxLine,
  readHeadingKey,
  readHeadingLine,
  readHeadingTask,
  readKeyId,
  readNumberedId,
  readSpeckitId,
} from "./read-task-line.js";
import type { ScannedLine } from "./scan-lines.js";
import { keyPrefix, SHORT_KEY } from "./task-id-pattern.js";

/** The Markdown layouts (everything but a GSD phase directory). */
export type MarkdownFormat = Exclude<TaskListFormat, "gsd" | "taskmaster">;

/** Which Markdown layout a document uses; null when it has no task lines at all. */
export function detectMarkdownFormat(lines: readonly ScannedLine[]): MarkdownFormat | null {
  let speckit = false;
  let numbered = false;
  let checklist = false;
  // A checklist whose every item opens with an issue-tracker key (`- [ ] SUP-101 ...`) is keyed.
  let keyed = true;
  const keys: string[] = [];
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
      const key = readKeyId(c.rest)?.id;
      keyed &&= key !== undefined;
      if (key !== undefined) keys.push(key);
    }
  }
  if (speckit) return "speckit";
  if (numbered) return "numbered";
  if (keyedHeadings(lines)) return "heading";
  if (checklist) return keyed && keysAreIds(keys) ? "keyed" : "checklist";
  return null;
}

/**
 * Short keys (`A1`, `B3`) name tasks only when they number the items the way keys do: none shared ("P1" on
 * several items is a priority), and each letter's numbers a run without gaps, most letters with more than
 * one item (`A1`–`A7`, `B1`–`B6`). "S3 bucket", "EC2 role" are words.
 */
function keysAreIds(keys: readonly string[]): boolean {
  if (!keys.some((k) => SHORT_KEY.test(k))) return true;
  if (new Set(keys).size !== keys.length) return false;
  const numbers = new Map<string, number[]>();
  for (const key of keys) {
    const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)/.exec(key) ?? [];
    numbers.set(letters, [...(numbers.get(letters) ?? []), Number(digits)]);
  }
  const runs = [...numbers.values()].every((n) => Math.max(...n) - Math.min(...n) === n.length - 1);
  return runs && keys.length >= 2 * numbers.size;
}

/**
 * Whether the list's tasks are headings opening with issue-tracker keys (`### R-14: Title`): at least two
 * such headings of one project key. A heading "ADR-7: Use Postgres" alone names a document, not a task.
 */
export function keyedHeadings(lines: readonly ScannedLine[]): boolean {
  const prefixes = new Map<string, number>();
  for (const line of lines) {
    if (line.role !== "text" || line.text.trimStart()[0] !== "#") continue;
    const h = readHeadingLine(line.text);
    const key = h && h.level >= 2 ? readHeadingKey(h.text)?.id : undefined;
    if (key !== undefined) prefixes.set(keyPrefix(key), (prefixes.get(keyPrefix(key)) ?? 0) + 1);
  }
  return [...prefixes.values()].some((n) => n >= 2);
}
