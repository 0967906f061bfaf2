import { targetTaskIds, tasksOfGroup } from "./expand-side.js";
import type { ReadingContext } from "./reading-context.js";
import type { Target } from "./statement-types.js";

interface Relation {
  before: readonly Target[];
  after: readonly Target[];
  afterEnd?: boolean;
}

/**
 * A relation without the tasks of the waiting side that the relation names as what is waited for: "Group 7
 * waits only for 6.4 and 7.2" binds the rest of group 7, not 7.2, which is a prerequisite itself; "Phase 3
 * needs T010 and T012" (T012 in Phase 3) leaves T012 free of T010.
 */
export function withoutObjectsInSubject(rc: ReadingContext, relation: Relation): Relation {
  const objects = new Set(
    relation.before.filter((t) => t.level === "task").flatMap((t) => targetTaskIds(rc.ctx, t)),
  );
  if (objects.size === 0) return relation;
  // Only beside an object outside the waiting side: "after T017, US1 is shippable" (T017 in US1) says where
  // US1 ends, and relates nothing.
  const waiting = new Set(relation.after.flatMap((t) => targetTaskIds(rc.ctx, t)));
  if ([...objects].every((id) => waiting.has(id))) return relation;
  const after = relation.after.map((t) => carved(rc, t, objects));
  return after.every((t, i) => t === relation.after[i]) ? relation : { ...relation, after };
}

function carved(rc: ReadingContext, target: Target, objects: ReadonlySet<string>): Target {
  if (target.level === "group") {
    const inside = tasksOfGroup(rc.ctx.list.tasks, target)
      .map((t) => t.id)
      .filter((id) => objects.has(id));
    return inside.length === 0 ? target : { ...target, except: [...(target.except ?? []), ...inside] };
  }
  if (target.level !== "task") return target;
  const leaves = targetTaskIds(rc.ctx, target);
  // A task named on both sides is left to the self-relation check; only a group's other leaves are kept.
  if (target.ids.every((id) => objects.has(id)) || !leaves.some((id) => objects.has(id))) return target;
  const ids = leaves.filter((id) => !objects.has(id));
  return ids.length === 0 ? target : { ...target, ids };
}
