import type { DetectionContext } from "../detection-context.js";
import { listVocabulary } from "./list-vocabulary.js";
import { readCodeUnit } from "./read-code-unit.js";
import { readProseUnit, type LeadIn } from "./read-prose-unit.js";
import { readTable } from "./read-table.js";
import { readTaskNotes } from "./read-task-notes.js";
import type { ReadingContext } from "./reading-context.js";
import { isParallelSection, isStrategySection } from "./section-kind.js";
import { statementUnits, type ProseUnit } from "./statement-units.js";
import type { StatementReading } from "./statement-types.js";

/**
 * Reads every statement a list makes outside its tasks: prose anywhere (dependency sections, phase
 * introductions, notes), tables with a dependency column, Mermaid graphs, arrow chains and trees in code
 * blocks, and the authors' parallel examples. Nothing under a strategy heading (implementation strategy,
 * MVP, incremental delivery, team split) is read: those sections describe a way of working.
 */
export function readStatements(ctx: DetectionContext): StatementReading {
  const out: StatementReading = {
    relations: [],
    parallel: [],
    parallelPhases: [],
    unwaited: [],
    free: [],
    denied: [],
    exempt: [],
    warnings: [],
  };
  const notes = ctx.list.notes ?? [];
  const rc: ReadingContext = {
    ctx,
    vocabulary: listVocabulary(ctx.list),
    source: ctx.list.tasks[0]?.source ?? ctx.list.source,
    out,
  };
  let leadIn: LeadIn | null = null;
  for (const unit of statementUnits(notes)) {
    if (isStrategySection(unit.headings)) continue;
    if (unit.kind === "prose") {
      const under: LeadIn | null =
        leadIn !== null && isItem(unit) && sameSection(leadIn.headings, unit.headings) ? leadIn : null;
      // A lead-in lasts over the items under it; any other prose ends it.
      leadIn = readProseUnit(rc, unit, { warn: true, leadIn: under }) ?? under;
    } else {
      leadIn = null;
      if (unit.kind === "table") readTable(rc, unit);
      else readCodeUnit(rc, unit, isParallelSection(unit.headings));
    }
  }
  readTaskNotes(rc);
  return out;
}

function isItem(unit: ProseUnit): boolean {
  return /^\s*(?:[-*+]|\d+[.)])\s+/.test(unit.lines[0]?.text ?? "");
}

function sameSection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}
