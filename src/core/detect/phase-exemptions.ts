import type { TaskList } from "../model/task.js";
import type { Evidence, ParallelGroup, PhaseExemption, Relation } from "./statements/statement-types.js";

/** The phases a task need not wait for, with the words that say so. */
export type Exemptions = ReadonlyMap<string, { phases: ReadonlySet<number>; evidence: Evidence }>;

/**
 * The phases each task is freed from: by its own words (a denial or a parallel claim naming whole phases,
 * "this task does not need to wait for any user story"), or by a statement between phases that excepts
 * it ("Polish: after all user stories, except T041"): the excepted task is not after those phases.
 */
export function phaseExemptions(
  list: TaskList,
  statements: {
    relations: readonly Relation[];
    exempt: readonly PhaseExemption[];
    parallel: readonly ParallelGroup[];
  },
): Exemptions {
  const { relations, exempt: own } = statements;
  const out = new Map<string, { phases: Set<number>; evidence: Evidence }>();
  const add = (task: string, phases: readonly number[], evidence: Evidence): void => {
    const entry = out.get(task) ?? {
      phases: new Set<number>(),
      evidence: { quote: evidence.quote, line: evidence.line },
    };
    for (const p of phases) entry.phases.add(p);
    out.set(task, entry);
  };
  for (const e of own) add(e.task, e.phases, e);
  for (const r of relations) {
    const before = r.before.flatMap((t) => (t.level === "group" ? t.phases : []));
    if (before.length === 0) continue;
    for (const t of r.after) if (t.level === "group") for (const id of t.except ?? []) add(id, before, r);
  }
  const tasksOf = new Map<number, string[]>();
  for (const t of list.tasks)
    if (!t.group && t.phase !== null) tasksOf.set(t.phase, [...(tasksOf.get(t.phase) ?? []), t.id]);
  for (const claim of statements.parallel)
    for (const [task, phases] of besideWholePhases(tasksOf, claim)) add(task, phases, claim);
  return out;
}

/**
 * "T044 can be picked up right after Phase 2, alongside the stories": a task a parallel claim sets beside
 * every task of another phase runs beside that phase.
 */
function besideWholePhases(
  tasksOf: ReadonlyMap<number, readonly string[]>,
  claim: ParallelGroup,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  claim.members.forEach((member, i) => {
    const others = new Set(claim.members.filter((_, j) => j !== i).flat());
    const phases = [...tasksOf].filter(([, ids]) => ids.every((id) => others.has(id))).map(([p]) => p);
    if (phases.length > 0) for (const id of member) out.set(id, phases);
  });
  return out;
}
