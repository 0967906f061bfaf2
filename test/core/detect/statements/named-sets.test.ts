import { describe, expect, it } from "vitest";
import { speckit, statementPairs } from "./plan-helpers.js";

// Six [P] tasks in one phase, and a section that groups them into named sets in its own words.
const sets = (lines: string[]): string[] =>
  statementPairs(
    speckit(
      [["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005", "T006"]]],
      `## Execution plan\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`,
    ),
  );

describe("sets of tasks the list names in its own prose", () => {
  it("reads a set by the name a line defines it with", () => {
    expect(sets(["**Wave 1**: T001, T002", "**Wave 2** (after Wave 1): T003"])).toEqual([
      "T001>T003",
      "T002>T003",
    ]);
    // Plural, lists and ranges of names.
    expect(
      sets(["**Round A**: T001", "**Round B**: T002", "**Round C**: T003", "T006 waits for Rounds A to C."]),
    ).toEqual(["T001>T006", "T002>T006", "T003>T006"]);
  });

  it("reads the clause before a chain's colon as a clause of its own", () => {
    expect(sets(["**Batch A**: T001", "**Batch B** (after Batch A), in this order: T002 → T003"])).toEqual([
      "T001>T002",
      "T001>T003",
      "T002>T003",
    ]);
  });

  it("reads a bare capital letter as a set only in a sentence that names one", () => {
    expect(
      sets(["**Batch A**: T001", "**Batch B**: T002", "**Batch C** waits for both A and B: T003"]),
    ).toEqual(["T001>T003", "T002>T003"]);
    // No set word in the sentence: "A" is an article.
    expect(sets(["**Batch A**: T001", "A review of T004 comes after T001."])).toEqual(["T001>T004"]);
  });

  it("keeps a label that is also a conjunction elsewhere ('a' is 'and' in Czech) in its name", () => {
    expect(sets(["**Batch A**: T001", "T006 waits for Batch A, and T004 waits for T003."])).toEqual([
      "T001>T006",
      "T003>T004",
    ]);
  });

  it("takes a pronoun after a compared set as the subject", () => {
    expect(
      sets([
        "**Batch A**: T001",
        "**Batch B**: T002",
        "**Batch C**: T003. Like Batch B it waits for Batch A.",
      ]),
    ).toEqual(["T001>T003"]);
  });

  it("names nothing with a set word the list does not define", () => {
    expect(sets(["Batch Z waits for T001."])).toEqual([]);
    expect(sets(["The next wave of T004 runs after T001."])).toEqual(["T001>T004"]);
  });
});
