import { HE_ALL } from "./hebrew-words.js";
import { FA_ALL } from "./persian-words.js";
import { BN_ALL } from "./bengali-words.js";
import { AR_ALL } from "./arabic-words.js";
import { TH_ALL } from "./thai-words.js";
// A word saying that the list after it goes together ("both", "beide", Swedish and Norwegian "både", folded,
// Danish "begge", Dutch "zowel"), or nothing at all: what may stand before a list that is a subject.
export const BOTH_OR_NOTHING = /^\s*(?:(?:both|beide|bade|begge|zowel)\s+)?$/i;

/**
 * Quantifiers that make a group of every story or every phase ("all user stories", "every story",
 * "todas as user stories", "所有用户故事", "すべてのストーリー", "모든 User Story", "все истории").
 */
export const ALL_WORDS: readonly string[] = [
  String.raw`all|every|any`,
  String.raw`todas?|todos|toutes|tous|tutt[ei]|alle|alla|wszystkie|wszystkich`,
  // Catalan "tots", "totes" (all)
  String.raw`tots|totes`,
  String.raw`все|всех|всем`,
  // Arabic "جميع", "كل" (all, every)
  AR_ALL,
  // Hebrew "כל" (all, every)
  HE_ALL,
  // Persian "همهٔ", "تمام" (all), "هر" (every)
  FA_ALL,
  // Bengali "সব", "সকল" (all)
  BN_ALL,
  // Ukrainian "вся група 1", "усі", "кожна"
  String.raw`вс[іяе]|всю|всіх|ус[іяе]|усю|усіх|кожн(?:а|ий|е|у|ої|ого)`,
  // Czech and Slovak, folded: "všechny", "všech", "všem", "každý"
  String.raw`vsechn[aey]|vsech|vsem|kazd[aeyi]|kazdou`,
  // Romanian "toate", "toți", "fiecare" (folded)
  String.raw`toate|to[țţ]i|fiecare`,
  // Greek "όλες", "όλοι", "όλα", "κάθε" (all, every)
  String.raw`[όο]λ(?:ες|οι|α|ων|ους|η)|κ[άα]θε`,
  // Hungarian "összes", "minden", "mindegyik" (all, every), folded
  String.raw`osszes|minden|mindegyik`,
  // Finnish "kaikki", "jokainen" (every), with case endings
  String.raw`kaikki|kaikkien|kaikkia|jokainen|jokaisen|jokaista`,
  // Danish and Norwegian "hver", "enhver", "samtlige" ("alle" is read above)
  String.raw`hver|enhver|samtlige`,
  // Vietnamese "mọi", "tất cả", "toàn bộ", as folded text reads them
  String.raw`mọi|tất\s+cả|to[aà]n\s+bộ`,
  String.raw`所有|全部|すべての|全ての|全|모든`,
  // Thai "ทุก" (every)
  TH_ALL,
];

/**
 * Negative quantifiers: "no user story work can begin until this phase is complete" says every story
 * waits, so before a story word they stand for all stories.
 */
export const NO_WORDS: readonly string[] = [
  String.raw`no|none\s+of\s+the|nenhuma?|ninguna?|aucune?|никакая|никакие|没有|どの`,
  // Catalan "cap" (no: "no es toca cap història")
  String.raw`cap`,
];

/**
 * Everything listed before the other side ("everything above it", "all the tasks before this one"): read
 * as "all phases" is, the work listed before. Not "everything else", whose scope is the sentence's
 * ("everything else in Phase 2 can go in parallel").
 */
export const ALL_BEFORE_WORDS: readonly string[] = [
  String.raw`everything\s+(?:(?:listed|written)\s+)?(?:above|before)(?:\s+(?:it|this(?:\s+one)?|them))?`,
  String.raw`all\s+(?:of\s+)?(?:the\s+)?(?:other\s+)?(?:tasks|work|steps|groups)\s+(?:above|before)(?:\s+(?:it|this(?:\s+one)?|them))?`,
  String.raw`tout\s+ce\s+qui\s+pr[eé]c[eè]de|todo\s+lo\s+anterior|alles\s+(?:davor|vorherige)`,
];

/**
 * Every other piece of work, whatever qualifies it ("any other API work", "all other tasks", "every other
 * step"): in a list without phases, every task but the other side's.
 */
export const ALL_OTHERS_WORDS: readonly string[] = [
  // A checklist's items by what they are: "every other box in this file", "all other items", "any other issue".
  String.raw`(?:any|all(?:\s+the)?|every)\s+other(?:\s+[a-z\u00C0-\u024F-]+){0,2}?\s+(?:work|tasks?|groups?|steps?|(?:check)?box(?:es)?|items?|issues?|tickets?|entries|entry)`,
];

/**
 * A definite plural names the whole set it counts ("the user stories", "les récits", "as histórias", "die
 * Stories", "τις ιστορίες", "a történeteket", "historierne"), and "both" or a number names it only where the
 * list has that many ("both stories", "the four stories", "des quatre récits"): the reader checks the count.
 * A bare or indefinite plural ("two stories", "des récits") names some, not all.
 */
export const DEFINITE_STORIES_WORDS: readonly string[] = [
  String.raw`(?:the|both(?:\s+(?:of\s+)?the)?)\s+(?:(?:two|three|four|five|six|seven|eight|\d+)\s+)?(?:user\s+)?stories`,
  String.raw`(?:les|des(?=\s+(?:deux|trois|quatre|cinq|six|sept|huit|\d+)\s))\s+(?:(?:deux|trois|quatre|cinq|six|sept|huit|\d+)\s+)?(?:r[eé]cits|histoires)(?:\s+utilisateurs?)?`,
  String.raw`(?:las|ambas(?:\s+las)?)\s+(?:(?:dos|tres|cuatro|cinco|seis|siete|ocho|\d+)\s+)?historias(?:\s+de\s+usuario)?`,
  String.raw`(?:as|ambas(?:\s+as)?)\s+(?:(?:duas|tr[eê]s|quatro|cinco|seis|sete|oito|\d+)\s+)?hist[oó]rias(?:\s+de\s+usu[aá]rio)?`,
  String.raw`(?:die|beide[n]?)\s+(?:(?:beiden|zwei|drei|vier|f[uü]nf|sechs|sieben|acht|\d+)\s+)?(?:user\s+)?stor(?:ies|ys)`,
  // Greek "τις ιστορίες", "οι τέσσερις ιστορίες"
  String.raw`(?:τις|οι)\s+(?:(?:δ[υύ]ο|τρεις|τ[εέ]σσερις|π[εέ]ντε|\d+)\s+)?ιστορ[ίι]ες(?:\s+χρ[ήη]στη)?`,
  // Hungarian "a történetek", "a négy történethez" (folded); not the accusative "a történeteket", an object
  // the clause's own reading does not yet tell from its subject.
  String.raw`az?\s+(?:(?:ket|harom|negy|ot|hat|\d+)\s+)?(?:felhasznaloi\s+)?tortenet(?:ek(?:re|hez|nek|tol|ben)?|re|hez|nek|tol|ben)(?=\s|[.,;:!?)]|$)`,
  // Danish and Norwegian "historierne", "historiene"; Swedish "berättelserna" (folded): the article is a suffix.
  String.raw`(?:bru[gk]er)?historie(?:rne|ne)|(?:anvandar)?berattelserna`,
];

/** The count a word of a definite plural gives ("both" 2, "quatre" 4). */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      [2, "both ambas beide beiden two deux dos duas zwei δύο δυο ket"],
      [3, "three trois tres três drei τρεις harom"],
      [4, "four quatre cuatro quatro vier τέσσερις τεσσερις negy"],
      [5, "five cinq cinco fünf funf πέντε πεντε ot"],
      [6, "six seis sechs hat"],
      [7, "seven sept siete sete sieben"],
      [8, "eight huit ocho oito acht"],
    ] as const
  ).flatMap(([n, words]) => words.split(" ").map((w): [string, number] => [w, n])),
);

/** The count a definite plural gives ("both stories" 2, "the four stories" 4), or null where it gives none. */
export function countOfDefinitePlural(written: string): number | null {
  for (const word of written.toLowerCase().split(/\s+/)) {
    if (/^\d+$/.test(word)) return Number(word);
    const n = COUNT_WORDS.get(word);
    if (n !== undefined) return n;
  }
  return null;
}

/** Qualifiers meaning "the ones other than the subject" ("all other phases", "todas as outras"). */
export const OTHER_WORDS: readonly string[] = [
  String.raw`other|others|outras|outros|otras|otros|autres|ostatn(?:i|ich|im|imi)|других|інш(?:і|их|им|ими)|其他|他の|다른`,
];

/** Phrases meaning "each other" ("in parallel with each other", "entre si", "互いに", "서로"). */
export const EACH_OTHER_WORDS: readonly string[] = [
  String.raw`each\s+other|one\s+another|themselves`,
  String.raw`entre\s+s[ií]|entre\s+eux|l'un\s+de\s+l'autre`,
  // Finnish "toisistaan" (from each other), "keskenään" (among themselves), folded
  String.raw`toisistaan|keskenaan`,
  // Hungarian "egymástól", "egymással" (from, with each other), folded
  String.raw`egymast[oó]l|egymassal`,
  // Greek "μεταξύ τους" (among themselves)
  String.raw`μεταξ[ύυ]\s+τους`,
  String.raw`navzajem|vzajemne|mezi\s+sebou|na\s+sobe`,
  // Croatian "međusobno" (among themselves)
  String.raw`me(?:đ|d)usobno`,
  String.raw`друг\s+(?:с|от)\s+друга|между\s+собой`,
  String.raw`одн[аи]\s+одн(?:у|ої|ій)|один\s+одного|між\s+собою|взаємно`,
  String.raw`相互|互相|彼此|互いに|서로`,
];

/** Words pointing back at the phase a sentence sits in ("this phase", "esta fase", "本阶段", "このフェーズ"). */
export const THIS_PHASE_WORDS: readonly string[] = [
  String.raw`this\s+(?:phase|stage|story|step|section|milestone|part|block)`,
  String.raw`esta\s+fase|cette\s+phase|este\s+est[aá]gio`,
  // Catalan "aquesta fase", "aquesta etapa"
  String.raw`aquesta\s+(?:fase|etapa)`,
  String.raw`эт(?:а|ой|у)\s+фаз\S*|этот\s+этап`,
  // Greek "αυτή η φάση", "αυτής της φάσης"
  String.raw`αυτ[ήη]\s+η\s+φ[άα]ση|αυτ[ήη]ς\s+της\s+φ[άα]σης`,
  String.raw`本阶段|该阶段|このフェーズ|이\s*단계`,
];
