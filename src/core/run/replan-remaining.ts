import type { Edge } from "../model/edge.js";
import { planWaves } from "../plan/plan-waves.js";

/** The tasks still to run: those that may start in the current wave, then the later waves. */
export interface RemainingSchedule {
  current: string[];
  later: string[][];
}

/**
 * Re-plans the tasks not started yet, in the middle of a wave or at its end. `inflight` tasks are running
 * or finished but not merged: a task that depends on one of them cannot start before the next wave, while
 * the others may still join the current wave. `remaining` is in list order.
 */
export function replanRemaining(
  remaining: readonly string[],
  edges: readonly Edge[],
  done: ReadonlySet<string>,
  inflight: ReadonlySet<string>,
): RemainingSchedule {
  const satisfied = new Set([...done, ...inflight]);
  const first = planWaves(remaining, edges, satisfied);
  const blocked = new Set(
    edges.filter((e) => inflight.has(e.from) && !done.has(e.from)).map((edge) => edge.to),
  );
  const current = (first.waves[0]?.tasks ?? []).filter((id) => !blocked.has(id));
  const currentSet = new Set(current);
  const rest = remaining.filter((id) => !currentSet.has(id));
  const later = planWaves(rest, edges, new Set([...satisfied, ...current])).waves.map((w) => w.tasks);
  return { current, later: later.filter((tasks) => tasks.length > 0) };
}
