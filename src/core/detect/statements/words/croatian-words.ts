import { limit, OBJECT_SPAN, time, wordsOf, type RelationWord } from "./relation-word.js";

/**
 * Croatian, Serbian and Bosnian in Latin letters, matched on folded text ("čeka" reads "ceka", "kreće"
 * reads "krece"; "đ" stays). Verbs sit before their object with a preposition that fixes its case: "ovisi o
 * 2.1" (depends on), "čeka na 4.6" (waits for), "nakon 5.1" (after), "prije 4.1" (before).
 */

const forward = wordsOf("forward");
const backward = wordsOf("backward");

// The finished state of an object: "gotov", "gotova", "gotovo", "gotovi" (done), "spojen" (merged),
// "završen" (finished), "zelen" (green).
const FINISHED = String.raw`(?:gotov|spojen|zavrsen|mergean|zelen)(?:a|o|i|e)?`;

/** Croatian words whose subject comes after their object. */
export const HR_FORWARD: readonly RelationWord[] = [
  // "ovisi o 2.1" (depends on), "ovise o", "ovisi samo o" (only on), Serbian "zavisi od"
  forward.follows(String.raw`(?:ovis|zavis)(?:i|e)\s+(?:(?:samo|takoder|jos)\s+)?(?:o|od)`),
  // "treba 6.3", "treba model iz 2.2" (needs); not the modal before an infinitive ("treba dodati": should
  // add); "čeka na 4.6", "čeka 4.6" (waits for: a task right after it, as the Czech "čeká, až ..." has
  // none); "koristi" (uses); "zahtijeva" (requires)
  forward.follows(
    String.raw`treba(?:ju)?(?!\s+\p{L}+(?:ti|ci)(?![\p{L}]))|ceka(?:ju)?(?:\s+na|(?=\s+[a-z]*-?\d))|koristi|koriste|zahtijeva(?:ju)?`,
  ),
  // "nakon 5.1", "tek nakon" (only after), "poslije", Serbian "posle" (after)
  time(forward.follows(String.raw`(?:tek\s+)?(?:nakon|poslije|posle)`)),
  // "tek kad je 4.2 gotov", "kad su 8.4 i 8.5 gotovi", "čim je 3.1 spojen" (once, as soon as): "when"
  // before an object in a finished state
  time(
    forward.follows(
      String.raw`(?:tek\s+)?(?:kad|kada|cim)(?:\s+(?:je|su|bude|budu))?(?=\s+${OBJECT_SPAN}\b${FINISHED}\b)`,
    ),
  ),
  // "dok 4.2 nije gotov" (until: "while ... is not done"), "sve dok"
  limit(forward.follows(String.raw`(?:sve\s+)?dok(?=\s+${OBJECT_SPAN}\bnij?e?s?u?\s+${FINISHED}\b)`)),
];

/**
 * Croatian words whose subject comes first: "prije 4.1" (before; Serbian "pre"), "blokira" (blocks). Not the
 * Slovak "pre" (for) of "(ne)platí (to) pre 3.5": (does not) apply to 3.5.
 */
export const HR_BACKWARD: readonly RelationWord[] = [
  time(backward.follows(String.raw`prije|(?<!plati\s+(?:to\s+)?)pre(?=\s+[a-z]*-?\d)`)),
  backward.follows(String.raw`blokira(?:ju)?|preduvjet\s+(?:za|je\s+za)`),
];

/** A denied need or a parallel claim with its object after it. */
export const HR_PARALLEL_WITH = String.raw`ne\s+(?:ovis|zavis)(?:i|e)\s+(?:(?:ni|samo)\s+)?(?:o|od)|ne\s+ceka(?:ju)?(?:\s+na)?|neovisn[aoie]?\s+o|paralelno\s+sa?|istovremeno\s+sa?`;

/** Parallel work with no object: "paralelno", "istovremeno" (at the same time), "neovisno". */
export const HR_PARALLEL = String.raw`paralelno|istovremeno|neovisn[aoie]?|bilo\s+kojim\s+redoslijedom`;

/** "osim" (except), "iznimka je" (the exception is), "uz iznimku" (with the exception of). */
export const HR_EXCEPT = String.raw`osim|iznimka\s+(?:je|su)|uz\s+iznimku`;

/**
 * Alternatives and suggestions: "predlažem" (I suggest), "prijedlog" (a suggestion), "ako" (if; not the
 * Slovak "hneď, ako": as soon as), "na primjer", "npr.", "preporuka", "preporučeno", "po želji" (if you
 * like), "opcionalno". Not "ili" (or): it is the Swahili "so that" too, and between two tasks it only lists
 * them.
 */
export const HR_HEDGES = String.raw`predla(?:zem|zemo|ze)|prijedlog|(?<!hned,?\s{1,3})ako|na\s+primjer|npr\.|preporu(?:ka|ceno|cujem|cujemo)|po\s+zelji|opcionalno`;
