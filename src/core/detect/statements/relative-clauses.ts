import type { Clause } from "./clause-types.js";
import type { Marker } from "./find-markers.js";
import type { FoundReference, Target } from "./statement-types.js";

// "the modules that all user stories depend on": the relation's object is what the relative pronoun stands for.
export const RELATIVE = /(?:^|[^\p{L}])(?:that|which|whom|que|qui|che|lesquel(?:le)?s?|котор\S*)\s/iu;

/** For a relative clause whose relation word has no object, the thing the clause is about (or null). */
export function relativeAntecedent(clause: Clause, inherited: Target[] | null): Target[] | null {
  const first = Math.min(clause.refs[0]?.start ?? Infinity, clause.markers[0]?.start ?? Infinity);
  return inherited !== null && RELATIVE.test(clause.text.slice(0, first)) ? inherited : null;
}

// A Romance relative pronoun right before the verb: "... que usan todas las historias".
const ROMANCE_RELATIVE_VERB = /(?:^|[^\p{L}])(?:que|qui|che)\s+$/iu;

/**
 * True when the words before a relation word end with a Romance relative pronoun: the verb's subject may
 * then follow it ("que usan todas las historias": that all the stories use) or be the antecedent ("que
 * usa T005": that uses T005). Only agreement tells which, so such a clause relates nothing.
 */
export function subjectMayFollow(beforeWord: string): boolean {
  return ROMANCE_RELATIVE_VERB.test(beforeWord);
}

// A Romance verb ending in its preposition ("precisa de", "depende del", "dépend de", "dipende da"): what
// follows a preposition is its object, never the verb's subject.
const ENDS_IN_PREPOSITION = /\s(?:de|da|do|das|dos|del|du|des|di|dal|dalla|dallo|dai|dalle|dagli)$/;

/**
 * The subject of a Romance relative clause whose verb ends in its preposition: the name the pronoun
 * follows with only a comma between ("exceto T031, que precisa de T020": T031, whatever the clause's
 * running subject is), or null. `refs`: all the sentence names.
 */
export function relativeSubject(
  text: string,
  marker: Marker,
  refs: readonly FoundReference[],
): Target[] | null {
  if (!ENDS_IN_PREPOSITION.test(text.slice(marker.start, marker.end))) return null;
  const pronoun = ROMANCE_RELATIVE_VERB.exec(text.slice(0, marker.start));
  if (pronoun === null) return null;
  const at = pronoun.index + pronoun[0].search(/\p{L}/u);
  const last = refs.filter((r) => r.end <= at).at(-1);
  if (last === undefined || !/^\s*,\s*$/.test(text.slice(last.end, at))) return null;
  return [last.target];
}
