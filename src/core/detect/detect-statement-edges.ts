import type { DetectionContext } from "./detection-context.js";
import type { PhaseEnds } from "./phase-ends.js";
import { apartPairs } from "./statements/apart-pairs.js";
import { linkRelations } from "./statements/link-relations.js";
import type { StatementReading } from "./statements/statement-types.js";

/**
 * Statement edges: what the list says outside its tasks (read once by readStatements, before order
 * edges, so its parallel statements can remove listing-order edges). Every edge has origin "statement",
 * the line of the sentence, and its words in the reason. Statements are inferred evidence (stated: false):
 * a sentence about the plan is not the task's own declaration.
 */
export function detectStatementEdges(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  reading: StatementReading,
): void {
  ctx.warnings.push(...reading.warnings);
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  linkRelations(ctx, ends, reading.relations, {
    source,
    warnings: ctx.warnings,
    apart: apartPairs(reading.parallel),
  });
}
