import { MAX_PARALLEL, type Plan } from "../model/plan.js";
import type { EdgeKind } from "../model/edge.js";

/** The numbers every rendering ends with. */
export interface PlanSummary {
  tasks: number;
  planned: number;
  done: number;
  groups: number;
  waves: number;
  edges: number;
  byKind: Array<[EdgeKind, number]>;
  criticalPath: number;
  /** Most tasks running at once (a wave runs at most MAX_PARALLEL at a time). */
  peakParallel: number;
  /** Rounds of up to MAX_PARALLEL task-slots needed to run every wave: a lower bound on run time in tasks. */
  slotRounds: number;
}

const KIND_ORDER: EdgeKind[] = ["phase", "explicit", "file", "symbol", "order", "cue", "import"];

/** Counts tasks, waves, edges by kind, the critical path and the parallel task-slots of a plan. */
export function summarisePlan(plan: Plan): PlanSummary {
  const counts = new Map<EdgeKind, number>();
  for (const e of plan.edges) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const groups = plan.list.tasks.filter((t) => t.group).length;
  const planned = plan.waveOf.size;
  return {
    tasks: plan.list.tasks.length - groups,
    planned,
    done: plan.list.tasks.length - groups - planned,
    groups,
    waves: plan.waves.length,
    edges: plan.edges.length,
    byKind: KIND_ORDER.filter((k) => counts.has(k)).map((k) => [k, counts.get(k) ?? 0]),
    criticalPath: plan.criticalPath.length,
    peakParallel: Math.min(
      MAX_PARALLEL,
      plan.waves.reduce((m, w) => Math.max(m, w.tasks.length), 0),
    ),
    slotRounds: plan.waves.reduce((sum, w) => sum + Math.ceil(w.tasks.length / MAX_PARALLEL), 0),
  };
}

/** One line: `42 tasks (39 planned, 3 done) · 7 waves · 80 edges (phase 20, file 30) · ...`. */
export function summaryLine(s: PlanSummary): string {
  const kinds = s.byKind.map(([k, n]) => `${k} ${n}`).join(", ");
  return [
    `${s.tasks} tasks (${s.planned} planned, ${s.done} done${s.groups > 0 ? `, plus ${s.groups} groups` : ""})`,
    `${s.waves} wave${s.waves === 1 ? "" : "s"}`,
    `${s.edges} edge${s.edges === 1 ? "" : "s"}${kinds ? ` (${kinds})` : ""}`,
    `critical path ${s.criticalPath} task${s.criticalPath === 1 ? "" : "s"}`,
    `up to ${s.peakParallel} task-slot${s.peakParallel === 1 ? "" : "s"} in parallel, ${s.slotRounds} round${s.slotRounds === 1 ? "" : "s"} of slots`,
  ].join(" · ");
}
