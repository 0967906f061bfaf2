import type { Clause } from "./clause-types.js";
import type { Target } from "./statement-types.js";

// "the modules that all user stories depend on": the relation's object is what the relative pronoun stands for.
export const RELATIVE = /(?:^|[^\p{L}])(?:that|which|whom|que|qui|lesquel(?:le)?s?|котор\S*)\s/iu;

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
