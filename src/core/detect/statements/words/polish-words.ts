import { OBJECT_SPAN, time, wordsOf, type RelationWord } from "./relation-word.js";

const { follows, precedes } = wordsOf("forward");

// A finished state, folded: "jest gotowa", "są scalone", "będzie zakończone", "zostanie zmergowane", "są
// zielone" (green: its checks pass).
const PL_FINISHED = String.raw`(?:jest|sa|bedzie|beda|zostanie|zostana|zostal[aoy]?)\s+(?:(?:juz|cal[aey]|w\s+calosci)\s+)?(?:gotow|scalon|zakonczon|skonczon|zrobion|zmergowan|wdrozon|zielon)[a-z]*`;

/**
 * Polish words whose object follows them, as folded text writes them: needs ("zależy od", "wymaga",
 * "potrzebuje", "korzysta z", "używa", "woła": calls), waiting ("czeka na"), time ("po", "dopiero po", "gdy
 * tylko"), and "when" ("gdy", "kiedy", "dopiero, gdy") only before an object in a finished state ("gdy
 * grupa 3 jest gotowa"): otherwise it is "when the user ...".
 */
export const PL_FORWARD: readonly RelationWord[] = [
  follows(
    String.raw`zale[żz](?:y|[aą])\s+od|wymaga(?:j[aą])?|korzysta\s+z|u[żz]ywa|czeka(?:ja|c)?\s+(?:tylko\s+)?na|potrzebuj[eą]|wo[łl]a(?:j[aą])?`,
  ),
  // "3.5 trzeba mieć wcześniej" (3.5 one has to have earlier), "3.5 musi być już gotowe": the task before the
  // words is finished first; the one waiting is the subject the clause inherits, as in "3.5 has to be done
  // first".
  precedes(
    String.raw`(?:trzeba|nalezy)\s+(?:(?:go|ja|je)\s+)?(?:miec|zrobic|skonczyc|zmergowac|scalic)\s+(?:wczesniej|najpierw|przedtem)|(?:musi|musza)\s+byc\s+(?:juz\s+)?(?:gotow|scalon|zrobion|zmergowan|skonczon|zakonczon)[a-z]*(?:\s+(?:wczesniej|najpierw|przedtem))?(?=\s*(?:[.;,)]|$))`,
  ),
];

/** The Polish words of time, read after the fronted waits ("Na T012 czeka tylko T030"). */
export const PL_TIME: readonly RelationWord[] = [
  time(follows(String.raw`(?:dopiero\s+)?po|gdy\s+tylko`)),
  time(follows(String.raw`(?:dopiero,?\s+)?(?:gdy|kiedy)(?=\s+${OBJECT_SPAN}\s${PL_FINISHED}(?![a-z]))`)),
];
