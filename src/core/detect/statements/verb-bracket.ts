import { referenceGroups, subjectGroups, targetsOf } from "./reference-groups.js";
import type { FoundReference, Target } from "./statement-types.js";
import type { RelationWord } from "./words/relation-word.js";

/** True when no more than four words, and no punctuation, stand between the object and the word. */
export function inBracket(text: string, object: readonly FoundReference[], at: number): boolean {
  const last = object[object.length - 1];
  return last !== undefined && /^(?:\s+[\p{L}-]+){0,4}\s*$/u.test(text.slice(last.end, at));
}

/**
 * The object of a particle whose finite verb opens the bracket it closes (German "setzt ... voraus"):
 * every reference between the verb and the particle, however many phrases the object has ("setzt die
 * Endpunkte 5.3 und 5.4 samt der Absicherung aus 5.5 voraus" needs all three). The subject stands before
 * the verb, or right after it when another phrase opens the clause ("Danach setzt 6.1 die Tabelle aus 2.3
 * voraus"). Null when the clause has no such verb before the particle.
 */
export function bracketObject(
  text: string,
  word: RelationWord,
  at: number,
  before: readonly FoundReference[],
): { refs: FoundReference[]; subject: Target[] | null } | null {
  if (word.opensBracket === undefined) return null;
  const verbs = [...text.slice(0, at).matchAll(new RegExp(String.raw`\b(?:${word.opensBracket})\b`, "gi"))];
  const verb = verbs[verbs.length - 1];
  if (verb === undefined) return null;
  const verbEnd = verb.index + verb[0].length;
  const groups = referenceGroups(
    text,
    before.filter((r) => r.start >= verbEnd),
  );
  const ahead = subjectGroups(
    text,
    referenceGroups(
      text,
      before.filter((r) => r.end <= verb.index),
    ),
  );
  const inverted =
    ahead.length === 0 &&
    groups.length > 1 &&
    text.slice(0, verb.index).trim() !== "" &&
    /^\s*$/.test(text.slice(verbEnd, groups[0]?.[0]?.start));
  const object = (inverted ? groups.slice(1) : groups).flat();
  if (object.length === 0) return null;
  if (inverted) return { refs: object, subject: targetsOf(groups[0] ?? []) };
  return { refs: object, subject: ahead.length > 0 ? targetsOf(ahead.flat()) : null };
}
