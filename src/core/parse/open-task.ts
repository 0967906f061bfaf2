import type { Task } from "../model/task.js";
import { readTaskLabels } from "./read-task-labels.js";
import { emptyPathUses } from "./read-task-paths.js";
import type { Fence, ScannedLine } from "./scan-lines.js";

/** A line of a task's body as written, and whether it sits inside a fenced block. */
export interface BodyLine {
  number: number;
  text: string;
  code: boolean;
}

/** The task being read: the lines below its task line that belong to it, until something ends it. */
export interface OpenTask {
  task: Task;
  /** A checkbox list item, a checkbox written without a bullet (`[ ] T067 ...`), or a task heading. */
  kind: "checkbox" | "bare-checkbox" | "heading";
  /** Indentation of the checkbox line (0 for a heading). */
  indent: number;
  /** Heading level of a heading task (0 for a checkbox). */
  level: number;
  lines: BodyLine[];
  /** Indices of the fenced blocks inside the task's body. */
  fences: Set<number>;
  /** Blank lines kept back until an indented line shows they are inside the task. */
  pendingBlank: Array<{ number: number; text: string }>;
}

/** Where a new task is written: its file, line, and the phase and section it is listed under. */
export interface TaskPlace {
  source: string;
  line: number;
  phase: number | null;
  section: string | null;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** Opens a task read from its task line: the ID, the text after it (markers, title) and its checkbox. */
export function openTask(
  kind: OpenTask["kind"],
  where: { indent: number; level: number; place: TaskPlace },
  id: string,
  rest: string,
  checked: boolean,
): OpenTask {
  const labels = readTaskLabels(rest);
  const task: Task = {
    id,
    title: labels.title,
    source: where.place.source,
    line: where.place.line,
    phase: where.place.phase,
    section: where.place.section,
    stories: labels.stories,
    parallel: labels.parallel,
    done: checked || labels.done,
    files: [],
    ...emptyPathUses(),
    body: "",
    declared: [],
    dependencyField: false,
    script: null,
    group: false,
    children: [],
    authorWave: null,
  };
  return {
    task,
    kind,
    indent: where.indent,
    level: where.level,
    lines: [],
    fences: new Set(),
    pendingBlank: [],
  };
}

/**
 * Takes a fence line into the task when the block is the task's own: a heading task owns every block
 * below it, a checkbox task only blocks indented under its bullet. Returns false when the task ends here.
 */
export function takeFenceLine(open: OpenTask, line: ScannedLine, fence: Fence): boolean {
  const index = line.fence ?? -1;
  const belongs =
    open.fences.has(index) ||
    (line.role === "open" && (open.kind === "heading" || fence.indent > open.indent));
  if (!belongs) return false;
  if (line.role === "open") open.fences.add(index);
  keepPendingBlanks(open);
  open.lines.push({ number: line.number, text: line.text, code: true });
  return true;
}

/**
 * Takes a prose line into the task's body: everything up to the next heading for a heading task; for a
 * checkbox task, indented lines and lazy continuation lines (Markdown's paragraph continuation). Returns
 * false when the line ends the task.
 */
export function takeBodyLine(open: OpenTask, line: ScannedLine): boolean {
  const text = line.text;
  if (open.kind === "heading") {
    open.lines.push({ number: line.number, text, code: false });
    return true;
  }
  const first = text.trimStart()[0];
  if (first === undefined) {
    open.pendingBlank.push({ number: line.number, text: "" });
    return true;
  }
  const lazy = open.pendingBlank.length === 0 && !LIST_ITEM.test(text) && first !== ">" && first !== "|";
  if (line.indent <= open.indent && !lazy) return false;
  keepPendingBlanks(open);
  open.lines.push({ number: line.number, text, code: false });
  return true;
}

function keepPendingBlanks(open: OpenTask): void {
  open.lines.push(...open.pendingBlank.map((b) => ({ ...b, code: false })));
  open.pendingBlank = [];
}
