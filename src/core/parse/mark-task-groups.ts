import type { Task } from "../model/task.js";
import { parentId } from "./task-id-pattern.js";

/**
 * A task whose ID prefixes others by a dot (`1.` with `1.1`, `1.2`; `T001` with `T001.1`) is a group:
 * its sub-tasks do the work, and it is done when all of them are. Where the sub-tasks are written
 * (indented under the parent or after it) does not matter: the ID says whose they are. Keys carry no
 * hierarchy (`#1208` under `#1207`), so in a keyed list the indentation says it (`nestedUnder`).
 */
export function markTaskGroups(tasks: Task[]): void {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const parentOf = new Map<string, string>();
  for (const task of tasks) {
    const parent = byId.get(parentId(task.id) ?? task.nestedUnder ?? "");
    if (!parent) continue;
    parent.group = true;
    parent.children.push(task.id);
    parentOf.set(task.id, parent.id);
  }
  // Deepest groups first, so a group of groups sees its sub-groups' final state.
  const depth = (t: Task): number => {
    let n = 0;
    for (let id = parentOf.get(t.id); id !== undefined && n < tasks.length; id = parentOf.get(id)) n++;
    return n;
  };
  const groups = tasks.filter((t) => t.group).sort((a, b) => depth(b) - depth(a));
  for (const group of groups) {
    group.done = group.children.every((id) => byId.get(id)?.done === true);
  }
}
