import { limit, time, wordsOf, type RelationWord } from "./relation-word.js";

/**
 * Catalan, matched on folded text ("depèn" reads "depen", "després" reads "despres"; the middle dot of
 * "paral·lel" stays). Catalan elides its articles and prepositions before a vowel ("d'aquesta", "l'esquema")
 * and has no preposition after "esperar" ("T006 espera T003": T006 waits for T003).
 */

const forward = wordsOf("forward");
const backward = wordsOf("backward");

// A preposition "de" with its article, or elided before a vowel: "de la HU1", "del", "dels", "d'aquesta".
const DE = String.raw`(?:de|del|dels|d['’])`;

// A finished participle, singular ("acabat", "acabada") or plural ("acabats", "acabades").
const DONE_ONE = String.raw`(?:acaba|fe|llest|tanca|fusiona|enllesti|integra)(?:t|da)`;
const DONE_MANY = String.raw`(?:acaba|fe|llest|tanca|fusiona|enllesti|integra)(?:ts|des|tes|os|es)`;

/** Catalan words whose subject comes after their object. */
export const CA_FORWARD: readonly RelationWord[] = [
  // "depèn de", "depenen de" (depends on), "només depèn de" (depends only on)
  forward.follows(String.raw`depen(?:en)?\s+(?:(?:nomes|tambe|directament|unicament)\s+)?${DE}`),
  // "necessita" (needs), "requereix" (requires), "li cal" / "els cal" (it needs, they need), "reutilitza",
  // "es basa en" (builds on)
  forward.follows(
    String.raw`necessit(?:a|en)(?!\s+res\b)|requereix(?:en)?|(?:li|els)\s+cal|reutilitz(?:a|en)|es\s+bas(?:a|en)\s+en`,
  ),
  // "espera T003", "ha d'esperar la T003" (waits for: no preposition, a task right after it); not the noun
  // ("minuts d'espera", "en espera"), nor the Spanish "espera solo a esa tarea" (Spanish takes "a")
  forward.follows(
    String.raw`(?<!(?:d['’]|\ben\s|\bla\s|\bl['’]))esper(?:a|en|ar)(?=\s+(?:(?:la|el|els|les)\s+|l['’])?[a-z]*-?\d)`,
  ),
  // "després de" (after), "un cop" (once), "tan bon punt" (as soon as); a singular participle after "un
  // cop" has one object ("Un cop acabat T001, T002 i T003 ...")
  time(forward.follows(String.raw`despres\s+${DE}`)),
  { ...time(forward.follows(String.raw`un\s+cop\s+${DONE_ONE}`)), oneObject: true },
  time(forward.follows(String.raw`un\s+cop(?:\s+(?:que|${DONE_MANY}))?|tan\s+bon\s+punt(?:\s+com)?`)),
  // "fins que" (until): "no comença fins que T002 no estigui acabat" (Catalan repeats the "no" in the
  // clause of "until" without denying anything)
  limit(forward.follows(String.raw`fins\s+que`)),
];

/** Catalan words whose subject comes first. */
export const CA_BACKWARD: readonly RelationWord[] = [
  // "abans de T005", "abans que T034" (before)
  time(backward.follows(String.raw`abans\s+(?:${DE}|que)`)),
  // "bloqueja" (blocks), "precedeix" (precedes), "desbloqueja" (unblocks)
  backward.follows(String.raw`(?:des)?bloque(?:ja|gen)|precedeix(?:en)?`),
];

/** A denied need or a parallel claim with its object after it. */
export const CA_PARALLEL_WITH = String.raw`en\s+paral[·.]?lel\s+amb|al\s+mateix\s+temps\s+que|alhora\s+que|independents?\s+${DE}|no\s+depen(?:en)?\s+(?:(?:ni|pas)\s+)?${DE}|no\s+(?:cal\s+que\s+)?esper(?:a|en|i|in)(?![a-z])|no\s+cal\s+esperar`;

/**
 * Parallel work with no object: "en paral·lel", "alhora" (at the same time), "independents" (plural only:
 * the singular is also the English word, which English reads with its own rules).
 */
export const CA_PARALLEL = String.raw`en\s+paral[·.]?lel|alhora|al\s+mateix\s+temps|independents|sense\s+dependencies|simultaniament`;

/** "excepte", "tret de", "llevat de" (except), "fora de" (apart from). */
export const CA_EXCEPT = String.raw`excepte|tret\s+(?:de|del|dels|d['’]|que)|llevat\s+(?:de|del|dels|d['’]|que)|fora\s+(?:de|del|dels|d['’])`;

/**
 * Alternatives, suggestions and conditions: "opcional", "podria" (could), "per exemple", "recomanem" (we
 * recommend), "millor que" (better that), "alternativa", "si hi ha marge" (if there is room), "si no" (if
 * not), staffing as a condition ("una sola persona", "dues persones").
 */
export const CA_HEDGES = String.raw`opcional(?:ment)?|podri(?:a|en)|per\s+exemple|recoman(?:em|o|a|at|ada|ats|ades|able|ables)|es\s+recomana|suggeri(?:m|ment|ments|t|da)|millor\s+que|alternativa(?:ment)?|(?<!per\s)si\s+(?:hi\s+ha|no|algu|teniu|tens|sou|ets|cal)(?![a-z])|(?:una\s+sola|nomes\s+una)\s+persona|(?:dues|tres|diverses)\s+persones`;
