import { commaBeforeInversion } from "./inverted-openings.js";
import { findMarkers, type Marker } from "./find-markers.js";
import { withGappedVerbs } from "./gapped-clauses.js";
import { readClause, type ClauseReading, type Dangling } from "./read-clause.js";
import { referenceGroups, targetsOf } from "./reference-groups.js";
import { splitClauses } from "./split-clauses.js";
import { relativeClauseSubject } from "./relative-clauses.js";
import { lentTo, opensBeforeSubject, opensWithException } from "./sentence-openings.js";
import {
  copulaArrows,
  dropAppositions,
  findParentheses,
  labelEnd,
  mask,
  outsideNames,
  type Parenthesis,
} from "./sentence-parts.js";
import type { FoundReference, Target } from "./statement-types.js";
import { bindingAfterContrast, isHedged, hasException } from "./sentence-modality.js";
import { chainBegin, chainEnd, linksReferences, namesProductFlow, readChain } from "./arrow-chains.js";
import {
  consequenceColonAsSpace,
  labelledConditions,
  openingSpaceAsComma,
  timeColonAsComma,
} from "./time-openings.js";
import { spelledOut, withoutTag } from "./sentence-scope.js";

/**
 * What one sentence says: what its clauses say together (`subject` is the one the next sentence
 * inherits; `dangling`, relations a lead-in line ending in ":" lends to the items under it).
 */
export interface SentenceReading extends ClauseReading {
  /** An alternative, suggestion or condition: it says nothing binding. */
  hedged: boolean;
}

/**
 * Reads one sentence: drops it when it only offers an alternative or a suggestion; reads a chain of arrows
 * ("T019 → T020 → T021") step by step; otherwise takes its label as the subject, reads its parentheses
 * that hold a relation as clauses of their own (with the clause's subject), and reads each clause.
 */
export function readSentence(
  folded: string,
  refs: readonly FoundReference[],
  inherited: Target[] | null,
  labelParallel: boolean,
  lenient = false,
  topic = false,
): SentenceReading {
  const empty: SentenceReading = {
    relations: [],
    denied: [],
    parallel: [],
    sequences: [],
    subject: inherited,
    unread: false,
    dangling: [],
    hedged: false,
  };
  if (isHedged(folded)) {
    const from = bindingAfterContrast(folded);
    if (from === null) return { ...empty, hedged: true };
    const rest = " ".repeat(from) + folded.slice(from);
    const own = refs.filter((r) => r.start >= from);
    return readSentence(rest, own, inherited, labelParallel, lenient, topic);
  }
  folded = labelledConditions(openingSpaceAsComma(timeColonAsComma(consequenceColonAsSpace(folded)), refs));
  const parentheses = findParentheses(folded);
  const own = dropAppositions(folded, refs, parentheses);
  const clauseParens = parentheses.filter((p) => p.clause);
  const inClauseParen = (r: FoundReference): boolean =>
    clauseParens.some((p) => r.start > p.start && r.end < p.end);
  // A restated name ("Phase 3 (T012)") is blanked so it does not split the list it stands in.
  const markers = withGappedVerbs(
    folded,
    withoutTag(folded, outsideNames(findMarkers(mask(folded, clauseParens)), refs), inherited),
    refs,
  );
  const mainRefs = own.filter((r) => !inClauseParen(r));
  const masked = mask(folded, [...clauseParens, ...refs.filter((r) => !own.includes(r))]);
  const main = commaBeforeInversion(masked, markers, mainRefs);
  const copulas = copulaArrows(main, markers);
  const chain = markers.filter(
    (m) => m.type === "chain" && !copulas.includes(m) && linksReferences(main, m, mainRefs),
  );
  if (chain.length > 0)
    return readAroundChain(
      { folded, refs, inherited, labelParallel, lenient },
      { main, mainRefs, markers, chain },
      empty,
    );
  const out: SentenceReading = { ...empty };
  const subjects = readClauses(out, {
    main,
    markers,
    parentheses,
    refs: mainRefs,
    inherited,
    labelParallel,
    lenient,
    topic,
  });
  readParentheses(out, { folded, parens: clauseParens, refs: own, subjects, lenient });
  if (hasException(folded)) out.parallel = [];
  out.relations = spelledOut(folded, out.relations);
  return out;
}

/**
 * A sentence with an arrow chain: the chain step by step; the words before a colon that opens it ("Batch F
 * (after Batch E), a chain: T022 → T023") and the clause after it ("US1 → US3 is binding: nothing in Phase
 * 5 starts before US1") each read as a sentence of their own.
 */
function readAroundChain(
  s: {
    folded: string;
    refs: readonly FoundReference[];
    inherited: Target[] | null;
    labelParallel: boolean;
    lenient: boolean;
  },
  m: {
    main: string;
    mainRefs: readonly FoundReference[];
    markers: readonly Marker[];
    chain: readonly Marker[];
  },
  empty: SentenceReading,
): SentenceReading {
  const begin = chainBegin(m.main, m.chain, m.mainRefs);
  const end = chainEnd(m.main, m.chain, m.mainRefs);
  const steps = m.mainRefs.filter((r) => r.start >= begin);
  const shift =
    (by: number) =>
    (r: FoundReference): FoundReference => ({ ...r, start: r.start - by, end: r.end - by });
  const part = (from: number, to: number): SentenceReading =>
    readSentence(
      s.folded.slice(from, to),
      s.refs.filter((r) => r.start >= from && r.end <= to).map(shift(from)),
      s.inherited,
      s.labelParallel,
      s.lenient,
    );
  const chain = namesProductFlow(m.main.slice(0, end), steps, m.chain)
    ? empty
    : { ...empty, ...readChain(m.main.slice(0, end), steps, m, (from, to) => part(from, to).relations) };
  const readings = [
    ...(begin > 0 ? [part(0, begin)] : []),
    chain,
    ...(end < s.folded.length ? [part(end, s.folded.length)] : []),
  ];
  const last = readings[readings.length - 1] ?? empty;
  return {
    ...last,
    relations: readings.flatMap((r) => r.relations),
    parallel: readings.flatMap((r) => r.parallel),
  };
}

/** Reads each parenthesis that relates something as a clause with the subject of the clause around it. */
function readParentheses(
  out: SentenceReading,
  p: {
    folded: string;
    parens: readonly Parenthesis[];
    refs: readonly FoundReference[];
    subjects: ReadonlyArray<{ start: number; subject: Target[] | null }>;
    lenient: boolean;
  },
): void {
  for (const paren of p.parens) {
    // An aside with a hedge of its own ("(optionally after T004)") binds nothing; the sentence still does.
    if (isHedged(p.folded.slice(paren.start + 1, paren.end - 1))) continue;
    const at = [...p.subjects].reverse().find((s) => s.start <= paren.start)?.subject ?? out.subject;
    // "(makes T003 pass; needs T002)": each part the aside's semicolons divide speaks of the subject.
    for (const [from, to] of asideParts(p.folded, paren)) readAsidePart(out, p, [from, to], at);
  }
}

/**
 * One part of an aside, clause by clause: a clause that names no subject of its own speaks of the one
 * before ("(borrows the layout of T001's badge, but need not wait for it)": the task, not T001).
 */
function readAsidePart(
  out: SentenceReading,
  p: { folded: string; refs: readonly FoundReference[]; lenient: boolean },
  [from, to]: [number, number],
  at: Target[] | null,
): void {
  const refs = p.refs.filter((r) => r.start >= from && r.end <= to);
  const text = mask(p.folded, [
    { start: 0, end: from },
    { start: to, end: p.folded.length },
  ]);
  const markers = outsideNames(findMarkers(text), refs).filter((m) => m.type !== "chain");
  let subject = at;
  for (const span of splitClauses(text, from, markers, refs)) {
    const clause = {
      text: mask(text, [{ start: span.end, end: text.length }]),
      start: span.start,
      refs: refs.filter((r) => r.start >= span.start && r.end <= span.end),
      markers: span.markers,
      lenient: p.lenient,
    };
    const read = readClause(clause, subject);
    merge(out, read);
    subject = read.subject;
  }
}

/** The parts of a parenthesis between its semicolons, as [start, end) offsets inside it. */
function asideParts(folded: string, paren: Parenthesis): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let from = paren.start + 1;
  for (let i = from; i < paren.end - 1; i++) {
    if (folded[i] !== ";" && folded[i] !== "；") continue;
    parts.push([from, i]);
    from = i + 1;
  }
  parts.push([from, paren.end - 1]);
  return parts;
}

interface MainText {
  /** The inherited subject is the item's label ("**US2 (P2)**: Foundation only - independent of US1"). */
  topic: boolean;
  main: string;
  markers: readonly Marker[];
  parentheses: ReturnType<typeof findParentheses>;
  refs: readonly FoundReference[];
  inherited: Target[] | null;
  labelParallel: boolean;
  lenient: boolean;
}

/**
 * Reads the clauses of a sentence's main text (its parentheses aside), after its label: each clause
 * inherits the subject of the one before. Returns the subject in force where each clause starts.
 */
function readClauses(out: SentenceReading, m: MainText): Array<{ start: number; subject: Target[] | null }> {
  const label = labelEnd(m.main, m.markers, m.parentheses);
  const labelRefs = label < 0 ? [] : m.refs.filter((r) => r.end <= label);
  let subject = labelRefs.length > 0 ? labelRefs.map((r) => r.target) : m.inherited;
  const bodyStart = Math.max(label, 0);
  const bodyMarkers = m.markers.filter((k) => k.start >= bodyStart && k.type !== "chain");
  if (m.labelParallel && bodyMarkers.length === 0) claimLabelledList(out, m, bodyStart);
  const subjects: Array<{ start: number; subject: Target[] | null }> = [];
  // A coordinated clause ("... and gates T030") shares the subject of the last clause that related something.
  let relating = subject;
  let opening: Dangling[] | null = null;
  // "US1: after T002, T003 and T004 can run in parallel": a sentence that opens with its word of time
  // relates the subject after the comma; the label's subject only if no clause brings one.
  const lent = subject;
  let waiting: Target[] | null = null;
  const spans = splitClauses(m.main, bodyStart, bodyMarkers, m.refs);
  let carried = subject;
  for (const [i, clause] of spans.entries()) {
    // "T006 needs T004, but after T005, T007 can start": after a conjunction, too, an opening word of time
    // relates the subject after its comma.
    const fronted = opensBeforeSubject(m.main, m.refs, spans, i);
    if (clause.coordinated) subject = fronted ? null : relating;
    if (subjects.length === 0 && fronted) {
      subject = null;
      waiting = lent;
    }
    const before = subject;
    const refs = m.refs.filter((r) => r.start >= clause.start && r.end <= clause.end);
    const clauseText = {
      text: m.main,
      start: clause.start,
      refs,
      named: m.refs,
      markers: clause.markers,
      lenient: m.lenient,
      shared: clause.coordinated && subject !== null,
    };
    const relative = relativeClauseSubject(m.main, spans[i - 1], clause.start, m.refs);
    const read = readClause(clauseText, relative ?? subject);
    // "After T008 is written, T009 and T010 ...": an opening clause with no subject of its own relates
    // the subject of the clause after it.
    // Openings joined by "and" ("Publicado X (T027) e montada Y (T047), ...") wait for it together.
    const dangles = read.relations.length === 0 && read.dangling.length > 0;
    const subjectHere = read.subject;
    // What an exception names is carved out of the opening, not its subject; a relative clause speaks of
    // its antecedent, so the opening waits for the clause after it.
    if (opening !== null && opensWithException(m.main, clause.start)) opening = null;
    if (opening !== null && relative !== null && !dangles) {
      merge(out, read);
      continue;
    }
    if (opening !== null && !dangles && subjectHere !== null && subjectHere !== before)
      out.relations.push(...opening.filter((d) => d.need !== true).map((d) => lentTo(d, subjectHere)));
    opening =
      dangles && (subjects.length === 0 || opening !== null || fronted)
        ? [...(opening ?? []), ...read.dangling]
        : null;
    merge(out, opening === null ? read : { ...read, dangling: [] });
    // Under a label a clause that relates nothing ("Foundation only") names no new subject: the label
    // stays what the next clause speaks of; one opening with a task ("T005 puts the buttons into the
    // view, so it waits for T003") speaks of that task.
    const ownTask = read.subject !== subject && read.subject?.every((t) => t.level === "task") === true;
    const said =
      m.topic && clause.markers.length === 0 && read.relations.length === 0 && !ownTask
        ? subject
        : read.subject;
    subjects.push({ start: clause.start, subject: said });
    subject = said;
    if (clause.markers.length > 0 || said !== before) relating = said;
    // A relative clause speaks of its antecedent; the sentence goes on speaking of its own subject.
    if (relative === null) carried = said;
  }
  out.subject = carried;
  if (opening !== null && waiting !== null) {
    const label = waiting;
    out.relations.push(...opening.map((d) => lentTo(d, label)));
    out.subject = label;
  } else if (opening !== null) out.dangling.push(...opening);
  return subjects;
}

/**
 * Under a parallel label only a list is a claim ("T021, T022 and T023"); a sentence whose verb stands
 * between two tasks ("T015 loads the script from T014") says something else about them.
 */
function claimLabelledList(out: SentenceReading, m: MainText, bodyStart: number): void {
  const lists = referenceGroups(
    m.main,
    m.refs.filter((r) => r.start >= bodyStart),
  );
  const members = lists.length === 1 ? targetsOf(lists[0] ?? []) : [];
  if (members.length > 1) out.parallel.push({ members });
}

function merge(out: SentenceReading, read: ClauseReading): void {
  out.relations.push(...read.relations);
  out.denied.push(...read.denied);
  out.parallel.push(...read.parallel);
  out.sequences.push(...read.sequences);
  if (read.unread) out.unread = true;
  out.dangling.push(...read.dangling);
}
