import { limit, time, wordsOf, type RelationWord } from "./relation-word.js";

/**
 * Bulgarian (Cyrillic, not folded). Close to Russian, with its own forms: "зависи от" (depends on; Russian
 * "зависит"), "ползва" (uses), "чака" (waits for), "след" (after), "преди" (before), and "докато ... не е
 * готова" (until it is ready: the "не" of the clause of "until" denies nothing).
 */

const forward = wordsOf("forward");
const backward = wordsOf("backward");

// A word boundary for Cyrillic letters.
const END = String.raw`(?![\p{L}])`;

/** Bulgarian words whose subject comes after their object. */
export const BG_FORWARD: readonly RelationWord[] = [
  forward.follows(
    String.raw`зависи\s+(?:само\s+|също\s+|пряко\s+)?от${END}|изисква(?:т)?${END}|ползва(?:т)?${END}|използва(?:т)?${END}|чака(?:т)?${END}|(?:се\s+)?нуждае\s+от${END}|има\s+нужда\s+от${END}|стъпва\s+на${END}`,
  ),
  time(
    forward.follows(
      String.raw`(?:едва\s+|чак\s+)?след(?:\s+като)?${END}|щом(?:\s+като)?${END}|веднага\s+щом${END}`,
    ),
  ),
  limit(forward.follows(String.raw`докато(?=\s[^.;:]{0,80}?не\s+(?:е|са|бъде|бъдат)${END})`)),
];

/** Bulgarian words whose subject comes first: "преди" (before), "блокира" (blocks). */
export const BG_BACKWARD: readonly RelationWord[] = [
  time(backward.follows(String.raw`преди${END}`)),
  backward.follows(String.raw`блокира(?:т)?${END}`),
];

/** A denied need or a parallel claim with its object after it. */
export const BG_PARALLEL_WITH = String.raw`не\s+зависи\s+от|не\s+чака(?:т)?|паралелно\s+с(?:ъс)?|едновременно\s+с(?:ъс)?|независим[аои]?\s+от`;

/** Parallel work with no object: "паралелно", "едновременно" (at the same time), "независими". */
export const BG_PARALLEL = String.raw`паралелно|едновременно|независими`;

/** "с изключение на" (with the exception of), "освен" (except). */
export const BG_EXCEPT = String.raw`с\s+изключение\s+на|освен`;

/** "препоръчвам" (I recommend), "предложение" (a suggestion), "например", "ако" (if), "по желание". */
export const BG_HEDGES = String.raw`препоръчва(?:м|ме|т)?|препоръка|предложени[ея]|например|ако|по\s+желание|може\s+и`;
