import type { Task } from "../model/task.js";
import type { DetectionContext } from "./detection-context.js";
import { pairKey, partnersOf, type ApartPairs } from "./statements/apart-pairs.js";

/**
 * Order edges: inside a phase, a task without `[P]` comes after the tasks listed before it (linked to the
 * previous unmarked task and the `[P]` tasks since, which is enough by transitivity). A `[P]` task gets no
 * such edge. Lists that never use `[P]` (Kiro, plain checklists) carry no order edges: only evidence counts.
 * Pairs the author declares parallel (`apart`: "T016, T017 can run in parallel") get no order between them;
 * each still follows every other task listed before it. A task whose own note says it waits for nothing
 * ("this task depends on no other task of the story") gets no order edge, as if marked [P].
 */
export function detectOrderEdges(
  ctx: DetectionContext,
  apart: ApartPairs = new Set(),
  freed: ReadonlySet<string> = new Set(),
  beside: ApartPairs = new Set(),
  listing: {
    everyPhase: boolean;
    notes: ReadonlyMap<number, { line: number; quote: string }>;
    /** Phases whose own notes say their listing order means nothing. */
    unordered?: ReadonlySet<number>;
  } = {
    everyPhase: true,
    notes: new Map(),
  },
): void {
  // Every phase, when the list keeps listing order and is one that marks [P]; otherwise only the phases
  // whose own notes say their tasks run in the order listed (`notes`), whatever the format.
  const all = ctx.list.tasks.filter((t) => !t.group);
  const everyPhase = listing.everyPhase && (ctx.list.format === "speckit" || all.some((t) => t.parallel));
  const only = everyPhase ? undefined : listing.notes;
  const unordered = listing.unordered ?? new Set<number>();
  const listed = all.filter(
    (t) => (only === undefined || only.has(t.phase ?? -1)) && !unordered.has(t.phase ?? -1),
  );
  if (listed.length === 0) return;
  // A task whose own note says it waits for nothing is as free as one marked [P].
  const tasks = listed.map((t) => (freed.has(t.id) && !t.parallel ? { ...t, parallel: true } : t));
  const afterPartner = besidePartnersDescendant(ctx, beside);
  const segments: Task[][] = [];
  for (const task of tasks) {
    const last = segments[segments.length - 1];
    if (last && last[0]?.phase === task.phase) last.push(task);
    else segments.push([task]);
  }
  for (const segment of segments) {
    // Each task's track read once, and checked without looking at every pair: a phase may hold tens of
    // thousands of tasks.
    const track = new Map(segment.map((t) => [t.id, trackOf(t)]));
    const otherTracks = (a: Task, b: Task): boolean => {
      const [ta, tb] = [track.get(a.id) ?? null, track.get(b.id) ?? null];
      return ta !== null && tb !== null && ta !== tb;
    };
    const free = (a: Task, b: Task): boolean =>
      apart.has(pairKey(a.id, b.id)) || otherTracks(a, b) || afterPartner(a, b);
    const tracks = new Set([...track.values()].filter((t) => t !== null));
    const touched =
      tracks.size > 1 ||
      (apart.size > 0 && segment.some((a) => segment.some((b) => apart.has(pairKey(a.id, b.id)))));
    const links = touched ? linksAround(segment, free) : listingLinks(segment);
    for (const [before, task] of links) addOrder(ctx, before, task, only?.get(task.phase ?? -1));
  }
}

/**
 * A task said to run beside another ("T019 can start together with T016-T017") does not wait, by listing
 * order alone, for a task that its own evidence puts after that partner (T018, built on T016 and T017):
 * waiting for it would hold the task until the partner is done. True for such a (before, task) pair.
 * Evidence of need only: a task that shares a file with the partner goes after it to avoid a conflict,
 * which says nothing of what it builds on, so the listing order after it stays.
 */
function besidePartnersDescendant(ctx: DetectionContext, beside: ApartPairs): (a: Task, b: Task) => boolean {
  if (beside.size === 0) return () => false;
  const partners = partnersOf(beside);
  const next = new Map<string, string[]>();
  for (const edge of ctx.edges.edges.filter((e) => e.kind !== "file")) {
    const list = next.get(edge.from);
    if (list) list.push(edge.to);
    else next.set(edge.from, [edge.to]);
  }
  const reached = new Map<string, ReadonlySet<string>>();
  const descendantsOf = (id: string): ReadonlySet<string> => {
    const known = reached.get(id);
    if (known) return known;
    const seen = new Set<string>();
    const queue = [id];
    for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
      for (const to of next.get(at) ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        queue.push(to);
      }
    }
    reached.set(id, seen);
    return seen;
  };
  return (before, task) => (partners.get(task.id) ?? []).some((p) => descendantsOf(p).has(before.id));
}

// "### Track API", "### Lane B", "### Workstream 2": a section of a phase that is a named stream of work.
const TRACK_SECTION =
  /^\W*(?:parallel\s+)?(?:track|lane|swim\s*lane|work\s*stream|piste|pista|trilha|трек|泳道|トラック|레인|트랙)(?![\p{L}])/iu;

/** The track a task is listed in ("### Track API"), or null outside any track. */
function trackOf(t: Task): string | null {
  return t.section !== null && TRACK_SECTION.test(t.section) ? t.section : null;
}

/** The usual links: each unmarked task after the previous unmarked task and the `[P]` tasks since. */
function listingLinks(segment: readonly Task[]): Array<[Task, Task]> {
  const out: Array<[Task, Task]> = [];
  let lastSerial: Task | null = null;
  let sinceSerial: Task[] = [];
  for (const task of segment) {
    if (task.parallel) {
      sinceSerial.push(task);
      continue;
    }
    for (const before of lastSerial ? [lastSerial, ...sinceSerial] : sinceSerial) out.push([before, task]);
    lastSerial = task;
    sinceSerial = [];
  }
  return out;
}

/**
 * Links when some pairs of the segment may run at once (said to, or in two tracks): an unmarked task must follow every task listed
 * before it except its parallel partners; it is linked to the latest ones not already reached through
 * another link, so the edges stay few.
 */
function linksAround(segment: readonly Task[], free: (a: Task, b: Task) => boolean): Array<[Task, Task]> {
  const out: Array<[Task, Task]> = [];
  const reached = new Map<string, Set<string>>();
  segment.forEach((task, i) => {
    const have = new Set<string>();
    reached.set(task.id, have);
    if (task.parallel) return;
    for (let j = i - 1; j >= 0; j--) {
      const before = segment[j] as Task;
      if (have.has(before.id) || free(before, task)) continue;
      out.push([before, task]);
      have.add(before.id);
      for (const id of reached.get(before.id) ?? []) have.add(id);
    }
  });
  return out;
}

function addOrder(
  ctx: DetectionContext,
  before: Task,
  task: Task,
  said?: { line: number; quote: string },
): void {
  const where = task.phase === null ? "" : ` in "${ctx.list.phases[task.phase]?.title ?? ""}"`;
  // The phase's own note, when it is what keeps the order: "tasks in the order listed".
  const why = said ? `, whose note says "${said.quote}" (${ctx.at(task, said.line)})` : " and not marked [P]";
  ctx.edges.add({
    from: before.id,
    to: task.id,
    kind: "order",
    reason: `order: ${task.id} is listed after ${before.id}${where}${why} (${ctx.at(task, task.line)})`,
    stated: false,
    origin: "structure",
    line: task.line,
  });
}
