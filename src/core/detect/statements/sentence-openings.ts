import type { Dangling } from "./clause-types.js";
import type { ClauseSpan } from "./split-clauses.js";
import { openingWordOfTime } from "./time-openings.js";
import type { FoundReference, Target } from "./statement-types.js";
import { CONJUNCTIONS, EXCEPTION_WORDS } from "./words/exception-words.js";

/**
 * True when a sentence opens with a word of time and its object, and the clause after the comma names its
 * own subject: "after T002, T003 and T004 ...", "Feito o T044, os componentes T045 e T046 ...". Openings
 * joined by "and" count as one ("Publicado X (T027) e montada Y (T047), entra a T048"). A label before
 * such a sentence ("US1: ...") is then its topic, not its subject; so is the subject the sentence before
 * lends. "US2: can start after US1" has no such comma, so the label is its subject.
 */
export function opensBeforeSubject(
  main: string,
  refs: readonly FoundReference[],
  spans: readonly ClauseSpan[],
  first: number,
): boolean {
  const clause = spans[first];
  if (clause === undefined || openingWordOfTime(main, clause.start, clause.markers) === null) return false;
  // A second opening joined by "and" carries the comma and the subject after it.
  const second = spans[first + 1];
  if (second?.coordinated === true && openingWordOfTime(main, second.start, second.markers) !== null) {
    const comma = main.slice(second.start, second.end).search(/[,，]/);
    return comma >= 0 && refs.some((r) => r.start > second.start + comma && r.end <= second.end);
  }
  if (second === undefined || !/^[,，]/.test(main.slice(clause.end))) return false;
  // "T047 is started, once T039 is merged, and T048 only after T037": a time clause set off by commas after
  // a clause belongs to that clause when the next one is joined by a conjunction.
  if (first > 0 && JOINED_NEXT.test(main.slice(clause.end))) return false;
  // "Polish only once all stories are done, except T047: ...": what an exception names is no subject.
  if (EXCEPTED_NEXT.test(main.slice(clause.end))) return false;
  const subjectEnd = second.markers[0]?.start ?? second.end;
  return refs.some((r) => r.start >= second.start && r.end <= subjectEnd);
}

const JOINED_NEXT = new RegExp(String.raw`^[,，]\s*(?:${CONJUNCTIONS})\s`, "i");
const EXCEPTED_NEXT = new RegExp(String.raw`^[,，]\s*(?:${EXCEPTION_WORDS.join("|")})(?![\p{L}])`, "iu");
const EXCEPTION_FIRST = new RegExp(String.raw`^[\s,，]*(?:${EXCEPTION_WORDS.join("|")})(?![\p{L}])`, "iu");
const EXCEPTION_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${EXCEPTION_WORDS.join("|")})[\s,，:]*$`, "iu");

/**
 * True when the clause at `start` opens with a word of exception ("Nothing starts before T012 is green,
 * except T021, which ..."): what it names is carved out of the clause before, never the subject that
 * clause's opening waits for.
 */
export function opensWithException(main: string, start: number): boolean {
  return EXCEPTION_FIRST.test(main.slice(start)) || EXCEPTION_BEFORE.test(main.slice(0, start));
}

/** A relation waiting for its subject, given one. */
export function lentTo(d: Dangling, subject: Target[]): { before: Target[]; after: Target[] } {
  return d.forward ? { before: d.object, after: subject } : { before: subject, after: d.object };
}
