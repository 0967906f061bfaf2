import { patternList, type WordList } from "./word-matcher.js";
import { EXCEPTION_WORDS } from "./words/exception-words.js";
import { HEDGE_WORDS } from "./words/hedge-words.js";

let hedges: WordList<string> | null = null;
let exceptions: WordList<string> | null = null;

// "T012 or T013" only lists two tasks; any other "or" offers an alternative.
const OR_BETWEEN_IDS = /(T\d{3,}\w*|\d+\.\d+)(\s*,?\s*)(?:or|ou|o|или|或)(\s+(?:T\d{3,}|\d+\.\d+))/giu;

/** True when a (folded) sentence offers an alternative, a suggestion, a condition or an example. */
export function isHedged(folded: string): boolean {
  hedges ??= patternList(HEDGE_WORDS);
  return hedges.test(folded.replace(OR_BETWEEN_IDS, "$1$2&$3"));
}

/** True when a sentence carves out an exception ("except T004"). */
export function hasException(folded: string): boolean {
  exceptions ??= patternList(EXCEPTION_WORDS);
  return exceptions.test(folded);
}
