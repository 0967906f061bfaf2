import type { Edge } from "../model/edge.js";

/** A task not started yet, the paths it edits and the ones it reads. */
export interface WaitingTask {
  id: string;
  files: readonly string[];
  reads?: readonly string[];
}

/**
 * The dependencies a finished task reveals: it changed files that a task not started yet edits or reads
 * (itself, or a folder holding it), so that task must run on top of it. Edges that already exist are not
 * repeated. A task that only puts new files in a folder is not concerned by changes to other files there.
 */
export function discoverFileEdges(
  finished: string,
  changed: readonly string[],
  waiting: readonly WaitingTask[],
  existing: readonly Edge[],
): Edge[] {
  const changedSet = new Set(changed);
  const known = new Set(existing.map((e) => `${e.from}\u0000${e.to}`));
  const found: Edge[] = [];
  for (const task of waiting) {
    if (task.id === finished || known.has(`${finished}\u0000${task.id}`)) continue;
    const named = [...task.files, ...(task.reads ?? [])];
    const shared = [...changedSet].filter((c) =>
      named.some((n) => n === c || (n.endsWith("/") && c.startsWith(n))),
    );
    if (shared.length === 0) continue;
    found.push({
      from: finished,
      to: task.id,
      kind: "file",
      reason: `${finished} changed ${shared.map((f) => `\`${f}\``).join(", ")}, which ${task.id} names`,
      stated: false,
    });
  }
  return found;
}
