import type { Evidence, PhaseExemption, Relation } from "./statements/statement-types.js";

/** The phases a task need not wait for, with the words that say so. */
export type Exemptions = ReadonlyMap<string, { phases: ReadonlySet<number>; evidence: Evidence }>;

/**
 * The phases each task is freed from: by its own words (a denial or a parallel claim naming whole phases,
 * "this task does not need to wait for any user story"), or by a statement between phases that excepts
 * it ("Polish: after all user stories, except T041"): the excepted task is not after those phases.
 */
export function phaseExemptions(relations: readonly Relation[], own: readonly PhaseExemption[]): Exemptions {
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
  return out;
}
