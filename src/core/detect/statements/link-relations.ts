import type { EdgeKind } from "../../model/edge.js";
import type { DetectionContext } from "../detection-context.js";
import type { PhaseEnds } from "../phase-ends.js";
import { pairKey, type ApartPairs } from "./apart-pairs.js";
import { leafIds } from "../expand-group-edges.js";
import { expandSide, type Block, type Side } from "./expand-side.js";
import type { Relation } from "./statement-types.js";

/** Where warnings about statements go (the list's file as the user named it), and the author's exceptions. */
export interface LinkSite {
  source: string;
  warnings: string[];
  /** Task pairs the author says may run at once: a relation between their groups does not bind them. */
  apart?: ApartPairs;
  /**
   * The same with the phases the list says do not wait for others ("US2 does not wait for US1"): they
   * take back relations naming only phases or stories; one naming a task ("T018 unblocks US2") says more.
   */
  groupApart?: ApartPairs;
}

/**
 * Turns relations into edges (origin "statement", the sentence's line, its words quoted in the reason).
 * Task to task gives `explicit` edges; anything involving a phase or story gives `phase` edges between
 * the phase's last and first tasks. A relation naming only phases or stories that points back in list
 * order is suspicious: it is added last, with a warning, as a `phase` edge with origin "statement" whose
 * `from` is listed after its `to` (`backward`), which the cycle breaker gives up first: when the list
 * orders the two the other way, the cycle that makes drops it.
 */
export function linkRelations(
  ctx: DetectionContext,
  ends: ReadonlyMap<number, PhaseEnds>,
  relations: readonly Relation[],
  site: LinkSite,
): void {
  const backward: Array<{ relation: Relation; from: Block; to: Block }> = [];
  for (const relation of relations) {
    const before = expandSide(ctx, relation.before, relation.after);
    const after = expandSide(ctx, relation.after, relation.before);
    const groupOnly =
      !relation.before.some((t) => t.level === "task") && !relation.after.some((t) => t.level === "task");
    const apart = groupOnly ? (site.groupApart ?? site.apart) : site.apart;
    for (const from of blocksOf(before)) {
      for (const to of blocksOf(after)) {
        if (!groupOnly || from.first <= to.first || overlaps(from, to))
          linkBlocks(ctx, ends, { from, to, relation, apart });
        else if (contradictedHere(ctx, relation, from, to, relations))
          warnContradicted(site, relation, from, to);
        else backward.push({ relation, from, to });
      }
    }
  }
  for (const { relation, from, to } of backward) {
    linkBlocks(ctx, ends, { from, to, relation, apart: site.groupApart ?? site.apart });
    site.warnings.push(
      `${site.source}:${relation.line}: "${relation.quote}" puts ${from.name} before ${to.name}, against the order they are listed in; kept as the weakest evidence, the first edge given up if it closes a cycle`,
    );
  }
}

/**
 * "US3 → US1: T031 extends T015's repository": the same sentence names tasks of the two groups the other
 * way round, so its arrow between the groups says "depends on". The tasks' own words win over the arrow.
 */
function contradictedHere(
  ctx: DetectionContext,
  relation: Relation,
  from: Block,
  to: Block,
  relations: readonly Relation[],
): boolean {
  const ids = (side: Relation["before"]): string[] =>
    side.flatMap((t) => (t.level === "task" ? t.ids.flatMap((id) => leafIds(ctx.byId, id)) : []));
  return relations.some(
    (r) =>
      r.line === relation.line &&
      r.quote === relation.quote &&
      ids(r.before).some((id) => to.tasks.includes(id)) &&
      ids(r.after).some((id) => from.tasks.includes(id)),
  );
}

function warnContradicted(site: LinkSite, relation: Relation, from: Block, to: Block): void {
  site.warnings.push(
    `${site.source}:${relation.line}: "${relation.quote}" puts ${from.name} before ${to.name}, but the tasks it names put ${to.name} first: read as ${from.name} depending on ${to.name}, no edge from the arrow`,
  );
}

function blocksOf(side: Side): Block[] {
  return [...side.blocks];
}

function overlaps(a: Block, b: Block): boolean {
  return a.tasks.some((t) => b.tasks.includes(t));
}

/**
 * The last tasks of a group: those no other task of the group waits for. Linking ends is enough, since the
 * edges inside the group carry the order on. Forward edges only, as for phases: a cycle not yet broken
 * must not leave the group without ends.
 */
function lastTasks(ctx: DetectionContext, tasks: readonly string[]): string[] {
  if (tasks.length < 2) return [...tasks];
  const inside = new Set(tasks);
  const linked = new Set<string>();
  for (const e of ctx.edges.edges) {
    if (inside.has(e.from) && inside.has(e.to) && forward(ctx, e.from, e.to)) linked.add(e.from);
  }
  return tasks.filter((t) => !linked.has(t));
}

interface BlockLink {
  from: Block;
  to: Block;
  relation: Relation;
  apart: ApartPairs | undefined;
}

/**
 * Adds the edges of one relation between two blocks (phases, story tasks or single tasks): the last tasks
 * of one before the first tasks of the other. A relation naming a phase or story binds every task of it
 * except those the author says may run alongside ("T019 is independent of US1"): the specific claim wins
 * over the general one, and the excepted task's successors in its group still wait.
 */
function linkBlocks(ctx: DetectionContext, ends: ReadonlyMap<number, PhaseEnds>, link: BlockLink): void {
  const { from, to, relation } = link;
  const reason = `statement "${relation.quote}" (${ctx.at({ source: ctx.list.tasks[0]?.source ?? ctx.list.source }, relation.line)})`;
  const evidence = { origin: relation.origin ?? ("statement" as const), line: relation.line };
  const fromPhase = from.phase === null ? undefined : ctx.list.phases[from.phase];
  const toPhase = to.phase === null ? undefined : ctx.list.phases[to.phase];
  if (fromPhase && toPhase && fromPhase.index === toPhase.index) return;
  const kind: EdgeKind = from.task && to.task ? "explicit" : "phase";
  const sources = fromPhase
    ? (ends.get(fromPhase.index)?.sinks.map((t) => t.id) ?? [])
    : from.each
      ? from.tasks
      : lastTasks(ctx, from.tasks);
  const targetTasks = toPhase ? (ends.get(toPhase.index)?.tasks.map((t) => t.id) ?? []) : to.tasks;
  // A relation naming a phase, a story or a numbered group binds every task of it except those the author
  // sets beside the other side; one naming tasks one by one binds them all.
  const apart = kind === "phase" || from.grouped === true || to.grouped === true ? link.apart : undefined;
  // The tasks the relation reaches when nothing is excepted: found once, not once per source.
  const reached = to.each
    ? targetTasks
    : relation.afterEnd
      ? lastTasks(ctx, targetTasks)
      : firstBound(ctx, targetTasks, () => false);
  const setApart = new Set<string>();
  for (const a of sources) {
    const excepted = (b: string): boolean => apart?.has(pairKey(a, b)) === true;
    const exceptions = apart !== undefined && targetTasks.some(excepted);
    for (const b of exceptions ? targetTasks.filter(excepted) : []) setApart.add(b);
    const bound = !exceptions
      ? reached
      : relation.afterEnd || to.each
        ? reached.filter((b) => !excepted(b))
        : firstBound(ctx, targetTasks, excepted);
    for (const b of bound) {
      if (fromPhase && ctx.byId.get(b)?.phase === fromPhase.index) continue;
      if (toPhase && ctx.byId.get(a)?.phase === toPhase.index) continue;
      ctx.edges.add({ from: a, to: b, kind, reason, stated: false, ...evidence });
    }
  }
  if (setApart.size > 0) warnSetApart(ctx, link, [...setApart]);
}

/** Says which tasks a relation leaves out because another sentence lets them run alongside its other side. */
function warnSetApart(ctx: DetectionContext, link: BlockLink, ids: readonly string[]): void {
  const source = ctx.list.tasks[0]?.source ?? ctx.list.source;
  ctx.warnings.push(
    `${ctx.at({ source }, link.relation.line)}: "${link.relation.quote}" puts ${link.from.name} before ${link.to.name}, but another sentence of the list lets ${ids.join(", ")} run alongside it: ${ids.length === 1 ? "it does" : "they do"} not wait for it`,
  );
}

/**
 * The tasks of a group a relation must reach directly: those not excepted whose predecessors inside the
 * group are all excepted (with no exception, the group's first tasks). The rest follow through the group's
 * own edges.
 */
function firstBound(
  ctx: DetectionContext,
  tasks: readonly string[],
  excepted: (id: string) => boolean,
): string[] {
  // One task has nothing inside the group to carry the order to it (and most relations name one task).
  if (tasks.length < 2) return tasks.filter((t) => !excepted(t));
  const inside = new Set(tasks);
  const carried = new Set<string>();
  for (const e of ctx.edges.edges) {
    if (inside.has(e.from) && inside.has(e.to) && !excepted(e.from) && forward(ctx, e.from, e.to))
      carried.add(e.to);
  }
  return tasks.filter((t) => !excepted(t) && !carried.has(t));
}

/** True when `a` is listed before `b`. */
function forward(ctx: DetectionContext, a: string, b: string): boolean {
  return ctx.index.indexOf(a) < ctx.index.indexOf(b);
}
