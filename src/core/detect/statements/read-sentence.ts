import { commaBeforeInversion } from "./inverted-openings.js";
import { findMarkers, type Marker } from "./find-markers.js";
import { readClause, type ClauseReading, type Dangling } from "./read-clause.js";
import { referenceGroups, targetsOf } from "./reference-groups.js";
import { splitClauses } from "./split-clauses.js";
import { lentTo, opensBeforeSubject } from "./sentence-openings.js";
import {
  copulaArrows,
  dropAppositions,
  findParentheses,
  labelEnd,
  mask,
  type Parenthesis,
} from "./sentence-parts.js";
import type { FoundReference, Target } from "./statement-types.js";
import { isHedged, hasException } from "./sentence-modality.js";

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
  if (isHedged(folded)) return { ...empty, hedged: true };
  const parentheses = findParentheses(folded);
  const own = dropAppositions(folded, refs, parentheses);
  const clauseParens = parentheses.filter((p) => p.clause);
  const inClauseParen = (r: FoundReference): boolean =>
    clauseParens.some((p) => r.start > p.start && r.end < p.end);
  // A restated name ("Phase 3 (T012)") is blanked so it does not split the list it stands in.
  const markers = withoutTag(folded, findMarkers(mask(folded, clauseParens)), inherited);
  const mainRefs = own.filter((r) => !inClauseParen(r));
  const masked = mask(folded, [...clauseParens, ...refs.filter((r) => !own.includes(r))]);
  const main = commaBeforeInversion(masked, markers, mainRefs);
  const copulas = copulaArrows(main, markers);
  const chain = markers.filter(
    (m) => m.type === "chain" && !copulas.includes(m) && linksReferences(main, m, mainRefs),
  );
  if (chain.length > 0) {
    const end = chainEnd(main, chain, mainRefs);
    const read = { ...empty, ...readChain(main.slice(0, end), mainRefs, markers, chain) };
    if (end >= folded.length) return read;
    // "US1 → US3 is binding: nothing in Phase 5 starts before US1": the clause after the chain is its own.
    const shift = (r: FoundReference): FoundReference => ({ ...r, start: r.start - end, end: r.end - end });
    const rest = readSentence(
      folded.slice(end),
      refs.filter((r) => r.start >= end).map(shift),
      inherited,
      labelParallel,
      lenient,
    );
    return {
      ...rest,
      relations: [...read.relations, ...rest.relations],
      parallel: [...read.parallel, ...rest.parallel],
    };
  }
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
  if (spellsOutThrough(folded, out.relations)) out.relations = out.relations.filter(namesTasksOnly);
  return out;
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
    for (const [from, to] of asideParts(p.folded, paren)) {
      const refs = p.refs.filter((r) => r.start >= from && r.end <= to);
      const text = mask(p.folded, [
        { start: 0, end: from },
        { start: to, end: p.folded.length },
      ]);
      const markers = findMarkers(text).filter((m) => m.type !== "chain");
      merge(out, readClause({ text, start: from, refs, markers, lenient: p.lenient }, at));
    }
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
  if (m.labelParallel && bodyMarkers.length === 0) {
    // Under a parallel label only a list is a claim ("T021, T022 and T023"); a sentence whose verb stands
    // between two tasks ("T015 loads the script from T014") says something else about them.
    const lists = referenceGroups(
      m.main,
      m.refs.filter((r) => r.start >= bodyStart),
    );
    const members = lists.length === 1 ? targetsOf(lists[0] ?? []) : [];
    if (members.length > 1) out.parallel.push({ members });
  }
  const subjects: Array<{ start: number; subject: Target[] | null }> = [];
  // A coordinated clause ("... and gates T030") shares the subject of the last clause that related something.
  let relating = subject;
  let opening: Dangling[] | null = null;
  // "US1: after T002, T003 and T004 can run in parallel": a sentence that opens with its word of time
  // relates the subject after the comma; the label's subject only if no clause brings one.
  const lent = subject;
  let waiting: Target[] | null = null;
  const spans = splitClauses(m.main, bodyStart, bodyMarkers, m.refs);
  for (const [i, clause] of spans.entries()) {
    if (clause.coordinated) subject = relating;
    if (subjects.length === 0 && opensBeforeSubject(m.main, m.refs, spans, i)) {
      subject = null;
      waiting = lent;
    }
    const before = subject;
    const refs = m.refs.filter((r) => r.start >= clause.start && r.end <= clause.end);
    const clauseText = {
      text: m.main,
      start: clause.start,
      refs,
      markers: clause.markers,
      lenient: m.lenient,
    };
    const read = readClause(clauseText, relativeAntecedent(m.main, clause.start, m.refs) ?? subject);
    // "After T008 is written, T009 and T010 ...": an opening clause with no subject of its own relates
    // the subject of the clause after it.
    // Openings joined by "and" ("Publicado X (T027) e montada Y (T047), ...") wait for it together.
    const dangles = read.relations.length === 0 && read.dangling.length > 0;
    const subjectHere = read.subject;
    if (opening !== null && !dangles && subjectHere !== null && subjectHere !== before)
      out.relations.push(...opening.map((d) => lentTo(d, subjectHere)));
    opening =
      dangles && (subjects.length === 0 || opening !== null) ? [...(opening ?? []), ...read.dangling] : null;
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
  }
  out.subject = subject;
  if (opening !== null && waiting !== null) {
    const label = waiting;
    out.relations.push(...opening.map((d) => lentTo(d, label)));
    out.subject = label;
  } else if (opening !== null) out.dangling.push(...opening);
  return subjects;
}

/**
 * A relation word opening a sentence as a tag ("Blocking: Phase 2.5 must complete before ...") relates
 * the subject the sentence inherits ("**Depends on**: US2" in a phase's introduction); with none to
 * relate, it is only a tag, and the sentence is read without it.
 */
function withoutTag(folded: string, markers: readonly Marker[], inherited: Target[] | null): Marker[] {
  const first = markers[0];
  if (inherited !== null || first?.type !== "relation") return [...markers];
  const opens =
    !/[\p{L}\p{N}]/u.test(folded.slice(0, first.start)) && /^\s*[:：]/.test(folded.slice(first.end));
  return opens ? markers.slice(1) : [...markers];
}

/**
 * An arrow always chains; a word such as "then" only where it stands between two references ("T005
 * then T006"), not as an adverb ("can then run in parallel").
 */
function linksReferences(text: string, marker: Marker, refs: readonly FoundReference[]): boolean {
  if (!/^[\p{L}]/u.test(text.slice(marker.start, marker.end))) return true;
  const before = [...refs].reverse().find((r) => r.end <= marker.start);
  const after = refs.find((r) => r.start >= marker.end);
  return (
    before !== undefined &&
    after !== undefined &&
    /^[\s,;:.)،؛]*$/.test(text.slice(before.end, marker.start)) &&
    /^[\s,:(،]*$/.test(text.slice(marker.end, after.start))
  );
}

function merge(out: SentenceReading, read: ClauseReading): void {
  out.relations.push(...read.relations);
  out.denied.push(...read.denied);
  out.parallel.push(...read.parallel);
  out.sequences.push(...read.sequences);
  if (read.unread) out.unread = true;
  out.dangling.push(...read.dangling);
}

// Where a chain's last step ends: a colon, a semicolon, or a comma before a word that opens a new clause.
const AFTER_CHAIN =
  /[:;]|,\s*(?:so|and\s+so|which|but|because|since|donc|car|also|daher|weil|porque|pois)(?![\p{L}])/iu;

/** The end of the text an arrow chain spans: its last step stops where a new clause starts. */
function chainEnd(text: string, chain: readonly Marker[], refs: readonly FoundReference[]): number {
  const last = chain[chain.length - 1];
  const step = refs.find((r) => last !== undefined && r.start >= last.end);
  if (step === undefined) return text.length;
  const m = AFTER_CHAIN.exec(text.slice(step.end));
  return m === null ? text.length : step.end + m.index;
}

/**
 * "A → B → C": every step before the next. A step may name several things ("T023 + T024 [P] → T025");
 * a step naming nothing is passed through ("T001 → build → T002" orders T001 before T002). A parallel word
 * inside a step makes its members parallel.
 */
function readChain(
  text: string,
  refs: readonly FoundReference[],
  markers: readonly Marker[],
  chain: readonly Marker[],
): Pick<SentenceReading, "relations" | "parallel"> {
  const out: Pick<SentenceReading, "relations" | "parallel"> = { relations: [], parallel: [] };
  const bounds = [0, ...chain.flatMap((m) => [m.start, m.end]), text.length];
  let previous: Target[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? text.length;
    const step = refs.filter((r) => r.start >= from && r.end <= to).map((r) => r.target);
    if (step.length === 0) continue;
    if (markers.some((m) => m.type === "parallel" && m.start >= from && m.end <= to) && step.length > 1)
      out.parallel.push({ members: step });
    if (previous.length > 0) out.relations.push({ before: previous, after: step });
    previous = step;
  }
  return out;
}

// "US2 depends on US1 only through one task: T014 needs T011", "blocked by US1 at a single point (T018 ←
// T011)": the dependency is restricted to what the sentence then spells out.
const ONLY_THROUGH =
  /(?:^|[^\p{L}])only\s+(?:through|via|by\s+way\s+of)(?:$|[^\p{L}])|(?:at|in)\s+(?:a\s+single|one\s+single|only\s+one|just\s+one)\s+(?:point|place|spot)|en\s+un\s+seul\s+(?:point|endroit)|en\s+un\s+(?:solo|unico|único)\s+punto|in\s+un\s+solo\s+punto|em\s+um\s+(?:unico|único|so|só)\s+ponto|an\s+einer\s+(?:einzigen\s+)?stelle|uniquement\s+(?:par|via)|s[oó]lo\s+(?:a\s+trav[eé]s\s+de|por\s+medio\s+de|via)|apenas\s+(?:por|via)|nur\s+(?:über|durch)|только\s+через|只通过|仅通过|僅通過|只經由/iu;

/**
 * True when a sentence restricts a relation between groups to the tasks it names ("only through"), and
 * names some: then the group-level relations say nothing beyond the task-level ones.
 */
function spellsOutThrough(folded: string, relations: SentenceReading["relations"]): boolean {
  return ONLY_THROUGH.test(folded) && relations.some(namesTasksOnly) && !relations.every(namesTasksOnly);
}

function namesTasksOnly(r: { before: readonly Target[]; after: readonly Target[] }): boolean {
  return [...r.before, ...r.after].every((t) => t.level === "task");
}

// A clause opening with a relative pronoun speaks of the name just before it ("..., apart from T030,
// which extends the registry of T015": T030 extends it, not the sentence's subject).
const RELATIVE_OPENING = /^[\s,;:(—–-]*(?:which|who|whose|que|qui|welche[rsm]?|котор\p{L}*)(?![\p{L}])/iu;

function relativeAntecedent(text: string, start: number, refs: readonly FoundReference[]): Target[] | null {
  if (!RELATIVE_OPENING.test(text.slice(start))) return null;
  const last = refs.filter((r) => r.end <= start).at(-1);
  return last === undefined ? null : targetsOf([last]);
}
