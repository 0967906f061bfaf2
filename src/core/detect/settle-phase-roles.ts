import type { ListNote, Phase, PhaseKind, TaskList } from "../model/task.js";

// A phase's own text declaring that every story waits for it: "no story can start until this phase is
// done", "blocks all user stories", "must be complete before any user story". The words that name every
// story and a word of waiting must sit in one sentence.
const EVERY_STORY =
  /\b(?:all|every|any|each|none)\s+(?:of\s+the\s+)?(?:user\s+)?stor(?:y|ies)\b|\bno\s+(?:user\s+)?story\b/i;
const WAITING =
  /\b(?:block(?:s|ing)?|before|until|prerequisites?|gates?|must\s+(?:be\s+)?(?:complete|finish|done))/i;
const NOT_BINDING = /\b(?:optional(?:ly)?|could|e\.g\.|for example|recommended|ideally|if possible)\b/i;

/**
 * Settles each phase's role from its position and the list's own words, not from a word in its heading.
 * A heading only proposes a role: Setup and Foundational are roles of phases that come before every user
 * story, and Polish is the role of a phase after them. A later "Phase 7: Foundational Widgets" is an
 * ordinary phase, ordered by its place in the list. A phase before the stories whose own text says that
 * every story waits for it is Foundational whatever its heading calls it.
 */
export function settlePhaseRoles(list: TaskList): TaskList {
  const firstStory = list.phases.find((p) => p.kind === "story")?.index ?? null;
  let changed = false;
  const phases = list.phases.map((phase): Phase => {
    const kind = settledKind(phase, firstStory, declaresFoundational(list, phase));
    if (kind === phase.kind) return phase;
    changed = true;
    return { ...phase, kind };
  });
  return changed ? { ...list, phases } : list;
}

function settledKind(phase: Phase, firstStory: number | null, declared: boolean): PhaseKind {
  const beforeStories = firstStory === null || phase.index < firstStory;
  switch (phase.kind) {
    case "setup":
    case "foundational":
      return beforeStories ? phase.kind : "other";
    case "polish":
      return firstStory !== null && phase.index < firstStory ? "other" : "polish";
    case "other":
      return declared && firstStory !== null && phase.index < firstStory ? "foundational" : "other";
    default:
      return phase.kind;
  }
}

/** True when a sentence in the phase's own text (between its heading and the next phase) says every story waits. */
function declaresFoundational(list: TaskList, phase: Phase): boolean {
  const next = list.phases[phase.index + 1]?.line ?? Number.POSITIVE_INFINITY;
  const own = (list.notes ?? []).filter(
    (n: ListNote) => n.code === null && n.line > phase.line && n.line < next,
  );
  const sentences = own
    .map((n) => n.text)
    .join(" ")
    .split(/(?<=[.!?])\s+|\n/);
  return sentences.some((s) => EVERY_STORY.test(s) && WAITING.test(s) && !NOT_BINDING.test(s));
}
