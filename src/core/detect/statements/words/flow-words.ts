import { time, wordsOf, type RelationWord } from "./relation-word.js";

const forward = wordsOf("forward").follows;
const backward = wordsOf("backward").follows;

// A qualifier that keeps a dependency binding; a "soft", "optional" or "weak" one is a wish, and no word
// here reads it.
const FIRM = String.raw`(?:hard|strong|direct|real|blocking|explicit|firm|strict)`;

/**
 * English words that order tasks by a picture of flow, gates or layers, the noun of "depends on" and its
 * second-language spellings:
 * "T006 is downstream of T004", "T006 is gated on T002", "T006 sits on top of T004", "T006 is a follow-up
 * to T002", "T006 has a hard dependency on T004" (the subject after the object), and "T004 is upstream of
 * T006" (the subject first).
 */
export const FLOW_FORWARD: readonly RelationWord[] = [
  forward(String.raw`downstream\s+(?:of|from)`),
  forward(String.raw`gated\s+(?:on|by|behind)`),
  forward(String.raw`(?:sits?|sitting|layered|stacked)\s+on(?:\s+top\s+of)?`),
  forward(String.raw`follow[\s-]?ups?\s+(?:to|on|of|for)`),
  forward(
    String.raw`(?:(?<=(?:\b(?:a|an|the|has|have|having|with|takes?|its|their)|['’]s)\s+)|${FIRM}\s+)dependenc(?:y|ies)\s+(?:up)?on`,
  ),
  // The noun with both its sides: "the dependency of T027 on T029", Russian "зависимость T027 от T029"
  // (T027 waits): the word that relates is the one before the object.
  forward(String.raw`(?<=\bdependenc(?:y|ies)\s+of\s+[^\s,;:.]+\s+)on|(?<=зависимост\S*\s+[^\s,;:.]+\s+)от`),
  // A writer of English as a second language may take another preposition or none ("depends of T006",
  // "depends to T006", "T012 depend T010"): "depend" before a task is still "depends on". "no need", "no
  // depend" is the writer's "does not" (the English words take no "no" before them: forward-words.ts).
  forward(
    String.raw`(?<!\bno\s)depend(?:s|ing|ent)?\s+(?:to|of(?!\s+course)|from)|(?<!\bno\s)depends?(?=\s+(?:t\d{3}|\d+\.\d|us\s?\d|(?:phase|story|stage|step|group)\s+\d))`,
  ),
  // "goes out no earlier than T012": not before it, so after it.
  time(forward(String.raw`not?\s+(?:earlier|sooner)\s+than`)),
];

/**
 * See FLOW_FORWARD: "T004 is upstream of T006"; and a comparative of time, "must finish this one earlier
 * than T032", "lands ahead of T012".
 */
export const FLOW_BACKWARD: readonly RelationWord[] = [
  backward(String.raw`upstream\s+(?:of|from)`),
  time(backward(String.raw`(?<!\bnot?\s)(?:earlier|sooner)\s+than|ahead\s+of`)),
];
