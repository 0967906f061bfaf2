import { parseDocument } from "yaml";
import { TaskListError } from "../errors.js";
import type { Phase, Task, TaskList } from "../model/task.js";
import { extractPaths } from "./extract-paths.js";
import { emptyPathUses } from "./read-task-paths.js";
import { findConflictMarkers } from "./find-conflict-marker.js";
import { scanLines } from "./scan-lines.js";

const PLAN_FILE = /(?:^|[/\\])(\d+(?:\.\d+)?)-(\d+)-PLAN\.md$/i;

/**
 * Parses a GSD phase directory: each `NN-MM-PLAN.md` is one task with ID `NN-MM`, read from its YAML
 * frontmatter (`wave`, `depends_on`, `files_modified`); the title is the first line of `<objective>`.
 */
export function parseGsdPhase(path: string, files: ReadonlyArray<{ path: string; text: string }>): TaskList {
  const tasks: Task[] = [];
  const warnings: string[] = [];
  let phaseName: string | null = null;
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const { lines } = scanLines(file.text);
    const conflict = findConflictMarkers(lines);
    if (conflict) {
      throw new TaskListError(
        file.path,
        conflict.first,
        `unresolved merge-conflict marker "${conflict.text}"; resolve it before planning`,
      );
    }
    const texts = lines.map((l) => l.text);
    if ((texts[0] ?? "").trim() !== "---") {
      throw new TaskListError(
        file.path,
        1,
        "a GSD plan must start with YAML frontmatter between `---` lines",
      );
    }
    const end = texts.findIndex((t, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(t));
    if (end < 0) throw new TaskListError(file.path, 1, "the YAML frontmatter is never closed with `---`");
    const doc = parseDocument(texts.slice(1, end).join("\n"), { prettyErrors: false });
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      const line = (error?.linePos?.[0]?.line ?? 0) + 1;
      throw new TaskListError(
        file.path,
        line,
        `invalid YAML frontmatter: ${error?.message.split("\n")[0] ?? "parse error"}`,
      );
    }
    const meta: unknown = doc.toJS();
    if (meta === null || typeof meta !== "object" || Array.isArray(meta)) {
      throw new TaskListError(
        file.path,
        2,
        "the YAML frontmatter must be a mapping (phase, plan, wave, depends_on, ...)",
      );
    }
    const fm = meta as Record<string, unknown>;
    const lineOf = (key: string): number => {
      const i = texts.findIndex((t, n) => n > 0 && n < end && t.startsWith(`${key}:`));
      return i < 0 ? 1 : i + 1;
    };
    const named = PLAN_FILE.exec(file.path);
    const id = named ? `${named[1]}-${named[2]}` : idFromFrontmatter(fm, file.path);
    if (typeof fm.phase === "string" || typeof fm.phase === "number") phaseName ??= String(fm.phase);
    const objective = texts.findIndex((t) => /^\s*<objective>/.test(t));
    let titleLine = objective < 0 ? -1 : objective + 1;
    while (titleLine >= 0 && titleLine < texts.length && (texts[titleLine] ?? "").trim() === "") titleLine++;
    const heading = texts.findIndex((t, n) => n > end && /^#\s+/.test(t));
    let title = titleLine >= 0 ? (texts[titleLine] ?? "").trim() : "";
    let line = titleLine >= 0 ? titleLine + 1 : 1;
    if (title === "" || title.startsWith("</")) {
      title = heading >= 0 ? (texts[heading] ?? "").replace(/^#\s+/, "").trim() : `plan ${id}`;
      line = heading >= 0 ? heading + 1 : 1;
    }
    const modified = Array.isArray(fm.files_modified) ? fm.files_modified.map(String) : [];
    const found = extractPaths(modified.map((f) => `\`${f}\``).join(" "));
    for (const ignored of found.ignored) {
      warnings.push(
        `${file.path}:${lineOf("files_modified")}: ${id} names "${ignored.path}", ignored because ${ignored.reason}`,
      );
    }
    const dependsOn = Array.isArray(fm.depends_on)
      ? fm.depends_on.map(String)
      : typeof fm.depends_on === "string"
        ? [fm.depends_on]
        : [];
    const dependsLine = lineOf("depends_on");
    const wave =
      typeof fm.wave === "number"
        ? fm.wave
        : typeof fm.wave === "string" && /^\d+$/.test(fm.wave)
          ? Number(fm.wave)
          : null;
    tasks.push({
      id,
      title,
      source: file.path,
      line,
      phase: 0,
      section: null,
      stories: [],
      parallel: false,
      done: false,
      files: found.paths,
      ...emptyPathUses(),
      body: bodyAfterFrontmatter(texts, end),
      declared: dependsOn.map((d) => ({ id: d, line: dependsLine, text: `depends_on: ${d}` })),
      script: null,
      group: false,
      children: [],
      authorWave: wave,
    });
  }
  const phases: Phase[] = [
    {
      index: 0,
      title:
        phaseName ??
        path
          .replace(/[/\\]+$/, "")
          .split(/[/\\]/)
          .pop() ??
        path,
      kind: "other",
      story: null,
      line: 1,
    },
  ];
  return { source: path, format: "gsd", phases, tasks, statements: [], cues: [], notes: [], warnings };
}

function idFromFrontmatter(fm: Record<string, unknown>, file: string): string {
  const phase = /^(\d+)/.exec(scalar(fm.phase));
  const plan = /^(\d+)$/.exec(scalar(fm.plan));
  if (!phase || !plan) {
    throw new TaskListError(
      file,
      1,
      "cannot tell the plan ID: name the file NN-MM-PLAN.md or set `phase` and `plan`",
    );
  }
  return `${(phase[1] ?? "").padStart(2, "0")}-${(plan[1] ?? "").padStart(2, "0")}`;
}

function bodyAfterFrontmatter(texts: readonly string[], end: number): string {
  return texts
    .slice(end + 1)
    .join("\n")
    .trim();
}

function scalar(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
