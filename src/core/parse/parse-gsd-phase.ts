import type { Phase, Task, TaskList } from "../model/task.js";
import { readGsdPlan } from "./read-gsd-plan.js";

/**
 * Parses a GSD phase directory: each `NN-MM-PLAN.md` is one task with ID `NN-MM`, read from its YAML
 * frontmatter (`wave`, `depends_on`, `files_modified`); the title is the first line of `<objective>`.
 */
export function parseGsdPhase(path: string, files: ReadonlyArray<{ path: string; text: string }>): TaskList {
  const tasks: Task[] = [];
  const warnings: string[] = [];
  let phaseName: string | null = null;
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const plan = readGsdPlan(file);
    tasks.push(plan.task);
    warnings.push(...plan.warnings);
    phaseName ??= plan.phase;
  }
  const folder =
    path
      .replace(/[/\\]+$/, "")
      .split(/[/\\]/)
      .pop() ?? path;
  const phases: Phase[] = [{ index: 0, title: phaseName ?? folder, kind: "other", story: null, line: 1 }];
  return { source: path, format: "gsd", phases, tasks, cues: [], notes: [], warnings };
}
