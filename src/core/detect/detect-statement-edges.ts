import { inTasksOwnWords } from "../model/edge.js";
import type { DetectionContext } from "./detection-context.js";
import { leafIds } from "./expand-group-edges.js";
import type { PhaseEnds } from "./phase-ends.js";
import type { Exemptions } from "./phase-exemptions.js";
import { addApart, apartPairs, pairKey, type ApartPairs } from "./statements/apart-pairs.js";
import { linkRelations } from "./statements/link-relations.js";
import type { StatementReading } from "./statements/statement-types.js";

/**
 * Statement edges: what the list says outside its tasks (read once by readStatements, before order
 * edges, so its parallel statements can remove listing-order edges). Every edge has origin "statement",
 * the line of the sentence, and its words in the reason. Statements are inferred evidence (stated: false):
 * a sentence about the plan is not the task's own declaration. A task freed from some phases ("T045, which
 * depends only on Phase 2") is not bound by a relation between those phases and its own.
 */
export function detectStatementEdges(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  reading: StatementReading,
  exempt: Exemptions,
): void {
  ctx.warnings.push(...reading.warnings);
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  const apart = withOthersApart(
    ctx,
    ends,
    withFreedPairs(ctx, apartPairs(withSubTasks(ctx, reading.parallel)), exempt),
    reading.unwaited,
  );
  linkRelations(ctx, ends, reading.relations, {
    source,
    warnings: ctx.warnings,
    apart,
    groupApart: withUnwaited(ends, apart, reading.unwaited),
  });
}

/** Parallel claims with each numbered group standing for its sub-tasks too ("3.1 does not wait for group 2"). */
function withSubTasks(
  ctx: DetectionContext,
  groups: StatementReading["parallel"],
): StatementReading["parallel"] {
  return groups.map((g) => ({
    ...g,
    members: g.members.map((m) => [...new Set(m.flatMap((id) => [id, ...leafIds(ctx.byId, id)]))]),
  }));
}

/** The apart pairs, and each exempt task with every task of the phases it is freed from. */
function withFreedPairs(ctx: DetectionContext, apart: ApartPairs, exempt: Exemptions): ApartPairs {
  const out = new Set(apart);
  for (const [id, { phases }] of exempt)
    for (const task of ctx.list.tasks)
      if (task.phase !== null && phases.has(task.phase)) addApart(out, task.id, id);
  return out;
}

/**
 * The apart pairs and, for "nothing else in US3 waits for US2", each task of US2 with each task of US3
 * whose own words name no task of US2. Only when some task of US3 does name one: without one, nothing
 * says which part of US3 the relations read elsewhere are about, and they stay whole.
 */
function withOthersApart(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  apart: ApartPairs,
  unwaited: StatementReading["unwaited"],
): ApartPairs {
  const others = unwaited.filter((u) => u.others === true);
  if (others.length === 0) return apart;
  const out = new Set(apart);
  const tasksOf = (phase: number) => (ends.get(phase)?.tasks ?? []).map((t) => t.id);
  for (const { before, after } of others) {
    const earlier = new Set(tasksOf(before));
    const naming = new Set(
      ctx.edges.edges.filter((e) => inTasksOwnWords(e) && earlier.has(e.from)).map((e) => e.to),
    );
    const later = tasksOf(after);
    if (!later.some((id) => naming.has(id))) continue;
    for (const b of later.filter((id) => !naming.has(id))) for (const a of earlier) addApart(out, a, b);
  }
  return out;
}

/**
 * The apart pairs and, one way only, each task of a phase the list says does not wait for another ("US2
 * does not wait for US1") with each task of that other: a relation between the two read elsewhere that
 * puts the other first ("the one model US2 reuses from US1") is contradicted there, and says so.
 */
function withUnwaited(
  ends: ReadonlyMap<number, PhaseEnds>,
  apart: ApartPairs,
  unwaited: StatementReading["unwaited"],
): ApartPairs {
  if (unwaited.length === 0) return apart;
  const out = new Set(apart);
  const tasksOf = (phase: number) => ends.get(phase)?.tasks ?? [];
  for (const { before, after } of unwaited)
    for (const a of tasksOf(before)) for (const b of tasksOf(after)) out.add(pairKey(a.id, b.id));
  return out;
}
