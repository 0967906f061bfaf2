import type { DetectionContext } from "./detection-context.js";
import { leafIds } from "./expand-group-edges.js";
import type { OnlyNeed } from "./statements/statement-types.js";

/**
 * A task whose dependency field names a whole group or parent task ("Dependencies: 1, 3") while the
 * author's words say it needs only some of its members ("From task 3 this only needs 3.2"): the field's
 * link to that whole is narrowed to those members, which the words themselves link, and a warning quotes
 * them. The more specific words win over the coarser field; a field entry the words name no member of stays.
 * Returns the field links taken back, as `from\0to` keys (the EdgeSet's pair keys).
 */
export function narrowedFieldLinks(ctx: DetectionContext, onlyNeeds: readonly OnlyNeed[]): Set<string> {
  const out = new Set<string>();
  for (const need of onlyNeeds) {
    const task = ctx.byId.get(need.task);
    if (task === undefined) continue;
    for (const declared of task.declared) {
      const leaves = new Set(leafIds(ctx.byId, declared.id));
      // The members named, not the whole itself (a task that is no group is its own only leaf).
      const kept = need.needs.filter(
        (id) => id !== declared.id && leafIds(ctx.byId, id).every((leaf) => leaves.has(leaf)),
      );
      const keptLeaves = new Set(kept.flatMap((id) => leafIds(ctx.byId, id)));
      const key = `${declared.id}\u0000${task.id}`;
      if (kept.length === 0 || keptLeaves.size === leaves.size || out.has(key)) continue;
      out.add(key);
      ctx.warnings.push(
        `${ctx.at(task, need.line)}: "${need.quote}" says ${task.id} needs only ${kept.join(", ")} of ` +
          `${declared.id}: its "${declared.text}" is read as ${kept.join(", ")}, not all of ${declared.id}`,
      );
    }
  }
  return out;
}
