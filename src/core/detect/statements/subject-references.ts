import type { Clause } from "./clause-types.js";
import type { Marker } from "./find-markers.js";
import { endsRightBefore, referenceGroups } from "./reference-groups.js";
import type { FoundReference } from "./statement-types.js";
import { RELATIVE } from "./relative-clauses.js";
import { patternList, type WordList } from "./word-matcher.js";
import { CONJUNCTIONS } from "./words/exception-words.js";
import { DETERMINER_WORDS, FILLER_WORDS } from "./words/filler-words.js";

let fillers: WordList<string> | null = null;
let determiners: WordList<string> | null = null;

// A relative clause set off by a comma describes the subject it follows ("T026, which wraps the client
// from T024, is started only after T024"): what it names is not part of that subject.
const RELATIVE_ASIDE =
  /,\s*(?:which|who|whose|que|qui|dont|cuy[oa]|cuj[oa]|welche[rsm]?|yang|котор\p{L}*)(?:$|[^\p{L}])/iu;

// An opening subordinate clause sets a condition or a time for the main one ("Unless T012 is skipped,
// T013 follows it"): what it names is not the main clause's subject.
const OPENING_SUBORDINATE =
  /^[^\p{L}]*(?:unless|if|when|whenever|although|though|while|because|since|si|cuando|aunque|quand|wenn|falls|obwohl)(?:[^\p{L}][^,]*)?,/iu;

/**
 * "Section 1 goes first: nothing in sections 2 or 4 starts until ...": what follows a colon has a subject of
 * its own when it names one; the names before the colon are the heading it explains. A label with nothing
 * named after its colon ("**US3**: depends on US1") keeps its name, and a colon glued to letters is a
 * Finnish case ending ("T003:n").
 */
function afterLastColon(text: string, refs: FoundReference[]): FoundReference[] {
  for (let i = refs.length - 1; i > 0; i--) {
    const gap = text.slice((refs[i - 1] as FoundReference).end, (refs[i] as FoundReference).start);
    if (/[:：](?![\p{L}])/u.test(gap)) return refs.slice(i);
  }
  return refs;
}

// A verb phrase joined by a conjunction, with no subject of its own before the relation word ("... from
// T005 and must wait for T007", "... what T002 exports but has to wait ..."): up to three words may end
// the first verb phrase.
const JOINED_VERB_PHRASE = new RegExp(
  String.raw`^(?:\s*[\p{L}'’-]+){0,3}\s*,?\s*(?<![\p{L}'’-])(?:${CONJUNCTIONS})\s+([^,;:]*)$`,
  "iu",
);

/**
 * "T008 reads the token from T005 and must wait for T007": a verb phrase joined by "and" shares the
 * subject of the verb phrase before it, the list the clause opens with; what the first verb governs
 * (T005) is its object, not a subject. Not when the joined words name a subject of their own ("and the
 * parser must wait ...") or the references form one list ("T008 and T005 must wait ...").
 */
function sharedSubject(clause: Clause, refs: FoundReference[]): FoundReference[] {
  const marker = clause.markers[0];
  const last = refs[refs.length - 1];
  if (!marker || !last) return refs;
  const joined = JOINED_VERB_PHRASE.exec(clause.text.slice(last.end, marker.start));
  if (!joined || namesOwnSubject(joined[1] as string)) return refs;
  const groups = referenceGroups(clause.text, refs);
  return groups.length > 1 ? (groups[0] as FoundReference[]) : refs;
}

// A comma and a conjunction before the last list of the subject ("..., und 9.3 erst, nachdem 9.1 ...").
const JOINED_CONJUNCT = new RegExp(String.raw`,\s*(?:${CONJUNCTIONS})\s+$`, "iu");

/**
 * "9.2 wird geschrieben, wenn ... aus 4.5 steht, und 9.3 erst, nachdem 9.1 ... gelaufen sind": a
 * conjunct joined by a comma and "and" that holds the list right before the relation word (one word such
 * as "erst" or "only" between) is the word's own clause: that list is its subject, not what the conjuncts
 * before it name.
 */
function ownConjunct(clause: Clause, refs: FoundReference[]): FoundReference[] {
  const marker = clause.markers[0];
  const groups = referenceGroups(clause.text, refs);
  const last = groups[groups.length - 1];
  const previous = groups[groups.length - 2];
  if (!marker || !last || !previous) return refs;
  const gap = clause.text.slice(previous[previous.length - 1]?.end ?? 0, last[0]?.start ?? 0);
  const rest = clause.text.slice(last[last.length - 1]?.end ?? 0, marker.start);
  return JOINED_CONJUNCT.test(gap) && /^\s*(?:\p{L}+\s+)?$/u.test(rest) ? last : refs;
}

// A relative clause naming a maker right before its word ("the task that T002 adds").
const RELATIVE_MAKER = /(?<![\p{L}])(?:that|which)\s+$/iu;

/**
 * The subject of a relative clause's maker word ("... that T002 adds", its object `object`): the conjunct
 * the relative clause ends, not what the conjuncts before it name ("T004 edits the file from T001, and T005
 * puts the SLA on the task that T002 adds": T005). A list joined by ", and" ("T001, T002, and T005 use the
 * helper that T003 adds") is one conjunct. `refs` are the references before the object.
 */
export function relativeConjunct(
  text: string,
  refs: readonly FoundReference[],
  object: FoundReference | undefined,
): FoundReference[] {
  if (!object || !RELATIVE_MAKER.test(text.slice(0, object.start))) return [...refs];
  const first = refs[0];
  for (let i = refs.length - 1; i > 0; i--) {
    const at = refs[i] as FoundReference;
    const gap = text.slice(refs[i - 1]?.end ?? 0, at.start);
    // Words of a clause of its own before the conjunction, not one more name of a list.
    const said = text.slice(first?.end ?? 0, at.start).replace(JOINED_CONJUNCT, "");
    if (JOINED_CONJUNCT.test(gap) && /\p{L}{3}/u.test(said)) return refs.slice(i);
  }
  return [...refs];
}

/** The references before a clause's first word that make its subject. */
export function subjectReferences(clause: Clause, before: FoundReference[]): FoundReference[] {
  return ownConjunct(clause, sharedSubject(clause, writtenSubject(clause, before)));
}

function writtenSubject(clause: Clause, before: FoundReference[]): FoundReference[] {
  const { text } = clause;
  // "**US3**: Foundational + reuses the dialog of T006": a name joined to the verb by "+" is one more
  // thing the label's subject needs, not the verb's subject.
  if (/^\s*[+＋&]\s*$/.test(text.slice(before.at(-1)?.end ?? 0, clause.markers[0]?.start ?? 0))) return [];
  const opening = OPENING_SUBORDINATE.exec(text.slice(clause.start));
  const own = afterLastColon(
    text,
    opening ? before.filter((r) => r.start >= clause.start + opening[0].length) : before,
  );
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last || first === last) return own.length > 0 ? own : before;
  const m = RELATIVE_ASIDE.exec(text.slice(first.end, last.start));
  return m ? own.filter((r) => r.start < first.end + m.index) : own;
}

/**
 * The references after a postposition of time that can be its subject: not the list right before a
 * postpositional phrase that follows ("US1 مکمل ہوتے ہی یہ US2 کے ٹیسٹوں کے ساتھ ہی شروع": as soon as US1 is
 * done, this starts together with US2's tests; US2 is that phrase's object).
 */
export function ownSubject(clause: Clause, marker: Marker, following: FoundReference[]): FoundReference[] {
  const next = clause.markers.find((m) => m.start >= marker.end);
  const postpositional =
    next !== undefined &&
    ((next.type === "relation" && next.word.object === "precedes") ||
      (next.type === "parallel" && next.objectBefore === true));
  if (!postpositional || next === undefined) return following;
  const groups = referenceGroups(clause.text, following);
  const last = groups[groups.length - 1] ?? [];
  return endsRightBefore(clause.text, last, next.start) ? groups.slice(0, -1).flat() : following;
}

// "From" opening a clause, Greek "από (την)" included.
const SOURCE_OPENING = /^\s*(?:from|out\s+of|απ[όο](?:\s+(?:την|τη|το|τον|τις|τα|τους))?)\s*$/iu;

// A preposition opening a clause of a verb-second language ("Von US3 braucht US4 nur T035", "Neben T004
// braucht T006 auch T005", "Op T004 wacht US3"): the finite verb comes next and the subject after it, so
// what the preposition governs is not the subject.
const FRONTED_PHRASE =
  /^\s*(?:von|aus|neben|auf|bei|f[üu]r|au[ßs]er|van|uit|naast|op|p[åa]|fra|fran|av|af)\s+(?:(?:der|dem|den|die|das|de|het)\s+)?$/iu;

/** True when a reference is what a phrase opening the clause governs ("From US3, ...", "Von US3 braucht"). */
export function inOpeningPhrase(clause: Clause, ref: FoundReference): boolean {
  const opening = clause.text.slice(clause.start, ref.start);
  return SOURCE_OPENING.test(opening) || FRONTED_PHRASE.test(opening);
}

// In a task's own text a clause borrows the task as its subject ("the store gates T009" is about the
// task's store), unless its subject brings in something else: an indefinite or negative determiner, a
// number, or a quoted phrase ("A fully automatic timeout needs ...", "no retry logic exists until US7",
// "two members have no caller until ...", '"missing inputs" are deferred ...'). French "à" and Portuguese "a"
// before a verb of doing or finishing ("À faire avant E2.1", "A fazer antes de 3.2": to be done before) are
// no article: the note is the task's own.
const OTHER_SUBJECT =
  /^\s*(?:["“«]|\d|(?:a(?!\s+(?:faire|fazer|terminer|finir|realiser|realizar|concluir|terminar|completer|completar|livrer|entregar|merger|integrer)(?![\p{L}]))|an|another|some|any|no|none|one|two|three|four|five|several|un|une|des|aucune?|ein|eine|kein|keine|uno|una|unos|unas|ningún|ninguna|um|uma|nenhum|nenhuma)\s)/iu;

export function introducesOther(words: string): boolean {
  return OTHER_SUBJECT.test(words) || HEADLESS_RELATIVE.test(words);
}

// A relative clause with no noun before it opening the clause ("the only one that needs a table is 4.5",
// Indonesian "yang butuh tabel cuma 4.5", "la única que", "celle qui", "die einzige, die"): its subject is
// what the copula after it names, never the task or tasks the sentence is about.
const HEADLESS_RELATIVE =
  /^\s*(?:(?:the|a)\s+(?:only\s+)?(?:one|ones)\s+(?:that|which|who)|whichever|yang|(?:la|el|a|o)\s+[úu]nic[oa]\s+que|(?:celui|celle|la\s+seule|le\s+seul)\s+qui|(?:die|der|das)\s+einzige,?\s+(?:die|der|das))(?![\p{L}])/iu;

/**
 * True when the words before the relation name a subject of their own that is not a reference: a
 * determiner followed by a noun ("no UI changes ..."), or a relative clause with no noun before it ("the
 * only one that needs ..."). A relative pronoun ("infrastructure that must be complete before ...") stands
 * for what the sentence is about, so it borrows that subject.
 */
export function namesOwnSubject(words: string): boolean {
  if (HEADLESS_RELATIVE.test(words)) return true;
  if (RELATIVE.test(` ${words} `)) return false;
  determiners ??= patternList(DETERMINER_WORDS);
  fillers ??= patternList(FILLER_WORDS);
  for (const d of determiners.findAll(words)) {
    const next = /^\s+([\p{L}][\p{L}'-]*)/u.exec(words.slice(d.end));
    if (next && !fillers.test(next[1] as string)) return true;
  }
  return false;
}
