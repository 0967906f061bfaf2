import { TASK_WORD } from "./id-range-patterns.js";
import type { FoundReference } from "./statement-types.js";

// What stands between a relation word and the first reference after it can make that reference no object
// of the word (firstReferenceNoObject, below).

// A relation word with an object of its own, a determiner and a noun, then a preposition of means: "blocks
// every request with the Bucket of T002", "blocca ogni riga con lo Store di 3.2" (locks each row with 3.2's
// Store). What the preposition opens is the tool the task does that with, not what the word relates; a
// word for tasks, phases or stories is no object of its own ("blocks the tasks with migrations, T005").
const DETERMINERS = String.raw`every|each|all|any|a|an|the|its|their|ogni|ciascun[oa]?|tutt[ieoa]|il|lo|la|i|gli|le|un[oa]?|jede[nrsm]?|alle|die|der|das|den|ein(?:e[nrsm]?)?|chaque|tou(?:te)?s|les?|une?|cada|tod[oa]s|el|los|las|um|uma|os|as`;
// The list's words for a task or a group (TASK_WORD), and for phases and stories.
const TASK_NOUNS = String.raw`${TASK_WORD}|phases?|phasen?|fas[ei]|fases?|stor(?:y|ies)|stages?|compiti?`;
const MEANS = String.raw`with|using|via|through|by\s+means\s+of|con|mediante|tramite|usando|mit|über|avec|par|en\s+utilisant|com`;

// Languages without articles write the object bare: "blokuje wiersz przez znajdzDoZmiany (3.3)" (locks the
// row through 3.3's finder), Czech "přes", Russian "через".
const BARE_MEANS = String.raw`przez|poprzez|za\s+pomoc[aą]|p[řr]es|pomoc[íi]|через|с\s+помощью`;

const OWN_OBJECT_THEN_MEANS = new RegExp(
  String.raw`^\s+(?:(?:${DETERMINERS})\s+(?!(?:${TASK_NOUNS})(?![\p{L}]))[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:${MEANS})|(?!(?:${TASK_NOUNS})(?![\p{L}]))[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:${BARE_MEANS}))(?![\p{L}])`,
  "iu",
);

// Polish and Czech "a" (and, whereas) and "i" (and) join a clause after a comma ("idzie po nich, a T050 jest
// ostatnie"); without one, "a" is a preposition in Romance languages.
const JOINED_SUBJECT = /\p{L}(?:\s+(?:and|y|et|und|e|og|och)|,\s*(?:a|i))\s+$/iu;
const NEW_CLAUSE =
  /,\s*(?:and|but|then|so)\s+(?!(?:on|upon|for|after|before|with|to|also|the|all|every|both|either)\b)[a-z]/i;

/**
 * True when the first reference after a relation word is not its object, by what stands between them:
 * - a new clause ("subtract the discount before tax, and re-check it with the rule of 2.1");
 * - an object of the word's own and a means, for a backward word (above);
 * - a reference joined after other words and followed by words of its own, which opens a clause ("T047 va
 *   después de todas ellas y T048 cierra el feature"; "after the migration and T012." is an object).
 */
export function firstReferenceNoObject(
  text: string,
  wordEnd: number,
  first: FoundReference,
  backward: boolean,
): boolean {
  const between = text.slice(wordEnd, first.start);
  if (NEW_CLAUSE.test(between)) return true;
  if (backward && OWN_OBJECT_THEN_MEANS.test(between)) return true;
  return JOINED_SUBJECT.test(between) && /^\s+\p{L}/u.test(text.slice(first.end));
}
