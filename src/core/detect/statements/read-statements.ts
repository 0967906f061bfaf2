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
    ownBeside: [],
    onlyNeeds: [],
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
  let quieted: readonly string[] | null = null;
  for (const unit of statementUnits(notes)) {
    if (isStrategySection(unit.headings)) continue;
    // The items under a lead-in that heads them as suggestions ("Suggestions, not rules:") bind nothing.
    if (quieted !== null && unit.kind === "prose" && isItem(unit) && sameSection(quieted, unit.headings))
      continue;
    quieted = unit.kind === "prose" && isStrategyLeadIn(unit) ? unit.headings : null;
    if (quieted !== null) {
      leadIn = null;
      continue;
    }
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

/**
 * A line of its own ending in a colon, or all in bold, is the heading of the list under it ("Suggestions,
 * not rules:", "**Suggestions (none of these bind)**").
 */
function isStrategyLeadIn(unit: ProseUnit): boolean {
  const line = (unit.lines[0]?.text ?? "").trim();
  const text = line.replace(/\*\*|__/g, "").trim();
  const heads = /[:：]$/.test(text) || /^(?:\*\*|__)[^*_]+(?:\*\*|__)$/.test(line);
  if (unit.lines.length !== 1 || isItem(unit) || !heads) return false;
  return isStrategySection([text.replace(/[:：]$/, "")]);
}

function isItem(unit: ProseUnit): boolean {
  return /^\s*(?:[-*+]|\d+[.)])\s+/.test(unit.lines[0]?.text ?? "");
}

function sameSection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}
