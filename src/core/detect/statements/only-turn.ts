import { ONLY_WORDS } from "./exclusive-needs.js";
import type { FoundReference } from "./statement-types.js";

// "T047 does not wait for T042-T046, only for T040 and T041": after a comma, "only" (with "but" or a
// preposition) turns the rest of a denied relation's object into what the relation does hold for; so does
// "but only" without the comma, and a conjunction that corrects a denial with or without "only" (German
// "sondern (nur) auf", Spanish "sino (solo) a", Finnish "vaan (pelkästään)", Hungarian "hanem").
const BUT = String.raw`but|ale|ma|mais|maar|men|ama|fakat|tapi|dar`;
const CORRECTING = String.raw`sondern|sino|vaan|hanem|melainkan`;
const ONLY_TURN = new RegExp(
  String.raw`(?:[,;]\s*(?:but\s+)?(?:${ONLY_WORDS})|(?:[,;]\s*|\s)(?:${BUT})\s+(?:${ONLY_WORDS})|(?:[,;]\s*|\s)(?:${CORRECTING})(?:\s+(?:${ONLY_WORDS}))?)(?![\p{L}])(?:\s+(?:for|on|of|upon|pa|på|af|av|auf|von|de|da|od|na|a|an|para|per))?\s*$`,
  "iu",
);

// "does not depend on the handlers, only on the DTOs from T001": the denied object names no task, and the
// turn's own object is a phrase that ends at the first task named.
const ONLY_TURN_BEFORE_FIRST = new RegExp(
  String.raw`\p{L}[^,;]*[,;]\s*(?:but\s+)?(?:${ONLY_WORDS})(?![\p{L}])[^,;.!?]*$`,
  "iu",
);

/**
 * Where an "only" turn starts in a denied relation's object (an index into its references), or -1; 0 when
 * the denied part names no task and the turn comes before the first reference.
 */
export function onlyTurn(text: string, from: number, refs: readonly FoundReference[]): number {
  const first = refs[0];
  if (first !== undefined && ONLY_TURN_BEFORE_FIRST.test(text.slice(from, first.start))) return 0;
  return refs.findIndex((r, i) => i > 0 && ONLY_TURN.test(text.slice(refs[i - 1]?.end ?? from, r.start)));
}

/** True when the words between two references turn a denial to what the task does wait for ("..., only for"). */
export function turnsToOnly(gap: string): boolean {
  return ONLY_TURN.test(gap);
}
