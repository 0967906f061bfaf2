import type { Task } from "../model/task.js";
import type { DetectionContext } from "./detection-context.js";

/**
 * Order edges: inside a phase, a task without `[P]` comes after the tasks listed before it (linked to the
 * previous unmarked task and the `[P]` tasks since, which is enough by transitivity). A `[P]` task gets no
 * such edge. Lists that never use `[P]` (Kiro, plain checklists) carry no order edges: only evidence counts.
 */
export function detectOrderEdges(ctx: DetectionContext): void {
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  if (ctx.list.format !== "speckit" && !tasks.some((t) => t.parallel)) return;
  let segment: number | null | undefined;
  let lastSerial: Task | null = null;
  let sinceSerial: Task[] = [];
  for (const task of tasks) {
    if (task.phase !== segment) {
      segment = task.phase;
      lastSerial = null;
      sinceSerial = [];
    }
    if (task.parallel) {
      sinceSerial.push(task);
      continue;
    }
    const where = segment === null ? "" : ` in "${ctx.list.phases[segment]?.title ?? ""}"`;
    for (const before of lastSerial ? [lastSerial, ...sinceSerial] : sinceSerial) {
      ctx.edges.add({
        from: before.id,
        to: task.id,
        kind: "order",
        reason: `order: ${task.id} is listed after ${before.id}${where} and not marked [P] (${ctx.at(task, task.line)})`,
        stated: false,
        origin: "structure",
        line: task.line,
      });
    }
    lastSerial = task;
    sinceSerial = [];
  }
}
