import type { Task, TaskList } from "../model/task.js";
import { idStyleOf, type IdStyle } from "../parse/extract-task-references.js";
import { TaskIdIndex } from "../parse/task-id-index.js";
import { keyPrefix } from "../parse/task-id-pattern.js";
import type { EdgeSet } from "./edge-set.js";

/** What every detector reads and writes: the list, its IDs, the edges so far and the warnings. */
export interface DetectionContext {
  list: TaskList;
  index: TaskIdIndex;
  byId: Map<string, Task>;
  style: IdStyle;
  /** The project keys of a list whose IDs are issue-tracker keys (`SUP` for `SUP-101`), else empty. */
  keyPrefixes: ReadonlySet<string>;
  edges: EdgeSet;
  warnings: string[];
  /** `tasks.md:31` for a line of a task's file. */
  at(task: Pick<Task, "source">, line: number): string;
  /** Warns once that a reference names no task of the list. */
  unknownReference(source: string, line: number, written: string): void;
}

/** Builds the detection context for a list. */
export function detectionContext(list: TaskList, edges: EdgeSet): DetectionContext {
  const warned = new Set<string>();
  const warnings: string[] = [];
  // A GSD plan names tasks by nothing a reader could spot in prose.
  const style: IdStyle = list.format === "gsd" ? "none" : idStyleOf(list.format, list.tasks[0]?.id);
  return {
    list,
    index: new TaskIdIndex(list.tasks.map((t) => t.id)),
    byId: new Map(list.tasks.map((t) => [t.id, t])),
    style,
    keyPrefixes: new Set(style === "key" ? list.tasks.map((t) => keyPrefix(t.id)) : []),
    edges,
    warnings,
    at: (task, line) => `${baseName(task.source)}:${line}`,
    unknownReference(source, line, written) {
      const key = `${source}:${line}:${written}`;
      if (warned.has(key)) return;
      warned.add(key);
      warnings.push(`${source}:${line}: ${written} is not a task in this list`);
    },
  };
}

function baseName(path: string): string {
  const parts = path.split(/[/\\]/);
  return parts[parts.length - 1] ?? path;
}
