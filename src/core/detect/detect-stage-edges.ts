import { inTasksOwnWords } from "../model/edge.js";
import type { Task } from "../model/task.js";
import type { DetectionContext } from "./detection-context.js";
import { parentId } from "../parse/task-id-pattern.js";
import { dependenciesOnEachTask, stageOrderAffirmed } from "./listing-order-disclaimed.js";
import { pairKey, type ApartPairs } from "./statements/apart-pairs.js";

/**
 * Stage edges for numbered (Kiro-style) lists: their top-level tasks are stages run in the order listed,
 * so every sub-task of task 3 waits for task 2 (its last sub-tasks, by the edges found inside it). Inside
 * one top-level task the sub-tasks are ordered only by evidence, or by `[P]`/`(P)` markers where the
 * list uses them (order edges). Phases, where the list has them, bound the stages. A list that states
 * the dependencies of most of its tasks one by one has said what the order is: its layout adds nothing.
 */
export function detectStageEdges(
  ctx: DetectionContext,
  stating: ReadonlySet<string> = new Set(),
  free: ReadonlySet<string> = new Set(),
  apart: ApartPairs = new Set(),
): void {
  if (ctx.list.format !== "numbered") return;
  const stages = topLevelStages(ctx.list.tasks);
  // "Finish every sub-task of a step before starting the next": the authors say the stages bind.
  if (stageOrderAffirmed(ctx.list) === null && statesOrderTaskByTask(ctx, stages, stating)) return;
  // `front`: the stages the next one waits for; `waited`: those the front itself waited for. A stage whose
  // every first sub-task is freed from the stage before it (a group said to need only group 2) does not
  // pass that order on, and a stage the authors let run beside the one before it ("groups 4 to 8 in any
  // order") waits for what that one waited for: either way the stage after them waits for them all.
  let front: Stage[] = stages.slice(0, 1);
  let waited: Stage[] = [];
  for (let i = 1; i < stages.length; i++) {
    const [before, after] = [stages[i - 1] as Stage, stages[i] as Stage];
    if (before.phase !== after.phase) {
      [front, waited] = [[after], []];
      continue;
    }
    // A sub-task whose own notes say it waits for nothing does not wait for the stage before.
    const bound = ends(ctx, after.leaves, "sources").filter((t) => !free.has(t.id));
    const beside = besideBefore(before, after, apart);
    for (const stage of beside ? waited : front) linkStages(ctx, stage, after, bound);
    if (beside || bound.length === 0) front = [after, ...front];
    else [front, waited] = [[after], front];
  }
}

/**
 * True when the authors let every sub-task of `after` run beside every sub-task of `before`: a claim
 * about the sub-tasks, or about the groups they are numbered under ("group 3 can run beside group 2").
 */
function besideBefore(before: Stage, after: Stage, apart: ApartPairs): boolean {
  if (apart.size === 0) return false;
  const lineage = (id: string): string[] => {
    const out = [id];
    for (let up = parentId(id); up !== null; up = parentId(up)) out.push(up);
    return out;
  };
  const pairApart = (b: string, a: string): boolean =>
    lineage(b).some((x) => lineage(a).some((y) => apart.has(pairKey(x, y))));
  return before.leaves.every((b) => after.leaves.every((a) => pairApart(b.id, a.id)));
}

/** Every last sub-task of `before` before each of the `bound` first sub-tasks of `after`. */
function linkStages(ctx: DetectionContext, before: Stage, after: Stage, bound: readonly Task[]): void {
  const reason = `order: task ${after.id} is listed after task ${before.id}, and numbered tasks run one top-level task after another (${ctx.at(after.first, after.first.line)})`;
  for (const from of ends(ctx, before.leaves, "sinks"))
    for (const to of bound)
      ctx.edges.add({
        from: from.id,
        to: to.id,
        kind: "order",
        reason,
        stated: false,
        origin: "structure",
        line: after.first.line,
        numbering: true,
      });
}

interface Stage {
  id: string;
  phase: number | null;
  first: Task;
  leaves: Task[];
}

/**
 * True when the list says each task's text states what it waits for ("the other dependencies are written
 * under each task"), which a warning quotes, or when most tasks after the first stage do so.
 */
function statesOrderTaskByTask(
  ctx: DetectionContext,
  stages: readonly Stage[],
  stated: ReadonlySet<string>,
): boolean {
  const declared = dependenciesOnEachTask(ctx.list);
  if (declared === null) return statesDependenciesTaskByTask(ctx, stages, stated);
  ctx.warnings.push(
    `${ctx.list.source}:${declared.line}: the list says "${declared.quote}": its numbered groups run in no order of their own; each task waits for what its words, files and phases say`,
  );
  return true;
}

/**
 * True when most tasks after the first stage name what they wait for in their own text or fields: an
 * explicit phrase or field, or a sentence of their own text the statement reader read (`stated`), in
 * any language ("Setzt 2.1 voraus").
 */
function statesDependenciesTaskByTask(
  ctx: DetectionContext,
  stages: readonly Stage[],
  stated: ReadonlySet<string>,
): boolean {
  const later = stages.slice(1).flatMap((s) => s.leaves);
  const stating = new Set([...stated, ...ctx.edges.edges.filter(inTasksOwnWords).map((e) => e.to)]);
  return later.length > 0 && later.filter((t) => stating.has(t.id)).length * 2 >= later.length;
}

/**
 * The list's top-level tasks, each with the leaf tasks that do its work. Tasks numbered under a number
 * the list has no line for ("2.1", "2.2" under a heading "Step 2", with no "2." task) are the sub-tasks
 * of that number all the same: one stage, as they would be under a "2." line.
 */
function topLevelStages(tasks: readonly Task[]): Stage[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const children = new Set(tasks.flatMap((t) => t.children));
  const leavesOf = (task: Task): Task[] =>
    task.group
      ? task.children.flatMap((id) => {
          const child = byId.get(id);
          return child ? leavesOf(child) : [];
        })
      : [task];
  const stages: Stage[] = [];
  for (const task of tasks.filter((t) => !children.has(t.id))) {
    const parent = parentId(task.id);
    const unwritten = parent !== null && !byId.has(parent) ? parent : null;
    const last = stages[stages.length - 1];
    if (unwritten !== null && last?.id === unwritten && last.phase === task.phase)
      last.leaves.push(...leavesOf(task));
    else stages.push({ id: unwritten ?? task.id, phase: task.phase, first: task, leaves: leavesOf(task) });
  }
  return stages.filter((s) => s.leaves.length > 0);
}

/**
 * The stage's first tasks (no edge from inside the stage) or last tasks (no edge to inside it). An edge
 * pointing back in list order counts for neither: it may lose a cycle later, and the task behind it
 * must not be left out of the stage order then.
 */
function ends(ctx: DetectionContext, leaves: readonly Task[], which: "sources" | "sinks"): Task[] {
  const ids = new Set(leaves.map((t) => t.id));
  const linked = new Set<string>();
  for (const edge of ctx.edges.edges) {
    if (!ids.has(edge.from) || !ids.has(edge.to)) continue;
    if (ctx.index.indexOf(edge.from) > ctx.index.indexOf(edge.to)) continue;
    linked.add(which === "sources" ? edge.to : edge.from);
  }
  return leaves.filter((t) => !linked.has(t.id));
}
