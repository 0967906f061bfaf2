import type { Phase } from "../../model/task.js";
import type { DetectionContext } from "../detection-context.js";
import { findGroupReferences } from "./find-group-references.js";
import { findTaskReferences } from "./find-task-references.js";
import { markRestOf } from "./rest-of.js";
import type { ListVocabulary } from "./list-vocabulary.js";
import type { Evidence, FoundReference, StatementReading, Target } from "./statement-types.js";

/** What every statement reader needs: the detection context, the list's vocabulary, and what was read. */
export interface ReadingContext {
  ctx: DetectionContext;
  vocabulary: ListVocabulary;
  /** The list's file, as warnings name it. */
  source: string;
  out: StatementReading;
}

/**
 * Task, phase and story references of a (folded) text; task IDs win where both overlap. `ownText`: the text
 * is a task's own, where a tracker writes other issues' keys in full.
 */
export function findReferences(
  rc: ReadingContext,
  folded: string,
  line: number,
  options: { bare?: boolean; enclosing?: number | null; section?: Target | null; ownText?: boolean } = {},
): FoundReference[] {
  const site = { source: rc.source, line };
  const tasks = findTaskReferences(rc.ctx, folded, site, options.bare ?? false, options.ownText ?? false);
  const groups = findGroupReferences(
    folded,
    rc.vocabulary,
    options.enclosing ?? null,
    options.section ?? null,
  ).filter((g) => !tasks.some((t) => t.start < g.end && g.start < t.end));
  return markRestOf(folded, [...tasks, ...groups]).sort((a, b) => a.start - b.start);
}

/** The evidence of a sentence: its words (shortened for reasons) and its line. */
export function evidence(text: string, line: number): Evidence {
  const words = text.replace(/\s+/g, " ").trim();
  return { quote: words.length > 100 ? `${words.slice(0, 97)}...` : words, line };
}

/** The phase a note sits in (the innermost heading that is a phase of the list), or null. */
export function enclosingPhase(phases: readonly Phase[], headings: readonly string[]): number | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const phase = phases.find((p) => p.title === headings[i]);
    if (phase) return phase.index;
  }
  return null;
}

/** Records a warning about a statement, once per line and text. */
export function warnAbout(rc: ReadingContext, line: number, message: string): void {
  const text = `${rc.source}:${line}: ${message}`;
  if (!rc.out.warnings.includes(text)) rc.out.warnings.push(text);
}
