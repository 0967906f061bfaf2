import { exclusiveNeed, onlyNeed, stageOnlyNeed, startsAfterEarlierPhases } from "./exclusive-needs.js";
import { tasksOfGroup } from "./expand-side.js";
import { withoutObjectsInSubject } from "./objects-in-subject.js";
import { warnAbout, type ReadingContext } from "./reading-context.js";
import type { Evidence, ParallelClaim, Target } from "./statement-types.js";

/** What a sentence, a table row or a graph says, before it is recorded with its evidence. */
export interface Reading {
  relations: ReadonlyArray<{ before: readonly Target[]; after: readonly Target[]; afterEnd?: boolean }>;
  parallel: readonly ParallelClaim[];
  sequences?: ReadonlyArray<readonly Target[]>;
  /** Relations the sentence denies ("T005 need not wait for T004"); an empty `before` denies any need. */
  denied?: ReadonlyArray<{ before: readonly Target[]; after: readonly Target[]; others?: boolean }>;
}

/** Records what one sentence (or row, or graph line) says, with its evidence. */
export function recordSentence(rc: ReadingContext, reading: Reading, at: Evidence): void {
  const apart = setApartHere(reading);
  for (const r of reading.relations) {
    if (contradicted(r, apart)) {
      warnAbout(rc, at.line, `"${at.quote}" also says the tasks it orders need not wait; no edge from it`);
      continue;
    }
    const relation = withoutSelf(withoutObjectsInSubject(rc, r));
    if (!relation) {
      warnAbout(rc, at.line, `"${at.quote}" relates something to itself; no edge from it`);
      continue;
    }
    rc.out.relations.push({ ...relation, ...at });
    rc.out.exempt.push(...exclusiveNeed(rc.ctx, relation, at));
    const only = onlyNeed(relation, at);
    const started = only ? [only] : startsAfterEarlierPhases(rc.ctx, relation, at);
    if (started.length === 1) recordOnlyNeed(rc, started[0] as string, relation.before, at);
    else if (started.length > 1) startTogether(rc, started, relation.before, at);
    const stage = stageOnlyNeed(rc.ctx, relation, at);
    if (stage) rc.out.free.push(...stage);
  }
  for (const claim of [...reading.parallel, ...deniedClaims(rc, reading.denied ?? [], at)]) {
    const tasks = claim.against
      ? [taskIds(claim.members), againstIds(rc, claim.members, claim.against)]
      : claim.unordered
        ? unorderedMembers(rc, claim.members)
        : parallelMembers(claim.members);
    if (tasks.filter((m) => m.length > 0).length > 1) rc.out.parallel.push({ members: tasks, ...at });
    for (const phases of phasePairs(claim)) rc.out.parallelPhases.push({ phases, ...at });
  }
  for (const sequence of reading.sequences ?? []) {
    const steps = sequenceSteps(rc, sequence);
    for (let i = 1; i < steps.length; i++)
      rc.out.relations.push({ before: [steps[i - 1] as Target], after: [steps[i] as Target], ...at });
  }
}

/**
 * Task pairs ("T005>T007", both ways) that the reading's own parallel claims and denials set side by side:
 * "T007 uses T005's card, but it need not wait for T005" says both, and the words about waiting win.
 */
export function setApartHere(reading: Reading): Set<string> {
  const out = new Set<string>();
  const mark = (xs: readonly Target[], ys: readonly Target[]): void => {
    for (const x of taskIdsOnly(xs)) for (const y of taskIdsOnly(ys)) out.add(`${x}>${y}`).add(`${y}>${x}`);
  };
  for (const claim of reading.parallel) {
    if (claim.against) mark(claim.members, claim.against);
    else claim.members.forEach((m, i) => claim.members.slice(i + 1).forEach((n) => mark([m], [n])));
  }
  for (const d of reading.denied ?? []) mark(d.before, d.after);
  return out;
}

/** Whether every pair a relation between tasks named by ID orders is set apart in the same sentence. */
export function contradicted(r: Reading["relations"][number], apart: ReadonlySet<string>): boolean {
  const before = taskIdsOnly(r.before);
  const after = taskIdsOnly(r.after);
  return (
    before.length > 0 && after.length > 0 && before.every((b) => after.every((a) => apart.has(`${b}>${a}`)))
  );
}

/** The IDs of a side that names tasks only (no phase, story or group). */
function taskIdsOnly(side: readonly Target[]): string[] {
  return side.every((t) => t.level === "task") ? taskIds(side) : [];
}

/**
 * What denied relations say: "T005 need not wait for T004" sets the two side by side, as a parallel claim
 * would (it takes back the listing order between them, never a file or a stated edge); "US2 does not wait
 * for US1" also says which way: a relation putting US1 before US2 is contradicted, one putting US2 first
 * is not; "T004 does not have to wait for anything" frees the tasks it names from the listing order.
 */
function deniedClaims(
  rc: ReadingContext,
  denied: NonNullable<Reading["denied"]>,
  at: Evidence,
): ParallelClaim[] {
  const claims: ParallelClaim[] = [];
  for (const d of denied) {
    if (d.before.length > 0) {
      claims.push({ members: d.after, against: d.before });
      for (const after of wholePhases(d.after))
        for (const before of wholePhases(d.before))
          if (before !== after)
            rc.out.unwaited.push({ before, after, ...at, ...(d.others ? { others: true } : {}) });
    } else freeOfListing(rc, taskIds(d.after));
  }
  return claims;
}

/**
 * Tasks said together to start once earlier phases are done. A selection that leaves out tasks listed
 * between the ones it names ("The following can start as soon as Phase 2 is in: T014 T015 T017", not
 * T016) names each task for itself: each needs only those phases, free of the listing order. A run of
 * the list ("T039-T044 can start as soon as Phase 2 is merged") fixes when the run starts: its tasks do
 * not wait, by listing order, for the tasks of their phase listed before the run, and keep their order
 * inside it.
 */
function startTogether(
  rc: ReadingContext,
  tasks: readonly string[],
  before: readonly Target[],
  at: Evidence,
): void {
  const named = new Set(tasks);
  const listed = rc.ctx.list.tasks.filter((t) => !t.group);
  const indexOf = new Map(listed.map((t, i) => [t.id, i]));
  const byPhase = new Map<number | null, string[]>();
  for (const id of tasks) {
    const phase = rc.ctx.byId.get(id)?.phase ?? null;
    byPhase.set(phase, [...(byPhase.get(phase) ?? []), id]);
  }
  for (const [phase, own] of byPhase) {
    const at0 = Math.min(...own.map((id) => indexOf.get(id) ?? 0));
    const at1 = Math.max(...own.map((id) => indexOf.get(id) ?? 0));
    const run = listed.slice(at0, at1 + 1).every((t) => t.phase !== phase || named.has(t.id));
    if (!run) {
      for (const id of own) recordOnlyNeed(rc, id, before, at);
      continue;
    }
    const left = listed
      .slice(0, at0)
      .filter((t) => t.phase === phase)
      .map((t) => t.id);
    if (left.length > 0) rc.out.parallel.push({ members: [own, left], ...at });
  }
}

/** Tasks the author frees from the listing order (and a numbered list's stage order), as [P] would. */
export function freeOfListing(rc: ReadingContext, ids: readonly string[]): void {
  rc.out.free.push(...ids);
  rc.out.denied.push(...ids);
}

/** A task said to need only what `before` names: free of the listing order, and what it needs kept. */
export function recordOnlyNeed(
  rc: ReadingContext,
  task: string,
  before: readonly Target[],
  at: Evidence,
): void {
  freeOfListing(rc, [task]);
  rc.out.onlyNeeds.push({ task, needs: taskIds(before), ...at });
}

/** The phases a side names, when it names only phases and stories, each whole. */
function wholePhases(side: readonly Target[]): number[] {
  if (side.some((t) => t.level !== "group" || (t.except ?? []).length > 0)) return [];
  return side.flatMap((t) => (t.level === "group" ? t.phases : []));
}

/**
 * A relation without the things named on both of its sides: nothing goes before itself, so a side that
 * names only what the other names says nothing (null when a side is left empty).
 */
function withoutSelf(r: Reading["relations"][number]): Reading["relations"][number] | null {
  const key = (t: Target): string =>
    t.level === "task"
      ? `t:${t.ids.join(",")}`
      : t.level === "group"
        ? `g:${t.phases.join(",")}|${t.ids.join(",")}`
        : t.level;
  const shared = new Set(r.before.map(key).filter((k) => r.after.some((t) => key(t) === k)));
  if (shared.size === 0) return r;
  const before = r.before.filter((t) => !shared.has(key(t)));
  const after = r.after.filter((t) => !shared.has(key(t)));
  return before.length > 0 && after.length > 0 ? { ...r, before, after } : null;
}

/**
 * The pairs of whole phases a claim sets side by side: every two phases it names ("Phase 3 and Phase 4
 * can run in parallel", "Phases 3-5 are independent of each other"), or, with `against`, each phase of
 * the members with each phase against them ("Phase 4 can run in parallel with Phase 3"). A phase with
 * tasks carved out of it, or "the other stories", is not a whole phase; nor does one name that stands for
 * several phases ("Setup: no dependencies") set them beside each other.
 */
function phasePairs(claim: ParallelClaim): Array<[number, number]> {
  const phasesOf = (targets: readonly Target[]): number[] =>
    targets.flatMap((t) =>
      t.level === "group" && t.otherThanSubject !== true && (t.except ?? []).length === 0 ? t.phases : [],
    );
  const groups = claim.members.filter((t) => t.level === "group");
  const oneName = groups.length === 1 && (groups[0]?.written.match(/\d+/g) ?? []).length < 2;
  if (!claim.against && oneName) return [];
  const members = [...new Set(phasesOf(claim.members))];
  const against = claim.against ? [...new Set(phasesOf(claim.against))] : null;
  // "Phase 4 can run in parallel with any phase", "... independent of everything above it": beside every
  // phase listed before it (the phases after it come after it by their own order).
  const earlier = claim.against?.some((t) => t.level === "earlier") === true;
  const pairs: Array<[number, number]> = [];
  if (against) {
    for (const a of members) for (const b of against) if (a !== b) pairs.push([a, b]);
    if (earlier)
      for (const a of members) for (let b = 0; b < a; b++) if (!against.includes(b)) pairs.push([a, b]);
  } else {
    members.forEach((a, i) => members.slice(i + 1).forEach((b) => pairs.push([a, b])));
  }
  return pairs;
}

/**
 * The members of a parallel statement that name tasks: one member per ID or range written. A range
 * written alone ("T011-T019 can run in parallel") stands for each of its tasks.
 */
function parallelMembers(members: readonly Target[]): string[][] {
  const tasks = members.filter((m) => m.level === "task").map((m) => [...m.ids]);
  if (tasks.length === 1) return (tasks[0] ?? []).map((id) => [id]);
  return tasks;
}

/**
 * What named tasks run alongside: tasks, or the tasks of a phase or story when the claim is about named
 * tasks ("T019 is independent of US1 and US2"). A claim between two groups stays out: it is read as the
 * stories' independence by the phase rules, never as an exception to what the list says of them.
 */
function againstIds(rc: ReadingContext, members: readonly Target[], against: readonly Target[]): string[] {
  if (!members.some((m) => m.level === "task")) return taskIds(against);
  const named = new Set(taskIds(members));
  const first = Math.min(...[...named].map((id) => rc.ctx.index.indexOf(id)));
  return against.flatMap((t) => {
    if (t.level === "task") return [...t.ids];
    if (t.level !== "group") return [];
    const group = tasksOfGroup(rc.ctx.list.tasks, t);
    // "T027 has no dependency inside US1", T027 in US1: what it needs of its own group, the tasks listed
    // before it; the ones after it may still need it.
    if (!group.some((x) => named.has(x.id))) return group.map((x) => x.id);
    return group.filter((x) => rc.ctx.index.indexOf(x.id) < first).map((x) => x.id);
  });
}

/** "T012-T016 in any order", "the rest of Phase 3 in any order": each task named, or of the one phase named. */
function unorderedMembers(rc: ReadingContext, members: readonly Target[]): string[][] {
  const group = members.length === 1 ? members[0] : undefined;
  if (group?.level !== "group" || group.phases.length !== 1) return parallelMembers(members);
  return tasksOfGroup(rc.ctx.list.tasks, group).map((t) => [t.id]);
}

/** Every task ID named by some targets. */
function taskIds(targets: readonly Target[]): string[] {
  return targets.flatMap((t) => (t.level === "task" ? t.ids : []));
}

/**
 * "T001-T004 sequential": the things named, one after another in list order. A task the author marked
 * `[P]` keeps its mark: the sentence orders the unmarked ones only.
 */
function sequenceSteps(rc: ReadingContext, members: readonly Target[]): Target[] {
  const ids = members.flatMap((m) => (m.level === "task" ? m.ids : []));
  if (ids.length > 0) {
    const ordered = [...new Set(ids)]
      .filter((id) => rc.ctx.byId.get(id)?.parallel !== true)
      .sort((a, b) => rc.ctx.index.indexOf(a) - rc.ctx.index.indexOf(b));
    return ordered.map((id) => ({ level: "task", ids: [id], written: id }));
  }
  const phases = [...new Set(members.flatMap((m) => (m.level === "group" ? m.phases : [])))].sort(
    (a, b) => a - b,
  );
  return phases.map((p) => ({
    level: "group",
    phases: [p],
    ids: [],
    written: rc.vocabulary.phases[p]?.title ?? "",
  }));
}
