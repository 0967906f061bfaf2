import { limit, time, wordsOf, type RelationWord } from "./relation-word.js";

/**
 * Tagalog, as Filipino developers write it, often mixed with English (Taglish), matched on folded text.
 * "ang" marks the topic and "ng" the other noun: "hintayin muna ang T038" (wait for T038 first), "T008
 * kasunod ng T007" (T008 follows T007).
 */

const forward = wordsOf("forward");
const backward = wordsOf("backward");

/** Tagalog words whose subject comes after their object. */
export const TL_FORWARD: readonly RelationWord[] = [
  // "depende sa", "nakadepende sa" (depends on), "depende lang sa" (only on); "kasunod ng" (comes after);
  // "hintayin (muna) ang" (wait (first) for)
  forward.follows(
    String.raw`(?:naka)?depende\s+(?:lang\s+|lamang\s+|din\s+|rin\s+)?sa|kasunod\s+(?:ng|ni)|hintayin(?:\s+(?:muna|pa))?(?:\s+(?:ang|ng))?`,
  ),
  // "pagkatapos ng" (after), "kapag tapos na" (once ... is done)
  time(forward.follows(String.raw`pagkatapos(?:\s+ng)?|(?:kapag|pag)\s+tapos\s+na`)),
  // "hangga't hindi pa merged ang T049" (as long as T049 is not yet merged: until)
  limit(forward.follows(String.raw`hangga['’]?t(?=\s+hindi)`)),
];

/** "bago (ang)" (before), not the adjective "bago" (new): only before a verb, "ang", "sa" or a task. */
export const TL_BACKWARD: readonly RelationWord[] = [
  time(backward.follows(String.raw`bago(?=\s+(?:ang|sa|simulan|magsimula|gawin|i-merge|ituloy|[a-z]*-?\d))`)),
];

/** A denied need or a parallel claim with its object after it. */
export const TL_PARALLEL_WITH = String.raw`hindi\s+(?:na\s+)?(?:naka)?depende\s+sa|hindi\s+(?:na\s+)?(?:\S+\s+){0,2}kailangang?\s+hintayin|kasabay\s+(?:ng|ang)`;

/**
 * Parallel work with no object: "sabay", "sabay-sabay" (at once), "hindi magkadepende"; and the denial with
 * the verb first, its topic and its object after it ("Hindi nakadepende ang T004 sa T003"), which names
 * both.
 */
export const TL_PARALLEL = String.raw`(?:magka)?sabay(?:-sabay)?|hindi\s+(?:sila\s+)?magkadepende|hindi\s+(?:na\s+)?(?:naka)?depende(?=\s+ang\s)`;

/** "maliban sa" (except), "bukod sa" (besides). */
export const TL_EXCEPT = String.raw`maliban\s+sa|bukod\s+sa`;

/**
 * Suggestions and conditions: "mungkahi" (a suggestion), "kung" (if), "halimbawa" (for example),
 * "siguro" (maybe), "mas maganda kung" (it is better if), "hindi requirement".
 */
export const TL_HEDGES = String.raw`mungkahi(?:ng)?|kung|halimbawa|siguro|mas\s+maganda(?:\s+rin)?\s+kung|hindi\s+requirement|opsyonal`;

/** Headings of suggestions: "Mungkahing Strategy", "Mga Mungkahi". */
export const TL_STRATEGY = String.raw`^(?:[\w.]+\s*[:.)-]\s*)?(?:mga\s+)?mungkahi`;
