import { patternList, type WordList } from "./word-matcher.js";
import { EXCEPTION_WORDS } from "./words/exception-words.js";
import { HEDGE_WORDS } from "./words/hedge-words.js";

let hedges: WordList<string> | null = null;
let exceptions: WordList<string> | null = null;

// "T012 or T013" only lists two tasks; any other "or" offers an alternative.
const OR_BETWEEN_IDS = /(T\d{3,}\w*|\d+\.\d+)(\s*,?\s*)(?:or|ou|o|или|或)(\s+(?:T\d{3,}|\d+\.\d+))/giu;

/**
 * True when a (folded) sentence offers an alternative, a suggestion, a condition or an example. A
 * parenthesis is an aside: it hedges the sentence only when it opens with an alternative to it ("US3
 * depends on US2 (or on nothing, with two people)"); "T005 needs T003 (the schema or its migration)" and
 * "US3 depends on US2 (optionally also on US1)" still bind, and the aside's own hedge stays its own.
 */
export function isHedged(folded: string): boolean {
  hedges ??= patternList(HEDGE_WORDS);
  const main = folded.replace(/[(（][^()（）]*[)）]/g, (aside) =>
    ALTERNATIVE_ASIDE.test(aside.slice(1, -1)) ? aside : " ".repeat(aside.length),
  );
  return hedges.test(main.replace(OR_BETWEEN_IDS, "$1$2&$3"));
}

// An aside opening with an alternative to what it follows.
const ALTERNATIVE_ASIDE =
  /^\s*(?:or|either|otherwise|alternatively|ou|o|или|或者|或|または|또는)(?![\p{L}])/iu;

/** True when a sentence carves out an exception ("except T004"). */
export function hasException(folded: string): boolean {
  exceptions ??= patternList(EXCEPTION_WORDS);
  return exceptions.test(folded);
}
