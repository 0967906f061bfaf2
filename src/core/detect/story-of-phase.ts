import type { Phase, Task } from "../model/task.js";

// A priority marker in parentheses, in any language: "(Priority: P2)", "(Priorité : P2)", "（优先级：P2）",
// "(P2)". spec-kit gives each user story a priority and writes it in its phase's heading.
const PRIORITY_MARKER = /[(（][^()（）]*\bP\d\b[^()（）]*[)）]/u;

/**
 * The user story a phase belongs to by its structure, whatever language its heading is written in, or
 * null; `tasks` are the phase's own. spec-kit labels every task of a story's phase with that story
 * (`[US2]`) and no task of Setup, Foundational or Polish, so:
 *
 * - a phase whose tasks all carry a label, and whose labels all name one story, is that story's phase;
 * - a phase whose heading carries a priority marker ("(Priorité : P2)") and most of whose tasks carry
 *   labels that all name one story is that story's phase too (a few of its tasks, such as shared
 *   fixtures, went unlabelled).
 *
 * A priority marker alone names no story, and a phase whose tasks name several stories, or that holds
 * a few labelled tasks among unlabelled ones (a Polish phase finishing one story's docs), stays as its
 * heading made it.
 */
export function storyOfPhase(phase: Phase, tasks: readonly Task[]): string | null {
  const own = tasks.filter((t) => !t.group);
  const labelled = own.filter((t) => t.stories.length > 0);
  const stories = new Set(labelled.flatMap((t) => t.stories));
  if (stories.size !== 1 || labelled.length === 0) return null;
  const [story] = stories;
  if (labelled.length === own.length) return story ?? null;
  const most = labelled.length * 2 > own.length;
  return most && PRIORITY_MARKER.test(phase.title) ? (story ?? null) : null;
}
