import { time, wordsOf, type RelationWord } from "./relation-word.js";

const forward = wordsOf("forward");
const backward = wordsOf("backward");

// Lithuanian, as folded text writes it ("priklauso nuo" stays, "prieš" reads "pries", "lygiagrečiai"
// "lygiagreciai"). The object of a verb of need or waiting follows it in the genitive ("laukia T009",
// "reikia T032 ir T033"), and so does a preposition's ("po T012", "prieš T020").

/** "priklauso (tik) nuo" (depends (only) on), "laukia" (waits for), "reikia" (needs), "remiasi" (relies on), "po" (after). */
export const LT_FORWARD: readonly RelationWord[] = [
  forward.follows(
    String.raw`(?<!ne)priklauso\s+(?:tik\s+|ir\s+)?nuo|(?<!ne)laukia(?:\s+tik)?|(?<!ne)reikia(?:\s+tik)?|remiasi`,
  ),
  time(forward.follows(String.raw`(?:tik\s+)?po(?=\s+(?:t\d|\d|vi\d|faz|visos|visu))`)),
];

/** "prieš" (before), "blokuoja" (blocks). */
export const LT_BACKWARD: readonly RelationWord[] = [
  time(backward.follows(String.raw`pries`)),
  backward.follows(String.raw`blokuoja`),
];

/** "nepriklauso nuo" (does not depend on), "nelaukia", "nereikia", "kartu su" (together with), "lygiagrečiai su". */
export const LT_PARALLEL_WITH = String.raw`nepriklauso\s+nuo|nelaukia|nereikia|kartu\s+su|lygiagreciai\s+su`;

/** "lygiagrečiai" (in parallel) with no object. */
export const LT_PARALLEL = String.raw`lygiagreciai`;

/** "jei dirbate vienas" (if you work alone), "patarimas" (advice), "pavyzdžiui" (for example), "siūlome" (we suggest). */
export const LT_HEDGES = String.raw`jei\s+dirbate\s+vien[ai]s?|patarimas|pavyzdziui|siulome|rekomenduojama`;
