import type { Plan } from "../model/plan.js";
import type { PlanJson } from "../model/plan-json.js";

/** The `--json` shape of a plan. */
export function toPlanJson(plan: Plan): PlanJson {
  const phases = plan.list.phases;
  return {
    source: plan.list.source,
    tasks: plan.list.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      line: t.line,
      phase: t.phase === null ? null : (phases[t.phase]?.title ?? null),
      story: t.stories[0] ?? null,
      parallel: t.parallel,
      done: plan.waveOf.has(t.id) ? false : t.done,
      files: t.files,
      wave: plan.waveOf.get(t.id) ?? null,
    })),
    edges: plan.edges.map(({ from, to, kind, reason }) => ({ from, to, kind, reason })),
    waves: plan.waves.map((w) => ({ number: w.number, tasks: [...w.tasks] })),
    warnings: plan.warnings,
  };
}
