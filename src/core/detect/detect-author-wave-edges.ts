import type { DetectionContext } from "./detection-context.js";
import type { AuthorWaves } from "./read-author-waves.js";

/**
 * Structure from the author's own wave plan: every task of a wave waits for the tasks of the wave before
 * it, and tasks of one wave are not ordered by their layout. It takes the place of listing order, stages
 * and phases, which the author's plan already resolves. A task the plan leaves out (a checkpoint, say)
 * waits for the tasks listed before it; the plan already says when the tasks after it may start.
 */
export function detectAuthorWaveEdges(ctx: DetectionContext, plan: AuthorWaves): void {
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  linkLeftOut(ctx, plan);
  for (let w = 1; w < plan.waves.length; w++) {
    for (const from of plan.waves[w - 1] ?? [])
      for (const to of plan.waves[w] ?? [])
        ctx.edges.add({
          from,
          to,
          kind: "order",
          reason: `order: the author's wave plan puts ${to} in the wave after ${from}'s (${ctx.at({ source }, plan.line)})`,
          stated: false,
          origin: "structure",
          line: plan.line,
        });
  }
}

function linkLeftOut(ctx: DetectionContext, plan: AuthorWaves): void {
  const planned = new Set(plan.waves.flat());
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  tasks.forEach((task, i) => {
    if (planned.has(task.id)) return;
    const add = (from: string, to: string): void =>
      ctx.edges.add({
        from,
        to,
        kind: "order",
        reason: `order: ${task.id} is not in the author's wave plan, so it waits for the tasks listed before it (${ctx.at(task, task.line)})`,
        stated: false,
        origin: "structure",
        line: task.line,
      });
    for (const before of tasks.slice(0, i)) add(before.id, task.id);
  });
}
