import { CycleError } from "../errors.js";
import type { Edge } from "../model/edge.js";
import { edgeStrength } from "./edge-strength.js";
import { turnSharedFile, turnWarnings, type Turn } from "./turn-shared-file.js";

/**
 * Makes the graph acyclic. A cycle made only of stated edges is the author's contradiction: CycleError.
 * A cycle with an inferred edge loses its weakest inferred edge (ties: the one detected last), with a
 * warning naming the cycle and the dropped edge; repeated until no cycle is left. When that edge holds
 * the authors' words and the cycle runs through two writers of one file, their file edge turns round
 * instead (turnSharedFile). Deterministic.
 */
export function breakCycles(
  ids: readonly string[],
  edges: readonly Edge[],
  phaseOf: ReadonlyMap<string, number | null> = new Map(),
): { edges: Edge[]; warnings: string[] } {
  const turns: Array<{ turn: Turn; cycle: string }> = [];
  const all = [...edges];
  const alive = all.map(() => true);
  const position = new Map(ids.map((id, i) => [id, i]));
  const drops = new Drops(all, alive, { position, phaseOf });
  for (;;) {
    const remaining = tasksInCycles(ids, all, alive);
    if (remaining.size === 0) break;
    const cycle = findCycle(ids, all, alive, remaining, position);
    const path = [...cycle.map((i) => (all[i] as Edge).from), (all[cycle[0] as number] as Edge).from];
    const droppable = cycle.filter((i) => !(all[i] as Edge).stated);
    if (droppable.length === 0)
      throw new CycleError(
        path,
        cycle.map((i) => (all[i] as Edge).reason),
      );
    let weakest = droppable[0] as number;
    for (const i of droppable) {
      const s = edgeStrength(all[i] as Edge);
      const w = edgeStrength(all[weakest] as Edge);
      if (s < w || (s === w && i > weakest)) weakest = i;
    }
    const turn = turnSharedFile(all, alive, { cycle, weakest }, { position, phaseOf });
    if (turn !== null) {
      turns.push({ turn, cycle: path.join(" -> ") });
      continue;
    }
    drops.drop(weakest, path);
  }
  return { edges: all.filter((_, i) => alive[i]), warnings: [...turnWarnings(turns), ...drops.warnings()] };
}

/**
 * The edges the breaker drops, with a warning each. A dropped listing-order link is bypassed (see
 * orderBypasses); a bypass dropped in turn belongs to the first warning, which counts it.
 */
class Drops {
  private readonly said: Array<{ text: string; to: string; through: number }> = [];
  private readonly ownerOf = new Map<number, number>();
  private readonly gone = new Set<string>();

  constructor(
    private readonly all: Edge[],
    private readonly alive: boolean[],
    private readonly layout: {
      position: ReadonlyMap<string, number>;
      phaseOf: ReadonlyMap<string, number | null>;
    },
  ) {}

  drop(index: number, path: readonly string[]): void {
    this.alive[index] = false;
    const dropped = this.all[index] as Edge;
    let owner = this.ownerOf.get(index);
    if (owner === undefined) {
      const text = `dependency cycle ${path.join(" -> ")}: dropped the inferred edge ${dropped.from} -> ${dropped.to} (${dropped.reason})`;
      owner = this.said.push({ text, to: dropped.to, through: 0 }) - 1;
    } else (this.said[owner] as { through: number }).through++;
    for (const bypass of orderBypasses(this.all, this.alive, dropped, { gone: this.gone, ...this.layout })) {
      this.ownerOf.set(this.all.length, owner);
      this.all.push(bypass);
      this.alive.push(true);
    }
    this.gone.add(`${dropped.from}\0${dropped.to}`);
  }

  warnings(): string[] {
    return this.said.map(({ text, to, through }) =>
      through === 0
        ? text
        : `${text}; the same cycle dropped ${through} more listing-order link(s) to ${to} from the tasks listed before it`,
    );
  }
}

/**
 * Listing order is linked sparsely: a task follows the last unmarked task before it, which follows the
 * ones before that. Dropping one such link (a -> b) must not free b from the tasks before a, so b is
 * linked to a's own predecessors by listing order: its order edges, and any edge from a task of its phase
 * listed before it (a stronger edge may have taken the order edge's place). Never a pair dropped before.
 */
function orderBypasses(
  all: readonly Edge[],
  alive: readonly boolean[],
  dropped: Edge,
  context: {
    gone: ReadonlySet<string>;
    position: ReadonlyMap<string, number>;
    phaseOf: ReadonlyMap<string, number | null>;
  },
): Edge[] {
  if (dropped.kind !== "order") return [];
  const { gone, position, phaseOf } = context;
  const at = (id: string): number => position.get(id) ?? 0;
  const listedBefore = (e: Edge): boolean =>
    e.kind === "order" || (phaseOf.get(e.from) === phaseOf.get(e.to) && at(e.from) < at(e.to));
  const linked = new Set(all.filter((e, i) => alive[i] && e.to === dropped.to).map((e) => e.from));
  return all
    .filter((e, i) => alive[i] && e.to === dropped.from && listedBefore(e))
    .filter((e) => e.from !== dropped.to && !linked.has(e.from) && !gone.has(`${e.from}\0${dropped.to}`))
    .map((e) => ({
      ...dropped,
      from: e.from,
      reason: `order: ${dropped.to} stays after ${e.from}, listed before ${dropped.from} (the link ${dropped.from} -> ${dropped.to} was dropped to break a cycle)`,
    }));
}

/** Tasks Kahn's algorithm cannot order: those on a cycle or downstream of one. */
function tasksInCycles(
  ids: readonly string[],
  edges: readonly Edge[],
  alive: readonly boolean[],
): Set<string> {
  const indegree = new Map(ids.map((id) => [id, 0]));
  const out = new Map<string, string[]>();
  edges.forEach((e, i) => {
    if (!alive[i] || !indegree.has(e.from) || !indegree.has(e.to)) return;
    indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
    let list = out.get(e.from);
    if (!list) out.set(e.from, (list = []));
    list.push(e.to);
  });
  const queue = ids.filter((id) => indegree.get(id) === 0);
  for (let q = 0; q < queue.length; q++) {
    for (const next of out.get(queue[q] as string) ?? []) {
      const d = (indegree.get(next) ?? 0) - 1;
      indegree.set(next, d);
      if (d === 0) queue.push(next);
    }
  }
  const left = new Set<string>();
  for (const [id, d] of indegree) if (d > 0) left.add(id);
  return left;
}

/**
 * Walks predecessors from the first unorderable task until a task repeats: every such task has a
 * predecessor among them, so the walk must close a cycle. Returns the cycle's edge indices, forwards,
 * starting from the earliest-listed task on it.
 */
function findCycle(
  ids: readonly string[],
  edges: readonly Edge[],
  alive: readonly boolean[],
  remaining: ReadonlySet<string>,
  position: ReadonlyMap<string, number>,
): number[] {
  const firstPred = new Map<string, number>();
  edges.forEach((e, i) => {
    if (alive[i] && remaining.has(e.from) && remaining.has(e.to) && !firstPred.has(e.to))
      firstPred.set(e.to, i);
  });
  let node = ids.find((id) => remaining.has(id)) as string;
  const seenAt = new Map<string, number>();
  const walk: number[] = [];
  while (!seenAt.has(node)) {
    seenAt.set(node, walk.length);
    const edge = firstPred.get(node) as number;
    walk.push(edge);
    node = (edges[edge] as Edge).from;
  }
  const loop = walk.slice(seenAt.get(node)).reverse();
  let start = 0;
  loop.forEach((e, i) => {
    const here = position.get((edges[e] as Edge).from) ?? 0;
    if (here < (position.get((edges[loop[start] as number] as Edge).from) ?? 0)) start = i;
  });
  return [...loop.slice(start), ...loop.slice(0, start)];
}
