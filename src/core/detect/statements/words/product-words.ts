import { wordsOf, type RelationWord } from "./relation-word.js";

const { follows, precedes } = wordsOf("forward");

// A task's number as prose writes it after "from", "of" or before "'s" ("T014", "3.2", "GEO-139").
const TASK_NUMBER = String.raw`[a-z]*-?\d[\w.-]*`;

// A thing said to come from a task: "an `ExportFormat` from T014", "the values of T017", "T015's window",
// "klienten från 7.2", "der Client aus 6.1", "le client de 7.2".
const MADE_BY_TASK = String.raw`(?:\b(?:from|of|fran|fra|von|aus|van|uit|de|du|des|da|del|z|ze|od)\s+${TASK_NUMBER}(?![\w-]|\.\w)|\b${TASK_NUMBER}['’]s\s)`;

/**
 * Words by which a task works with what another task makes, so that it waits for that task: using,
 * calling or consuming it, working through it, implementing what another is said to define, and holding
 * it or being made of it.
 */
export const PRODUCT_WORDS: readonly RelationWord[] = [
  // "implement the trait that T021 defines": what a task is said to make, the subject works with.
  precedes(
    String.raw`(?<=(?:that|which)\s+${TASK_NUMBER}\s+)(?:defines|creates|adds|builds|exports|provides|declares|introduces|registers)\b`,
  ),
  // Using what a task makes needs it ("T004 uses the client built in T002", "nutzt QuizTheme aus 6.1");
  // "uses the same colours as US1" compares, and binds nothing.
  follows(
    String.raw`(?:uses|nutz(?:t|en)|verwende(?:t|n)|benutz(?:t|en)|usa(?:n|m)?|utiliza(?:n|m)?|utilise(?:nt)?|использу(?:ет|ют))(?!\s+(?:(?:the|a|el|la|o|le|les|den|die|das)\s+)?(?:same|similar|like|mism[oa]s?|mesm[oa]s?|m[eê]mes?|gleiche\w*|dieselbe\w*|denselben|dasselbe)\b)`,
  ),
  // Calling or consuming what a task makes needs it too ("it calls the endpoint from T025"); "calls" is a
  // verb only before a determiner ("the jsv::unicode calls in T071" is a noun).
  follows(String.raw`(?:calls|invokes|consumes)(?=\s+(?:the|a|an|its|their|this|that)\s)`),
  // A thing holding, keeping or made of what another task makes is written after it: "`Profile` (T017)
  // holds a `Format` from T014", "the repo stores the profiles of T017", "the summary is computed over
  // T015's window". Only a thing said to come from a
  // task: "holds a lock", "contains three fields" relate nothing, nor does "the same holds for T012".
  follows(
    String.raw`(?:holds|contains|wraps|embeds|carries|stores|persists|caches|loads)(?!\s+(?:for|true|up)\b)(?=[^.;:]{0,60}?${MADE_BY_TASK})`,
  ),
  // Working through what a task makes: "inserts the row through the `Store` of 2.1", "sends via T002's
  // client", "hämtar listan via klienten från 2.4".
  follows(
    String.raw`(?:through|via|by\s+means\s+of|genom|gjennom|igennem|durch|uber|door|przez|pomoci|atraves\s+de|a\s+traves\s+de)(?=[^.;:,]{0,40}?${MADE_BY_TASK})`,
  ),
  follows(
    String.raw`(?:is|are)\s+(?:computed|calculated|derived|built|made|assembled)\s+(?:over|from|of|out\s+of)(?=[^.;:]{0,60}?${MADE_BY_TASK}|\s+${TASK_NUMBER}(?![\w.-]))`,
  ),
];
