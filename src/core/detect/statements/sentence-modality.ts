import { patternList, type WordList } from "./word-matcher.js";
import { EXCEPTION_WORDS } from "./words/exception-words.js";
import { HEDGE_WORDS } from "./words/hedge-words.js";
import { CAUSE_BOUNDARIES, CONTRAST_BOUNDARIES } from "./words/conjunction-words.js";

let hedges: WordList<string> | null = null;
let reasons: WordList<string> | null = null;
let exceptions: WordList<string> | null = null;
let contrasts: WordList<string> | null = null;

// "T012 or T013" and "sections 2, 4 or 5" only list tasks or groups; any other "or" offers an alternative.
const OR_BETWEEN_IDS =
  /(T\d{3,}\w*|\d+\.\d+|(?:sections?|groups?|phases?|stages?)\s+\d+(?:\s*,\s*\d+)*)(\s*,?\s*)(?:or|ou|o|или|或)(\s+(?:T\d{3,}|\d+(?:\.\d+)?)(?![\w]|\.\d))/giu;

/**
 * True when a (folded) sentence offers an alternative, a suggestion, a condition or an example. A
 * parenthesis is an aside: it hedges the sentence only when it opens with an alternative to it ("US3
 * depends on US2 (or on nothing, with two people)"); "T005 needs T003 (the schema or its migration)" and
 * "US3 depends on US2 (optionally also on US1)" still bind, and the aside's own hedge stays its own.
 */
export function isHedged(folded: string): boolean {
  if (asksOnly(folded)) return true;
  hedges ??= patternList(HEDGE_WORDS);
  const main = folded.replace(/[(（][^()（）]*[)）]/g, (aside) =>
    ALTERNATIVE_ASIDE.test(aside.slice(1, -1)) ? aside : " ".repeat(aside.length),
  );
  const stated = withoutReason(main.replace(REASON_TAIL, (tail) => " ".repeat(tail.length)));
  return hedges.test(stated.replace(OR_BETWEEN_IDS, "$1$2&$3").replace(OR_BETWEEN_MANNERS, "$1$2&$3"));
}

/**
 * Where a hedged sentence's binding part begins, when a contrast takes the hedge back: "T003 and T004 look
 * like they could be split, but T004 reads the struct T003 defines, so T003 goes first" states what
 * follows "but"; what comes before it binds nothing. Null when the hedge is in the part after the contrast
 * too ("T005 needs T003, but could also start after T002"), or no contrast follows it.
 */
export function bindingAfterContrast(folded: string): number | null {
  contrasts ??= patternList(CONTRAST_BOUNDARIES);
  for (const contrast of contrasts.findAll(folded).reverse()) {
    if (isHedged(folded.slice(contrast.end))) return null;
    if (isHedged(folded.slice(0, contrast.start))) return contrast.end;
  }
  return null;
}

// A question asks, it states nothing: "Ship US4 before US3?", "T020 should wait for T018?". One asking why
// ("Why does T005 wait for T003?") takes the order for granted, and a question in an aside at the end ("...
// (depends on T003?)") doubts only itself: the safe reading keeps the sentence.
const QUESTION = /[?？]\s*["'”»]*\s*$/u;
const WHY =
  /^\W*(?:why|how\s+come|warum|wieso|weshalb|pourquoi|por\s*que|perche|waarom|dlaczego|proc|почему|зачем|为什么|為什麼|なぜ|どうして|왜)(?![\p{L}])/iu;

function asksOnly(folded: string): boolean {
  return QUESTION.test(folded) && !WHY.test(folded);
}

// A reason given after the statement ("..., because they read the client or the schemas") says why, not
// what to do: an "or" or a "may" in it offers no alternative to the statement.
const REASON_TAIL = /,\s*(?:because|since|as\s+(?:they|it|both|all))\s[^;]*$/iu;

/**
 * The sentence with its clause of cause after a comma blanked, in any language ("..., denn alle drei lesen
 * oder schreiben die Tabelle", "..., parce qu'ils lisent ou écrivent ..."), up to a semicolon. A
 * consequence ("..., so it doesn't matter whether T009 lands first") is a claim of its own, and keeps its
 * hedge.
 */
function withoutReason(text: string): string {
  reasons ??= patternList(CAUSE_BOUNDARIES);
  const reason = reasons.findAll(text).find((b) => b.start > 0 && /^[,，]/.test(text.slice(b.start)));
  if (reason === undefined) return text;
  const semicolon = text.indexOf(";", reason.start);
  const end = semicolon < 0 ? text.length : semicolon;
  return text.slice(0, reason.start) + " ".repeat(end - reason.start) + text.slice(end);
}

// "in either order or at the same time", "in parallel or in any order": an "or" between two ways of
// running that both deny an order offers no alternative to a dependency ("sequentially or in parallel"
// does).
const MANNER = String.raw`in\s+(?:any|either)\s+order|in\s+parallel|concurrently|simultaneously|at\s+the\s+same\s+time|at\s+once|together`;
const OR_BETWEEN_MANNERS = new RegExp(String.raw`(${MANNER})(\s*,?\s*)or(\s+(?:${MANNER}))`, "giu");

// An aside opening with an alternative to what it follows.
const ALTERNATIVE_ASIDE =
  /^\s*(?:or|either|otherwise|alternatively|ou|o|или|或者|或|または|또는)(?![\p{L}])/iu;

/** True when a sentence carves out an exception ("except T004"). */
export function hasException(folded: string): boolean {
  exceptions ??= patternList(EXCEPTION_WORDS);
  return exceptions.test(folded);
}

// A sentence that calls what it follows a suggestion ("It is only a suggestion.", "This order is not
// binding.", "That's a nicety.", "It's not a blocker.", "C'est juste une suggestion.", "Das ist nur ein
// Vorschlag."): its subject is a pronoun or "this order", and it names nothing of its own.
const DISCLAIMER =
  /^\s*(?:(?:but|and|note:?)\s+)?(?:(?:it|this|that)['’]s|it|this|that|these|those|the\s+above|this\s+(?:order|sequence|path|list)|c['’]est|ceci|cela|esto|eso|isto|isso|das|dies|questo|questa|to|это|dit)(?:\s+(?:is|are|was|es|e|ist|sind|est|jest|является|\u00e8|blijft))?\s+(?:only|just|merely|purely|simply|solo|solamente|apenas|s[oó]|seulement|juste|nur|lediglich|soltanto|tylko|лишь|только|slechts|maar)?\s*(?:a|an|une?|una?|ein(?:e)?|un(?:a)?|een)?\s*(?:suggestion|recommendation|proposal|hint|guideline|preference|nicety|sugerencia|sugest[aã]o|recomenda[cç][aã]o|vorschlag|empfehlung|suggerimento|sugestia|propozycj\p{L}*|suggestie|рекомендаци\p{L}*|предложени\p{L}*)|^\s*(?:(?:it|this|that|this\s+order|the\s+above)\s+(?:is|are)|(?:it|this|that)['’]s)\s+not\s+(?:binding|mandatory|required|a\s+rule|a\s+requirement|a\s+blocker|blocking|a\s+(?:hard\s+)?dependency)/iu;

/** True when a (folded) sentence takes back the one before it by calling it a suggestion. */
export function disclaims(folded: string): boolean {
  return folded.length > 0 && !/\d/.test(folded) && DISCLAIMER.test(folded);
}
