import { TaskListError } from "../errors.js";
import type { Task } from "../model/task.js";
import { extractPaths } from "./extract-paths.js";
import { findConflictMarkers } from "./find-conflict-marker.js";
import { readGsdFrontmatter, type GsdFrontmatter } from "./read-gsd-frontmatter.js";
import { emptyPathUses } from "./read-task-paths.js";
import { scanLines } from "./scan-lines.js";

/** One GSD plan read as a task, with the phase name its frontmatter gives and warnings. */
export interface GsdPlan {
  task: Task;
  phase: string | null;
  warnings: string[];
}

const PLAN_FILE = /(?:^|[/\\])(\d+(?:\.\d+)?)-(\d+)-PLAN\.md$/i;

/** Reads one `NN-MM-PLAN.md`: ID from the file name (or `phase`/`plan`), title, files, dependencies, wave. */
export function readGsdPlan(file: { path: string; text: string }): GsdPlan {
  const { lines, fences } = scanLines(file.text);
  const conflict = findConflictMarkers(lines);
  if (conflict) {
    const problem = `unresolved merge-conflict marker "${conflict.text}"; resolve it before planning`;
    throw new TaskListError(file.path, conflict.first, problem);
  }
  const texts = lines.map((l) => l.text);
  const front = readGsdFrontmatter(file.path, texts, fences);
  const fm = front.meta;
  const named = PLAN_FILE.exec(file.path);
  const id = named ? `${named[1]}-${named[2]}` : idFromFrontmatter(fm, file.path);
  const title = planTitle(texts, front.end, id);
  const modified = Array.isArray(fm.files_modified) ? fm.files_modified.map(String) : [];
  const found = extractPaths(modified.map((f) => `\`${f}\``).join(" "));
  const warnings = found.ignored.map(
    (ignored) =>
      `${file.path}:${front.lineOf("files_modified")}: ${id} names "${ignored.path}", ignored because ${ignored.reason}`,
  );
  const task: Task = {
    id,
    title: title.text,
    source: file.path,
    line: title.line,
    phase: 0,
    section: null,
    stories: [],
    parallel: false,
    done: false,
    files: found.paths,
    ...emptyPathUses(),
    body: bodyAfterFrontmatter(texts, front.end),
    declared: dependsOn(front),
    dependencyField: true,
    script: null,
    group: false,
    children: [],
    authorWave: authorWave(fm.wave),
  };
  const phase = typeof fm.phase === "string" || typeof fm.phase === "number" ? String(fm.phase) : null;
  return { task, phase, warnings };
}

/** The first line of `<objective>`, else the first `#` heading after the frontmatter, else `plan NN-MM`. */
function planTitle(texts: readonly string[], end: number, id: string): { text: string; line: number } {
  const objective = texts.findIndex((t) => /^\s*<objective>/.test(t));
  let titleLine = objective < 0 ? -1 : objective + 1;
  while (titleLine >= 0 && titleLine < texts.length && (texts[titleLine] ?? "").trim() === "") titleLine++;
  const text = titleLine >= 0 ? (texts[titleLine] ?? "").trim() : "";
  if (text !== "" && !text.startsWith("</")) return { text, line: titleLine + 1 };
  const heading = texts.findIndex((t, n) => n > end && /^#\s+/.test(t));
  if (heading < 0) return { text: `plan ${id}`, line: 1 };
  return { text: (texts[heading] ?? "").replace(/^#\s+/, "").trim(), line: heading + 1 };
}

function dependsOn(front: GsdFrontmatter): Task["declared"] {
  const value = front.meta.depends_on;
  const ids = Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
  const line = front.lineOf("depends_on");
  return ids.map((d) => ({ id: d, line, text: `depends_on: ${d}` }));
}

function authorWave(wave: unknown): number | null {
  if (typeof wave === "number") return wave;
  return typeof wave === "string" && /^\d+$/.test(wave) ? Number(wave) : null;
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
