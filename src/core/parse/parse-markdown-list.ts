import { TaskListError } from "../errors.js";
import type {
  DeclaredDependency,
  DependencyStatement,
  ListNote,
  Phase,
  Task,
  TaskList,
  TaskListFormat,
} from "../model/task.js";
import { canonicalText } from "./canonical-text.js";
import { classifyPhase, headingWords } from "./classify-phase.js";
import { findAllReferences, type IdStyle } from "./extract-task-references.js";
import { findConflictMarkers } from "./find-conflict-marker.js";
import { findMalformedTaskLine } from "./find-malformed-task-line.js";
import { readTaskFields } from "./read-task-fields.js";
import { readTaskLabels } from "./read-task-labels.js";
import { emptyPathUses, readTaskPaths } from "./read-task-paths.js";
import { scanLines, type Fence, type ScannedLine } from "./scan-lines.js";

/** The Markdown layouts (everything but a GSD phase directory). */
export type MarkdownFormat = Exclude<TaskListFormat, "gsd">;

const CHECKBOX = /^(\s*)[-*+]\s+\[([ xX])\](\*?)(?:\s+(.*))?$/;
const SPECKIT_ID = /^(?:\*\*)?(T\d{3,}[A-Za-z]?)(?:\*\*)?(?!\w)[:.]?\s*(.*)$/;
const NUMBERED_ID = /^(?:\*\*)?(\d+(?:\.\d+)*)\.?(?:\*\*)?(?=\s|$)\s*(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*$/;
const HEADING_TASK = /^(?:\*\*)?(T\d{3,}[A-Za-z]?)(?:\*\*)?(?!\w)\s*[:.\-–—]?\s*(.*)$/;
const DEPENDENCY_HEADING = /\b(dependenc(?:y|ies)|execution order|critical path|task graph)\b/i;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const STATEMENT_WORTHY =
  /\bT\d{3,}|\bphases?\b|\bUS-?\d|\buser stor|\bsetup\b|\bfoundation|\bpolish\b|→|->|\btasks? \d/i;
const CUE_WORTHY = /\bbefore\b/i;
const CUE_SUBJECT = /\b(tests?|models?|services?|implementation|integration|endpoints?|wiring)\b/i;
const SHELL_INFO = new Set(["", "sh", "bash", "shell", "console", "zsh", "shell-session"]);

/** Which Markdown layout a document uses; null when it has no task lines at all. */
export function detectMarkdownFormat(lines: readonly ScannedLine[]): MarkdownFormat | null {
  let speckit = false;
  let numbered = false;
  let checklist = false;
  for (const line of lines) {
    if (line.role !== "text") continue;
    const text = line.text;
    const first = text.trimStart()[0];
    if (first === "#") {
      const h = HEADING.exec(text);
      if (h && (h[1] ?? "").length >= 2 && HEADING_TASK.test(canonicalText(h[2] ?? ""))) return "heading";
      continue;
    }
    if (first !== "-" && first !== "*" && first !== "+") continue;
    const c = CHECKBOX.exec(text);
    if (!c) continue;
    const rest = canonicalText(c[4] ?? "");
    if (SPECKIT_ID.test(rest)) speckit = true;
    else if (NUMBERED_ID.test(rest)) numbered = true;
    else if (rest.trim().length > 0) checklist = true;
  }
  if (speckit) return "speckit";
  if (numbered) return "numbered";
  if (checklist) return "checklist";
  return null;
}

interface OpenTask {
  task: Task;
  kind: "checkbox" | "heading";
  indent: number;
  level: number;
  lines: Array<{ number: number; text: string; code: boolean }>;
  fences: Set<number>;
  pendingBlank: Array<{ number: number; text: string }>;
}

/** Parses a Markdown task list (spec-kit, tasks as headings, numbered/Kiro, or a plain checklist). */
export function parseMarkdownList(path: string, text: string): TaskList {
  const { lines, fences } = scanLines(text);
  const conflict = findConflictMarkers(lines);
  if (conflict) {
    throw new TaskListError(
      path,
      conflict.first,
      `unresolved merge-conflict marker "${conflict.text}" (${conflict.conflicts} conflict${conflict.conflicts === 1 ? "" : "s"} in this file); resolve them and commit before planning`,
    );
  }
  // A task written almost right would be skipped silently and never run: refuse the list instead.
  const malformed = findMalformedTaskLine(lines);
  if (malformed) throw new TaskListError(path, malformed.line, malformed.problem);
  const format = detectMarkdownFormat(lines);
  if (format === null) {
    throw new TaskListError(
      path,
      null,
      "no tasks found: expected spec-kit lines (`- [ ] T001 Title`), task headings (`### T001: Title`), " +
        "numbered tasks (`- [ ] 1. Title`) or a Markdown checklist (`- [ ] Title`) outside code blocks",
    );
  }
  const idStyle: IdStyle = format === "numbered" ? "numbered" : format === "checklist" ? "none" : "t";
  const warnings: string[] = [];
  const ignoredPaths: IgnoredPaths = [];
  for (const fence of fences) {
    if (fence.close === null) {
      warnings.push(
        `${path}:${fence.open}: this code fence is never closed; everything after it is read as code`,
      );
    }
  }

  const phases: Phase[] = [];
  const tasks: Task[] = [];
  const statements: DependencyStatement[] = [];
  const cues: DependencyStatement[] = [];
  const notes: ListNote[] = [];
  const headings: Array<{ level: number; text: string }> = [];
  const note = (line: ScannedLine, code: string | null): void => {
    notes.push({ line: line.number, text: line.text, headings: headings.map((h) => h.text), code });
  };
  let phase: number | null = null;
  let phaseLevel = 0;
  let section: string | null = null;
  let dependencySection: number | null = null;
  let statement: { line: number; parts: string[] } | null = null;
  let open: OpenTask | null = null;
  let checklistCount = 0;

  const flushStatement = (): void => {
    if (statement === null) return;
    const joined = statement.parts.join(" ").replace(/\s+/g, " ").trim();
    if (joined.length > 0 && STATEMENT_WORTHY.test(joined))
      statements.push({ line: statement.line, text: joined });
    statement = null;
  };

  const noteCue = (line: number, textLine: string): void => {
    if (CUE_WORTHY.test(textLine) && CUE_SUBJECT.test(textLine)) {
      cues.push({
        line,
        text: textLine
          .replace(LIST_ITEM, "")
          .replace(/^\s*>\s*/, "")
          .trim(),
      });
    }
  };

  const close = (): void => {
    if (open === null) return;
    finishTask(path, open, fences, idStyle, ignoredPaths);
    open = null;
  };

  const start = (
    kind: OpenTask["kind"],
    line: ScannedLine,
    indent: number,
    level: number,
    id: string,
    rest: string,
    checked: boolean,
  ): void => {
    close();
    flushStatement();
    const labels = readTaskLabels(rest);
    const task: Task = {
      id,
      title: labels.title,
      source: path,
      line: line.number,
      phase,
      section,
      stories: labels.stories,
      parallel: labels.parallel,
      done: checked || labels.done,
      files: [],
      ...emptyPathUses(),
      body: "",
      declared: [],
      script: null,
      group: false,
      children: [],
      authorWave: null,
    };
    tasks.push(task);
    open = { task, kind, indent, level, lines: [], fences: new Set(), pendingBlank: [] };
  };

  for (const line of lines) {
    if (line.role !== "text") {
      const fence = fences[line.fence ?? -1] as Fence;
      if (open !== null) {
        const current: OpenTask = open;
        const belongs =
          current.fences.has(line.fence ?? -1) ||
          (line.role === "open" && (current.kind === "heading" || fence.indent > current.indent));
        if (belongs) {
          if (line.role === "open") current.fences.add(line.fence ?? -1);
          current.lines.push(...current.pendingBlank.map((b) => ({ ...b, code: false })));
          current.pendingBlank = [];
          current.lines.push({ number: line.number, text: line.text, code: true });
          continue;
        }
        close();
      }
      flushStatement();
      if (line.role === "code") note(line, fence.info);
      continue;
    }

    const textLine = line.text;
    const trimmed = textLine.trimStart();
    const first = trimmed[0];

    if (first === "#") {
      const h = HEADING.exec(textLine);
      if (h) {
        const level = (h[1] ?? "").length;
        const headingText = (h[2] ?? "").replace(/\s+#+$/, "");
        if (format === "heading" && level >= 2) {
          const t = HEADING_TASK.exec(canonicalText(headingText));
          if (t) {
            start("heading", line, 0, level, t[1] as string, t[2] ?? "", false);
            continue;
          }
        }
        if (open !== null && (open as OpenTask).kind === "heading" && level > (open as OpenTask).level) {
          (open as OpenTask).lines.push({ number: line.number, text: textLine, code: false });
          continue;
        }
        close();
        flushStatement();
        while ((headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
        headings.push({ level, text: headingWords(headingText).replace(/\*\*/g, "") });
        const classified = classifyPhase(headingText);
        if (dependencySection !== null && level <= dependencySection) dependencySection = null;
        noteCue(line.number, headingText);
        if (classified) {
          phases.push({
            index: phases.length,
            title: headingWords(headingText).replace(/\*\*/g, ""),
            kind: classified.kind,
            story: classified.story,
            line: line.number,
          });
          phase = phases.length - 1;
          phaseLevel = level;
          section = null;
          continue;
        }
        if (phase !== null && level <= phaseLevel) {
          phase = null;
          section = null;
        }
        if (DEPENDENCY_HEADING.test(headingText)) dependencySection = level;
        section = level === 1 ? null : headingWords(headingText).replace(/\*\*/g, "");
        continue;
      }
    }

    if (format !== "heading" && (first === "-" || first === "*" || first === "+")) {
      const c = CHECKBOX.exec(textLine);
      if (c) {
        const indent = line.indent;
        const rest = canonicalText(c[4] ?? "");
        const checked = c[2] !== " ";
        if (format === "speckit") {
          const m = SPECKIT_ID.exec(rest);
          if (m) {
            start("checkbox", line, indent, 0, m[1] as string, m[2] ?? "", checked);
            continue;
          }
        } else if (format === "numbered") {
          const m = NUMBERED_ID.exec(rest);
          if (m) {
            start("checkbox", line, indent, 0, m[1] as string, m[2] ?? "", checked);
            continue;
          }
        } else if (rest.trim().length > 0) {
          checklistCount++;
          start("checkbox", line, indent, 0, `C${String(checklistCount).padStart(3, "0")}`, rest, checked);
          continue;
        }
      }
    }

    if (open !== null) {
      const current: OpenTask = open;
      if (current.kind === "heading") {
        current.lines.push({ number: line.number, text: textLine, code: false });
        continue;
      }
      if (trimmed.length === 0) {
        current.pendingBlank.push({ number: line.number, text: "" });
        continue;
      }
      const lazy =
        current.pendingBlank.length === 0 && !LIST_ITEM.test(textLine) && first !== ">" && first !== "|";
      if (line.indent > current.indent || lazy) {
        current.lines.push(...current.pendingBlank.map((b) => ({ ...b, code: false })));
        current.pendingBlank = [];
        current.lines.push({ number: line.number, text: textLine, code: false });
        continue;
      }
      close();
    }

    // Text outside every task: dependency statements and ordering cues.
    note(line, null);
    if (trimmed.length === 0) {
      flushStatement();
      continue;
    }
    noteCue(line.number, textLine);
    if (dependencySection !== null) {
      if (statement === null || LIST_ITEM.test(textLine)) {
        flushStatement();
        statement = { line: line.number, parts: [] };
      }
      statement.parts.push(textLine.replace(LIST_ITEM, "").trim());
    }
  }
  close();
  flushStatement();
  warnings.push(...summariseIgnored(path, ignoredPaths));

  const used = keepPhasesWithTasks(phases, tasks);
  if (format === "numbered") markGroups(tasks);
  return { source: path, format, phases: used, tasks, statements, cues, notes, warnings };
}

/** Drops phase headings that hold no task (examples, strategy notes) and renumbers the rest. */
function keepPhasesWithTasks(phases: Phase[], tasks: Task[]): Phase[] {
  const used = new Map<number, number>();
  const kept: Phase[] = [];
  for (const task of tasks) {
    if (task.phase === null || used.has(task.phase)) continue;
    used.set(task.phase, -1);
  }
  for (const p of phases) {
    if (!used.has(p.index)) continue;
    used.set(p.index, kept.length);
    kept.push({ ...p, index: kept.length });
  }
  for (const task of tasks) if (task.phase !== null) task.phase = used.get(task.phase) ?? null;
  return kept;
}

/** Numbered lists: `1.` with `1.1`, `1.2` is a group, done when all its sub-tasks are. */
function markGroups(tasks: Task[]): void {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const task of tasks) {
    const dot = task.id.lastIndexOf(".");
    if (dot < 0) continue;
    const parent = byId.get(task.id.slice(0, dot));
    if (!parent) continue;
    parent.group = true;
    parent.children.push(task.id);
  }
  // Deepest groups first, so a group of groups sees its sub-groups' final state.
  const groups = tasks.filter((t) => t.group).sort((a, b) => b.id.split(".").length - a.id.split(".").length);
  for (const group of groups) {
    group.done = group.children.every((id) => byId.get(id)?.done === true);
  }
}

/** Ignored paths of one list, reported once per list rather than once per task. */
type IgnoredPaths = Array<{ line: number; id: string; path: string; reason: string }>;

function summariseIgnored(path: string, ignored: IgnoredPaths): string[] {
  const shown = ignored
    .slice(0, 3)
    .map((x) => `${path}:${x.line}: ${x.id} names "${x.path}", ignored because ${x.reason}`);
  if (ignored.length > 3) {
    shown.push(
      `${path}: ${ignored.length - 3} more paths ignored for the same reasons (absolute, outside the repository or in .git/)`,
    );
  }
  return shown;
}

function finishTask(
  path: string,
  open: OpenTask,
  fences: readonly Fence[],
  idStyle: IdStyle,
  ignoredPaths: IgnoredPaths,
): void {
  const { task } = open;
  const lines = open.lines;
  while (lines.length > 0 && (lines[lines.length - 1]?.text.trim() ?? "") === "") lines.pop();
  task.body = dedent(lines.map((l) => l.text)).join("\n");
  const prose = lines.filter((l) => !l.code);
  const fields = readTaskFields(prose);
  const paths = readTaskPaths({ title: task.title, line: task.line, prose, filesFields: fields.files });
  Object.assign(task, paths.fields);
  for (const ignored of paths.ignored) ignoredPaths.push({ line: task.line, id: task.id, ...ignored });
  const declared: DeclaredDependency[] = [];
  for (const field of fields.depends) {
    if (/^\s*(none|n\/a|-|—)?\s*\.?\s*$/i.test(field.text)) continue;
    for (const ref of findAllReferences(field.text, idStyle === "numbered" ? "numbered" : "t")) {
      if (ref.to === null) declared.push({ id: ref.from, line: field.line, text: field.written });
      else declared.push({ id: `${ref.from}..${ref.to}`, line: field.line, text: field.written });
    }
  }
  task.declared = declared;
  const scripts: string[] = [];
  for (const index of open.fences) {
    const fence = fences[index];
    if (!fence || !SHELL_INFO.has(fence.info)) continue;
    const body = dedent(fence.body);
    scripts.push(
      fence.info === "console" || fence.info === "shell-session"
        ? body
            .filter((l) => /^\s*\$\s/.test(l))
            .map((l) => l.replace(/^\s*\$\s/, ""))
            .join("\n")
        : body.join("\n"),
    );
  }
  const script = scripts.join("\n").trim();
  task.script = script.length > 0 ? script : null;
}

function dedent(lines: readonly string[]): string[] {
  let min = Infinity;
  for (const l of lines) {
    if (l.trim().length === 0) continue;
    const indent = l.length - l.trimStart().length;
    if (indent < min) min = indent;
  }
  if (min === Infinity || min === 0) return [...lines];
  return lines.map((l) => l.slice(Math.min(min, l.length - l.trimStart().length)));
}
