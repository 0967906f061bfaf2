import { describe, expect, it } from "vitest";
import { evaluateLabels } from "../../eval/evaluate.js";
import type { LabelFile } from "../../eval/labels.js";
import type { PlanView, ViewEdge, ViewTask } from "../../eval/plan-view.js";

// A -> B in one chain, C alone: the waves put C (wave 1) before B (wave 2) by chain length only.
function view(): PlanView {
  const task = (id: string, wave: number): ViewTask => ({
    id,
    line: 1,
    source: "tasks.md",
    files: [],
    wave,
    leaves: [],
    authorWave: null,
  });
  const tasks = [task("A", 1), task("B", 2), task("C", 1)];
  const edge: ViewEdge = {
    from: "A",
    to: "B",
    kind: "explicit",
    reason: "t",
    origin: "task",
    line: 1,
    backward: false,
  };
  return {
    path: "tasks.md",
    tasks,
    byId: new Map(tasks.map((t) => [t.id, t])),
    edges: [edge],
    waves: [["A", "C"], ["B"]],
    lines: new Map(),
    derived: false,
    list: { tasks: [], phases: [] } as unknown as PlanView["list"],
    warnings: [],
  };
}

const labels = (pairs: Array<[string, string]>): LabelFile =>
  ({
    file: "labels.txt",
    list: "tasks.md",
    pairs: pairs.map(([before, after], i) => ({ kind: "order", before, after, why: "w", line: i + 1 })),
  }) as LabelFile;

describe("labelled must-order pairs", () => {
  it("counts a pair kept by a path of edges as held by a path", () => {
    const r = evaluateLabels(labels([["A", "B"]]), view());
    expect(r.order).toEqual({ held: 1, total: 1, byPath: 1 });
    expect(r.unbacked).toEqual([]);
  });

  it("reports a pair the waves keep with no path between the tasks as unbacked, still held", () => {
    const r = evaluateLabels(labels([["C", "B"]]), view());
    expect(r.order).toEqual({ held: 1, total: 1, byPath: 0 });
    expect(r.unbacked).toEqual([expect.objectContaining({ before: "C", after: "B" })]);
    expect(r.violations).toEqual([]);
  });
});
