import type { Plan } from "../model/plan.js";
import type { PlanJson } from "../model/plan-json.js";

/**
 * The `--json` shape of a plan. `story` is the task's first `[USn]` label, else its phase's story;
 * `wave` is null for done tasks and for groups (their sub-tasks carry the work).
 */
export function toPlanJson(plan: Plan): PlanJson {
  const phases = plan.list.phases;
  return {
    source: plan.list.source,
    tasks: plan.list.tasks.map((t) => {
      const phase = t.phase === null ? null : (phases[t.phase] ?? null);
      return {
        id: t.id,
        title: t.title,
        line: t.line,
        phase: phase?.title ?? null,
        story: t.stories[0] ?? phase?.story ?? null,
        parallel: t.parallel,
        done: plan.waveOf.has(t.id) ? false : t.done,
        files: [...t.files],
        reads: [...(t.reads ?? [])],
        addsTo: [...(t.addsTo ?? [])],
        creates: [...(t.creates ?? [])],
        wave: plan.waveOf.get(t.id) ?? null,
      };
    }),
    edges: plan.edges.map(({ from, to, kind, reason, origin, line, backward }) => ({
      from,
      to,
      kind,
      reason,
      origin: origin ?? null,
      line: line ?? null,
      backward: backward ?? false,
    })),
    waves: plan.waves.map((w) => ({ number: w.number, tasks: [...w.tasks] })),
    warnings: [...plan.warnings],
  };
}
