import type { DetectionContext } from "./detection-context.js";
import type { AuthorWaves } from "./read-author-waves.js";

/**
 * Structure from the author's own wave plan: every task of a wave waits for the tasks of the wave before
 * it, and tasks of one wave are not ordered by their layout. It takes the place of listing order, stages
 * and phases, which the author's plan already resolves.
 */
export function detectAuthorWaveEdges(ctx: DetectionContext, plan: AuthorWaves): void {
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
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
