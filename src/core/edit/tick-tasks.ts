import { regExpLiteral } from "../parse/reg-exp-literal.js";
import { jsonTaskIds, markJsonDone, markTaskMasterDone, taskMasterIds } from "./task-master-status.js";

/** A task to tick, with the line the plan read it from. */
export interface TickRequest {
  id: string;
  /** 1-based line in the task list text. */
  line: number;
}

/** What tickTasks changed. */
export interface TickResult {
  text: string;
  /** IDs whose checkbox is now `[X]`, or whose Task Master status is `done` (including ones already done). */
  ticked: string[];
  /** IDs whose line could not be found: the list changed under maestro. */
  missing: string[];
}

// The bullet is optional: lists also write a checkbox at the start of a line (`[ ] T067 Title`).
const CHECKBOX = /^(\s*(?:(?:[-*+]|\d+[.)])\s+)?)\[([ xX])\]/;

function holdsTask(line: string, id: string): boolean {
  const box = CHECKBOX.exec(line);
  if (!box) return false;
  const rest = line.slice(box[0].length);
  // The ID is the first word after the checkbox (spec-kit) or appears as a whole word (other layouts).
  return new RegExp(`(^|[^\\w.-])${regExpLiteral(id)}([^\\w.-]|$)`).test(rest);
}

/**
 * Marks tasks done in a task list's text: `[X]` in their checkbox, `done` in a Task Master status. Each
 * request's line must still hold that task ID; when the list moved, the one line holding the ID is used
 * instead, and an ID found on no line, or on several, is reported as missing rather than guessed.
 */
export function tickTasks(text: string, requests: readonly TickRequest[]): TickResult {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(eol);
  const json = text.trimStart().startsWith("{");
  const taskMaster = json ? jsonTaskIds(lines) : /^#\s+Task ID:/im.test(text) ? taskMasterIds(lines) : null;
  const holds = (i: number, id: string): boolean => holdsTask(lines[i] ?? "", id) || taskMaster?.[i] === id;
  const ticked: string[] = [];
  const missing: string[] = [];
  for (const { id, line } of requests) {
    let index = line - 1;
    if (!(index >= 0 && index < lines.length && holds(index, id))) {
      const candidates = lines.flatMap((_l, i) => (holds(i, id) ? [i] : []));
      if (candidates.length !== 1) {
        missing.push(id);
        continue;
      }
      index = candidates[0] as number;
    }
    if (json ? markJsonDone(lines, index) : tickLine(lines, index)) ticked.push(id);
    else missing.push(id);
  }
  return { text: lines.join(eol), ticked, missing };
}

function tickLine(lines: string[], index: number): boolean {
  const line = lines[index] ?? "";
  if (!CHECKBOX.test(line)) return markTaskMasterDone(lines, index);
  lines[index] = line.replace(CHECKBOX, (_m, lead: string) => `${lead}[X]`);
  return true;
}
