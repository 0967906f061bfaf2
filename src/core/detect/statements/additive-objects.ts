import type { Clause, ClauseReading } from "./clause-types.js";
import { referenceGroups, targetsOf } from "./reference-groups.js";
import type { FoundReference, Target } from "./statement-types.js";

// A list after "on top of", "in addition to" names one more thing of the kind its clause's relation takes
// as object, not its subject: "On top of T008, it needs T007" needs both. Only words that cannot mean
// "except" ("besides", "apart from", "außer", "кроме" can, and stay exceptions). It opens the clause or
// follows a comma ("T009 types its fields ..., so on top of T008 above it, it needs T007"). Folded text.
const ADDITIVE =
  /(?:^|[,;:])[^\p{L}]*(?:(?:so|and|but|then|also|et|donc|y|e|und|dann|quindi|portanto|entao|i|и)\s+)?(?:on\s+top\s+of|in\s+addition\s+to|en\s+plus\s+de|ademas\s+de|alem\s+de|oltre\s+a|zusatzlich\s+zu|bovenop|naast|utover|udover|помимо|в\s+дополнение\s+к|на\s+додачу\s+до)(?:\s+(?:the|la|le|les|el|los|las|a|o|os|as|der|die|das|dem|den|de|het))?\s*$/iu;

/**
 * The list an additive word governs before a clause's first relation word, and the clause's other
 * references. In "On top of T004, T005 needs T002" one comma-joined run holds both: the list ends at the
 * run's last comma, and what follows it is the subject.
 */
export function additiveOpening(clause: Clause): {
  kept: readonly FoundReference[];
  additive: readonly FoundReference[];
} {
  const none = { kept: clause.refs, additive: [] };
  const marker = clause.markers[0];
  if (!marker) return none;
  let previousEnd = clause.start;
  for (const group of referenceGroups(clause.text, clause.refs)) {
    const start = group[0]?.start ?? marker.start;
    if (start >= marker.start) return none;
    if (ADDITIVE.test(clause.text.slice(previousEnd, start))) {
      const additive = beforeLastComma(clause.text, group);
      return { kept: clause.refs.filter((r) => !additive.includes(r)), additive };
    }
    previousEnd = group[group.length - 1]?.end ?? start;
  }
  return none;
}

function beforeLastComma(text: string, group: readonly FoundReference[]): readonly FoundReference[] {
  let at = group.length;
  group.forEach((r, i) => {
    if (i > 0 && /[,，]/.test(text.slice(group[i - 1]?.end, r.start))) at = i;
  });
  return group.slice(0, at);
}

/**
 * The reading with the additive list joined to the object side of its first relation (the side that does
 * not hold the subject), or null when no relation has a side holding the subject.
 */
export function withAdditive(read: ClauseReading, additive: readonly FoundReference[]): ClauseReading | null {
  const [relation, ...rest] = read.relations;
  const subject = read.subject ?? [];
  if (!relation || subject.length === 0) return null;
  const holds = (side: readonly Target[]): boolean => side.some((t) => subject.includes(t));
  const extra = targetsOf(additive);
  if (holds(relation.after) && !holds(relation.before))
    return { ...read, relations: [{ ...relation, before: [...relation.before, ...extra] }, ...rest] };
  if (holds(relation.before) && !holds(relation.after))
    return { ...read, relations: [{ ...relation, after: [...relation.after, ...extra] }, ...rest] };
  return null;
}
