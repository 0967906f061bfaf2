import type { Task, TaskList } from "../../model/task.js";
import type { Relation, Target } from "./statement-types.js";

// A task's own sentence that places it and names nothing else: "Goes last", "It comes first in this step",
// "Goes last, after everything else in this step", "This one is merged last". Its subject is the task.
const OWN_POSITION =
  /(?:^|[.;!?]\s+)(?:(?:it|this(?:\s+(?:one|task|item|step|change))?)\s+)?(?:goes|comes|runs|lands|ships|merges|is\s+(?:done|merged|written))\s+(?<place>first|last)(?=\s*(?:$|[.,;:!(—–])|\s+(?:in|of|within)\s)(?<rest>[^.;!?]*)/iu;
// What scopes the place: the task's own phase, step or group ("in this step", "after everything else in
// this phase"). Without it, the place is among the tasks of its phase (in a list without phases, of the list),
// as for "T017 goes last".
const OWN_SCOPE =
  /\b(?:in|of|within)\s+(?:this|its|the\s+same)\s+(?:step|section|group|stage|milestone|block|phase)\b/iu;
// A number after the place names another task ("goes last, after T012"): a relation of its own, read as one.
const NAMES_NO_TASK = /^[^\d]*$/u;

/**
 * The relation a task's own words give by placing it first or last, or null: the task before (after) every
 * other task of its phase, or of its section where the words say "in this step" and the list has no phases.
 */
export function ownPosition(
  list: TaskList,
  task: Task,
  folded: string,
): Omit<Relation, "line" | "quote"> | null {
  const m = OWN_POSITION.exec(folded);
  const place = m?.groups?.place?.toLowerCase();
  const rest = m?.groups?.rest ?? "";
  if (!m || place === undefined || !NAMES_NO_TASK.test(rest)) return null;
  const self: Target = { level: "task", ids: [task.id], written: task.id };
  const others = scopeOf(list, task, OWN_SCOPE.test(rest), m[0].trim());
  if (others === null) return null;
  return place === "first" ? { before: [self], after: [others] } : { before: [others], after: [self] };
}

function scopeOf(list: TaskList, task: Task, scoped: boolean, written: string): Target | null {
  if (task.phase !== null)
    return { level: "group", phases: [task.phase], ids: [], written, except: [task.id] };
  if (!scoped) return { level: "rest-of-phase", written, except: [task.id] };
  const ids = list.tasks
    .filter((t) => !t.group && t.id !== task.id && t.section === task.section)
    .map((t) => t.id);
  return task.section !== null && ids.length > 0 ? { level: "group", phases: [], ids, written } : null;
}
