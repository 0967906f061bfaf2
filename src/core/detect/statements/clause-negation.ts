import type { Marker } from "./find-markers.js";
import type { FoundReference } from "./statement-types.js";
import { patternList, type WordList } from "./word-matcher.js";
import { NOT_WORDS } from "./words/filler-words.js";
import { NO_WORDS } from "./words/quantifier-words.js";
import { CONJUNCTIONS } from "./words/exception-words.js";
import { FA_NEGATED_VERB } from "./words/persian-words.js";
import { KO_NEGATED_VERB } from "./words/korean-words.js";
import { UR_NEGATED_VERB } from "./words/urdu-words.js";

let not: WordList<string> | null = null;

// Negations a clause carries outside the gap between its subject and its verb: a subject opened by
// "neither" or by a negative quantifier, and a verb of need whose object is "nothing".

const NEITHER = /(?:^|[^\p{L}])(?:neither|ni|nem|weder)\s*$/iu;

// "US3 needs nothing from US2", "Aus US2 braucht US3 nichts": a word of need whose object is "nothing"
// (but not "nothing else than", "nothing but T003").
const NOTHING =
  /(?<![\p{L}])(?:nothing|nichts|rien|nada|niente|niets|ничего)(?![\p{L}])(?!\s+(?:else|more|but|except|other\s+than|sonst|anderes|au(?:ß|ss)er|d['’]autre|sauf|m[aá]s|mais|salvo|excepto|altro|tranne|anders|behalve|кроме|другого|больше)(?![\p{L}]))/iu;

// "depends on no other task", "dépend d'aucune autre tâche", "depende de ninguna otra tarea": the object
// opened by a negative determiner (a preposition of the verb, or an adverb of contrast the verb-second
// order puts after it, may stand before it: "braucht aber keine der Aufgaben"), not "no task but T003".
const NO_OBJECT =
  /^\s*(?:(?:however|though|aber|jedoch|doch|allerdings|also|mais|pero|por[eé]m|mas|però)\s+)?(?:(?:on|upon|of|from|d['’]|de|da|do|von|od|от)\s*)?(?:no|none\s+of|aucune?|ningun[oa]?|ningún|nenhum[a]?|kein\p{L}*|nessun[oa]?|żadn\p{L}*|geen|ни\s+одн\p{L}*|никак\p{L}*)(?![\p{L}])(?![^.;:!?]*(?:but|except|other\s+than|sauf|excepto|salvo|au(?:ß|ss)er|tranne|behalve|oprócz|кроме))/iu;

/**
 * True when a word of need (not of time) has "nothing" for its object, before any stop, colon or comma,
 * or an object opened by a negative determiner ("depends on no other task of the story").
 */
export function needsNothing(marker: Marker, after: string): boolean {
  if (marker.type !== "relation" || marker.word.temporal === true || marker.word.limit === true) return false;
  return namesNothing(after) || GAP.test(objectWords(after));
}

/** True when the object after a word of need is "nothing" or opens with a negative determiner. */
export function namesNothing(after: string): boolean {
  const object = objectWords(after);
  const nothing = NOTHING.exec(object);
  // "needs T005 and nothing from Setup": a conjunct after an object denies only itself.
  const conjunct = nothing !== null && DENIED_CONJUNCT.test(object.slice(0, nothing.index));
  return (nothing !== null && !conjunct) || NO_OBJECT.test(object);
}

const DENIED_CONJUNCT = new RegExp(String.raw`[\p{L}\p{N}]\s+(?:${CONJUNCTIONS})\s+$`, "iu");

/** The words after a relation word up to a stop, colon, comma or dash: where its object can be. */
function objectWords(after: string): string {
  return after.split(/[.;:!?,]|\s[—–-]\s/)[0] ?? "";
}

// "for anything", "on anyone else", "any other task of its story", "the other tasks of its phase": no
// object but everything.
const ANYTHING =
  /^\s*(?:to\s+wait\s*$|(?:to\s+wait\s+)?(?:(?:for|on|upon|of)\s+)?(?:anything|anyone|anybody|any\s+(?:other\s+)?(?:tasks?|one|work)|the\s+others?|the\s+other\s+(?:tasks?|ones|items|steps)|others)(?:\s+else)?(?:\s+(?:in|of|from)\s+(?:its|the|this|their)\s+\p{L}+)?\s*$)/iu;

// "in parallel with everything else", "independent of all the other tasks in this phase", "alongside the
// rest of its story": a word of parallel work whose object is every other task.
const EVERY_OTHER =
  /^\s*(?:everything(?:\s+else)?|all\s+(?:the\s+)?others|all\s+(?:the\s+)?other\s+(?:tasks?|ones|items|steps|work)|every(?:one|thing)?\s+other\s+(?:task|one|item|step)|any\s+other\s+(?:tasks?|one|work)|the\s+rest|the\s+others|the\s+other\s+(?:tasks|ones|items|steps))(?:\s+(?:in|of|from)\s+(?:its|the|this|their)\s+\p{L}+)?\s*$/iu;

/** True when the object of a word of parallel work is every other task ("independent of everything else"). */
export function besideEveryOther(after: string): boolean {
  return EVERY_OTHER.test(after.split(/[.;:!?,(]|\s[—–-]\s/)[0] ?? "");
}

/**
 * True when a denied relation word has no object, or everything for its object: "T004 does not have to
 * wait: ...", "T004 needs nothing", "T004 does not need anything else in its story". Such a task waits for
 * nothing the listing order would put before it.
 */
export function waitsForNothing(after: string): boolean {
  const object = after.split(/[.;:!?,(]|\s[—–-]\s/)[0] ?? "";
  return !/\p{L}/u.test(object) || ANYTHING.test(object) || NOTHING.test(object) || NO_OBJECT.test(object);
}

// "The buckets the admin endpoint needs are added in 6.1": a verb of need followed by the verb of the
// sentence has its object before it (the thing needed); what follows is no object of it.
const GAP = /^\s*(?:is|are|was|were|will\s+be|gets?|got)(?![\p{L}])/iu;

// "Nothing in US3", "No task of Phase 5", "None of the US2 tasks", "Aucune tâche de", "Keine Aufgabe aus":
// a negative quantifier, at most four words (a noun, "of the", a noun: "ninguna sub-tarea de los grupos")
// before the subject's first reference.
const NEGATIVE_QUANTIFIER =
  /(?:^|[^\p{L}])(?:nothing|none|no|not\s+one|καμ[ίι]α|καν[έε]να[ςσ]?|τ[ίι]ποτα|nada|ningun[oa]?|ningún|nenhum[a]?|aucune?|rien|kein\p{L}*|nichts|niente|nessun[oa]?|żadn\p{L}*|nic|geen|niets|ничего|никак\p{L}*|ни\s+одн\p{L}*)(?:\s+\p{L}[\p{L}-]*){0,4}\s*$/iu;

// "In Phase 1 nothing waits for T002", "In US3 nothing else needs US2": a negative pronoun standing right
// after a place it names is the subject, and negates the verb (an auxiliary may follow it, and a verb of
// starting whose time the relation word gives: "none of them starts before Part A").
const NEGATIVE_PRONOUN_NEXT =
  /^\s*,?\s*(?:nothing|(?:none|neither)(?:\s+of\s+(?:them|these|those|the\s+\p{L}+))?|nobody|no\s+(?:other\s+)?tasks?|nichts|keine\s+(?:andere\s+)?aufgabe|rien|aucune\s+(?:autre\s+)?t[aâ]che|nada|ninguna\s+(?:otra\s+)?tarea|nenhuma\s+(?:outra\s+)?tarefa|niente|nessun[ao]?|nic|ничего|ничто|нічого)(?:\s+(?:else|sonst|d['’]autre|mas|m[aá]s|altro|jin[eé]ho|другого|іншого))?(?:\s+(?:can|may|must|will|should|has\s+to|needs?\s+to|kann|muss|peut|doit|puede|debe|pode|deve|può))?(?:\s+(?:starts?|begins?|runs?|goes|lands|gets\s+(?:started|merged)))?\s*$/iu;

// "nothing else", "no other task", "keine andere Aufgabe", "nichts anderes", "rien d'autre", "aucune autre
// tâche", "nada más", "ninguna otra", "nient'altro", "nessun altro", "niets anders", "geen andere", "nic
// innego", "ничего другого", "никакая другая": a negative quantifier with a word for the rest.
const NEGATIVE_OTHERS =
  /(?:^|[^\p{L}])(?:(?:nothing|none|no|nobody)\s+(?:else|other|more)|no\s+(?:\p{L}+\s+)?other|(?:keine?n?|nichts)\s+(?:anderes?|andere[nr]?|sonst)|sonst\s+nichts|rien\s+d['’]autre|aucune?\s+autre|nada\s+m[aá]s|ningun[ao]?\s+otr[ao]|ningún\s+otro|nenhum[a]?\s+outr[ao]|nient['’]altro|nessun[ao]?\s+altr[ao]|niets\s+anders|geen\s+ander[e]?|nic\s+innego|żadn\p{L}*\s+inn\p{L}*|ничего\s+другого|никак\p{L}*\s+друг\p{L}*|нічого\s+іншого)(?![\p{L}])/iu;

/** True when the words around a negated subject deny it of the rest only ("nothing else in US3"). */
export function deniesOthers(words: string): boolean {
  return NEGATIVE_OTHERS.test(words);
}

/** True when a negative pronoun is the subject right before the relation word ("In Phase 1 nothing waits"). */
export function negativePronounNext(gap: string): boolean {
  return NEGATIVE_PRONOUN_NEXT.test(gap);
}

// "none of them", "neither of these": the negative pronoun picks out the things named before, which stay the
// subject ("B and C import the models, so none of them starts before A": B and C wait for A).
const OF_THOSE_NAMED = /(?<![\p{L}])(?:none|neither)\s+of\s+(?:them|these|those)(?![\p{L}])/iu;

// A conjunction that opens a clause before its subject ("..., but nothing blocks T004", "..., so none of them").
const OPENING_CONJUNCTION = /^\s*(?:but|and|yet|so|while|whereas|aber|und|mais|et|pero|y|mas|e|ma)\s+/iu;

/**
 * The negative pronoun the words before a clause's first marker are: "nobody" when it names no subject
 * ("but nothing"), "named" when it stands for what was named before ("so none of them"); else null.
 */
export function negativeOpening(words: string): "nobody" | "named" | null {
  if (!NEGATIVE_PRONOUN_NEXT.test(words.replace(OPENING_CONJUNCTION, ""))) return null;
  return OF_THOSE_NAMED.test(words) ? "named" : "nobody";
}

// A group written with its negative quantifier ("No story task", "aucune story") stands for every story,
// and the quantifier negates the verb as it would before any other subject.
const WRITTEN_NEGATIVE = new RegExp(String.raw`^(?:${NO_WORDS.join("|")}|nothing)(?![\p{L}])`, "iu");

// "Don't run the backfill (SUP-140) before SUP-139 is merged": a negative imperative whose verb has the
// subject for its object negates the relation after it, as "cannot start before" does. Not "Don't forget:
// T004 needs T001", where a stop ends the imperative before the subject.
const NEGATIVE_IMPERATIVE = /^\s*(?:please\s+)?(?:do\s+not|don['’]t|never)\s+[^:;,.!?]*$/iu;

/**
 * True when the words before a clause's subject negate its verb ("Neither T029 nor ...", "Nothing in US3",
 * "Don't start T004 before ..."), or the subject's first reference opens with a negative quantifier ("No
 * story task waits on T011").
 */
export function opensNegated(opening: string, first?: FoundReference): boolean {
  if (first?.target.level === "group" && WRITTEN_NEGATIVE.test(first.target.written)) return true;
  return NEITHER.test(opening) || NEGATIVE_QUANTIFIER.test(opening) || NEGATIVE_IMPERATIVE.test(opening);
}

// "not only", "not just": what follows is affirmed, with more to come ("needs not only T004 but also T003",
// "doesn't just need T005"), folded ("nao so", "nu doar").
const NOT_ONLY =
  /(?:(?<![\p{L}])(?:not|nicht|pas|non|nao|no|nie|nu|не|[όο]χι)|n['’]t)\s+(?:only|just|merely|simply|solely|nur|seulement|so|apenas|solo|solamente|tylko|doar|numai|только|μ[όο]νο)(?![\p{L}])/giu;

// A conjunction and a modal opening a predicate of its own ("... don't share files and can run in parallel",
// "não dependem uma da outra e podem andar em paralelo", "... und können parallel laufen"), folded: a
// negation before it denies the first predicate, not the words after it.
const NEW_PREDICATE =
  /(?<![\p{L}])(?:and|but|e|y|et|und|aber|en|och|og|i|a|mas|pero|mais|ma|ale)\s+(?:(?:so|also|therefore|thus|tambem|tambien|aussi|auch|daher|ook|dus|ogsa|ocksa)\s+)?(?:can|could|may|might|will|would|should|must|podem|pode|pueden|puede|peuvent|peut|k[öo]nnen|kann|d[üu]rfen|darf|kunnen|kan|mogen|mag|possono|puo|kunne|moga|moze)(?![\p{L}])/giu;

/** True when a negation stands between the subject and its relation word ("cannot start before"). */
export function isNegated(gap: string): boolean {
  not ??= patternList(NOT_WORDS);
  const predicate = [...gap.matchAll(NEW_PREDICATE)].at(-1);
  const own = predicate === undefined ? gap : " ".repeat(predicate.index) + gap.slice(predicate.index);
  return not.test(withoutNotOnly(own));
}

// Persian closes a clause with its verb, negated by a prefix, Urdu with "نہیں" before its verb ("شروع نہیں
// ہوگا", will not start), and Korean with its verb negated by "-지 않다" or "-지 못하다" (does not, cannot): the
// relation word before it is denied.
const NEGATED_CLOSING_VERB = new RegExp(
  `(?<![\\u0600-\\u06FF])(?:${FA_NEGATED_VERB}|${UR_NEGATED_VERB})(?![\\u0600-\\u06FF])|${KO_NEGATED_VERB}`,
);

/**
 * True when the verb closing a relation word's stretch of the clause is negated ("منتظر T039 نمی‌ماند": does
 * not wait for T039; "به T023 وابسته نیست": does not depend on T023).
 */
export function closingVerbNegated(stretch: string): boolean {
  return NEGATED_CLOSING_VERB.test(stretch);
}

/** The text with its "not only" phrases blanked, position for position. */
function withoutNotOnly(text: string): string {
  return text.replace(NOT_ONLY, (m) => " ".repeat(m.length));
}

// "no task except T003", "keine Aufgabe außer T003": an exception right after the negation affirms.
const EXCEPTED_FROM_NOTHING =
  /(?:but|except|other\s+than|besides|apart\s+from|au(?:ß|ss)er|sauf|hormis|excepto|salvo|exceto|tranne|behalve|opr[óo]cz|кроме|крім)\s*$/iu;

/** Drops the lists a negation stands before: "depends on Foundation but not on US1" is Foundation only. */
export function affirmed(text: string, groups: readonly FoundReference[][], from: number): FoundReference[] {
  not ??= patternList(NOT_WORDS);
  const out: FoundReference[] = [];
  let previous = from;
  for (const group of groups) {
    const start = group[0]?.start ?? 0;
    const gap = text.slice(previous, start);
    if (!not.test(withoutNotOnly(gap)) || EXCEPTED_FROM_NOTHING.test(gap)) out.push(...group);
    previous = group[group.length - 1]?.end ?? start;
  }
  return out;
}
