import { describe, expect, it } from "vitest";
import {
  forcedApart,
  listScheduleMakespan,
  logNormalDuration,
  simulateSchedules,
  specKitBatches,
  type SimTask,
} from "../../bench/simulate-schedules.js";

// A hand-checked graph. Phase 0: A alone, then B [P], C [P], D [P], E [P] (one spec-kit batch).
// Phase 1: F. maestro's edges: A->F, B->E (E and B share a file), so waves are [A,B,C,D] [E,F].
const tasks: SimTask[] = [
  { id: "A", phase: 0, parallel: false },
  { id: "B", phase: 0, parallel: true },
  { id: "C", phase: 0, parallel: true },
  { id: "D", phase: 0, parallel: true },
  { id: "E", phase: 0, parallel: true },
  { id: "F", phase: 1, parallel: false },
];
const durations: Record<string, number> = { A: 4, B: 2, C: 1, D: 1, E: 3, F: 2 };
const edges = [
  { from: "A", to: "F" },
  { from: "B", to: "E" },
];

describe("simulateSchedules", () => {
  it("computes the four makespans of a tiny graph as worked out by hand", () => {
    const result = simulateSchedules({
      tasks,
      edges,
      waves: [
        ["A", "B", "C", "D"],
        ["E", "F"],
      ],
      duration: (id) => durations[id] ?? 0,
      slots: 3,
    });
    // sequential: 4+2+1+1+3+2
    expect(result.sequential).toBe(13);
    // spec-kit: A (4), then batch B,C,D,E on 3 slots: B@0-2, C@0-1, D@0-1, E@1-4 => 4, then F (2): 10
    expect(result.specKit).toBe(10);
    // maestro: wave 1 A,B,C,D on 3 slots: A 0-4, B 0-2, C 0-1, D 1-2 => 4; wave 2 E,F => 3: 7
    expect(result.maestro).toBe(7);
    // limit: critical path A->F = 6 (B->E = 5); total/3 = 13/3
    expect(result.limit).toBe(6);
  });

  it("list scheduling fills the slot that frees first", () => {
    expect(listScheduleMakespan([3, 1, 1, 1, 1], 3)).toBe(3);
    expect(listScheduleMakespan([1, 1, 1, 1], 3)).toBe(2);
    expect(listScheduleMakespan([], 3)).toBe(0);
  });

  it("spec-kit batches break at non-[P] tasks and at phase boundaries", () => {
    expect(specKitBatches(tasks)).toEqual([["A"], ["B", "C", "D", "E"], ["F"]]);
    expect(
      specKitBatches([
        { id: "X", phase: 0, parallel: true },
        { id: "Y", phase: 1, parallel: true },
      ]),
    ).toEqual([["X"], ["Y"]]);
  });

  it("counts [P] tasks that maestro's edges force apart from their batch", () => {
    expect(forcedApart(tasks, edges)).toEqual(["E"]);
  });

  it("log-normal durations are positive and seeded by the task ID", () => {
    expect(logNormalDuration("T001")).toBe(logNormalDuration("T001"));
    expect(logNormalDuration("T001")).not.toBe(logNormalDuration("T002"));
    const values = Array.from({ length: 200 }, (_, i) => logNormalDuration(`T${i}`));
    expect(Math.min(...values)).toBeGreaterThan(0);
    const sorted = [...values].sort((a, b) => a - b);
    expect(sorted[100]).toBeGreaterThan(0.7);
    expect(sorted[100]).toBeLessThan(1.4);
  });
});
