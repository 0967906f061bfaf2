import type { Edge } from "../model/edge.js";

// Evidence that is the authors' own words: a sentence of the list, a task's text, a Depends field.
const WORDS: ReadonlySet<Edge["origin"]> = new Set(["statement", "task", "field"]);

/** Where the list puts each task: its position and its phase. */
interface ListPlaces {
  position: ReadonlyMap<string, number>;
  phaseOf: ReadonlyMap<string, number | null>;
}

/** A file edge turned round: the file, the link as it was, and the authors' words it gave way to. */
export interface Turn {
  file: string;
  link: string;
  words: Edge;
}

/**
 * Two tasks writing one file conflict whichever goes first; listing order chose for them. When breaking a
 * cycle would cost the authors' words (`weakest`, the edge otherwise dropped) and the cycle runs through
 * such a file edge A -> B, A and B swap places in that file's chain of writers instead: P -> B -> A -> N
 * for P -> A -> B -> N, so they still never share a wave. The turned edge does not turn back. Changes
 * `edges` and `alive` in place (new edges are appended, alive) and returns what was turned, or null.
 */
export function turnSharedFile(
  edges: Edge[],
  alive: boolean[],
  { cycle, weakest }: { cycle: readonly number[]; weakest: number },
  list: ListPlaces,
): Turn | null {
  const words = edges[weakest] as Edge;
  if (!WORDS.has(words.origin)) return null;
  // A sentence naming the two tasks by ID knows which creates the file; one about phases or stories may not.
  const at = linkToTurn(edges, cycle, list, words.kind === "explicit");
  if (at === undefined) return null;
  const file = edges[at] as Edge;
  swapWriters(edges, alive, at, `${file.reason}, turned round so that ${words.reason} holds`);
  return { file: file.shared?.file as string, link: `${file.from} -> ${file.to}`, words };
}

/**
 * The warnings for the turns of one run, one per file and sentence: "turned round the file edge A -> B
 * (both write F: ...) rather than drop W", or for several "turned round 3 file edges of F (A -> B, ...)".
 */
export function turnWarnings(turns: ReadonlyArray<{ turn: Turn; cycle: string }>): string[] {
  const groups = new Map<string, Array<{ turn: Turn; cycle: string }>>();
  for (const t of turns) {
    const key = `${t.turn.file}\u0000${t.turn.words.from}>${t.turn.words.to}\u0000${t.turn.words.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].map((group) => {
    const { turn, cycle } = group[0] as { turn: Turn; cycle: string };
    const dropped = `rather than drop ${turn.words.from} -> ${turn.words.to} (${turn.words.reason})`;
    if (group.length === 1)
      return `dependency cycle ${cycle}: turned round the file edge ${turn.link} (both write ${turn.file}: either order keeps them apart) ${dropped}`;
    const links = group.map((t) => t.turn.link).join(", ");
    return `dependency cycle ${cycle}: turned round ${group.length} file edges between writers of ${turn.file} (${links}; either order keeps two writers apart) ${dropped}`;
  });
}

/**
 * The shared-file link of the cycle that may turn: one between two phases first (where the chain crosses
 * from one part of the list to another), then the longest; not an order between neighbours that nothing
 * contradicts. Never a turned link, nor, unless `unpin`, one out of a first writer that creates the file.
 */
function linkToTurn(
  edges: readonly Edge[],
  cycle: readonly number[],
  list: ListPlaces,
  unpin: boolean,
): number | undefined {
  const span = (e: Edge): number =>
    (list.phaseOf.get(e.from) === list.phaseOf.get(e.to) ? 0 : list.position.size) +
    Math.abs((list.position.get(e.to) ?? 0) - (list.position.get(e.from) ?? 0));
  let at: number | undefined;
  for (const i of cycle) {
    const shared = (edges[i] as Edge).shared;
    if (shared === undefined || shared.turned === true || (shared.pinned === true && !unpin)) continue;
    if (at === undefined || span(edges[i] as Edge) > span(edges[at] as Edge)) at = i;
  }
  return at;
}

/** P -> A -> B -> N becomes P -> B -> A -> N in the chain of writers of the file link `at` names. */
function swapWriters(edges: Edge[], alive: boolean[], at: number, reason: string): void {
  const link = edges[at] as Edge;
  const file = link.shared?.file as string;
  const inChain = (test: (e: Edge) => boolean): number =>
    edges.findIndex((e, i) => alive[i] === true && e.shared?.file === file && test(e));
  const pred = inChain((e) => e.to === link.from);
  const succ = inChain((e) => e.from === link.to);
  const replace = (i: number, edge: Edge): void => {
    alive[i] = false;
    edges.push(edge);
    alive.push(true);
  };
  replace(at, {
    ...link,
    from: link.to,
    to: link.from,
    backward: link.backward !== true,
    shared: { file, turned: true },
    reason,
  });
  // P stays where it was, first writer or not: its link keeps `pinned`.
  const before = edges[pred];
  if (before)
    replace(pred, { ...before, to: link.to, shared: { file, pinned: before.shared?.pinned === true } });
  const after = edges[succ];
  if (after) replace(succ, { ...after, from: link.from, shared: { file } });
}
