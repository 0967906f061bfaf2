import type { Phase, PhaseKind, TaskList } from "../../model/task.js";
import { ordinalPhaseNumber } from "../../parse/classify-phase.js";
import { foldText } from "./fold-text.js";
import { patternList, type WordList } from "./word-matcher.js";
import { FINAL_PHASE_WORDS, PHASE_WORDS } from "./words/phase-words.js";
import { PRIORITY_WORDS } from "./words/story-words.js";
import { TRACK_LABEL, TRACK_WORDS } from "./words/track-words.js";
import { labelledSectionsOf, type LabelledSections } from "./labelled-sections.js";
import { namedSetsOf } from "./named-sets.js";
import { numberedSectionsOf } from "./numbered-sections.js";

/** How one list names its groups: phase numbers, stories, priorities and roles, resolved to phases. */
export interface ListVocabulary {
  phases: readonly Phase[];
  /** "3", "3.1" -> the phases whose heading carries that number. */
  phaseByNumber: ReadonlyMap<string, number[]>;
  /** "US3", "AUTH-US3" -> the phases of that story. */
  storyPhases: ReadonlyMap<string, number[]>;
  /** "US3" -> tasks labelled with that story (for stories without a phase of their own). */
  storyTasks: ReadonlyMap<string, string[]>;
  /** "P1" -> the story phases of that priority; empty when the list gives stories no priorities. */
  priorityPhases: ReadonlyMap<string, number[]>;
  /** The phases of each role. */
  rolePhases: ReadonlyMap<PhaseKind, number[]>;
  /** The last phase, for "the final phase". */
  finalPhase: number | null;
  /** Tasks by phase, in list order. */
  phaseTasks: ReadonlyMap<number, string[]>;
  /** "track a" -> the tasks under the headings that open with that track's name (phases or sections). */
  trackTasks: ReadonlyMap<string, string[]>;
  /** "batch b" -> the tasks a line of the list's prose defines the set with ("Batch B: T009–T012"). */
  namedSets: ReadonlyMap<string, string[]>;
  /** "milestone 2" -> the tasks under the headings that count the list's sections ("## Milestone 2 — API"). */
  numberedSections: ReadonlyMap<string, string[]>;
  /** "bloque" -> "E" -> the tasks under the headings the list labels with its own word ("## Bloque E"). */
  labelledSections: LabelledSections;
  /** "infra/prod/" -> the tasks with a file in that folder, in list order. */
  tasksUnder(folder: string): string[];
  /** "backend" -> the tasks under a section heading of that name ("### Backend"), in list order. */
  sectionTasks: ReadonlyMap<string, string[]>;
  /** "tests" -> the tasks whose own Tags or Labels field names it ("Labels: backend, tests"). */
  taggedTasks: ReadonlyMap<string, string[]>;
}

// A task's own tags, as trackers export them: "Tags: Backend, Tests", "Labels: infra, ci".
const TAGS_FIELD = /^\s*(?:[-*+]\s+)?(?:\*\*)?(?:tags?|labels?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.+)$/gimu;

function tagsOf(body: string): string[] {
  return [...body.matchAll(TAGS_FIELD)].flatMap((m) =>
    (m[1] ?? "")
      .split(/[,;]/)
      .map((t) => t.replace(/[`*_]/g, "").trim().toLowerCase())
      .filter((t) => t.length > 0),
  );
}

let phaseNumberWords: WordList<string> | null = null;

/** Builds the vocabulary of a list from its phases and tasks. */
export function listVocabulary(list: TaskList): ListVocabulary {
  const storyTasks = new Map<string, string[]>();
  const phaseTasks = new Map<number, string[]>();
  const sectionTasks = new Map<string, string[]>();
  const taggedTasks = new Map<string, string[]>();
  for (const task of list.tasks) {
    if (task.group) continue;
    for (const tag of tagsOf(task.body)) push(taggedTasks, tag, task.id);
    for (const story of task.stories) push(storyTasks, story, task.id);
    if (task.phase !== null) push(phaseTasks, task.phase, task.id);
    if (task.section !== null) {
      push(sectionTasks, sectionKey(task.section), task.id);
      const name = sectionKey(sectionName(task.section));
      if (name !== sectionKey(task.section)) push(sectionTasks, name, task.id);
    }
  }
  const phaseByNumber = new Map<string, number[]>();
  const storyPhases = new Map<string, number[]>();
  const priorityPhases = new Map<string, number[]>();
  const rolePhases = new Map<PhaseKind, number[]>();
  for (const phase of list.phases) {
    const number = phaseNumber(phase.title);
    if (number !== null) push(phaseByNumber, number, phase.index);
    if (phase.story !== null) push(storyPhases, phase.story, phase.index);
    const priority = phase.kind === "story" ? priorityOf(phase.title) : null;
    if (priority !== null) push(priorityPhases, priority, phase.index);
    push(rolePhases, phase.kind, phase.index);
  }
  const trackTasks = tracksOf(list);
  const last = list.phases[list.phases.length - 1];
  return {
    phases: list.phases,
    phaseByNumber,
    storyPhases,
    storyTasks,
    priorityPhases,
    rolePhases,
    finalPhase: last ? last.index : null,
    phaseTasks,
    trackTasks,
    namedSets: namedSetsOf(list),
    numberedSections: numberedSectionsOf(list),
    labelledSections: labelledSectionsOf(list),
    sectionTasks,
    taggedTasks,
    tasksUnder: (folder) => {
      const under = folder.toLowerCase().replace(/^\.?\//, "");
      return list.tasks
        .filter((t) => !t.group && t.files.some((f) => f.toLowerCase().startsWith(under)))
        .map((t) => t.id);
    },
  };
}

/** A section heading as its name is written in prose: "### 🖥 Backend" -> "backend". */
export function sectionKey(heading: string): string {
  return foldText(heading)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .replace(/\s+/g, " ");
}

/**
 * A section heading's name without the kind of section before it or an aside after it: "Milestone: Limits
 * and alerts (target May 2)" -> "Limits and alerts".
 */
function sectionName(heading: string): string {
  return heading
    .replace(/^\s*[\p{L}][\p{L} -]{0,24}[:：]\s+/u, "")
    .replace(/\s*[(（][^)）]*[)）]\s*$/u, "")
    .trim();
}

let trackHeading: RegExp | null = null;

/** The track a heading opens with, as a key ("Track A: Billing API" -> "track a"), or null. */
export function trackKey(heading: string): string | null {
  trackHeading ??= new RegExp(`^\\W*(?:${TRACK_WORDS.join("|")})\\s*(${TRACK_LABEL})`, "iu");
  const folded = foldText(heading).toLowerCase();
  const m = trackHeading.exec(folded);
  if (!m) return null;
  const word = folded
    .slice(0, m.index + m[0].length - (m[1]?.length ?? 0))
    .replace(/^\W*/, "")
    .trim();
  return `${word.replace(/\s+/g, " ")} ${m[1] ?? ""}`;
}

/** Tasks by track: under a phase or a section whose heading names a track. */
function tracksOf(list: TaskList): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const task of list.tasks) {
    if (task.group) continue;
    const phase = task.phase === null ? null : list.phases[task.phase];
    for (const heading of [phase?.title ?? "", task.section ?? ""]) {
      const key = trackKey(heading);
      if (key !== null) push(out, key, task.id);
    }
  }
  return out;
}

/** The number a phase heading opens with ("Phase 3.1: Setup" -> "3.1"), or null. */
function phaseNumber(title: string): string | null {
  phaseNumberWords ??= patternList([
    ...PHASE_WORDS.map((w) => String.raw`(?:${w})\s*\d+(?:\.\d+)*`),
    ...FINAL_PHASE_WORDS,
  ]);
  // Hungarian writes the ordinal first: "2. fázis: Alapok".
  const ordinal = ordinalPhaseNumber(title);
  if (ordinal !== null) return normaliseNumber(ordinal);
  const folded = foldText(title);
  const found = phaseNumberWords.first(folded);
  if (!found || found.start > 2) return null;
  const digits = /\d+(?:\.\d+)*/.exec(folded.slice(found.start, found.end));
  return digits ? normaliseNumber(digits[0]) : "final";
}

/** "03" -> "3", "2.05" -> "2.5": numbers compare as written by people, not as strings. */
export function normaliseNumber(written: string): string {
  return written
    .split(".")
    .map((part) => String(Number(part)))
    .join(".");
}

const PRIORITY = new RegExp(String.raw`(?:(?:${PRIORITY_WORDS.join("|")})\s*[:：]?\s*|\(|\s|^)P(\d)\b`, "iu");

/** The priority a story phase declares ("(Priority: P1)", "(P2)", "... MVP P1") or null. */
function priorityOf(title: string): string | null {
  const m = PRIORITY.exec(title);
  return m ? `P${m[1] ?? ""}` : null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
