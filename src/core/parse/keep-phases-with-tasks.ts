import type { Phase, Task } from "../model/task.js";

/** Drops phase headings that hold no task (examples, strategy notes) and renumbers the rest. */
export function keepPhasesWithTasks(phases: readonly Phase[], tasks: Task[]): Phase[] {
  const used = new Map<number, number>();
  const kept: Phase[] = [];
  for (const task of tasks) {
    if (task.phase === null || used.has(task.phase)) continue;
    used.set(task.phase, -1);
  }
  for (const p of phases) {
    if (!used.has(p.index)) continue;
    used.set(p.index, kept.length);
    kept.push({ ...p, index: kept.length });
  }
  for (const task of tasks) if (task.phase !== null) task.phase = used.get(task.phase) ?? null;
  return kept;
}
