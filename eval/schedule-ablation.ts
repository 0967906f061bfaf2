/**
 * Where the schedule's time goes: the median ratios with one kind of edge left out at a time. Not a
 * plan anyone should run (every kind holds real dependencies); it shows which evidence serialises the
 * corpus, so a target on the medians can be weighed against what it would cost in safety.
 */
import type { Edge } from "../src/core/model/edge.js";
import { MAX_PARALLEL, type Plan } from "../src/core/model/plan.js";
import { planWaves } from "../src/core/plan/plan-waves.js";
import { median } from "../bench/measure.js";
import { simTasks } from "../bench/schedule-quality.js";
import { equalDurations, logNormalDuration, simulateSchedules } from "../bench/simulate-schedules.js";

/** One row: the medians (maestro/sequential) with the named edges left out. */
export interface AblationRow {
  without: string;
  equal: number;
  logNormal: number;
}

const KINDS: ReadonlyArray<{ without: string; drops: (e: Edge) => boolean }> = [
  { without: "listing order", drops: (e) => e.kind === "order" },
  { without: "phase structure", drops: (e) => e.kind === "phase" && e.origin === "structure" },
  {
    without: "statements about phases/stories",
    drops: (e) => e.kind === "phase" && e.origin === "statement",
  },
  { without: "shared files", drops: (e) => e.kind === "file" },
  { without: "code names", drops: (e) => e.kind === "symbol" },
  { without: "cues", drops: (e) => e.kind === "cue" },
];

/** The medians over the planned lists, for each kind of edge left out. */
export function scheduleAblation(plans: ReadonlyArray<{ plan: Plan }>): AblationRow[] {
  return KINDS.map(({ without, drops }) => {
    const equal: number[] = [];
    const logNormal: number[] = [];
    for (const { plan } of plans) {
      const ids = plan.waves.flatMap((w) => w.tasks);
      const edges = plan.edges.filter((e) => !drops(e));
      const waves = planWaves(ids, edges, new Set()).waves.map((w) => w.tasks);
      const tasks = simTasks(plan);
      for (const [out, duration] of [
        [equal, equalDurations],
        [logNormal, logNormalDuration],
      ] as const) {
        const m = simulateSchedules({ tasks, edges, waves, duration, slots: MAX_PARALLEL });
        out.push(m.maestro / m.sequential);
      }
    }
    return { without, equal: median(equal), logNormal: median(logNormal) };
  });
}
