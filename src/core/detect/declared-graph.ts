import type { TaskList } from "../model/task.js";

// "Nearly every": a list may leave its first task or two without the field.
const NEARLY_EVERY = 0.8;

/**
 * True when (nearly) every task carries a dependency field, even one that says "None": the author has
 * written the whole graph task by task, so the list's layout (phases, listing order) adds nothing to it.
 */
export function declaresWholeGraph(list: TaskList): boolean {
  const tasks = list.tasks.filter((t) => !t.group);
  const withField = tasks.filter((t) => t.dependencyField).length;
  return tasks.length > 1 && withField >= NEARLY_EVERY * tasks.length;
}
