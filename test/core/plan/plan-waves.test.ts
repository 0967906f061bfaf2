import { describe, expect, it } from "vitest";
import type { Edge } from "../../../src/core/model/edge.js";
import { criticalPath } from "../../../src/core/plan/critical-path.js";
import { planWaves } from "../../../src/core/plan/plan-waves.js";

const edge = (from: string, to: string): Edge => ({
  from,
  to,
  kind: "explicit",
  reason: "test",
  stated: true,
});

describe("planWaves", () => {
  it("puts each task in the earliest wave and orders a wave by longest remaining path, then list order", () => {
    // A -> B -> C, and D alone: D is listed first but A has the longer path, so A leads wave 1.
    const { waves, waveOf } = planWaves(["D", "A", "B", "C"], [edge("A", "B"), edge("B", "C")], new Set());
    expect(waves).toEqual([
      { number: 1, tasks: ["A", "D"] },
      { number: 2, tasks: ["B"] },
      { number: 3, tasks: ["C"] },
    ]);
    expect(waveOf.get("C")).toBe(3);
  });

  it("treats done tasks as satisfied and gives them no wave", () => {
    const { waves, waveOf } = planWaves(["A", "B"], [edge("A", "B")], new Set(["A"]));
    expect(waves).toEqual([{ number: 1, tasks: ["B"] }]);
    expect(waveOf.has("A")).toBe(false);
  });

  it("plans a 50,000-task chain listed backwards without overflowing the stack", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `T${50_000 - i}`);
    const edges = ids.slice(1).map((id, i) => edge(id, ids[i] as string));
    const { waves } = planWaves(ids, edges, new Set());
    expect(waves).toHaveLength(50_000);
    expect(waves[0]?.tasks).toEqual(["T1"]);
  });

  it("finds the critical path, first to last", () => {
    expect(
      criticalPath(["A", "B", "C", "D"], [edge("A", "C"), edge("B", "C"), edge("C", "D")], new Set()),
    ).toEqual(["A", "C", "D"]);
  });
});
