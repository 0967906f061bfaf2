import type { Phase, Task } from "../model/task.js";
import type { DetectionContext } from "./detection-context.js";

/** The first and last tasks of a phase: the ones with no edge from (sources) or to (sinks) the same phase. */
export interface PhaseEnds {
  tasks: Task[];
  sources: Task[];
  sinks: Task[];
  /** Each task's predecessors inside the phase, by the edges that point forward in list order. */
  before: Map<string, string[]>;
}

/**
 * Finds each phase's sources and sinks from the edges detected so far, so phase boundaries become
 * sinks(A) x sources(B) edges rather than every pair of the two phases. Only edges pointing forward in
 * list order count: cycles are broken later, and a cycle inside a phase would otherwise leave it with no
 * first task at all, so that nothing before the phase would bind it.
 */
export function phaseEnds(ctx: DetectionContext): Map<number, PhaseEnds> {
  const ends = new Map<number, PhaseEnds>();
  const phaseOf = new Map<string, number>();
  for (const task of ctx.list.tasks) {
    if (task.group || task.phase === null) continue;
    phaseOf.set(task.id, task.phase);
    let entry = ends.get(task.phase);
    if (!entry) ends.set(task.phase, (entry = { tasks: [], sources: [], sinks: [], before: new Map() }));
    entry.tasks.push(task);
  }
  const hasIn = new Set<string>();
  const hasOut = new Set<string>();
  const position = new Map(ctx.list.tasks.map((t, i) => [t.id, i]));
  for (const edge of ctx.edges.edges) {
    const a = phaseOf.get(edge.from);
    if (a === undefined || a !== phaseOf.get(edge.to)) continue;
    if ((position.get(edge.from) ?? 0) >= (position.get(edge.to) ?? 0)) continue;
    hasOut.add(edge.from);
    hasIn.add(edge.to);
    const entry = ends.get(a);
    entry?.before.set(edge.to, [...(entry.before.get(edge.to) ?? []), edge.from]);
  }
  for (const entry of ends.values()) {
    entry.sources = entry.tasks.filter((t) => !hasIn.has(t.id));
    entry.sinks = entry.tasks.filter((t) => !hasOut.has(t.id));
  }
  return ends;
}

/** Where a phase edge's evidence was written: the headings themselves, a sentence, or a task's own words. */
export type PhaseEvidence = { origin: "structure" | "statement" | "task"; line: number };

/** Adds sinks(before) -> sources(after) edges of kind "phase". */
export function linkPhases(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  before: Phase,
  after: Phase,
  reason: string,
  evidence: PhaseEvidence,
): void {
  const from = ends.get(before.index);
  const to = ends.get(after.index);
  if (!from || !to || before.index === after.index) return;
  linkTasks(ctx, from.sinks, to.sources, reason, evidence);
}

/** Adds from x to edges of kind "phase". */
export function linkTasks(
  ctx: DetectionContext,
  from: readonly Task[],
  to: readonly Task[],
  reason: string,
  evidence: PhaseEvidence,
): void {
  for (const a of from) {
    for (const b of to)
      ctx.edges.add({ from: a.id, to: b.id, kind: "phase", reason, stated: false, ...evidence });
  }
}
