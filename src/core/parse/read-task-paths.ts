import type { DoubtfulPath, PathUse, Task } from "../model/task.js";
import { findPathMentions } from "./extract-paths.js";
import { classifyMentions, type LineRole, type UsedMention } from "./path-use.js";
import type { TaskFields } from "./read-task-fields.js";

/** Paths a list names but maestro ignored, with the task and why; reported once per list. */
export type IgnoredPaths = Array<{ line: number; id: string; path: string; reason: string }>;

/** The path fields of a task, as readTaskPaths reads them. */
export type TaskPathFields = Required<
  Pick<Task, "files" | "reads" | "addsTo" | "creates" | "pathLines" | "doubtful">
>;

/** The text of one task, as the parser holds it. */
interface TaskText {
  title: string;
  /** The task's own line (where its title is written). */
  line: number;
  /** Its description lines outside code blocks. */
  prose: ReadonlyArray<{ number: number; text: string }>;
  /** The values of its `**Files**:` fields, when it has any: then only they name what it edits. */
  filesFields: ReadonlyArray<{ line: number; text: string }>;
}

/** What a task does with the paths it names, and the paths it names but maestro must not use. */
interface TaskPaths {
  fields: TaskPathFields;
  ignored: Array<{ path: string; reason: string }>;
}

const FIELD = /^\s*(?:[-*+]\s+)?\*\*([^*\n]{1,40}?)\*\*\s*:?\s*(.*)$/;
// Fields that name what a task reads: its paths are read, never edited.
const READ_FIELD =
  /^(?:.*\s)?(?:inputs?|references?|refs?|see(?: also)?|spec|specs|design|context|sources?|research|docs?|documentation|reads?|uses|background|based on|prerequisites?)$/i;
// The same written without bold ("  - Reads: lib/app/invitations.ex"), in the words that only name reading:
// a plain "Docs:" or "Spec:" line may as well say what to write.
const PLAIN_READ_FIELD =
  /^\s*(?:[-*+]\s+)?(?:reads?|inputs?|references?|see(?: also)?|context|background|based on|consults?|uses)\s*:\s*\S/i;
// Fields that say how to check a task or why it exists: not read for paths (as before).
const SKIP_FIELD =
  /^(?:verify|verification|expected(?: output)?|output|commands?|tests?|notes?|acceptance(?: criteria)?|done when|commit|checkpoint|goal|purpose)$/i;
// spec-kit design documents beside tasks.md: tasks read them unless a sentence clearly writes them.
const SPEC_DOCUMENTS = new Set([
  "plan.md",
  "spec.md",
  "research.md",
  "data-model.md",
  "quickstart.md",
  "tasks.md",
  "constitution.md",
]);
const READ_TASK =
  /^\s*(?:\w+ly\s+)?(?:read|review|inspect|check|examine|study|explore|audit|analy[sz]e|investigate|understand|survey|verify|validate|confirm|assess|evaluate|look\s+(?:at|through|over)|go\s+through|browse|scan)\b/i;
// Any word that may change a file. Broad on purpose: a task is read-only only when none appears.
const CHANGE_WORD =
  /\b(?:add|append|apply|build|bump|change|clean|commit|compile|configure|convert|copy|create|define|delete|deploy|document|drop|edit|enable|disable|extend|extract|fill|fix|format|generate|implement|improve|inject|insert|install|integrate|introduce|make|mark|merge|migrate|modify|move|optimi[sz]e|patch|populate|prune|record|refactor|register|remove|rename|reorgani[sz]e|replace|resolve|restructure|rewrite|run|save|scaffold|seed|set|setup|split|store|sync|tidy|touch|translate|update|upgrade|wire|write|mkdir|init|initiali[sz]e|bootstrap|correct|adjust|tweak|rework|port|log|note|report|summari[sz]e|capture|produce|output|emit|draft|prepare|publish|release|tag|push|lint|reformat|regenerate|refresh|revise|amend|attach|connect|hook|expose|export|import|mock|stub|test|benchmark)(?:s|es|ed|d|ing)?\b/i;
const RANK: Record<PathUse, number> = { creates: 3, writes: 2, "adds-to": 1, reads: 0 };

/** The path fields of a task that names nothing yet (the parsers' Task constructors). */
export function emptyPathUses(): Omit<TaskPathFields, "files"> {
  return { reads: [], addsTo: [], creates: [], pathLines: {}, doubtful: [] };
}

/** True for a spec-kit design document: `plan.md`, `specs/001-x/data-model.md`, `specs/001-x/contracts/`. */
export function isDesignDocument(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (SPEC_DOCUMENTS.has(name) && (!path.includes("/") || /(^|\/)(specs|\.specify|\.kiro)\//.test(path)))
    return true;
  return /(^|\/)specs\/[^/]+\/contracts\//.test(path);
}

/**
 * Reads what a task does with each path it names: edits (files, folders created or worked on as a
 * whole), puts new files in (folders), or reads. A `**Files**:` field, when present, alone names edits.
 * Paths maestro must not use are added to `ignored`.
 */
export function readTaskPaths(
  task: Pick<Task, "id" | "title" | "line">,
  prose: ReadonlyArray<{ number: number; text: string }>,
  fields: Pick<TaskFields, "files">,
  ignored: IgnoredPaths,
): TaskPathFields {
  const read = readPaths({ title: task.title, line: task.line, prose, filesFields: fields.files });
  for (const path of read.ignored) ignored.push({ line: task.line, id: task.id, ...path });
  return read.fields;
}

/** Warnings for the ignored paths of one list: the first three, then how many more. */
export function summariseIgnored(path: string, ignored: IgnoredPaths): string[] {
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

function readPaths(task: TaskText): TaskPaths {
  const fileLines = new Set(task.filesFields.map((f) => f.line));
  const readOnly = READ_TASK.test(task.title) && !CHANGE_WORD.test(allText(task));
  const lines = roleLines(task)
    .filter((l) => !fileLines.has(l.number))
    .map((l) => (readOnly ? { ...l, role: "reads" as const } : l));
  // With a Files field, the rest of the task only adds what it reads and the folders it creates.
  const used = classifyLines(lines, isDesignDocument).filter(
    (m) => fileLines.size === 0 || m.use === "reads" || m.use === "creates",
  );
  const files = task.filesFields.map((f) => ({ number: f.line, text: f.text, role: "any" as const }));
  return collect([...used, ...classifyLines(files, () => false)]);
}

/** Classifies the mentions of consecutive lines as one text, so a sentence may wrap onto the next line. */
function classifyLines(
  lines: ReadonlyArray<{ number: number; text: string; role: LineRole }>,
  isDocument: (path: string) => boolean,
): Array<UsedMention & { line: number }> {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.text.length + 1;
  }
  const text = lines.map((l) => l.text).join("\n");
  const lineOf = (offset: number): number => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= offset) i++;
    return i;
  };
  const roleOf = (m: { start: number }): LineRole => lines[lineOf(m.start)]?.role ?? "any";
  return classifyMentions(text, findPathMentions(text), roleOf, isDocument).map((m) => ({
    ...m,
    line: lines[lineOf(m.start)]?.number ?? 0,
  }));
}

/** The task's words, paths blanked out: `src/test/java` holds no verb "test". */
function allText(task: TaskText): string {
  const text = [task.title, ...task.prose.map((l) => l.text)].join("\n");
  let out = text;
  for (const m of findPathMentions(text)) {
    if (m.path !== null) out = out.slice(0, m.start) + " ".repeat(m.end - m.start) + out.slice(m.end);
  }
  return out;
}

/** The title and description lines, each with what its field says (read fields, skipped fields). */
function roleLines(task: TaskText): Array<{ number: number; text: string; role: LineRole }> {
  const out: Array<{ number: number; text: string; role: LineRole }> = [
    { number: task.line, text: task.title, role: "any" },
  ];
  // A field whose line has no value continues on the bullets below it.
  let open: LineRole | null = null;
  for (const line of task.prose) {
    const field = FIELD.exec(line.text);
    if (field) {
      const name = (field[1] ?? "").replace(/:$/, "").trim();
      const value = (field[2] ?? "").trim();
      if (SKIP_FIELD.test(name)) {
        open = null;
        continue;
      }
      const role: LineRole = READ_FIELD.test(name) ? "reads" : "any";
      open = value.length === 0 && role === "reads" ? role : null;
      out.push({ number: line.number, text: line.text, role });
      continue;
    }
    if (open !== null && (line.text.trim() === "" || !/^\s*[-*+]\s/.test(line.text))) open = null;
    const role: LineRole = PLAIN_READ_FIELD.test(line.text) ? "reads" : (open ?? "any");
    out.push({ number: line.number, text: line.text, role });
  }
  return out;
}

function collect(used: ReadonlyArray<UsedMention & { line: number }>): TaskPaths {
  const best = new Map<string, PathUse>();
  const pathLines: Record<string, number> = {};
  const sure = new Set<string>();
  const ignored: TaskPaths["ignored"] = [];
  for (const m of used) {
    if (m.ignored !== undefined && !ignored.some((x) => x.path === m.written))
      ignored.push({ path: m.written, reason: m.ignored });
    if (m.path === null) continue;
    if (m.doubt === undefined) sure.add(m.path);
    const previous = best.get(m.path);
    if (previous === undefined || RANK[m.use] > RANK[previous]) best.set(m.path, m.use);
    pathLines[m.path] ??= m.line;
  }
  // `doctor.service.ts` next to `src/services/doctor.service.ts`: the same file, named twice.
  const names = new Set(
    [...best.keys()].filter((p) => p.includes("/")).map((p) => p.slice(p.lastIndexOf("/") + 1)),
  );
  for (const path of [...best.keys()]) if (!path.includes("/") && names.has(path)) best.delete(path);
  const of = (...uses: PathUse[]): string[] => [...best].filter(([, u]) => uses.includes(u)).map(([p]) => p);
  const doubtful: DoubtfulPath[] = [];
  for (const m of used) {
    if (m.doubt === undefined || (m.path !== null && sure.has(m.path))) continue;
    if (doubtful.some((d) => d.written === m.written)) continue;
    doubtful.push({ written: m.written, use: m.use, ...m.doubt, assumed: m.path });
  }
  for (const path of Object.keys(pathLines)) if (!best.has(path)) delete pathLines[path];
  return {
    fields: {
      files: of("creates", "writes"),
      reads: of("reads"),
      addsTo: of("adds-to"),
      creates: of("creates"),
      pathLines,
      doubtful,
    },
    ignored,
  };
}
