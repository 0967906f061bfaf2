import type { Edge } from "../model/edge.js";
import type { Task } from "../model/task.js";
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
  tasks: readonly Task[],
  ids: readonly string[],
  before: readonly Edge[],
  after: { edges: Edge[]; warnings: string[] },
): { edges: Edge[]; warnings: string[] } {
  let current = after;
  const warnings = [...after.warnings];
  const phaseOf = new Map(tasks.filter((t) => !t.group).map((t) => [t.id, t.phase]));
  const hadInner = innerEnds(before, phaseOf);
  // Each round can only drop edges; two or three rounds settle any list seen so far.
  for (let round = 0; round < 4; round++) {
    const has = innerEnds(current.edges, phaseOf);
    const orphans = [...hadInner.targets].filter((id) => !has.targets.has(id));
    const widows = [...hadInner.sources].filter((id) => !has.sources.has(id));
    // An orphan stays one after the copy (phase edges cross phases): copy only what it lacks, once.
    const present = new Set(current.edges.map((e) => `${e.from}>${e.to}`));
    const added = [
      ...orphans.flatMap((id) => phaseEdgesInto(id, phaseOf, current.edges)),
      ...widows.flatMap((id) => phaseEdgesOutOf(id, phaseOf, current.edges)),
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

/** Phase edges between the task's phase and other phases, on the side `end` names. */
function phaseEdgesAcross(
  edges: readonly Edge[],
  phaseOf: PhaseOf,
  phase: number,
  end: "to" | "from",
): Edge[] {
  const far = end === "to" ? "from" : "to";
  return edges.filter(
    (e) => e.kind === "phase" && phaseOf.get(e[end]) === phase && phaseOf.get(e[far]) !== phase,
  );
}

/** The phase edges into the first tasks of a task's phase, copied to the task. */
function phaseEdgesInto(id: string, phaseOf: PhaseOf, edges: readonly Edge[]): Edge[] {
  const phase = phaseOf.get(id);
  if (phase === undefined || phase === null) return [];
  const seen = new Set<string>();
  const out: Edge[] = [];
  for (const e of phaseEdgesAcross(edges, phaseOf, phase, "to")) {
    if (e.to === id || seen.has(e.from)) continue;
    seen.add(e.from);
    out.push({ ...e, to: id });
  }
  return out;
}

/** The phase edges out of the last tasks of a task's phase, copied from the task. */
function phaseEdgesOutOf(id: string, phaseOf: PhaseOf, edges: readonly Edge[]): Edge[] {
  const phase = phaseOf.get(id);
  if (phase === undefined || phase === null) return [];
  const seen = new Set<string>();
  const out: Edge[] = [];
  for (const e of phaseEdgesAcross(edges, phaseOf, phase, "from")) {
    if (e.from === id || seen.has(e.to)) continue;
    seen.add(e.to);
    out.push({ ...e, from: id });
  }
  return out;
}
