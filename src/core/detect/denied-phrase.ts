import { patternList, type WordList } from "./statements/word-matcher.js";
import { NOT_WORDS } from "./statements/words/filler-words.js";

// The statement reader's negations, plus "no longer", which only denies a relation ("no longer needs 2.1"),
// "There is no need to wait for 4.1": "no" right before the word of need denies it.
const DENYING_WORDS: readonly string[] = [
  ...NOT_WORDS,
  String.raw`no\s+longer`,
  // "no" right before the phrase it is given ("no need to wait for 4.1"), not "no" of a thing named before
  String.raw`no(?=\s*$)`,
];

// What may stand between a negation and the relation it denies: auxiliaries and adverbs ("does not really
// depend on", "need not come after", "doesn't have to wait, after"). Any other word gives the negation a
// thing of its own ("does not need the schema from 3.1" still uses 3.1), so the phrase binds.
const BRIDGE = String.raw`(?:really|actually|necessarily|directly|strictly|even|at\s+all|yet|in\s+fact|have\s+to|has\s+to|need\s+to|needs\s+to|be|get|go|come|start|run|begin)`;
const BRIDGE_WORDS = new RegExp(String.raw`^(?:\s*\b${BRIDGE}\b)*\s*$`, "i");

// A clause ends at punctuation or a dash; a negation before it says nothing about the phrase.
const CLAUSE_END = /[.;:,!?()[\]\n—–]|\s-\s/g;

let denying: WordList<string> | null = null;

/** True when a negation governs one of the words `pattern` finds in `text`: "doesn't need 1.2". */
export function deniesAny(text: string, pattern: RegExp): boolean {
  const every = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(every)].some((m) => isDenied(text, m.index));
}

/**
 * True when a negation governs the dependency phrase starting at `index` of `text`: "does not depend on
 * 4.1", "doesn't need T003", "never after 2.2", "no longer uses T007", "without using 3.1". Only the
 * phrase's own clause counts, and only a negation standing right before the phrase (auxiliaries and
 * adverbs aside): "needs 3.1; does not depend on 3.3" keeps 3.1, "cannot ship before the client from
 * T006" keeps T006.
 */
export function isDenied(text: string, index: number): boolean {
  const before = text.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_END)) start = m.index + m[0].length;
  const clause = before.slice(start);
  denying ??= patternList(DENYING_WORDS);
  const last = denying.findAll(clause).at(-1);
  return last !== undefined && BRIDGE_WORDS.test(clause.slice(last.end));
}

// "the entities from 3.1 are not used", "die Entities aus 3.1 werden nicht benutzt": the clause after the
// phrase denies using what it names.
const DENIED_USE_AFTER =
  /^[^.;:!?()[\]\n—–]*?\b(?:is|are|was|were|will\s+be|gets?|wird|werden|wurde[n]?)\s+(?:not|never|nicht|nie)\s+(?:(?:be|mehr)\s+)?(?:used|needed|required|touched|read|called|imported|benutzt|gebraucht|verwendet|genutzt|ben[öo]tigt|angefasst|gelesen|aufgerufen)\b/i;

/** True when the rest of the phrase's clause denies using what it names ("... from 3.1 are not used"). */
export function deniedAfter(text: string, end: number): boolean {
  return DENIED_USE_AFTER.test(text.slice(end));
}
