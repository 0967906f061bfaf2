import type { DetectionContext } from "../detection-context.js";
import { listVocabulary } from "./list-vocabulary.js";
import { readCodeUnit } from "./read-code-unit.js";
import { readProseUnit } from "./read-prose-unit.js";
import { readTable } from "./read-table.js";
import type { ReadingContext } from "./reading-context.js";
import { isParallelSection, isStrategySection } from "./section-kind.js";
import { statementUnits } from "./statement-units.js";
import type { StatementReading } from "./statement-types.js";

/**
 * Reads every statement a list makes outside its tasks: prose anywhere (dependency sections, phase
 * introductions, notes), tables with a dependency column, Mermaid graphs, arrow chains and trees in code
 * blocks, and the authors' parallel examples. Nothing under a strategy heading (implementation strategy,
 * MVP, incremental delivery, team split) is read: those sections describe a way of working.
 */
export function readStatements(ctx: DetectionContext): StatementReading {
  const out: StatementReading = { relations: [], parallel: [], warnings: [] };
  const notes = ctx.list.notes ?? [];
  if (notes.length === 0) return out;
  const rc: ReadingContext = {
    ctx,
    vocabulary: listVocabulary(ctx.list),
    source: ctx.list.tasks[0]?.source ?? ctx.list.source,
    out,
  };
  for (const unit of statementUnits(notes)) {
    if (isStrategySection(unit.headings)) continue;
    const parallelSection = isParallelSection(unit.headings);
    if (unit.kind === "prose") readProseUnit(rc, unit, { warn: true });
    else if (unit.kind === "table") readTable(rc, unit);
    else readCodeUnit(rc, unit, parallelSection);
  }
  return out;
}
