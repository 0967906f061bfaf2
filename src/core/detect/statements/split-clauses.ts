import { isNegated } from "./clause-negation.js";
import type { Marker } from "./find-markers.js";
import { afterReference, endsOpeningObject, openingWordOfTime, subjectFollows } from "./time-openings.js";
import { patternList, type WordList } from "./word-matcher.js";
import {
  CLAUSE_BOUNDARIES,
  CONTRAST_BOUNDARIES,
  MEANWHILE_BOUNDARIES,
  REASON_BOUNDARIES,
} from "./words/conjunction-words.js";
import { EXCEPTION_WORDS } from "./words/exception-words.js";

/** A clause of a sentence: its span and its relation words. */
export interface ClauseSpan {
  start: number;
  end: number;
  markers: Marker[];
  /** It opens with its relation word after "and"/"but" ("... and gates T030"): it shares the sentence's subject. */
  coordinated: boolean;
}

let boundaries: WordList<string> | null = null;
let reasons: WordList<string> | null = null;
let contrasts: WordList<string> | null = null;
let meanwhile: WordList<string> | null = null;
let exceptions: WordList<string> | null = null;

/**
 * Splits a sentence (from `from`) into clauses at commas and conjunctions, but only where both sides
 * relate something: "Phase 4 depends on Phase 2 and blocks Phase 6" splits before "blocks"; "depends on
 * Phase 2 and Phase 3" and "T005 and T006 must finish before T010" do not split. A reason or purpose
 * ("since ...", "because ...") always starts a clause of its own, and so does a relation word right after a
 * conjunction ("the cache reads T002 and gates T003").
 */
export function splitClauses(
  text: string,
  from: number,
  markers: readonly Marker[],
  refs: ReadonlyArray<{ start: number; end: number }> = [],
): ClauseSpan[] {
  boundaries ??= patternList(CLAUSE_BOUNDARIES);
  reasons ??= patternList(REASON_BOUNDARIES);
  // A conjunction inside one reference ("US1 and US2" read as one list of stories) joins its parts; a
  // letter after an apostrophe is a case ending ("US1'e", "T005'i"), not the "e" or "i" of "and".
  const clear = (b: { start: number; end: number }): boolean =>
    b.start >= from &&
    !/['’]/.test(text[b.start - 1] ?? "") &&
    !closesParticleList(text, b, refs) &&
    !closesExceptionAside(text, from, b, markers) &&
    !markers.some((m) => b.start < m.end && m.start < b.end) &&
    // A boundary touching a reference's letters ("Batch A, and": the Czech "a" is the label) is part of it.
    !refs.some((r) => r.start < b.end && b.start < r.end && !(b.start <= r.start && b.end >= r.end));
  meanwhile ??= patternList(MEANWHILE_BOUNDARIES);
  const [alone, joined] = partition(meanwhile.findAll(text).filter(clear), (b) =>
    meanwhileAlone(text, from, b, markers),
  );
  const hard = [...reasons.findAll(text).filter(clear), ...alone];
  contrasts ??= patternList(CONTRAST_BOUNDARIES);
  const contrast = contrasts.findAll(text).filter(clear);
  const soft = [
    ...boundaries.findAll(text).filter(clear),
    ...joined,
    ...joinedAnd(text, from, markers),
  ].filter((b, _, all) => !contrast.some((c) => c.start === b.start) && !afterConjunction(text, b, all));
  const closing = closingComma(text, from, hard, soft, markers, refs);
  const cuts = [
    ...soft.map((b) => ({ ...b, hard: b === closing, contrast: false })),
    ...hard.map((b) => ({ ...b, hard: true, contrast: false })),
    ...contrast.map((b) => ({ ...b, hard: true, contrast: true })),
  ].sort((a, b) => a.start - b.start);
  const spans: ClauseSpan[] = [];
  let start = from;
  let coordinated = false;
  cuts.forEach((cut, i) => {
    // A clause after a conjunction may open with its own word of time: "T006 needs T004, but after T005,
    // T007 can start".
    const opener = coordinated && start > from ? start : from;
    const after = markers.filter((m) => m.start >= opener);
    const closesOpening = endsOpeningObject(text, opener, cut.start, after, refs);
    const listComma = afterReference(text, cut.start, refs) && !closesOpening;
    const next = rightEnd(cuts, i, markers, listComma ? { text, refs } : null) ?? text.length;
    const left = markers.filter((m) => m.start >= start && m.end <= cut.start);
    const right = markers.filter((m) => m.start >= cut.end && m.end <= next);
    const opens = right[0]?.type === "relation" && /^\s*$/.test(text.slice(cut.end, right[0].start));
    const hard = cut.hard || (closesOpening && subjectFollows(text, opener, cut, refs));
    if (!hard && negatedVerbBefore(text, start, cut, left.length)) return;
    if (!hard && exceptsBeforeRelative(text, cut, right[0])) return;
    if (!hard && !opens && owesObject(text, left, cut)) return;
    if (cut.start < start || (!hard && !opens && (left.length === 0 || right.length === 0))) return;
    spans.push({ start, end: cut.start, markers: left, coordinated });
    start = cut.end;
    coordinated = opens && (!cut.hard || cut.contrast);
  });
  spans.push({ start, end: text.length, markers: markers.filter((m) => m.start >= start), coordinated });
  return spans;
}

/**
 * True when a conjunction of meanwhile opens a clause of its own: when it opens the sentence ("While T002
 * is in review, T004 ..."), or when no relation word follows it and no word of time opens the sentence
 * ("T004 starts once T001 is merged, while T002 is still in review": T002 is no object of "once"). A time
 * word after it ("T008 while another does T009 once T007 completes") or opening the sentence ("After T011,
 * one developer does T012 while another does T013") covers both sides.
 */
function meanwhileAlone(
  text: string,
  from: number,
  cut: { start: number; end: number },
  markers: readonly Marker[],
): boolean {
  if (!/\S/.test(text.slice(from, cut.start).replace(/,\s*$/, ""))) return true;
  if (markers.some((m) => m.type === "relation" && m.start >= cut.end)) return false;
  return openingWordOfTime(text, from, markers) === null;
}

// "Nothing starts before T012, except T021 and T022, which go when ...": the verb after the exception is a
// relative clause's, said of what is excepted; the exception still belongs to the clause before it.
const RELATIVE_BEFORE_VERB = /[,，]\s*(?:which|who|that|yang)\s+(?:\p{L}+\s+)?$/iu;

function exceptsBeforeRelative(text: string, cut: { start: number; end: number }, verb?: Marker): boolean {
  exceptions ??= patternList(EXCEPTION_WORDS);
  if (verb === undefined || !exceptions.test(text.slice(cut.start, cut.end))) return false;
  return RELATIVE_BEFORE_VERB.test(text.slice(cut.end, verb.start));
}

/**
 * True for the comma closing an exception set off by commas ("Every task in phase 3, except T005, needs
 * US1", "все задачи фазы 5, кроме T052, требуют US2"): the aside belongs to the subject, the verb after it
 * is the subject's own.
 */
function closesExceptionAside(
  text: string,
  from: number,
  cut: { start: number; end: number },
  markers: readonly Marker[],
): boolean {
  if (!/^\s*[,，]\s*$/.test(text.slice(cut.start, cut.end))) return false;
  const opening = Math.max(text.lastIndexOf(",", cut.start - 1), text.lastIndexOf("，", cut.start - 1));
  if (opening < from || markers.some((m) => m.start > opening && m.end <= cut.start)) return false;
  // Only where the subject's verb follows at once: ", apart from T030, which extends ..." is a clause.
  const verbNext = markers.some(
    (m) => m.type === "relation" && m.start >= cut.end && /^\s*$/.test(text.slice(cut.end, m.start)),
  );
  if (!verbNext) return false;
  exceptions ??= patternList(EXCEPTION_WORDS);
  const aside = text.slice(opening + 1, cut.start);
  // The aside names what it excepts and nothing more ("except T005", "кроме T052"): no clause of its own.
  return exceptions
    .findAll(aside)
    .some((w) => /^\s*$/.test(aside.slice(0, w.start)) && /^[^:;：；]{1,40}$/u.test(aside.slice(w.end)));
}

// Korean hangs one particle on a list's last item ("그룹 2, 3, 4는 병렬로": groups 2, 3 and 4).
const KO_PARTICLE = /^(?:은|는|이|가|을|를|과|와|도|의|에)/u;

/** True for a comma inside a list of references whose last one carries a Korean particle: one list. */
function closesParticleList(
  text: string,
  cut: { start: number; end: number },
  refs: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  if (!/^\s*[,，]\s*$/.test(text.slice(cut.start, cut.end))) return false;
  if (!afterReference(text, cut.start, refs)) return false;
  const nextAfter = (at: number) => refs.find((r) => r.start >= at && /^\s*$/.test(text.slice(at, r.start)));
  let next = nextAfter(cut.end);
  while (next !== undefined) {
    if (KO_PARTICLE.test(text.slice(next.end))) return true;
    const comma = /^\s*[,，]/.exec(text.slice(next.end));
    next = comma ? nextAfter(next.end + comma[0].length) : undefined;
  }
  return false;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/**
 * The comma that closes a clause opening the sentence with a conjunction of reason, concession or
 * meanwhile ("Because T002 is slow, T004 waits for T001", "While T002 is in review, ..."): the first comma
 * after a word that is no reference (a comma after one may separate list items: "Since T002, T003 and T005
 * change the schema, ..."), else the last comma before the next relation word that follows a comma.
 */
function closingComma<B extends { start: number; end: number }>(
  text: string,
  from: number,
  hard: readonly B[],
  soft: readonly B[],
  markers: readonly Marker[],
  refs: ReadonlyArray<{ start: number; end: number }>,
): B | null {
  const opening = hard.find((b) => b.start >= from && !/\S/.test(text.slice(from, b.start)));
  if (opening === undefined) return null;
  const commas = soft.filter((b) => b.start >= opening.end && /^[,，]/.test(text.slice(b.start)));
  const main = markers.find((m) => commas.some((c) => c.end <= m.start));
  const before = commas.filter((c) => main === undefined || c.end <= main.start);
  const afterWord = before.find((c) => refs.length > 0 && !afterReference(text, c.start, refs));
  return afterWord ?? before[before.length - 1] ?? null;
}

/**
 * Where the right side of a cut ends: at the next cut, except that a cut after a word that is no reference
 * ("After T008 is written, T009 and T010 are independent") cannot be continuing a list, so the cuts right
 * after it with no relation word between ("T009 and T010") are inside its right side.
 */
function rightEnd(
  cuts: ReadonlyArray<{ start: number; end: number; hard: boolean }>,
  i: number,
  markers: readonly Marker[],
  afterReference: { text: string; refs: ReadonlyArray<{ start: number; end: number }> } | null,
): number | undefined {
  let j = i + 1;
  if (afterReference) {
    // "T004 needs T002, and T005 and T003 need T001": the list after the cut is one subject, and the
    // joiners between its items end no clause.
    const comma = /[,，]/.test(afterReference.text.slice(cuts[i]?.start, cuts[i]?.end));
    const joint = (cut: (typeof cuts)[number] | undefined): boolean =>
      cut !== undefined && comma && joinsItems(afterReference, cut);
    while (joint(cuts[j])) j++;
    return cuts[j]?.start;
  }
  const from = cuts[i]?.end ?? 0;
  // A reason or a contrast ("..., denn ...", "..., because ...") is always a clause of its own: the right
  // side never reaches past it.
  const inside = (cut: { start: number; hard: boolean }): boolean =>
    !cut.hard && !markers.some((m) => m.start >= from && m.end <= cut.start);
  while (j < cuts.length && inside(cuts[j] as { start: number; hard: boolean })) j++;
  return cuts[j]?.start;
}

/**
 * True for a soft cut with no comma, a reference right before it and one right after it: a joiner inside
 * the list a cut with a comma opens ("..., and T005 and T003 need T001").
 */
function joinsItems(
  at: { text: string; refs: ReadonlyArray<{ start: number; end: number }> },
  cut: { start: number; end: number; hard: boolean },
): boolean {
  return (
    !cut.hard &&
    !/[,，]/.test(at.text.slice(cut.start, cut.end)) &&
    at.refs.some((r) => r.end <= cut.start && !/\S/.test(at.text.slice(r.end, cut.start))) &&
    at.refs.some((r) => r.start >= cut.end && !/\S/.test(at.text.slice(cut.end, r.start)))
  );
}

/**
 * Hebrew "ו" and Arabic "و" (and) are written joined to the word after them: a relation or parallel word
 * that opens with one after a space ("... אחרי שלב 1 ובלתי תלוי ב-...", "... على T018 ويحجب T025") has an
 * "and" in front of it, a cut of no width where the word starts.
 */
// A word whose own first letter is "و" joins no "and" to it: Persian "وابسته" (dependent), which Persian,
// unlike Arabic, never glues "و" to.
const OWN_FIRST_WAW = /^وابسته/;

function joinedAnd(
  text: string,
  from: number,
  markers: readonly Marker[],
): Array<{ start: number; end: number }> {
  return markers
    .filter(
      (m) =>
        m.start > from &&
        /[וو]/.test(text[m.start] ?? "") &&
        /\s/.test(text[m.start - 1] ?? "") &&
        !OWN_FIRST_WAW.test(text.slice(m.start, m.end)),
    )
    .map((m) => ({ start: m.start, end: m.start }));
}

/**
 * True when a bare comma follows a negated verb that relates nothing itself ("T004 kan ikke starte, før T002
 * er ferdig", "T004 cannot start, before T002 is done"): the comma sets off the verb's own clause of time,
 * which the negation governs, so it cuts nothing.
 */
function negatedVerbBefore(
  text: string,
  start: number,
  cut: { start: number; end: number },
  markersBefore: number,
): boolean {
  return (
    markersBefore === 0 &&
    /^[,，]\s*$/.test(text.slice(cut.start, cut.end)) &&
    isNegated(text.slice(start, cut.start))
  );
}

/**
 * True when a word of a cut comes right after a relation word whose object follows it ("T004 uses a
 * `Format` from T001"): a verb is not followed straight by a conjunction, so the word there is no "and"
 * (the English article "a" is not the Czech "a"). A comma there does end the clause: the word stands
 * without an object ("even though it comes after, T018 ...").
 */
function owesObject(text: string, left: readonly Marker[], cut: { start: number; end: number }): boolean {
  const last = left[left.length - 1];
  if (last?.type !== "relation" || last.word.object !== "follows") return false;
  return !/\S/.test(text.slice(last.end, cut.start)) && !/[,，;:]/.test(text.slice(cut.start, cut.end));
}

/**
 * True when a boundary follows another straight away: a conjunction does not follow a conjunction, so the
 * word after "and" is something else ("and a `Rounding` from T016": the English article, not the Czech
 * "a").
 */
function afterConjunction(
  text: string,
  b: { start: number },
  all: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  return all.some(
    (other) => other.end <= b.start && other.end > other.start && !/\S/.test(text.slice(other.end, b.start)),
  );
}
