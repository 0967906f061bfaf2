import type { DetectionContext } from "../detection-context.js";
import type { Task } from "../../model/task.js";
import { leafIds } from "../expand-group-edges.js";
import type { Target } from "./statement-types.js";

/** One thing a relation links: a phase, the tasks of a story without a phase, or one task. */
export interface Block {
  phase: number | null;
  tasks: string[];
  /** Named by task IDs (one ID or a range), as opposed to a phase or story. */
  task: boolean;
  /** Its IDs name a numbered group ("groups 2 to 5", "all of 3."): a group of tasks, as a phase is. */
  grouped?: boolean;
  /** Each of its tasks is bound itself ("every other task of the phase"), not only its ends. */
  each?: boolean;
  /** List position of its first task, to tell forward from backward. */
  first: number;
  /** How warnings name it. */
  name: string;
}

/** One side of a relation, as blocks. */
export interface Side {
  blocks: Block[];
}

/**
 * Resolves one side of a relation against the list. "all other stories" leaves out the other side's own
 * phases; "all phases" means the phases listed before the other side's.
 */
export function expandSide(ctx: DetectionContext, side: readonly Target[], other: readonly Target[]): Side {
  const otherPhases = new Set(other.flatMap((t) => phasesOf(ctx, t)));
  const blocks: Block[] = [];
  const seen = new Set<string>();
  const add = (block: Block): void => {
    const key = block.phase === null ? `t:${block.tasks.join(",")}` : `p:${block.phase}`;
    if (seen.has(key) || block.tasks.length === 0) return;
    blocks.push(block);
    seen.add(key);
  };
  for (const target of side) {
    if (target.level === "task") {
      // Named by ID, each task is bound itself: the order inside a range may be the listing order's
      // guess, which a cycle can drop ("T115-T118 ... after fixtures (T119-T121)").
      // A numbered group stands for its sub-tasks, so that a sub-task set beside the other side is left out.
      // "group 3 except 3.2": a sub-task carved out of the group is left out of it.
      const grouped = target.ids.some((id) => ctx.byId.get(id)?.group === true);
      const except = leftOut(ctx, target, other);
      const leaves = [...new Set(target.ids.flatMap((id) => leafIds(ctx.byId, id)))].filter(
        (id) => !except.has(id),
      );
      add({
        phase: null,
        tasks: grouped ? leaves : target.ids.filter((id) => !except.has(id)),
        task: true,
        each: true,
        grouped,
        first: firstOf(ctx, target.ids),
        name: target.written,
      });
    } else if (target.level === "group") {
      const phases = target.otherThanSubject
        ? target.phases.filter((p) => !otherPhases.has(p))
        : target.phases;
      const except = leftOut(ctx, target, other);
      // "Everything in Phase 4 except T024": the phase's other tasks, each bound itself.
      for (const p of phases) add(except.size === 0 ? phaseBlock(ctx, p) : exceptBlock(ctx, p, except));
      // "Anything under infra/ runs after group 1": the tasks of group 1 are the other side's, not this one's.
      const named = target.ids.length > 0 ? new Set(leavesOfSide(ctx, other)) : new Set<string>();
      const ids = target.ids.filter((id) => !except.has(id) && !named.has(id));
      if (ids.length > 0)
        add({ phase: null, tasks: ids, task: false, first: firstOf(ctx, ids), name: `"${target.written}"` });
    } else if (target.level === "rest-of-phase") {
      const named = new Set([...leavesOfSide(ctx, other), ...(target.except ?? [])]);
      // In a list without phases, the rest of the list.
      const tasks = ctx.list.tasks
        .filter((t) => !t.group && !named.has(t.id))
        .filter((t) =>
          otherPhases.size === 0 ? t.phase === null : t.phase !== null && otherPhases.has(t.phase),
        )
        .map((t) => t.id);
      add({ phase: null, tasks, task: true, each: true, first: firstOf(ctx, tasks), name: target.written });
    } else if (target.level === "earlier") {
      if (otherPhases.size === 0) add(listedBefore(ctx, other, target.written));
      const limit = Math.min(...otherPhases);
      for (const phase of ctx.list.phases) if (phase.index < limit) add(phaseBlock(ctx, phase.index));
    }
  }
  return { blocks };
}

/** The tasks a list without phases holds before the other side's first task ("everything above it"). */
function listedBefore(ctx: DetectionContext, other: readonly Target[], written: string): Block {
  const named = leavesOfSide(ctx, other);
  const first = Math.min(...named.map((id) => ctx.index.indexOf(id)));
  const tasks = ctx.list.tasks
    .filter((t) => !t.group && t.phase === null && ctx.index.indexOf(t.id) < first)
    .map((t) => t.id);
  return { phase: null, tasks, task: true, each: true, first: firstOf(ctx, tasks), name: `"${written}"` };
}

/** The tasks a side names by ID, each group as its leaf sub-tasks. */
/** What a target leaves out of its tasks: those it carves out, and for "the rest of" the other side's. */
function leftOut(
  ctx: DetectionContext,
  target: Extract<Target, { level: "task" | "group" }>,
  other: readonly Target[],
): Set<string> {
  return new Set([...(target.except ?? []), ...(target.restOf ? leavesOfSide(ctx, other) : [])]);
}

function leavesOfSide(ctx: DetectionContext, side: readonly Target[]): string[] {
  return side.flatMap((t) => (t.level === "task" ? t.ids.flatMap((id) => leafIds(ctx.byId, id)) : []));
}

function phasesOf(ctx: DetectionContext, target: Target): number[] {
  if (target.level === "group") return [...target.phases];
  if (target.level === "task")
    return target.ids.flatMap((id) => {
      const phase = ctx.byId.get(id)?.phase;
      return phase === null || phase === undefined ? [] : [phase];
    });
  return [];
}

function phaseBlock(ctx: DetectionContext, index: number): Block {
  const tasks = ctx.list.tasks.filter((t) => t.phase === index && !t.group).map((t) => t.id);
  const title = ctx.list.phases[index]?.title ?? "";
  return {
    phase: index,
    tasks,
    task: false,
    first: firstOf(ctx, tasks),
    name: `"${title.length > 40 ? `${title.slice(0, 37)}...` : title}"`,
  };
}

function exceptBlock(ctx: DetectionContext, index: number, except: ReadonlySet<string>): Block {
  const whole = phaseBlock(ctx, index);
  const tasks = whole.tasks.filter((id) => !except.has(id));
  return { ...whole, phase: null, tasks, task: true, each: true, first: firstOf(ctx, tasks) };
}

function firstOf(ctx: DetectionContext, ids: readonly string[]): number {
  return Math.min(...ids.map((id) => ctx.index.indexOf(id)));
}

/** The tasks a phase or story stands for: the tasks of its phases and the tasks labelled with it. */
export function tasksOfGroup(tasks: readonly Task[], target: Extract<Target, { level: "group" }>): Task[] {
  const phases = new Set(target.phases);
  const ids = new Set(target.ids);
  return tasks.filter((t) => !t.group && ((t.phase !== null && phases.has(t.phase)) || ids.has(t.id)));
}

/** The leaf tasks a target stands for: a group's tasks, a task's leaf sub-tasks; none for other targets. */
export function targetTaskIds(ctx: DetectionContext, target: Target): string[] {
  if (target.level === "group") return tasksOfGroup(ctx.list.tasks, target).map((t) => t.id);
  return target.level === "task" ? target.ids.flatMap((id) => leafIds(ctx.byId, id)) : [];
}
