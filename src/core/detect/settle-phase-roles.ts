import type { ListNote, Phase, PhaseKind, Task, TaskList } from "../model/task.js";
import { storyOfPhase } from "./story-of-phase.js";

// A phase's own text declaring that every story waits for it: "no story can start until this phase is
// done", "blocks all user stories", "must be complete before any user story". The words that name every
// story and a word of waiting must sit in one sentence.
const EVERY_STORY =
  /\b(?:all|every|any|each|none)\s+(?:of\s+the\s+)?(?:user\s+)?stor(?:y|ies)\b|\bno\s+(?:user\s+)?story\b/i;
const WAITING =
  /\b(?:block(?:s|ing)?|before|until|prerequisites?|gates?|must\s+(?:be\s+)?(?:complete|finish|done))/i;
const NOT_BINDING = /\b(?:optional(?:ly)?|could|e\.g\.|for example|recommended|ideally|if possible)\b/i;

/**
 * Settles each phase's role from its position, its tasks and the list's own words, not from a word in its
 * heading. A phase whose heading gives it no role is a story's when its tasks carry that story's label
 * (see storyOfPhase), in any language. A heading only proposes the other roles: Setup and Foundational are
 * roles of phases that come before every user story, and Polish is the role of a phase after them. A
 * later "Phase 7: Foundational Widgets" is an ordinary phase, ordered by its place in the list. A phase
 * before the stories whose own text says that every story waits for it is Foundational whatever its
 * heading calls it.
 */
export function settlePhaseRoles(list: TaskList): TaskList {
  const own = tasksByPhase(list);
  const storied = list.phases.map((phase) => withStoryOfTasks(phase, own.get(phase.index) ?? []));
  const firstStory = storied.find((p) => p.kind === "story")?.index ?? null;
  const phases = storied.map((phase): Phase => {
    const kind = settledKind(phase, firstStory, declaresFoundational(list, phase));
    return kind === phase.kind ? phase : { ...phase, kind };
  });
  return phases.every((p, i) => p === list.phases[i]) ? list : { ...list, phases };
}

/** A phase its heading gave no role ("Phase 4: Récit utilisateur 2") is a story's if its tasks say so. */
function withStoryOfTasks(phase: Phase, tasks: readonly Task[]): Phase {
  if (phase.kind !== "other") return phase;
  const story = storyOfPhase(phase, tasks);
  return story === null ? phase : { ...phase, kind: "story", story };
}

function tasksByPhase(list: TaskList): Map<number, Task[]> {
  const byPhase = new Map<number, Task[]>();
  for (const task of list.tasks) {
    if (task.phase === null) continue;
    const own = byPhase.get(task.phase);
    if (own) own.push(task);
    else byPhase.set(task.phase, [task]);
  }
  return byPhase;
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
