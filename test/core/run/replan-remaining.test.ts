import { describe, expect, it } from "vitest";
import type { Edge } from "../../../src/core/model/edge.js";
import { discoverFileEdges } from "../../../src/core/run/discover-file-edges.js";
import { findDependents } from "../../../src/core/run/find-dependents.js";
import { formatRunId } from "../../../src/core/run/format-run-id.js";
import { replanRemaining } from "../../../src/core/run/replan-remaining.js";

const edge = (from: string, to: string): Edge => ({
  from,
  to,
  kind: "explicit",
  reason: "test",
  stated: true,
});

describe("replanRemaining", () => {
  it("at a wave boundary, plans the remaining tasks in waves", () => {
    expect(
      replanRemaining(["B", "C", "D"], [edge("A", "B"), edge("B", "C")], new Set(["A"]), new Set()),
    ).toEqual({
      current: ["B", "D"],
      later: [["C"]],
    });
  });

  it("mid-wave, keeps out of the current wave a task that depends on one still in flight", () => {
    // X runs now; Y (same wave, not started) turns out to depend on X; Z is free.
    const result = replanRemaining(
      ["Y", "Z", "W"],
      [edge("X", "Y"), edge("Y", "W")],
      new Set(),
      new Set(["X"]),
    );
    expect(result).toEqual({ current: ["Z"], later: [["Y"], ["W"]] });
  });
});

describe("findDependents", () => {
  it("follows edges transitively and says through which task", () => {
    const edges = [edge("A", "B"), edge("B", "C"), edge("D", "E")];
    expect(findDependents("A", edges, ["B", "C", "E"])).toEqual([
      { id: "B", via: "A" },
      { id: "C", via: "B" },
    ]);
  });
});

describe("discoverFileEdges", () => {
  it("adds an edge to each waiting task naming a changed file, once", () => {
    const waiting = [
      { id: "T2", files: ["src/a.ts", "src/b.ts"] },
      { id: "T3", files: ["src/c.ts"] },
    ];
    const found = discoverFileEdges("T1", ["src/b.ts", "README.md"], waiting, []);
    expect(found).toEqual([
      { from: "T1", to: "T2", kind: "file", reason: "T1 changed `src/b.ts`, which T2 names", stated: false },
    ]);
    expect(discoverFileEdges("T1", ["src/b.ts"], waiting, found)).toEqual([]);
  });
});

describe("formatRunId", () => {
  it("sorts by time and is safe in a branch name", () => {
    expect(formatRunId(new Date("2025-01-31T14:25:01.123Z"), "3F9A")).toBe("20250131-142501-3f9a");
    expect(formatRunId(new Date("2025-01-31T14:25:01.123Z"), "")).toBe("20250131-142501");
  });
});
