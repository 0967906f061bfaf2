import type { PhaseKind } from "../../model/task.js";
import type { ListVocabulary } from "./list-vocabulary.js";
import { normaliseNumber, trackKey } from "./list-vocabulary.js";
import type { FoundReference, Target } from "./statement-types.js";
import { WordList, anyOf } from "./word-matcher.js";
import { FINAL_PHASE_WORDS, PHASE_WORDS } from "./words/phase-words.js";
import {
  ALL_BEFORE_WORDS,
  ALL_OTHERS_WORDS,
  ALL_WORDS,
  countOfDefinitePlural,
  DEFINITE_STORIES_WORDS,
  EACH_OTHER_WORDS,
  NO_WORDS,
  OTHER_WORDS,
  THIS_PHASE_WORDS,
} from "./words/quantifier-words.js";
import { ROLE_WORDS } from "./words/role-words.js";
import { STORY_WORDS } from "./words/story-words.js";
import { TRACK_LABEL, TRACK_WORDS } from "./words/track-words.js";
import { bareSetLabels, namedSetTasks, SET_LABEL, SET_WORDS } from "./named-sets.js";
import { findBareLabels, findLabelledSections } from "./labelled-sections.js";
import { numberedSectionTasks, SECTION_COUNT_WORDS } from "./numbered-sections.js";
import { namedSection, sectionGroup } from "./section-groups.js";
import { HU_PHASE_WORDS, HU_STORY_WORDS } from "./words/phase-words.js";
import { findOrdinalPhases } from "./ordinal-references.js";

type Kind =
  | "phase"
  | "story"
  | "us"
  | "priority"
  | "role"
  | "final"
  | "all-stories"
  | "definite-stories"
  | "all-phases"
  | "all-before"
  | "all-others"
  | "each-other"
  | "this"
  | "track"
  | "named-set"
  | "numbered-section"
  | "folder"
  | "section"
  | "tagged"
  | "phase-wildcard";
interface Entry {
  kind: Kind;
  pattern: string;
  role?: PhaseKind;
}

const NUM = String.raw`\d+(?:\.\d+)*[a-z]?`;
// "to" between two numbers in Arabic, Hebrew and Persian ("3 إلى 6", "3 עד 6", "۳ تا ۶").
const RANGE_WORDS = String.raw`إلى|الى|עד|تا|ถึง|(?<![\u0600-\u06FF])سے(?![\u0600-\u06FF])|(?<![\u0600-\u06FF])اور(?![\u0600-\u06FF])`;
// Arabic joins "و" (and) to the next number ("1 و2") and says "إلى" (to) for a range; Hebrew "ו-2" (and
// 2), "3 עד 6" (3 to 6); Persian "۳ تا ۶" (3 to 6); Urdu "3 سے ۶ تک" (3 to 6), "3 اور 4" (3 and 4).
const SEP = String.raw`\s*(?:,|/|&|\+|\band\b|\be\b|\by\b|\bet\b|\bи\b|、|和|-|–|—|\bto\b|\bthrough\b|~|،|و|${RANGE_WORDS}|ו-?|และ|और)\s*`;
const PHASE = anyOf(PHASE_WORDS);
const STORY = anyOf(STORY_WORDS);
// A user story by its initials: "US3", Spanish and Portuguese "HU3" (historia de usuario), Russian "ИП3"
// (история пользователя) or "ПИ3" (пользовательская история), Lithuanian "VI3" (vartotojo istorija; only
// joined to its number: the Nordic "vi" is "we").
const US = String.raw`(?:[a-z]+-)?(?:(?:us|hu|ип|пи)[- ]?|vi(?=-?\d)-?)`;
// A Turkish case ending after an apostrophe ("US3, US1'e bağlıdır": US3 depends on US1) marks the object:
// that item is not one more of the list before it (reference-groups.ts sorts subject from object). English
// contractions ("US2's") are none. Nor is an item that a case ending later in the sentence takes into the
// object ("US3, US1 ve US2'ye": US3 on US1 and US2; Turkish puts the ending on a list's last item only).
const CASE_ENDING_AHEAD = String.raw`['’](?!(?:s|t|d|ll|re|ve|m)(?![a-zı]))[a-zıçşğöü]`;
const NO_CASE_ENDING = String.raw`(?!${CASE_ENDING_AHEAD})(?![^.;:!?]*?\s(?:ve|ile|veya|ya\s+da)\s+(?:us[- ]?)?\d+${CASE_ENDING_AHEAD})`;

// A section's name: a whole word of letters that is no phase or story word and has no number after it
// ("Backend", not "Phase 3", "US2" or "US 2"), nor a word pointing at one ("nothing in this phase": the
// phase the words sit in).
const SECTION_NAME = String.raw`(?!(?:${PHASE}|${STORY}|us|stage|step|this|that|these|those|its|their|each|every|any|all)(?![\w-]))[a-z][a-z-]*(?![\w-])(?!\s*[\d+#])`;

// "a", "o", "i" and "de" are left out: each is also an indefinite article or a preposition somewhere.
const DEFINITE_ARTICLE_BEFORE =
  /(?:^|[\s(])(?:the|les|la|le|los|las|el|os|as|die|der|das|den|het|il|lo|gli)\s+$|(?:^|[\s(])l['’]$/iu;

const ENTRIES: Entry[] = [
  {
    kind: "phase",
    pattern: String.raw`(?:${PHASE})\s*${NUM}(?:\s*\+)?(?:${SEP}(?:(?:${PHASE})\s*)?${NUM}${NO_CASE_ENDING}(?:\s*\+)?)*`,
  },
  {
    kind: "story",
    pattern: String.raw`(?:${STORY})\s*#?\s*\d+(?:${SEP}(?:${US}|(?:${STORY})\s*)?\d+${NO_CASE_ENDING})*`,
  },
  // Hungarian writes the ordinal before the noun: "a 2. fázis után", "3–6. fázis", "az 1. történet".
  { kind: "phase", pattern: String.raw`\d+(?:\s*[-–]\s*\d+)?\.\s+(?:${anyOf(HU_PHASE_WORDS)})` },
  { kind: "story", pattern: String.raw`\d+(?:\s*[-–]\s*\d+)?\.\s+(?:${anyOf(HU_STORY_WORDS)})` },
  // Korean "2단계", Chinese and Japanese "第 2 阶段", "第2フェーズ": the number before the word.
  { kind: "phase", pattern: String.raw`\d+(?:\s*[-–~]\s*\d+)?\s*단계|第\s*\d+\s*(?:阶段|階段|フェーズ)` },
  // "after 3.x": every task of phase 3 (never a version: "Python 3.x", "Node 20.x").
  { kind: "phase-wildcard", pattern: String.raw`(?<![\w.])\d+\.[x*](?![\w.]*\w)` },
  { kind: "us", pattern: String.raw`(?<![\w-])${US}\d+(?:${SEP}(?:${US})?\d+(?![\w.])${NO_CASE_ENDING})*` },
  { kind: "priority", pattern: String.raw`(?<![\w[])p\d(?![\w\]])` },
  ...ROLE_WORDS.map((r) => ({ kind: "role" as const, pattern: r.pattern, role: r.kind })),
  { kind: "final", pattern: anyOf(FINAL_PHASE_WORDS) },
  {
    kind: "all-stories",
    pattern: String.raw`(?:${anyOf([...ALL_WORDS, ...NO_WORDS])})(?:\s+(?:${anyOf(OTHER_WORDS)}))?(?:\s+[^\s.;:]+){0,3}?\s*(?:${STORY})(?!\s*#?\s*\d)`,
  },
  // Thai puts "any" and "all" after the noun: "เรื่องราวผู้ใช้ใดๆ" (any user story), "... ทั้งหมด" (all).
  { kind: "all-stories", pattern: String.raw`(?:${STORY})\s*(?:ใด\s*ๆ|ใด|ทั้งหมด)` },
  { kind: "definite-stories", pattern: anyOf(DEFINITE_STORIES_WORDS) },
  {
    kind: "all-phases",
    pattern: String.raw`(?:${anyOf(ALL_WORDS)})(?:\s+[^\s.;:]+){0,2}?\s*(?:${PHASE})(?!\s*(?:\d|[ivx]+\b))`,
  },
  { kind: "all-before", pattern: anyOf(ALL_BEFORE_WORDS) },
  { kind: "all-others", pattern: anyOf(ALL_OTHERS_WORDS) },
  { kind: "each-other", pattern: anyOf(EACH_OTHER_WORDS) },
  { kind: "this", pattern: anyOf(THIS_PHASE_WORDS) },
  { kind: "track", pattern: String.raw`(?:${anyOf(TRACK_WORDS)})\s*${TRACK_LABEL}` },
  // "Batch B", "Batches E, G and L", "Batches G to J": sets the list's prose defines.
  {
    kind: "named-set",
    pattern: String.raw`(?:${SET_WORDS})\s+${SET_LABEL}(?:\s*(?:,|&|and|to|through|[-–])\s*${SET_LABEL})*`,
  },
  // "Milestone 2", "milestones 1 to 4", "Sprints 2 and 3": sections the list's headings count.
  {
    kind: "numbered-section",
    pattern: String.raw`(?:${SECTION_COUNT_WORDS})\s*#?\s*\d+(?:\s*(?:,|&|and|or|to|through|[-–])\s*\d+)*(?!\d)`,
  },
  // "nothing under infra/prod/", "anything that writes under infra/", "every task in src/api/": the tasks
  // whose files are in that folder (written with its closing slash).
  {
    kind: "folder",
    pattern: String.raw`(?:anything|nothing|everything|(?:every|any|no|all)\s+(?:\S+\s+)?(?:tasks?|items?|work|changes?))(?:\s+(?:that|which)\s+(?:writes?|touch(?:es)?|changes?|edits?|lives?))?\s+(?:under|in(?:side)?|within|below)\s+[\w.-]+(?:/[\w.-]+)*/`,
  },
  // "everything under Backend, Worker and Frontend", "all items in the Rollout section": the tasks under
  // the section headings of those names (resolved against the list's own headings; no such heading, no
  // reference).
  {
    kind: "section",
    pattern: String.raw`(?:anything|nothing|everything|(?:every|any|no|all)\s+(?:\S+\s+)?(?:tasks?|items?|issues?|work))\s+(?:under|in(?:side)?|within|below)\s+(?:the\s+)?${SECTION_NAME}(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*,\s*(?:and|or)\s+)(?:the\s+)?${SECTION_NAME})*(?:\s+sections?)?(?![\w/])`,
  },
  // "every page tagged Tests", "all issues labelled infra": the tasks whose own Tags or Labels field names
  // that value (no task has it, no reference).
  {
    kind: "tagged",
    pattern: String.raw`(?:every|any|all|each)\s+(?:\S+\s+)?(?:pages?|issues?|tasks?|items?|tickets?|cards?)\s+(?:tagged|label(?:l)?ed|with\s+the\s+(?:tag|label))\s+["“\`]?[\w][\w-]*`,
  },
];

let words: WordList<Entry> | null = null;

/**
 * Phases and stories a piece of (folded) text names: "Phase 3", "Phases 3-5", "Phase 3+", "US3",
 * "User Stories 2 and 3", "AUTH-US1/US2", "P1" (when stories carry priorities), "Setup", "Foundational",
 * "Polish", "the final phase", "all user stories", "all other phases", "everything above it", "each other",
 * "this phase" (or "this step": the labelled section the words sit in, where they sit in no phase).
 * Overlapping matches keep the longest.
 */
export function findGroupReferences(
  text: string,
  vocabulary: ListVocabulary,
  enclosingPhase: number | null,
  enclosingSection: Target | null = null,
): FoundReference[] {
  words ??= new WordList(ENTRIES, (e) => e.pattern);
  const out: FoundReference[] = [];
  for (const m of words.findAll(text)) {
    if (out.some((r) => r.start < m.end && m.start < r.end)) continue;
    const written = text.slice(m.start, m.end);
    if (m.entry.kind === "role" && !namesPhase(written, text.slice(0, m.start), text.slice(m.end))) continue;
    if (m.entry.kind === "phase-wildcard" && VERSIONED.test(text.slice(0, m.start))) continue;
    const named = m.entry.kind === "section" ? namedSection(text, m.start, m.end, vocabulary) : null;
    if (named) {
      out.push(named);
      continue;
    }
    const target = targetOf(m.entry, written, vocabulary, enclosingPhase, enclosingSection);
    if (target) out.push({ start: m.start, end: m.end, target });
  }
  for (const ordinal of findOrdinalPhases(text, vocabulary))
    if (!out.some((r) => r.start < ordinal.end && ordinal.start < r.end)) out.push(ordinal);
  for (const named of findLabelledSections(text, vocabulary.labelledSections))
    if (!out.some((r) => r.start < named.end && named.start < r.end)) out.push(named);
  for (const bare of findBareLabels(text, vocabulary.labelledSections))
    if (!out.some((r) => r.start < bare.end && bare.start < r.end)) out.push(bare);
  const setWord = out.map((r) => SET_WORD.exec(text.slice(r.start, r.end))?.[0]).find((w) => w !== undefined);
  if (setWord !== undefined)
    for (const bare of bareSetLabels(text, setWord, vocabulary.namedSets))
      if (!out.some((r) => r.start < bare.end && bare.start < r.end)) out.push(bare);
  return out.sort((a, b) => a.start - b.start);
}

// A product name or a version word right before a number: "Python 3.x", "node 20.x", "v2.x" (a capitalised
// word of order is none: "After 3.x").
const VERSIONED =
  /(?:\b(?!(?:After|Before|Once|Until|Then|And|Or|Needs?|Requires?|Blocked|Deps?|Depends|Following)\b)[A-Z][\w.+-]*|\b(?:[vV]|[vV]ersions?|node|python|java|go|ruby|php)\.?)\s*$/u;

const SET_WORD = new RegExp(String.raw`^(?:${SET_WORDS})(?=\s)`, "i");

/**
 * A role word names a phase when written as a name ("Setup", "Foundational"), after a definite article
 * ("les finitions", "la configuración": languages that write nouns in lower case name the phase so) or
 * followed by "phase"; "developer setup" or "test setup" is not the Setup phase. Scripts without case always
 * count.
 */
function namesPhase(written: string, before: string, after: string): boolean {
  if (!/^[a-z]/i.test(written)) return true;
  if (/^[A-Z]/.test(written)) return true;
  if (DEFINITE_ARTICLE_BEFORE.test(before)) return true;
  return new RegExp(String.raw`^\s*(?:${PHASE})\b`, "i").test(after);
}

function targetOf(
  entry: Entry,
  written: string,
  v: ListVocabulary,
  enclosing: number | null,
  section: Target | null,
): Target | null {
  const group = (phases: readonly number[], ids: readonly string[] = []): Target | null =>
    phases.length > 0 || ids.length > 0 ? { level: "group", phases, ids, written } : null;
  switch (entry.kind) {
    case "phase":
    case "phase-wildcard":
      return group(phaseNumbers(written.replace(/\.[x*]$/i, ""), v));
    case "story":
    case "us":
      return storyGroup(written, v);
    case "priority":
      return group(v.priorityPhases.get(written.toUpperCase()) ?? []);
    case "role":
      return group(entry.role ? (v.rolePhases.get(entry.role) ?? []) : []);
    case "final":
      return group(v.finalPhase === null ? [] : [v.finalPhase]);
    case "all-stories":
      return allStories(written, v);
    case "definite-stories":
      return definiteStories(written, v);
    case "all-phases":
    case "all-before":
      return { level: "earlier", written };
    case "all-others":
      // In a list without phases, every other task; with phases the scope is not said.
      return v.phases.length === 0 ? { level: "rest-of-phase", written } : null;
    case "each-other":
      return { level: "each-other", written };
    case "this":
      // "this step" under "## Step 3: ..." in a list without phases: that section's tasks.
      return enclosing === null && section !== null
        ? { ...section, written }
        : group(enclosing === null ? [] : [enclosing]);
    case "track":
      return group([], v.trackTasks.get(trackKey(written) ?? "") ?? []);
    case "named-set": {
      const ids = namedSetTasks(written, v.namedSets);
      return ids.length === 0 ? null : group([], ids);
    }
    case "numbered-section":
      return group([], numberedSectionTasks(written, v.numberedSections));
    case "folder":
      return group([], v.tasksUnder(/\S+\/$/.exec(written)?.[0] ?? ""));
    case "section":
      return sectionGroup(written, v);
    case "tagged":
      return group([], v.taggedTasks.get((/[\w-]+$/.exec(written)?.[0] ?? "").toLowerCase()) ?? []);
  }
}

/** "Phase 3", "Phases 3-5", "Phase 3+", "Phases 2 and 3" -> phase indices. */
function phaseNumbers(written: string, v: ListVocabulary): number[] {
  const out: number[] = [];
  const parts = [
    ...written.matchAll(
      new RegExp(String.raw`(${NUM})(\s*\+)?|(-|–|—|\bto\b|\bthrough\b|~|${RANGE_WORDS})`, "giu"),
    ),
  ];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part || part[1] === undefined) continue;
    const n = normaliseNumber(part[1].replace(/[a-z]$/i, ""));
    const next = parts[i + 1];
    const end = next?.[3] !== undefined ? parts[i + 2]?.[1] : undefined;
    if (end !== undefined) {
      out.push(...between(v, Number(n), Number(normaliseNumber(end))));
      i += 2;
    } else if (part[2] !== undefined) out.push(...between(v, Number(n), Infinity));
    else out.push(...(v.phaseByNumber.get(n) ?? []));
  }
  return [...new Set(out)];
}

function between(v: ListVocabulary, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (const [n, phases] of v.phaseByNumber) {
    const value = Number(n);
    if (value >= Math.min(lo, hi) && value <= Math.max(lo, hi)) out.push(...phases);
  }
  return out.sort((a, b) => a - b);
}

/** "US3", "User Stories 2 and 3", "US1-US4", "AUTH-US1/US2" -> the phases (or labelled tasks) of those stories. */
function storyGroup(written: string, v: ListVocabulary): Target | null {
  const prefix = /(?<![A-Z0-9])([A-Z]+-)US/i.exec(written)?.[1]?.toUpperCase() ?? "";
  const numbers: number[] = [];
  const parts = [
    ...written.matchAll(new RegExp(String.raw`(\d+)|(-|–|—|\bto\b|\bthrough\b|~|${RANGE_WORDS})`, "giu")),
  ];
  for (let i = 0; i < parts.length; i++) {
    const n = parts[i]?.[1];
    if (n === undefined) continue;
    const end = parts[i + 1]?.[2] !== undefined ? parts[i + 2]?.[1] : undefined;
    if (end !== undefined) {
      for (let k = Math.min(Number(n), Number(end)); k <= Math.max(Number(n), Number(end)); k++)
        numbers.push(k);
      i += 2;
    } else numbers.push(Number(n));
  }
  const phases: number[] = [];
  const ids: string[] = [];
  for (const n of numbers) {
    const story = `${prefix}US${n}`;
    const own = v.storyPhases.get(story);
    if (own) phases.push(...own);
    else ids.push(...(v.storyTasks.get(story) ?? []));
  }
  if (phases.length === 0 && ids.length === 0) return null;
  return { level: "group", phases: [...new Set(phases)], ids, written };
}

/** "all user stories" -> every story phase (or every story-labelled task); "all other stories" leaves out the subject's. */
function allStories(written: string, v: ListVocabulary): Target | null {
  const phases = v.phases.filter((p) => p.kind === "story").map((p) => p.index);
  const ids = phases.length > 0 ? [] : [...new Set([...v.storyTasks.values()].flat())];
  if (phases.length === 0 && ids.length === 0) return null;
  const other = new RegExp(anyOf(OTHER_WORDS), "iu").test(written);
  return { level: "group", phases, ids, written, otherThanSubject: other };
}

/**
 * "the stories", "both stories", "les quatre récits": every story, where the count the words give (if any)
 * is the list's; "the three stories" in a list of four names some of them, and which is not said.
 */
function definiteStories(written: string, v: ListVocabulary): Target | null {
  const count = countOfDefinitePlural(written);
  const stories = v.phases.filter((p) => p.kind === "story").length || new Set(v.storyTasks.keys()).size;
  return count === null || count === stories ? allStories(written, v) : null;
}
