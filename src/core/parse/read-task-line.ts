import { canonicalText } from "./canonical-text.js";
import { KEY_ID_SOURCE, T_ID_SOURCE, TRACKER_KEY_SOURCE } from "./task-id-pattern.js";

/** A Markdown heading: its level (number of `#`) and its text without the closing `#`s. */
export interface HeadingLine {
  level: number;
  text: string;
}

/** A checkbox line: whether it is ticked, the text after the checkbox (canonical form), its bullet. */
export interface CheckboxLine {
  checked: boolean;
  rest: string;
  /** False for a checkbox written at the start of a line without a list bullet (`[ ] T067 Title`). */
  bulleted: boolean;
}

/** A task ID read at the start of a line's text, and the text after it. */
export interface TaskIdAndRest {
  id: string;
  rest: string;
}

const CHECKBOX = /^(\s*)[-*+]\s+\[([ xX])\](\*?)(?:\s+(.*))?$/;
const BARE_CHECKBOX = /^(\s*)\[([ xX])\](\*?)(?:\s+(.*))?$/;
// An ID set off in bold or as code ("**T012**", "`A1`", as issue checklists write their keys).
const SET_OFF = String.raw`(?:\*\*|\x60)?`;
const SPECKIT_ID = new RegExp(String.raw`^${SET_OFF}(${T_ID_SOURCE})${SET_OFF}(?!\w)[:.]?\s*(.*)$`);
const KEY_ID = new RegExp(String.raw`^${SET_OFF}(${KEY_ID_SOURCE})${SET_OFF}(?!\w)[:.]?\s*(.*)$`);
// "1.2 Title", "**3.** Title", and a word for a task before the number, closed by a colon ("Task 1: Title",
// "Subtask 1.2: Title", as BMAD stories write their tasks; "Step 3:", "Tarea 2:", "タスク 2:").
const TASK_LABEL = String.raw`(?:(?:sub-?)?tasks?|steps?|(?:teil)?aufgabe|schritt|tarea|subtarea|paso|tarefa|subtarefa|passo|t[aâ]che|sous-t[aâ]che|[eé]tape|задача|подзадача|шаг|任务|子任务|步骤|タスク|サブタスク|ステップ|작업|하위\s*작업)`;
const NUMBERED_ID = new RegExp(
  String.raw`^(?:\*\*)?(?:(?:${TASK_LABEL})\s+(\d+(?:\.\d+)*)(?:\*\*)?\s*:(?:\*\*)?|(\d+(?:\.\d+)*)\.?(?:\*\*)?(?=\s|$))\s*(.*)$`,
  "iu",
);
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*$/;
const HEADING_TASK = new RegExp(String.raw`^${SET_OFF}(${T_ID_SOURCE})${SET_OFF}(?!\w)\s*[:.\-–—]?\s*(.*)$`);
const HEADING_KEY = new RegExp(
  String.raw`^(?:\*\*)?(${TRACKER_KEY_SOURCE})(?:\*\*)?(?!\w)\s*[:.\-–—]?\s*(.*)$`,
);

/** Reads an ATX heading (`## Phase 1: Setup`); null when the line is not one. */
export function readHeadingLine(text: string): HeadingLine | null {
  const h = HEADING.exec(text);
  if (!h) return null;
  return { level: (h[1] ?? "").length, text: (h[2] ?? "").replace(/\s+#+$/, "") };
}

/** Reads the task a heading's text names (`T003: Title`); null when it names none. */
export function readHeadingTask(headingText: string): TaskIdAndRest | null {
  const t = HEADING_TASK.exec(canonicalText(headingText));
  return t ? { id: t[1] as string, rest: t[2] ?? "" } : null;
}

/** Reads the issue-tracker key a heading's text opens with (`R-14: Title`); null when it has none. */
export function readHeadingKey(headingText: string): TaskIdAndRest | null {
  const t = HEADING_KEY.exec(canonicalText(headingText));
  return t ? { id: t[1] as string, rest: t[2] ?? "" } : null;
}

/**
 * Reads a checkbox line: a list item (`- [ ] ...`, `* [x] ...`) or a checkbox opening the line without
 * a bullet (`[ ] ...`); null when the line is neither.
 */
export function readCheckboxLine(text: string): CheckboxLine | null {
  const first = text.trimStart()[0];
  const bulleted = first === "-" || first === "*" || first === "+";
  if (!bulleted && first !== "[") return null;
  const c = (bulleted ? CHECKBOX : BARE_CHECKBOX).exec(text);
  if (!c) return null;
  return { checked: c[2] !== " ", rest: canonicalText(c[4] ?? ""), bulleted };
}

/** Reads a spec-kit ID (`T012`, `T046A`) at the start of a checkbox item's text. */
export function readSpeckitId(rest: string): TaskIdAndRest | null {
  const m = SPECKIT_ID.exec(rest);
  return m ? { id: m[1] as string, rest: m[2] ?? "" } : null;
}

/** Reads an issue-tracker key (`SUP-101`) at the start of a checkbox item's text. */
export function readKeyId(rest: string): TaskIdAndRest | null {
  const m = KEY_ID.exec(rest);
  return m ? { id: m[1] as string, rest: m[2] ?? "" } : null;
}

/** Reads a numbered ID (`2.1`, `3.`) at the start of a checkbox item's text. */
export function readNumberedId(rest: string): TaskIdAndRest | null {
  const m = NUMBERED_ID.exec(rest);
  return m ? { id: (m[1] ?? m[2]) as string, rest: m[3] ?? "" } : null;
}
