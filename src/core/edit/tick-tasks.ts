import { regExpLiteral } from "../parse/reg-exp-literal.js";
/** A task to tick, with the line the plan read it from. */
export interface TickRequest {
  id: string;
  /** 1-based line in the task list text. */
  line: number;
}

/** What tickTasks changed. */
export interface TickResult {
  text: string;
  /** IDs whose checkbox is now `[X]` (including ones already ticked). */
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
 * Marks tasks done (`[X]`) in a task list's text. Each request's line must still hold that task ID; when
 * the list moved, the one checkbox line holding the ID is used instead, and an ID found on no line, or on
 * several, is reported as missing rather than guessed.
 */
export function tickTasks(text: string, requests: readonly TickRequest[]): TickResult {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(eol);
  const ticked: string[] = [];
  const missing: string[] = [];
  for (const { id, line } of requests) {
    let index = line - 1;
    if (!(index >= 0 && index < lines.length && holdsTask(lines[index] ?? "", id))) {
      const candidates = lines.flatMap((l, i) => (holdsTask(l, id) ? [i] : []));
      if (candidates.length !== 1) {
        missing.push(id);
        continue;
      }
      index = candidates[0] as number;
    }
    lines[index] = (lines[index] ?? "").replace(CHECKBOX, (_m, lead: string) => `${lead}[X]`);
    ticked.push(id);
  }
  return { text: lines.join(eol), ticked, missing };
}
