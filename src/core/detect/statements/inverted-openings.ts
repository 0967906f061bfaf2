import type { Marker } from "./find-markers.js";
import { openingWordOfTime } from "./time-openings.js";
import { BOTH_OR_NOTHING } from "./words/quantifier-words.js";
import type { FoundReference } from "./statement-types.js";

// An auxiliary opening an inverted clause: "... can T004 start", "... does T004 begin"; the verb-second
// languages put their modal there after any opening phrase: German "Nach T001 kann T003 beginnen", Dutch
// "Na T012 kunnen US1 en US3 beginnen", Swedish, Danish, Norwegian "Efter 2.3 kan 2.4 börja" (folded); a
// word of "both" or a few naming words may stand before the subject ("Efter 1.2 kan både 1.5 och 2.1
// börja", "... kan pilotstarten 10.3 göras").
const AUXILIARY =
  /\s(?:can|could|may|might|will|would|shall|should|must|does|do|did|kann|k[öo]nnen|muss|m[üu]ssen|darf|d[üu]rfen|soll|sollen|kan|kunnen|moet|moeten|mag|mogen|kunne|ma|maste|skal|ska|bor)\s+(?=\S)/giu;

/**
 * "Only after T002 is merged can T004 start", "After T003 lands does T005 begin": English puts the verb
 * before the subject after an opening clause of time and writes no comma, as the verb-second languages
 * do after any opening ("Nach T001 kann T003 beginnen"). The verb is read as the comma
 * it stands for (same length, so offsets hold): the opening's object and the subject after it are then read
 * as in "After T002 is merged, T004 starts".
 */
export function commaBeforeInversion(
  main: string,
  markers: readonly Marker[],
  refs: readonly FoundReference[],
): string {
  const first = openingWordOfTime(main, 0, markers);
  if (first === null) return main;
  const object = refs.find((r) => r.start >= first.end);
  if (object === undefined) return main;
  for (const m of main.slice(object.end).matchAll(AUXILIARY)) {
    const at = object.end + m.index;
    if (clauseMarkBetween(main, first.end, at, refs)) return main;
    const rest = at + m[0].length;
    if (refs.some((r) => r.start >= rest && subjectLead(main.slice(rest, r.start), rest, markers))) {
      // The commas of the opening's list ("Nach T001, T002 und T003 kann T004 ...") separate no clauses.
      const opening = main.slice(0, at).replace(/[,，]/g, (c, i: number) => (i > first.end ? " " : c));
      return `${opening},${" ".repeat(m[0].length - 1)}${main.slice(at + m[0].length)}`;
    }
  }
  return main;
}

// A few words naming what the subject is ("kan pilotstarten 10.3 göras", "can the pilot launch T006 go"),
// with no mark of punctuation between.
const NAMING_WORDS = /^(?:[\p{L}'’-]+\s+){1,3}$/u;

/**
 * True when the words between the verb and a reference lead to it as the subject: nothing, a word of "both",
 * or a few words naming what the subject is, none of them a word of relation.
 */
function subjectLead(words: string, from: number, markers: readonly Marker[]): boolean {
  if (BOTH_OR_NOTHING.test(words)) return true;
  const to = from + words.length;
  return NAMING_WORDS.test(words) && !markers.some((m) => m.start < to && m.end > from);
}

/** True when a comma or semicolon stands between, other than the commas of a list of tasks ("T001, T002"). */
function clauseMarkBetween(main: string, from: number, to: number, refs: readonly FoundReference[]): boolean {
  return [...main.slice(from, to).matchAll(/[,，;]/g)].some((mark) => {
    const at = from + mark.index;
    return mark[0] === ";" || !refs.some((r) => r.start > at && /^[,，]\s*$/.test(main.slice(at, r.start)));
  });
}
