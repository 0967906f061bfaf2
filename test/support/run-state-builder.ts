import type { PlanJson } from "../../src/core/model/plan-json.js";
import type { RunEvent } from "../../src/core/model/run-event.js";
import { applyRunEvent, emptyRunState, type RunState } from "../../src/core/model/run-state.js";

/** A plan with `waves` waves of `perWave` tasks, each task depending on the first task of the wave before. */
export function gridPlan(waves: number, perWave: number, source = "specs/001-demo/tasks.md"): PlanJson {
  const tasks: PlanJson["tasks"] = [];
  const edges: PlanJson["edges"] = [];
  const planWaves: PlanJson["waves"] = [];
  let n = 0;
  for (let w = 1; w <= waves; w++) {
    const ids: string[] = [];
    for (let i = 0; i < perWave; i++) {
      n++;
      const id = `T${String(n).padStart(3, "0")}`;
      ids.push(id);
      tasks.push({
        id,
        title: `Implement part ${n} in \`src/part-${n}.ts\``,
        line: 10 + n,
        phase: null,
        story: null,
        parallel: true,
        done: false,
        files: [`src/part-${n}.ts`],
        wave: w,
      });
      const first = planWaves[w - 2]?.tasks[0];
      if (first)
        edges.push({
          from: first,
          to: id,
          kind: "file",
          reason: "shares a file",
          origin: "file",
          line: null,
          backward: false,
        });
    }
    planWaves.push({ number: w, tasks: ids });
  }
  return { source, tasks, edges, waves: planWaves, warnings: [] };
}

/** Folds events into a fresh state. */
export function stateOf(events: RunEvent[]): RunState {
  return events.reduce(applyRunEvent, emptyRunState());
}

/** ISO time `seconds` after 2025-01-01T12:00:00Z. */
export function at(seconds: number): string {
  return new Date(Date.UTC(2025, 0, 1, 12, 0, seconds)).toISOString();
}
