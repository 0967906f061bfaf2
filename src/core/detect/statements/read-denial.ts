import { beforeException } from "./clause-exceptions.js";
import { needsNothing, waitsForNothing } from "./clause-negation.js";
import type { Clause, MarkerReading } from "./clause-types.js";
import type { Marker } from "./find-markers.js";
import { untilNewClause } from "./read-parallel-claim.js";
import { targetsOf } from "./reference-groups.js";
import type { FoundReference, Target } from "./statement-types.js";

/**
 * "needs none of T005 to T010": the negative determiner dropped the list it opens, which is denied. A
 * denial frees what it names, never a name in a clause of its own after a comma, nor what an exception
 * names after its word ("needs nothing from US1 beyond Phase 2": Phase 2 is still needed, and the subject
 * is not free of everything).
 */
export function readDenial(
  clause: Clause,
  marker: Marker & { type: "relation" },
  refs: FoundReference[],
  object: Target[],
  after: FoundReference[],
  who: Target[],
): MarkerReading {
  const freed = (list: FoundReference[]): Target[] =>
    targetsOf(beforeException(clause.text, marker.end, list));
  const named = refs.length === 0 ? object : freed(untilNewClause(clause.text, refs));
  const rest = clause.text.slice(marker.end);
  const freedAfter = freed(after);
  const denied = named.length > 0 || !needsNothing(marker, rest) ? named : freedAfter;
  const limited = freedAfter.length < after.length;
  if (denied.length === 0)
    return waitsForNothing(rest) && !limited ? { denied: { before: [], after: who } } : {};
  const forwardWord = marker.word.direction === "forward";
  return { denied: forwardWord ? { before: denied, after: who } : { before: who, after: denied } };
}
