import { describe, expect, it } from "vitest";
import { speckit, statementPairs } from "./plan-helpers.js";

// Six tasks side by side in one phase, so only what the note says orders them.
const note = (sentence: string): string[] =>
  statementPairs(
    speckit(
      [["Phase 1: Greenhouse", ["T001", "T002", "T003", "T004", "T005", "T006"]]],
      `## Notes\n\n- ${sentence}\n`,
    ),
  );

describe("a list after 'on top of' or 'in addition to'", () => {
  it("is one more object of the clause's relation, not its subject", () => {
    expect(note("On top of T002, T005 needs T003.")).toEqual(["T002>T005", "T003>T005"]);
    expect(note("T005 reads the sensor map, so in addition to T002 above it, it needs T003.")).toEqual([
      "T002>T005",
      "T003>T005",
    ]);
    expect(note("On top of T006, T002 blocks T004.")).toEqual(["T002>T004", "T002>T006"]);
  });

  it("reads the same in other languages", () => {
    expect(note("En plus de T002, T005 dépend de T003.")).toEqual(["T002>T005", "T003>T005"]);
    expect(note("Además de T002, T005 depende de T003.")).toEqual(["T002>T005", "T003>T005"]);
    expect(note("Oltre a T002, T005 dipende da T003.")).toEqual(["T002>T005", "T003>T005"]);
  });

  it("leaves a list joined to the subject, and an exception word, as they were", () => {
    expect(note("T005 as well as T004 needs T003.")).toEqual(["T003>T004", "T003>T005"]);
    expect(note("T005 needs T003 on top of the fixtures.")).toEqual(["T003>T005"]);
    expect(note("Everything can run in parallel besides T004.")).toEqual([]);
  });
});
