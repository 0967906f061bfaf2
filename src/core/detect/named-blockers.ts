import type { TaskList } from "../model/task.js";
import type { Evidence, Relation, Target } from "./statements/statement-types.js";

/**
 * Foundational phases whose blockers the list names. spec-kit's Foundational phase blocks every user
 * story as a whole; when the authors instead name some of its tasks as what blocks every story ("T005 and
 * T006 block every user story"), naming a part says the rest does not: those other tasks reach a story
 * only through the list's own words, files and names. A sentence that names the phase itself as the
 * blocker keeps the whole phase.
 */
export function namedBlockers(list: TaskList, relations: readonly Relation[]): Map<number, Evidence> {
  const stories = list.phases.filter((p) => p.kind === "story").map((p) => p.index);
  if (stories.length === 0) return new Map();
  const foundational = new Set(list.phases.filter((p) => p.kind === "foundational").map((p) => p.index));
  const phaseOf = new Map(list.tasks.map((t) => [t.id, t.phase]));
  const named = new Map<number, { ids: Set<string>; evidence: Evidence }>();
  const wholePhase = new Set<number>();
  for (const relation of relations) {
    if (!coversEveryStory(relation.after, stories)) continue;
    for (const target of relation.before) {
      if (target.level === "group") for (const p of target.phases) wholePhase.add(p);
      if (target.level !== "task") continue;
      for (const id of target.ids) {
        const phase = phaseOf.get(id);
        if (phase === null || phase === undefined || !foundational.has(phase)) continue;
        const entry = named.get(phase) ?? { ids: new Set<string>(), evidence: relation };
        named.set(phase, { ...entry, ids: entry.ids.add(id) });
      }
    }
  }
  const out = new Map<number, Evidence>();
  for (const [phase, { ids, evidence }] of named) {
    if (!wholePhase.has(phase) && ids.size < tasksOf(list, phase).length)
      out.set(phase, { quote: evidence.quote, line: evidence.line });
  }
  return out;
}

/** Whether the targets name every story phase of the list ("every user story", "all stories"). */
function coversEveryStory(targets: readonly Target[], stories: readonly number[]): boolean {
  const named = new Set(targets.flatMap((t) => (t.level === "group" ? t.phases : [])));
  return stories.every((p) => named.has(p));
}

function tasksOf(list: TaskList, phase: number): string[] {
  return list.tasks.filter((t) => !t.group && t.phase === phase).map((t) => t.id);
}
