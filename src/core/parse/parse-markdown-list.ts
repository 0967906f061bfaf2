import type { TaskList } from "../model/task.js";
import { detectMarkdownFormat, keyedHeadings } from "./detect-markdown-format.js";
import { keepPhasesWithTasks } from "./keep-phases-with-tasks.js";
import { summariseIgnored } from "./read-task-paths.js";
import { noTasksError, refuseUnreadableList } from "./refuse-unreadable-list.js";
import { scanLines, type Fence } from "./scan-lines.js";
import { ListWalk } from "./walk-list-lines.js";
import { countingWord } from "./counted-headings.js";

/** Parses a Markdown task list (spec-kit, tasks as headings, numbered/Kiro, or a plain checklist). */
export function parseMarkdownList(path: string, text: string): TaskList {
  const { lines, fences } = scanLines(text);
  refuseUnreadableList(path, lines);
  const format = detectMarkdownFormat(lines);
  if (format === null) throw noTasksError(path);
  const keyed = format === "heading" && keyedHeadings(lines);
  const walk = new ListWalk(path, format, fences, countingWord(lines, format), keyed);
  for (const line of lines) walk.read(line);
  walk.end();
  const { tasks, trail, outside } = walk;
  const phases = keepPhasesWithTasks(trail.phases, tasks);
  const warnings = [
    ...unclosedFences(path, fences),
    ...bareCheckboxes(path, walk.bareTasks),
    ...summariseIgnored(path, walk.ignoredPaths),
  ];
  const { cues, notes } = outside;
  return { source: path, format, phases, tasks, cues, notes, warnings };
}

function unclosedFences(path: string, fences: readonly Fence[]): string[] {
  return fences
    .filter((fence) => fence.close === null)
    .map(
      (fence) =>
        `${path}:${fence.open}: this code fence is never closed; everything after it is read as code`,
    );
}

/** One warning for the task lines written as a checkbox without a list bullet. */
function bareCheckboxes(path: string, bare: ReadonlyArray<{ line: number; id: string }>): string[] {
  const first = bare[0];
  if (first === undefined) return [];
  const which = bare.length === 1 ? `${first.id} has` : `${first.id} and ${bare.length - 1} more tasks have`;
  return [
    `${path}:${first.line}: ${which} a checkbox but no list bullet; read as tasks, but Markdown shows such ` +
      `lines as plain text, not as checkboxes: write \`- [ ] ${first.id} ...\``,
  ];
}
