import { wordsOf, type RelationWord } from "./relation-word.js";

const { follows, precedes } = wordsOf("forward");

// A verb of waiting and the preposition it takes, as folded text writes them: Polish and Czech "czeka na",
// "čeká na", Dutch "wacht op", Swedish, Danish and Norwegian "väntar på", "venter på", German "wartet auf",
// and Russian "зависит от" (depends on).
const WAITS: ReadonlyArray<readonly [string, string]> = [
  ["na", String.raw`czeka(?:ja)?|ceka(?:ji)?`],
  ["op", String.raw`wacht(?:en)?`],
  ["pa", String.raw`vantar|venter`],
  ["auf", String.raw`warte(?:t|n)`],
  ["от", String.raw`завис(?:ит|ят)`],
];

// The object the preposition governs, right before the verb: task numbers ("6.5", "T042", "fase 2") joined
// by commas or "and"; a verb after it ("Op T042 hoeft T044 niet te wachten") leaves the verb at the end.
const ITEM = String.raw`(?:[a-z]+\s+)?[a-z]*-?\d[\w.-]*`;
const OBJECT = String.raw`${ITEM}(?:(?:\s*,\s*|\s+(?:en|och|og|i|a|und|oraz)\s+)${ITEM}){0,5}`;

// A place may stand between the object and the verb ("От T013 в ИП3 зависит только T032").
const PLACE = String.raw`(?:(?:in|within|binnen|inom|innerhalb|w|v|i|в|во)\s+\S+\s)?`;

/**
 * A verb of waiting whose object is fronted with the verb's preposition, opening the clause, and whose
 * subject follows the verb, as verb-second languages write it: "Na T012 czeka tylko T030", "Op T019 wacht
 * alleen T034", "På 6.5 väntar bara 6.3", "Auf T019 wartet nur T034", "От T013 зависит только T032" (T030,
 * T034, 6.3 and T032 wait). A "nicht" after the subject denies.
 */
export const FRONTED_WAITS: readonly RelationWord[] = WAITS.map(([preposition, verb]) => ({
  ...precedes(String.raw`(?<=(?:^|[:;,(]\s*)\s*${preposition}\s+${OBJECT}\s${PLACE})(?:${verb})`),
  subjectAfter: true,
}));

/**
 * Russian puts the verb after its object when the object is the news: "T041 от ИП2 не зависит" (T041 does
 * not depend on US2), "T050 от T047 зависит". The preposition relates; its verb, negated or not, follows.
 */
export const VERB_AFTER: readonly RelationWord[] = [
  {
    ...follows(String.raw`от(?=\s+[^\s,;:.]+(?:\s+[^\s,;:.]+)?\s+(?:не\s+)?завис(?:ит|ят)(?![а-я]))`),
    verbAfter: true,
  },
];
