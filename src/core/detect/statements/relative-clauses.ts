import type { Clause } from "./clause-types.js";
import type { Marker } from "./find-markers.js";
import type { FoundReference, Target } from "./statement-types.js";

/**
 * The Slavic relative pronouns, declined (folded): Polish "który, które, których", Czech and Slovak
 * "který, ktorý", Croatian "koji, koja", Bulgarian "който, което", Russian "который", Ukrainian "який, котрий".
 */
export const SLAVIC_RELATIVES = String.raw`ktor\p{L}*|kter\p{L}*|koj[aeiu]|който|която|което|които|котор\p{L}*|котр\p{L}*|як(?:ий|а|е|і)`;

/**
 * The relative pronouns that open a clause about the name before them in every reader that looks for one:
 * English "which", "who", French and Spanish "que", "qui", German "welcher", and the Slavic ones. Each
 * reader adds the pronouns only it may read ("that", "whose", "che", Malay "yang").
 */
export const RELATIVE_PRONOUNS = String.raw`which|who|que|qui|welche[rsm]?|${SLAVIC_RELATIVES}`;

// "the modules that all user stories depend on": the relation's object is what the relative pronoun stands for.
export const RELATIVE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:that|which|whom|que|qui|che|lesquel(?:le)?s?|${SLAVIC_RELATIVES})\s`,
  "iu",
);

/**
 * For a relative clause whose relation word has no object, the thing the clause is about (or null). It is
 * the object only beside another subject ("the modules that all stories depend on"); where it is the
 * subject itself ("2.6, which needs the fixture helper") the clause relates nothing.
 */
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

// A clause opening with a relative pronoun speaks of the name just before it ("..., apart from T030,
// which extends the registry of T015": T030 extends it, not the sentence's subject; Malay and Indonesian
// "yang").
const RELATIVE_OPENING = new RegExp(
  String.raw`^[\s,;:(—–-]*(?:${RELATIVE_PRONOUNS}|whose|that|yang)(?![\p{L}])`,
  "iu",
);

// A relative clause still open where a joined verb phrase starts ("..., except T005, which reads the T003
// bench and so goes after it"): the verb after "and" shares the pronoun's subject, the name before it.
const OPEN_RELATIVE = new RegExp(String.raw`,\s*(?:${RELATIVE_PRONOUNS}|that|yang)\s[^,;:]*$`, "iu");

/**
 * The subject a clause of a sentence inherits from a relative pronoun: the name before the pronoun the
 * clause opens with ("..., apart from T030, which extends ..."), or before one still open in the clause
 * before it ("..., which reads the bench and goes after it"); null when there is neither.
 */
export function relativeClauseSubject(
  text: string,
  previous: { start: number } | undefined,
  start: number,
  refs: readonly FoundReference[],
): Target[] | null {
  return relativeAntecedentAt(text, start, refs) ?? sharedRelative(text, previous, start, refs);
}

function sharedRelative(
  text: string,
  previous: { start: number } | undefined,
  start: number,
  refs: readonly FoundReference[],
): Target[] | null {
  if (previous === undefined) return null;
  const open = OPEN_RELATIVE.exec(text.slice(previous.start, start));
  if (open === null) return null;
  return antecedentBefore(text, previous.start + open.index, refs);
}

function relativeAntecedentAt(text: string, start: number, refs: readonly FoundReference[]): Target[] | null {
  if (!RELATIVE_OPENING.test(text.slice(start))) return null;
  return antecedentBefore(text, start, refs);
}

/**
 * The name a relative pronoun at `at` follows: the last one before it, with nothing but punctuation
 * between ("except T005, which"); in "T027 adds a method to OrderService, which T018 creates" the
 * pronoun's antecedent is no task.
 */
function antecedentBefore(text: string, at: number, refs: readonly FoundReference[]): Target[] | null {
  const last = refs.filter((r) => r.end <= at).at(-1);
  if (last === undefined || !/^[\s,;:)\]）—–-]*$/u.test(text.slice(last.end, at))) return null;
  return [last.target];
}
