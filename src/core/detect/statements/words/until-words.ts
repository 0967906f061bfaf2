import { FAILING } from "./failing-words.js";
import { limit, OBJECT_SPAN, wordsOf, type RelationWord } from "./relation-word.js";

const { follows } = wordsOf("forward");

// Verbs of starting or merging a denial lifted by "unless" may govern ("must not be merged unless ...").
const DENIED_START_VERB = String.raw`(?:start|begin|merg|land|ship|go|run|proceed|open|pick|releas|deploy|roll|enabl)[a-z]*`;

// A stand-in put there until another task lands ("stub the preview with msw until T025 lands"), or a
// provisional source ("the alert email comes from a context key until task 10 adds proper config").
export const STAND_IN = String.raw`\b(?:(?:stub|mock|fake|placeholder|hard-?cod)\w*|comes?\s+from|falls?\s+back\s+to|for\s+now)\b`;
// A verb of waiting after the stand-in keeps the wait its own ("uses a placeholder and waits until ...").
const NO_WAIT = String.raw`(?:(?!\b(?:wait|hold|park|block|paus)\w*)[^.;]){0,60}`;

/** English words naming the point a wait lasts to: "until", and "unless" after a denied start. */
export const UNTIL_WORDS: readonly RelationWord[] = [
  // "T004 stays parked until T001 ships" waits; a test that stays red until then does not, nor a task
  // that puts a stand-in there until then ("stub the preview with msw until T025 lands").
  limit(follows(String.raw`(?<!${FAILING}\s+)(?<!${STAND_IN}${NO_WAIT})until`)),
  // "T005 must not be merged unless T003 is in", "cannot start unless": a denied start lifted only by
  // another's end is "only once" (not "T005 ships unless T003 fails", an exception to a rule); the
  // negation is the word's own, so it turns nothing round.
  limit(
    follows(
      String.raw`(?<=\b(?:not|never|cannot|can['’]t|mustn['’]t|don['’]t|won['’]t|isn['’]t)\s+(?:be\s+)?${DENIED_START_VERB}[^.;:!?]{0,40})unless(?=\s+${OBJECT_SPAN}\b(?:is|are|has\s+been|have\s+been|has|have)\s+(?:(?:all|fully)\s+)?(?:done|complete|completed|finished|merged|ready|landed|closed|in|passed|shipped)\b)`,
    ),
  ),
];
