import type { Task, TaskList } from "../model/task.js";
import type { IdStyle } from "../parse/extract-task-references.js";
import { TaskIdIndex } from "../parse/task-id-index.js";
import type { EdgeSet } from "./edge-set.js";

/** What every detector reads and writes: the list, its IDs, the edges so far and the warnings. */
export interface DetectionContext {
  list: TaskList;
  index: TaskIdIndex;
  byId: Map<string, Task>;
  style: IdStyle;
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
  const style: IdStyle =
    list.format === "numbered"
      ? "numbered"
      : list.format === "speckit" || list.format === "heading"
        ? "t"
        : "none";
  return {
    list,
    index: new TaskIdIndex(list.tasks.map((t) => t.id)),
    byId: new Map(list.tasks.map((t) => [t.id, t])),
    style,
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
