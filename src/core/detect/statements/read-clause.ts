import { isPermission, type Marker } from "./find-markers.js";
import { additiveOpening, withAdditive } from "./additive-objects.js";
import { exceptedTasks, withoutExcepted } from "./clause-exceptions.js";
import { readDenial } from "./read-denial.js";
import {
  affirmed,
  closingVerbNegated,
  isNegated,
  needsNothing,
  deniesOthers,
  negativePronounNext,
  negativeOpening,
  opensNegated,
} from "./clause-negation.js";
import { firstReferenceNoObject } from "./no-object.js";
import { withoutPointedAt } from "./pointed-references.js";
import { objectRightBefore, readParallel, withoutEachOther } from "./read-parallel-claim.js";
import { openingPlace, placedHere } from "./read-position.js";
import { opensOnObject, withoutTimeObject } from "./time-openings.js";
import {
  inOpeningPhrase,
  introducesOther,
  namesOwnSubject,
  ownSubject,
  relativeConjunct,
  subjectReferences,
} from "./subject-references.js";
import {
  endsRightBefore,
  outsideParentheses,
  referenceGroups,
  subjectGroups,
  targetsOf,
} from "./reference-groups.js";
import { ENDING, PAST, PERMITTED } from "./verb-manner.js";
import { bracketObject, inBracket } from "./verb-bracket.js";
import { relativeAntecedent, relativeSubject, subjectMayFollow } from "./relative-clauses.js";
import type { Clause, ClauseReading, MarkerReading } from "./clause-types.js";
import type { FoundReference, Target } from "./statement-types.js";

export type { Clause, ClauseReading, Dangling } from "./clause-types.js";

/**
 * Reads one clause by structure. The subject is what stands before the first relation word (or the
 * inherited subject, e.g. a "**Phase 4**:" label); each relation word takes the references up to the next
 * word as its object, so "Phase 4 depends on Phase 2 and blocks Phase 6" gives 2 before 4 and 4 before 6.
 * A clause opening with its relation ("After T012, T013 can start") takes the first list as the object and
 * the rest as the subject. Postpositions ("US1の後", "Phase 1 완료 후") take the list before them.
 */
export function readClause(written: Clause, inherited: Target[] | null): ClauseReading {
  // "T005 needs T003, see T004 for the layout": a reference pointed at is named, not related.
  const clause = { ...written, refs: withoutPointedAt(written) };
  // "On top of T008, it needs T007": the opening list is one more object.
  const { kept, additive } = additiveOpening(clause);
  if (additive.length > 0) {
    const read = withAdditive(readCarved({ ...clause, refs: kept }, inherited), additive);
    if (read !== null) return read;
  }
  return readCarved(clause, inherited);
}

function readCarved(clause: Clause, inherited: Target[] | null): ClauseReading {
  const carved = exceptedTasks(clause);
  if (carved === null) return readWholeClause(clause, inherited);
  const out = readWholeClause({ ...clause, refs: carved.kept }, inherited);
  return { ...out, relations: withoutExcepted(out.relations, carved.excepted) };
}

function readWholeClause(clause: Clause, inherited: Target[] | null): ClauseReading {
  const out: ClauseReading = {
    relations: [],
    denied: [],
    parallel: [],
    sequences: [],
    subject: inherited,
    unread: false,
    dangling: [],
  };
  const { markers, refs, text } = clause;
  // A clause relating nothing still names, by the references it opens with, what its parentheses and the
  // next clause speak of ("T020 comes last, after ..."); references after other words are objects.
  if (markers.length === 0) {
    const opening = openingPlace(clause, text.length, inherited);
    if (!opening) return out;
    const { subject, place } = opening;
    return place === null ? { ...out, subject } : { ...out, subject, relations: [place] };
  }
  // "T011 first, the rest of Phase 3 in any order": a position stated before words of parallel work.
  if (!markers.some((m) => m.type === "relation")) {
    const place = openingPlace(clause, markers[0]?.start ?? text.length, inherited)?.place;
    if (place) out.relations.push(place);
  }
  const inRange = (from: number, to: number): FoundReference[] =>
    refs.filter((r) => r.start >= from && r.end <= to);
  const left = (i: number): FoundReference[] =>
    inRange(i === 0 ? 0 : (markers[i - 1]?.end ?? 0), markers[i]?.start ?? 0);
  const right = (i: number): FoundReference[] =>
    inRange(markers[i]?.end ?? 0, markers[i + 1]?.start ?? text.length);
  // "Neither T029 nor T030 can begin before T025", "Nothing in US3 depends on US2": a subject opened by
  // "neither" or a negative quantifier negates its verb.
  const opening = text.slice(clause.start, left(0)[0]?.start ?? clause.start);
  // "..., but nothing blocks T004": a negative pronoun is the subject, none is carried over ("none of
  // them" keeps the one before).
  const nobody =
    left(0).length === 0 ? negativeOpening(text.slice(clause.start, markers[0]?.start ?? 0)) : null;
  const neither = opensNegated(opening, left(0)[0]) || nobody !== null;
  const carried = nobody === "nobody" ? null : inherited;
  let subject = subjectOf(clause, subjectReferences(clause, left(0)), right(0), carried);
  const antecedent = relativeAntecedent(clause, inherited);
  // "Nothing else in US3 waits for US2", "In US3 no other task needs US2": the denial spares what is said
  // of some of its tasks elsewhere.
  const others = deniesOthers(`${opening} ${text.slice(left(0).at(-1)?.end ?? 0, markers[0]?.start ?? 0)}`);
  markers.forEach((marker, i) => {
    const before = withoutTimeObject(text, markers[i - 1], marker, left(i));
    const lastRef = before[before.length - 1]?.end ?? 0;
    const from = i === 0 ? clause.start : (markers[i - 1]?.end ?? 0);
    const gap = text.slice(Math.max(lastRef, from), marker.start);
    // A negation reaches over a word that relates nothing of its own ("not independently implementable
    // before US1" negates "before"): back to the last relation word, not to any marker.
    const relationEnd = markers
      .slice(0, i)
      .reduce((end, m) => (m.type === "relation" ? m.end : end), clause.start);
    const negated =
      isNegated(text.slice(Math.max(lastRef, relationEnd), marker.start)) ||
      (i === 0 && before.length > 0 && negativePronounNext(text.slice(lastRef, marker.start))) ||
      (relationEnd === clause.start && neither) ||
      needsNothing(marker, text.slice(marker.end)) ||
      negatedAfter(marker, text.slice(marker.start, markers[i + 1]?.start ?? text.length));
    const read = readMarker(clause, marker, before, right(i), subject, {
      first: i === 0,
      antecedent,
      negated,
      ending: ENDING.test(gap),
      past: PAST.test(gap),
      permitted: PERMITTED.test(text.slice(Math.max(from, relationEnd), marker.start)),
    });
    if (i === 0 && read.subject) subject = read.subject;
    if (read.relation) out.relations.push(read.relation);
    if (read.denied) out.denied.push(others ? { ...read.denied, others } : read.denied);
    if (read.parallel) out.parallel.push(...read.parallel);
    if (read.sequence) out.sequences.push(read.sequence);
    if (read.unread) out.unread = true;
    if (read.dangling) out.dangling.push(read.dangling);
  });
  out.subject = subject ?? inherited;
  return out;
}

/**
 * The clause's own subject: what stands before its first word, else what the opening adverbial leaves.
 * "Each other" written before the word ("Navzájem jsou nezávislé") is no subject: it stands for one, nor
 * is a list the clause opens with "from" ("From US2 it needs only T026": where the object comes from).
 */
function subjectOf(
  clause: Clause,
  written: FoundReference[],
  after: FoundReference[],
  inherited: Target[] | null,
): Target[] | null {
  const before = withoutEachOther(written).filter((r) => !inOpeningPhrase(clause, r));
  const first = clause.markers[0];
  if (before.length > 0) {
    const groups = referenceGroups(clause.text, before);
    const objectFirst =
      (first?.type === "relation" && first.word.object === "precedes") ||
      (first?.type === "parallel" &&
        first.objectBefore === true &&
        objectRightBefore(clause.text, groups.at(-1) ?? [], first.start));
    if (objectFirst && first?.type === "relation") {
      const bracket = bracketObject(clause.text, first.word, first.start, before);
      if (bracket !== null) return bracket.subject ?? inherited;
    }
    if (objectFirst) {
      const subjects = subjectGroups(clause.text, groups.slice(0, -1));
      if (subjects.length > 0) return targetsOf(subjects.flat());
      return inherited;
    }
    const own = subjectGroups(clause.text, referenceGroups(clause.text, before));
    return own.length > 0 ? targetsOf(own.flat()) : inherited;
  }
  if (first?.type === "relation" && first.word.object === "follows") {
    const groups = openingGroups(clause, after);
    if (clause.shared !== true && opens(clause, groups)) return targetsOf(groups.slice(1).flat());
  }
  const words = clause.text.slice(clause.start, first?.start ?? clause.start);
  const own = clause.lenient ? introducesOther(words) : namesOwnSubject(words);
  return own ? null : inherited;
}

/** The lists after a clause's first word; a singular participle takes only the first reference. */
function openingGroups(clause: Clause, refs: FoundReference[]): FoundReference[][] {
  const groups = referenceGroups(clause.text, refs);
  const marker = clause.markers[0];
  const head = groups[0];
  if (marker?.type !== "relation" || marker.word.oneObject !== true || !head || head.length < 2)
    return groups;
  return [head.slice(0, 1), head.slice(1), ...groups.slice(1)];
}

function opens(clause: Clause, groups: readonly FoundReference[][]): boolean {
  return opensOnObject(clause.text, clause.start, clause.markers[0], groups);
}

/**
 * A negation after the word, up to the next one: a parallel phrase may hold its own ("سے کوئی تعلق نہیں":
 * nothing to do with), after a verb-second verb it follows the subject ("Auf T036 wartet US4 dagegen
 * nicht"), and a preposition's verb may follow its object ("T041 от ИП2 не зависит"). `stretch` starts
 * at the word.
 */
function negatedAfter(marker: Marker, stretch: string): boolean {
  const after = stretch.slice(marker.end - marker.start);
  const verbLater =
    marker.type === "relation" && (marker.word.subjectAfter === true || marker.word.verbAfter === true);
  if (verbLater && isNegated(after)) return true;
  return closingVerbNegated(marker.type === "parallel" ? after : stretch);
}

function readMarker(
  clause: Clause,
  marker: Marker,
  before: FoundReference[],
  after: FoundReference[],
  subject: Target[] | null,
  context: {
    first: boolean;
    antecedent: Target[] | null;
    negated: boolean;
    ending: boolean;
    past: boolean;
    permitted: boolean;
  },
): MarkerReading {
  const { first, antecedent, negated } = context;
  if (marker.type === "parallel" && marker.names === true) return {};
  // "T022 and T023 must not run at the same time": a conflict, so they go one after the other, as written
  // (even where both are marked [P]).
  if (marker.type === "parallel" && context.negated && !marker.takesObject && before.length > 1) {
    const [first, ...rest] = targetsOf(before);
    return first ? { relation: { before: [first], after: rest } } : {};
  }
  // "T011 first, the rest of Phase 3 in any order": what is in any order is the list right before the words.
  if (marker.type === "parallel" && marker.unordered === true && before.length > 0) {
    const members = referenceGroups(clause.text, before).at(-1) ?? before;
    return { parallel: [{ members: targetsOf(members), unordered: true }] };
  }
  if (marker.type === "parallel") return readParallel(clause.text, marker, before, after, subject);
  if (marker.type === "sequence") {
    // Only what is written before the word runs in sequence ("T005-T011 sequential"), not "IDs sequential (T001-T088)".
    if (isPermission(clause.text) || before.length === 0) return {};
    return { sequence: targetsOf(before) };
  }
  if (marker.type !== "relation") return {};
  // "..., exceto T031, que precisa de T020": after a preposition stands the object; the pronoun's name is
  // the subject. "el cliente que necesita T005" may be either: only agreement tells, so it relates nothing.
  const mayFollow = after.length > 0 && subjectMayFollow(clause.text.slice(0, marker.start));
  const relative = mayFollow ? relativeSubject(clause.text, marker, clause.named ?? clause.refs) : null;
  if (mayFollow && relative === null) return { unread: true };
  const found = objectOf(clause, marker, before, after, relative ?? subject, first);
  const who = relative ?? found.subject ?? subject;
  const object = found.refs.length === 0 && who !== antecedent ? (antecedent ?? []) : targetsOf(found.refs);
  // "cannot start before B" puts B first; "need not wait for B" denies; "cannot start until B" waits.
  if (negated && marker.word.temporal !== true && marker.word.limit !== true)
    return who === null || who.length === 0 ? {} : readDenial(clause, marker, found.refs, object, after, who);
  // "Phase 11 was defined before Phase 10": the past tells what happened (to the list), not an order.
  if (context.past) return {};
  const forward = (marker.word.direction === "forward") !== (negated && marker.word.temporal === true);
  if (!forward && !negated && context.permitted && marker.word.temporal === true && who && object.length > 0)
    return { denied: { before: object, after: who } };
  if (object.length === 0 || who === null || who.length === 0) {
    return {
      unread: object.length > 0 || (who !== null && who.length > 0 && before.length + after.length > 0),
      ...(object.length > 0 && (who === null || who.length === 0)
        ? { dangling: { object, forward, ...(marker.word.temporal === true ? {} : { need: true }) } }
        : {}),
    };
  }
  // "US2 cannot finish before the writer exists": the object binds the subject's end, not its start.
  const relation = forward
    ? { before: object, after: who, ...(context.ending ? { afterEnd: true } : {}) }
    : { before: who, after: object };
  return { relation, ...(found.subject ? { subject: found.subject } : {}) };
}

// A preposition of place right before a reference ("binnen US3", "в ИП3").
const PLACE_BEFORE =
  /(?:^|\s)(?:binnen|within|inside|in|w|we|inom|innerhalb|uvnitr|v|ve|i|в|во|внутри)\s+$/iu;

/**
 * The object of a relation word, and a subject the word itself brings: a postposition's subject stands
 * before its object or after the word; an opening preposition's object is only its first list.
 */
function objectOf(
  clause: Clause,
  marker: Extract<Marker, { type: "relation" }>,
  before: FoundReference[],
  after: FoundReference[],
  subject: Target[] | null,
  first: boolean,
): { refs: FoundReference[]; subject: Target[] | null } {
  if (marker.word.object === "precedes") {
    // "От T013 в ИП3 зависит только T032", "Op T019 wacht binnen US3 alleen T034": after a verb-second
    // verb, or between a fronted object and its verb, a place is neither subject nor object.
    const fronted = marker.word.subjectAfter === true;
    const unplaced = (refs: FoundReference[]): FoundReference[] =>
      fronted ? refs.filter((r) => !PLACE_BEFORE.test(clause.text.slice(0, r.start))) : refs;
    const bracket = bracketObject(clause.text, marker.word, marker.start, before);
    if (bracket !== null) return bracket;
    const groups = referenceGroups(clause.text, unplaced(before));
    const object = groups[groups.length - 1] ?? [];
    // A postposition's object is the word right before it: "US4 tests come after the pages" ("sivujen
    // jälkeen") names no task as what they follow, whatever stands further left.
    // German's bracket closes on its particle, with words after the object inside it ("setzt 5.3 und 5.4
    // samt Absicherung voraus").
    const bracketed = marker.word.closesBracket === true && inBracket(clause.text, object, marker.start);
    if (!fronted && !bracketed && !endsRightBefore(clause.text, object, marker.start))
      return { refs: [], subject: null };
    const subjects = relativeConjunct(
      clause.text,
      subjectGroups(clause.text, groups.slice(0, -1)).flat(),
      object[0],
    );
    if (subjects.length > 0) return { refs: object, subject: targetsOf(subjects) };
    // Only a word of time lets the subject follow ("1.1이 끝나면 1.2를 시작한다"); a verb of need or use
    // closes its clause ("7.1의 이미지를 쓰고, 7.2의 ..."); a parenthesis after the word is an aside.
    const following = unplaced(
      ownSubject(clause, marker, outsideParentheses(clause.text, marker.end, after)),
    );
    const timed = marker.word.temporal === true || marker.word.limit === true;
    if (first && following.length > 0 && marker.word.closesBracket !== true && (timed || fronted))
      return { refs: object, subject: targetsOf(following) };
    return { refs: object, subject: null };
  }
  const backward = marker.word.direction !== "forward";
  if (after[0] && firstReferenceNoObject(clause.text, marker.end, after[0], backward))
    return { refs: [], subject: null };
  // "T031 blocks T033: the page calls the routes T031 adds": a colon after the object ends it, as it ends a
  // parallel claim's (read-parallel-claim.ts).
  const from = after[0]?.end ?? marker.end;
  const stop = /[;；：]|:(?=\s|$)/.exec(clause.text.slice(from));
  // "T006 waits for T004 and T007 goes last": a reference given its own position is no object.
  const placed = after.findIndex((r, i) => i > 0 && placedHere(clause.text, r));
  const object = (stop === null ? after : after.filter((r) => r.start < from + stop.index)).slice(
    0,
    placed < 0 ? undefined : placed,
  );
  const groups = first ? openingGroups(clause, object) : referenceGroups(clause.text, object);
  if (first && before.length === 0 && opens(clause, groups)) return { refs: groups[0] ?? [], subject: null };
  return { refs: affirmed(clause.text, groups, marker.end), subject: null };
}
