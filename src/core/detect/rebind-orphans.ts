import type { Edge } from "../model/edge.js";
import type { Task } from "../model/task.js";
import { breakCycles } from "./break-cycles.js";

/**
 * Phase edges reach a phase only at its first tasks; the phase's own edges carry the order on. When the
 * cycle breaker drops the only edge that carried it to a task (a cue, an order edge), that task is left
 * with nothing before it in its phase, and so with nothing of the phases before it: it would start in
 * wave 1. Such a task gets the phase edges its phase's first tasks have, and the cycles that closes are
 * broken again (now the weaker guess in them goes, e.g. a code name used before its creator is listed).
 */
export function rebindOrphans(
  tasks: readonly Task[],
  ids: readonly string[],
  before: readonly Edge[],
  after: { edges: Edge[]; warnings: string[] },
): { edges: Edge[]; warnings: string[] } {
  let current = after;
  const warnings = [...after.warnings];
  const phaseOf = new Map(tasks.filter((t) => !t.group).map((t) => [t.id, t.phase]));
  const hadInner = innerTargets(before, phaseOf);
  // Each round can only drop edges; two or three rounds settle any list seen so far.
  for (let round = 0; round < 4; round++) {
    const orphans = [...hadInner].filter((id) => !innerTargets(current.edges, phaseOf).has(id));
    const added = orphans.flatMap((id) => phaseEdgesFor(id, phaseOf, current.edges));
    if (added.length === 0) break;
    current = breakCycles(ids, [...current.edges, ...added]);
    warnings.push(...current.warnings);
  }
  return { edges: current.edges, warnings };
}

/** Tasks with an edge from another task of their own phase. */
function innerTargets(edges: readonly Edge[], phaseOf: ReadonlyMap<string, number | null>): Set<string> {
  const out = new Set<string>();
  for (const e of edges) {
    const p = phaseOf.get(e.to);
    if (p !== undefined && p !== null && phaseOf.get(e.from) === p) out.add(e.to);
  }
  return out;
}

/** The phase edges into the first tasks of a task's phase, copied to the task. */
function phaseEdgesFor(
  id: string,
  phaseOf: ReadonlyMap<string, number | null>,
  edges: readonly Edge[],
): Edge[] {
  const phase = phaseOf.get(id);
  if (phase === undefined || phase === null) return [];
  const seen = new Set<string>();
  const out: Edge[] = [];
  for (const e of edges) {
    if (e.kind !== "phase" || e.to === id || phaseOf.get(e.to) !== phase || phaseOf.get(e.from) === phase)
      continue;
    if (seen.has(e.from)) continue;
    seen.add(e.from);
    out.push({ ...e, to: id, backward: false });
  }
  return out;
}
