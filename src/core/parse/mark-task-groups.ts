import type { Task } from "../model/task.js";

/** Numbered lists: `1.` with `1.1`, `1.2` is a group, done when all its sub-tasks are. */
export function markTaskGroups(tasks: Task[]): void {
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
