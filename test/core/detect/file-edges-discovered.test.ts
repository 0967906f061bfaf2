import { describe, expect, it } from "vitest";
import { discoverFileEdges } from "../../../src/core/run/discover-file-edges.js";

describe("discoverFileEdges: what a finished task's changes reveal", () => {
  it("orders a waiting task that edits, reads, or works on a folder holding a changed file", () => {
    const found = discoverFileEdges(
      "T001",
      ["lib/a.ts", "docs/api.md"],
      [
        { id: "T002", files: ["lib/a.ts"] },
        { id: "T003", files: ["lib/b.ts"], reads: ["docs/api.md"] },
        { id: "T004", files: ["lib/"] },
        { id: "T005", files: ["web/x.ts"], reads: ["docs/other.md"] },
      ],
      [],
    );
    expect(found.map((e) => [e.from, e.to, e.reason])).toEqual([
      ["T001", "T002", "T001 changed `lib/a.ts`, which T002 names"],
      ["T001", "T003", "T001 changed `docs/api.md`, which T003 names"],
      ["T001", "T004", "T001 changed `lib/a.ts`, which T004 names"],
    ]);
  });

  it("does not repeat an edge the plan already has", () => {
    const existing = [{ from: "T001", to: "T002", kind: "file" as const, reason: "", stated: false }];
    expect(discoverFileEdges("T001", ["lib/a.ts"], [{ id: "T002", files: ["lib/a.ts"] }], existing)).toEqual(
      [],
    );
  });
});
