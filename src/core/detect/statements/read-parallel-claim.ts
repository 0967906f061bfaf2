import { beforeException } from "./clause-exceptions.js";
import { onlyTurn, turnsToOnly } from "./only-turn.js";
import { deniesRelation, type Marker } from "./find-markers.js";
import { besideEveryOther, isNegated, waitsForNothing } from "./clause-negation.js";
import type { MarkerReading } from "./clause-types.js";
import { referenceGroups, targetsOf } from "./reference-groups.js";
import type { FoundReference, ParallelClaim, Target } from "./statement-types.js";

/**
 * "A, B in parallel", "A independent of B", "A in parallel with each other": one list of members.
 * "A and B are independent of each other and of C" says both: the members pairwise, and each against C.
 * Words denying a relation with nothing for their object ("T004 does not depend on anything", "T018 need
 * not wait:") also say the members wait for nothing at all.
 */
export function readParallel(
  text: string,
  marker: Marker,
  before: FoundReference[],
  after: FoundReference[],
  subject: Target[] | null,
): MarkerReading {
  // "T032 does not depend on T024: the policy names the bucket from Phase 2": a colon after the object
  // ends it ("Parallelizable with: T003" opens it; "T009:ää" is a case ending).
  const from = after[0]?.end ?? marker.end;
  const stop = /[;；：]|:(?=\s|$)/.exec(text.slice(from));
  const whole = untilNewClause(
    text,
    stop === null ? after : after.filter((r) => r.start < from + stop.index),
  );
  const words = text.slice(marker.start, marker.end);
  // "does not wait for T004, only for T002", "venter ikke på T004, bare på T002": the members wait for what
  // follows "only"; the denial holds for what comes before it.
  // A denial marker whose negation is a word of its own ("no depende de") turns the same way.
  const negated = isNegated(words);
  const turn = negated || deniesRelation(words) ? onlyTurn(text, marker.end, whole) : -1;
  // "does not need anything from US1 beyond what Phase 2 gives it": what the exception names is needed.
  const object = beforeException(text, marker.end, turn > 0 ? whole.slice(0, turn) : whole);
  const postposed = marker.type === "parallel" && marker.objectBefore === true;
  const read =
    (postposed ? objectBefore(text, marker, before, subject) : null) ??
    readClaims(marker.type === "parallel" && marker.takesObject, before, object, subject);
  const members = read.parallel?.[0]?.members ?? [];
  // "T004 is independent of everything else in this phase": the members wait for nothing by listing order
  // (not "T004 is not independent of the others").
  const lead = text.slice(Math.max(0, marker.start - 40), marker.end);
  if (
    members.length > 0 &&
    !isNegated(lead) &&
    object.length === 0 &&
    besideEveryOther(text.slice(marker.end))
  )
    return { ...read, denied: { before: [], after: [...members] } };
  // "does not depend on the handlers, only on the DTOs from T001": nothing named is denied; the members
  // wait for what the turn names.
  if (turn === 0 && members.length > 0)
    return { ...read, parallel: [], relation: { before: targetsOf(whole), after: [...members] } };
  if (members.length === 0 || (!negated && turn <= 0)) return read;
  const against = read.parallel?.find((c) => c.against !== undefined)?.against;
  if (turn > 0) {
    const waited = { before: targetsOf(whole.slice(turn)), after: [...members] };
    return { ...read, denied: { before: [...(against ?? [])], after: [...members] }, relation: waited };
  }
  if (!deniesRelation(words)) return read;
  // "US2 does not wait for US1": the members do not wait for the object, which way it goes.
  if (against) return { ...read, denied: { before: [...against], after: [...members] } };
  if (object.length > 0 || !waitsForNothing(text.slice(marker.end))) return read;
  // "T003 と T004 は互いに依存しない": "each other" written before the word is its object; nothing is freed.
  if (RECIPROCAL_BEFORE.test(text.slice(0, marker.start))) return read;
  return { ...read, denied: { before: [], after: [...members] } };
}

const RECIPROCAL_BEFORE = /(?:互い|相互|彼此|互相|서로)\s*(?:に|と|가|를)?\s*$/u;

// A comma, then words of a clause of its own before the next name ("need not wait for T004, the event is
// published by T003 already"): two or more words, none joining a list nor turning to "only".
const NEW_CLAUSE_AFTER_COMMA = /^\s*,\s*(?:[\p{L}'’-]+\s+){2,}[^,]*$/u;
const LIST_WORD =
  /(?<![\p{L}])(?:and|or|nor|und|oder|et|ou|y|o|e|i|a|oraz|lub|и|или|ve|veya|og|eller|en|of)(?![\p{L}])/iu;

/** The references of an object up to a comma that opens a clause of its own. */
export function untilNewClause(text: string, refs: FoundReference[]): FoundReference[] {
  const cut = refs.findIndex((r, i) => {
    const previous = refs[i - 1];
    if (previous === undefined) return false;
    const gap = text.slice(previous.end, r.start);
    return NEW_CLAUSE_AFTER_COMMA.test(gap) && !LIST_WORD.test(gap) && !turnsToOnly(gap);
  });
  return cut < 0 ? refs : refs.slice(0, cut);
}

/**
 * A denial whose object stands before it ("T005 は T004 を待たない", "T025〜T030 とは無関係", "T044
 * T042'yi beklemez"): the list right before the word is what is denied, the clause's subject (the names
 * before that list that can be one, or the note's own task) runs beside it. Null without a subject.
 */
function objectBefore(
  text: string,
  marker: Marker,
  before: FoundReference[],
  subject: Target[] | null,
): MarkerReading | null {
  const object = referenceGroups(text, withoutEachOther(before)).at(-1);
  if (object === undefined || subject === null || !objectRightBefore(text, object, marker.start)) return null;
  return { parallel: [{ members: subject, against: targetsOf(object) }] };
}

// Between a postposed word's object and the word: at most a case ending after an apostrophe ("T042'yi"),
// or the bracket closing a name's gloss ("バックエンド（T015〜T021）とは独立": independent of the backend).
const PARTICLE_GAP = /^\s*[)）]?\s*(?:['’]\p{L}{1,4})?\s*$/u;

/** True when a list stands right before a postposed word, as its object: "T004 を待たない", "T042'yi beklemez". */
export function objectRightBefore(text: string, list: readonly FoundReference[], at: number): boolean {
  const last = list[list.length - 1];
  return last !== undefined && PARTICLE_GAP.test(text.slice(last.end, at));
}

function readClaims(
  takesObject: boolean,
  before: FoundReference[],
  after: FoundReference[],
  subject: Target[] | null,
): MarkerReading {
  const named = withoutEachOther(before);
  const own = named.length > 0 ? targetsOf(named) : null;
  // "T011 a T013 em paralelo entre si e com a T014": after "each other", what they also run beside.
  const reflexive = after.findIndex((r) => r.target.level === "each-other");
  if (!takesObject && own && reflexive >= 0 && reflexive < after.length - 1)
    return readClaims(true, before, after.slice(reflexive), subject);
  if (!takesObject) return { parallel: [{ members: own ?? subject ?? targetsOf(after) }] };
  const members = own ?? subject ?? [];
  const object = targetsOf(after);
  const others = object.filter((t) => t.level !== "each-other");
  const claims: ParallelClaim[] = [];
  if (others.length < object.length || others.length === 0) claims.push({ members });
  if (others.length > 0) claims.push({ members, against: others });
  return { parallel: claims };
}

/** References without "each other", which names nothing of its own but the subject's members. */
export function withoutEachOther(refs: FoundReference[]): FoundReference[] {
  return refs.filter((r) => r.target.level !== "each-other");
}
