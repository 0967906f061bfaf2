import type { Edge } from "../model/edge.js";
import { breakCycles } from "./break-cycles.js";

type PhaseOf = ReadonlyMap<string, number | null>;

/**
 * Phase edges reach a phase only at its first tasks and leave it only from its last; the phase's own edges
 * carry the order on. When the cycle breaker drops the only edge that carried it to a task (a cue, an
 * order edge), that task is left with nothing before it in its phase, and so with nothing of the phases
 * before it: it would start in wave 1. Likewise a task whose only edge to a later task of its phase is
 * dropped becomes a last task that no later phase waits for. Such a task gets the phase edges its phase's
 * first (or last) tasks have, and the cycles that closes are broken again (now the weaker guess in them
 * goes, e.g. a code name used before its creator is listed).
 */
export function rebindOrphans(
  phaseOf: PhaseOf,
  ids: readonly string[],
  before: readonly Edge[],
  after: { edges: Edge[]; warnings: string[] },
): { edges: Edge[]; warnings: string[] } {
  let current = after;
  const warnings = [...after.warnings];
  const hadInner = innerEnds(before, phaseOf);
  // Each round can only drop edges; two or three rounds settle any list seen so far.
  for (let round = 0; round < 4; round++) {
    const has = innerEnds(current.edges, phaseOf);
    const orphans = [...hadInner.targets].filter((id) => !has.targets.has(id));
    const widows = [...hadInner.sources].filter((id) => !has.sources.has(id));
    // An orphan stays one after the copy (phase edges cross phases): copy only what it lacks, once (the
    // phase's first tasks share their sources, so one source gives the orphan one edge).
    const present = new Set(current.edges.map((e) => `${e.from}>${e.to}`));
    const added = [
      ...orphans.flatMap((id) => copiedPhaseEdges(id, phaseOf, current.edges, "to")),
      ...widows.flatMap((id) => copiedPhaseEdges(id, phaseOf, current.edges, "from")),
    ].filter((e) => {
      const key = `${e.from}>${e.to}`;
      if (present.has(key)) return false;
      present.add(key);
      return true;
    });
    if (added.length === 0) break;
    current = breakCycles(ids, [...current.edges, ...added], phaseOf);
    warnings.push(...current.warnings);
  }
  return { edges: current.edges, warnings };
}

/** Tasks with an edge from (targets) or to (sources) another task of their own phase. */
function innerEnds(edges: readonly Edge[], phaseOf: PhaseOf): { targets: Set<string>; sources: Set<string> } {
  const targets = new Set<string>();
  const sources = new Set<string>();
  for (const e of edges) {
    const p = phaseOf.get(e.to);
    if (p === undefined || p === null || phaseOf.get(e.from) !== p) continue;
    targets.add(e.to);
    sources.add(e.from);
  }
  return { targets, sources };
}

/**
 * The phase edges between a task's phase and other phases, copied to the task: those into the phase's
 * first tasks (`end` "to": the task becomes their target) or out of its last (`end` "from").
 */
function copiedPhaseEdges(id: string, phaseOf: PhaseOf, edges: readonly Edge[], end: "to" | "from"): Edge[] {
  const phase = phaseOf.get(id);
  if (phase === undefined || phase === null) return [];
  const far = end === "to" ? "from" : "to";
  return edges
    .filter(
      (e) =>
        e.kind === "phase" && e[end] !== id && phaseOf.get(e[end]) === phase && phaseOf.get(e[far]) !== phase,
    )
    .map((e) => ({ ...e, [end]: id }));
}
