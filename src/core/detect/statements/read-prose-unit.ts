import { withBareIds } from "./bare-ids.js";
import { findMarkers } from "./find-markers.js";
import { QUOTED_SPAN, cleanLine, foldText } from "./fold-text.js";
import { readSentence } from "./read-sentence.js";
import {
  enclosingPhase,
  evidence,
  findReferences,
  warnAbout,
  type ReadingContext,
} from "./reading-context.js";
import { dropAppositions, findParentheses, labelEnd } from "./sentence-parts.js";
import { splitSentences } from "./split-sentences.js";
import type { ProseUnit } from "./statement-units.js";
import type { Dangling } from "./read-clause.js";
import { referenceGroups } from "./reference-groups.js";
import type { SentenceReading } from "./read-sentence.js";
import type { FoundReference, Target } from "./statement-types.js";
import { recordSentence } from "./record-reading.js";
import { narrowPossessives } from "./possessive-parts.js";
import { withoutRestrictedGroups } from "./restricted-groups.js";
import { mayNameBareLabel, sectionIntroduced } from "./labelled-sections.js";
import { purposeParts, scopedToTests } from "./waiting-parts.js";
import { TAKES_BACK } from "../retracted-links.js";
import { resolveAnaphora, resolveCataphora, resolveIt } from "./anaphora.js";
import { disclaims, isHedged } from "./sentence-modality.js";
import { takesBackReported } from "./reported-statements.js";
import { exceptionsNamed, openingException, withoutNextExceptions } from "./next-sentence-exceptions.js";
import { leafIds } from "../expand-group-edges.js";

// Every reference holds a digit or one of these words, phase, story and group words among them (or is
// written in another script).
const MAY_REFER =
  /\d|setup|set-up|found|polish|stor|phase|stage|fase|faz|vaihe|etap|hist|recit|verha|berattel|pribeh|group|grup|skupin|final|this|track|stream|lane|piste|volet|flujo|pista|frente|trilha|strang|[^\p{ASCII}]/iu;

/** Whether a text may name a task or group: a number, a group word, or a word the list labels sections with. */
function mayRefer(rc: ReadingContext, folded: string): boolean {
  if (MAY_REFER.test(folded)) return true;
  const lower = folded.toLowerCase();
  const sections = rc.vocabulary.labelledSections;
  return [...sections.keys()].some((word) => lower.includes(word)) || mayNameBareLabel(folded, sections);
}

/** A line ending in ":" whose relation has no subject of its own: the items under it lend one. */
export interface LeadIn {
  relations: Dangling[];
  quote: string;
  headings: readonly string[];
}

/** A prose unit as text: its lines cleaned and joined, with where each line starts. */
interface JoinedText {
  text: string;
  folded: string;
  starts: Array<{ offset: number; line: number }>;
}

/**
 * Reads a list item or paragraph sentence by sentence. A sentence naming no subject of its own inherits
 * the one before it: the item's label ("**Phase 4**: depends on Phase 2"), the label of the item it is
 * nested under, or, for a note written inside a phase, that phase ("**Depends on**: US2").
 */
export function readProseUnit(
  rc: ReadingContext,
  unit: ProseUnit,
  options: { warn: boolean; leadIn?: LeadIn | null },
): LeadIn | null {
  const joined = joinLines(unit);
  // Nothing to relate without a reference; most notes (goals, checkpoints, criteria) have none.
  if (!mayRefer(rc, joined.folded)) return null;
  const enclosing = enclosingPhase(rc.vocabulary.phases, unit.headings);
  const lineAt = (offset: number): number => {
    let line = unit.lines[0]?.line ?? 0;
    for (const s of joined.starts) if (s.offset <= offset) line = s.line;
    return line;
  };
  const section = enclosing === null ? enclosingSection(rc, unit) : null;
  const found = withBareIds(
    rc,
    joined.folded,
    findReferences(rc, joined.folded, lineAt(0), { enclosing, section }),
  );
  const refs = narrowPossessives(
    rc,
    joined.folded,
    withoutRestrictedGroups(rc, joined.folded, found, lineAt),
  );
  if (refs.length === 0) return null;
  const label = unitLabel(joined.folded, refs);
  // A label such as "Optional:" or "Recommended:" makes everything after it a suggestion.
  if (label.end > 0 && isHedged(joined.folded.slice(0, label.end))) return null;
  if (options.leadIn) lendLeadIn(rc, options.leadIn, joined, refs, lineAt(0));
  const subject = label.subject ?? inheritedSubject(rc, unit, enclosing, section);
  const opens = joined.text.trimEnd().endsWith(":");
  const last = readSentences(rc, { joined, refs, label, lineAt, subject }, options.warn && !opens);
  if (!opens || !last || last.reading.dangling.length === 0) return null;
  return { relations: last.reading.dangling, quote: last.quote, headings: unit.headings };
}

interface UnitText {
  joined: JoinedText;
  refs: readonly FoundReference[];
  label: ReturnType<typeof unitLabel>;
  lineAt: (offset: number) => number;
  subject: Target[] | null;
}

/** Reads a unit sentence by sentence after its label; returns the last sentence's reading. */
function readSentences(
  rc: ReadingContext,
  u: UnitText,
  warn: boolean,
): { reading: SentenceReading; quote: string } | null {
  const labelText = u.joined.text.slice(0, u.label.end).trim();
  if (u.label.parallel) readParallelLabel(rc, u, labelText);
  let subject = u.subject;
  let last: { reading: SentenceReading; quote: string } | null = null;
  let previous: { folded: string; refs: readonly FoundReference[] } | null = null;
  const parts = splitSentences(u.joined.text.slice(u.label.end));
  const foldedPart = (i: number): string => {
    const part = parts[i];
    const offset = (part?.offset ?? 0) + u.label.end;
    return part ? u.joined.folded.slice(offset, offset + part.text.length) : "";
  };
  const namedIn = (i: number): FoundReference[] => {
    const offset = (parts[i]?.offset ?? 0) + u.label.end;
    const end = offset + (parts[i]?.text.length ?? 0);
    return u.refs
      .filter((r) => r.start >= offset && r.end <= end)
      .map((r) => ({ ...r, start: r.start - offset, end: r.end - offset }));
  };
  for (const [i, part] of parts.entries()) {
    const offset = part.offset + u.label.end;
    const folded = foldedPart(i);
    const named = namedIn(i);
    const local = resolveCataphora(folded, resolveIt(folded, resolveAnaphora(folded, named, previous)));
    previous = { folded, refs: named };
    const topic = u.label.subject !== null && subject === u.label.subject;
    const line = u.lineAt(offset);
    const opening = openingException(folded, local);
    const said = evidence(labelText.length > 0 ? `${labelText} ${part.text}` : part.text, line);
    if (opening.own !== null)
      recordSentence(rc, readSentence(opening.own.folded, opening.own.refs, null, false), said);
    const words = readSentence(
      opening.folded,
      opening.refs,
      subject,
      u.label.end > 0 && u.label.parallel,
      false,
      topic,
    );
    const read = scopedToTests(rc, folded, purposeParts(rc, folded, opening.refs, words), line);
    // "... Setup → US1 → US3. It is only a suggestion.": the next sentence takes this one back.
    // "... The only exceptions are 2.1 and 2.7.": the next sentence carves tasks out of this one.
    // A sentence naming no task ("nobody opens a PR before the skeleton is merged") restates the rule, so
    // the exceptions may come in the sentence after it.
    const next = namedIn(i + 1).length === 0 && foldedPart(i + 1).trim() !== "" ? i + 2 : i + 1;
    const excepted = new Set([...exceptionsNamed(foldedPart(next), namedIn(next)), ...opening.excepted]);
    // "I wrote that US4 waits for US3. That is not true.": what it reports is denied.
    if (takesBackReported(folded, foldedPart(i + 1)))
      recordSentence(rc, { relations: [], parallel: [], denied: read.relations }, said);
    else if (!disclaims(foldedPart(i + 1)))
      recordSentence(
        rc,
        withoutNextExceptions(read, excepted, (id) => leavesIn(rc, id)),
        said,
      );
    if (warn && read.unread && read.relations.length + read.parallel.length + read.sequences.length === 0)
      warnUnread(rc, line, said.quote);
    subject = read.subject;
    last = { reading: read, quote: said.quote };
  }
  return last;
}

/**
 * "T002 and T003 can run in parallel: both only read the config", "T021 ∥ T022: separate modules": a label
 * that names two things with a word of parallel work is itself a claim; the words after it give the reason.
 */
function readParallelLabel(rc: ReadingContext, u: UnitText, labelText: string): void {
  const refs = u.refs.filter((r) => r.end <= u.label.end);
  if (refs.length < 2) return;
  // Without its colon, so that it does not read as a label again.
  const words = u.joined.folded.slice(0, u.label.end).replace(/[:：]\s*$/, (c) => " ".repeat(c.length));
  const read = readSentence(words, refs, null, false);
  recordSentence(rc, { relations: [], parallel: read.parallel }, evidence(labelText, u.lineAt(0)));
}

/** Warns about a sentence that reads like a dependency but relates nothing maestro knows. */
function warnUnread(rc: ReadingContext, line: number, quote: string): void {
  // An unknown ID on the line has been reported already.
  const prefix = `${rc.source}:${line}: `;
  // So has a link the sentence takes back ("Ignore the `Blocked by: T003` on T005").
  const said = (w: string): boolean =>
    w.startsWith(prefix) && (w.endsWith("is not a task in this list") || w.includes(TAKES_BACK));
  if (rc.ctx.warnings.some(said)) return;
  warnAbout(
    rc,
    line,
    `"${quote}" reads like a dependency, but maestro cannot tell what it relates; no edge from it`,
  );
}

/**
 * An item under a lead-in line ("After Phase 2 completes:") takes the lead-in's relation, with its own
 * first list of references as the subject.
 */
function lendLeadIn(
  rc: ReadingContext,
  leadIn: LeadIn,
  joined: JoinedText,
  refs: readonly FoundReference[],
  line: number,
): void {
  const own = dropAppositions(joined.folded, refs, findParentheses(joined.folded));
  const subject = (referenceGroups(joined.folded, own)[0] ?? []).map((r) => r.target);
  if (subject.length === 0) return;
  const relations = leadIn.relations.map((d) =>
    d.forward ? { before: d.object, after: subject } : { before: subject, after: d.object },
  );
  recordSentence(rc, { relations, parallel: [] }, evidence(`${leadIn.quote} ${joined.text}`, line));
}

/**
 * The label a unit opens with ("**Phase 4**:", "User Story 3 (P1) - Themes:", "US1 (Tokens) →"): where it
 * ends, the references it names (its subject) and whether it is a parallel label ("Parallel:").
 */
function unitLabel(
  folded: string,
  refs: readonly FoundReference[],
): { end: number; subject: Target[] | null; parallel: boolean } {
  const head = folded.slice(0, 120);
  const parentheses = findParentheses(head);
  const markers = findMarkers(head);
  const end = labelEnd(head, markers, parentheses);
  if (end < 0) return { end: 0, subject: null, parallel: false };
  const own = dropAppositions(folded, refs, parentheses)
    .filter((r) => r.end <= end)
    .map((r) => r.target);
  return {
    end,
    subject: own.length > 0 ? own : null,
    parallel: markers.some((m) => m.end <= end && m.type === "parallel"),
  };
}

/**
 * The subject a unit starts with: its parent item's label, else the phase it is written in, else the
 * labelled section ("## Step 3: ...") whose introduction it is (`section`, found once per unit).
 */
function inheritedSubject(
  rc: ReadingContext,
  unit: ProseUnit,
  enclosing: number | null,
  section: Target | null,
): Target[] | null {
  for (let parent = unit.parent; parent !== null; parent = parent.parent) {
    const label = labelSubject(rc, parent);
    if (label) return label;
  }
  if (enclosing === null) return section === null ? null : [section];
  return [
    { level: "group", phases: [enclosing], ids: [], written: rc.vocabulary.phases[enclosing]?.title ?? "" },
  ];
}

/** The labelled section whose introduction a unit is ("## Step 3: ..." then text before its first task). */
function enclosingSection(rc: ReadingContext, unit: ProseUnit): Target | null {
  const first = unit.lines[0]?.line ?? Infinity;
  return sectionIntroduced(unit.headings.at(-1), first, rc.vocabulary.labelledSections, rc.ctx.byId);
}

const labels = new WeakMap<ProseUnit, Target[] | null>();

/** The references of a unit's label ("**User Stories (Phase 3-5)**: ..."), or null; read once per unit. */
function labelSubject(rc: ReadingContext, unit: ProseUnit): Target[] | null {
  const known = labels.get(unit);
  if (known !== undefined) return known;
  const joined = joinLines(unit);
  let subject: Target[] | null = null;
  if (mayRefer(rc, joined.folded)) {
    const refs = findReferences(rc, joined.folded, unit.lines[0]?.line ?? 0);
    subject = unitLabel(joined.folded, refs).subject;
    // "- **T023**" or "- **Phase 2 (Setup)**" alone on its line heads the items nested under it.
    if (
      subject === null &&
      refs.length > 0 &&
      unit.lines.length === 1 &&
      BOLD_ONLY.test(unit.lines[0]?.text ?? "")
    )
      subject = dropAppositions(joined.folded, refs, findParentheses(joined.folded)).map((r) => r.target);
  }
  labels.set(unit, subject);
  return subject;
}

const BOLD_ONLY = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$/;

function joinLines(unit: ProseUnit): JoinedText {
  let text = "";
  const starts: JoinedText["starts"] = [];
  for (const line of unit.lines) {
    if (text.length > 0) text += " ";
    starts.push({ offset: text.length, line: line.line });
    text += cleanLine(line.text);
  }
  // Quoted words are mentioned, not used: a check named "all phases reviewed" names no phase.
  const folded = foldText(text).replace(QUOTED_SPAN, (q) => `"${" ".repeat(q.length - 2)}"`);
  return { text, folded: rightToLeft(text) ? mirrorArrows(folded) : folded, starts };
}

// A paragraph whose first letter is Arabic or Hebrew is written right to left (Unicode's paragraph
// direction): its arrows point the other way round in the order the words are read, so "المرحلة 1 ←
// المرحلة 2" is phase 1, then phase 2. The arrows are turned, one character for one.
const FIRST_LETTER = /\p{L}/u;
const RTL_LETTER = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const MIRRORED: Readonly<Record<string, string>> = {
  "←": "→",
  "→": "←",
  "⟵": "⟶",
  "⟶": "⟵",
  "⇐": "⇒",
  "⇒": "⇐",
  "⬅": "➡",
  "➡": "⬅",
};

function rightToLeft(text: string): boolean {
  const first = FIRST_LETTER.exec(text)?.[0];
  return first !== undefined && RTL_LETTER.test(first);
}

function mirrorArrows(text: string): string {
  return text.replace(/[←→⟵⟶⇐⇒⬅➡]/g, (a) => MIRRORED[a] ?? a);
}

/** A task's leaf sub-tasks (itself when it has none). */
function leavesIn(rc: ReadingContext, id: string): string[] {
  return leafIds(rc.ctx.byId, id);
}
