import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

// One phase of five [P] tasks and one sentence about them: only the sentence orders them.
const said = saidUnder("Phase 1: Work", "Order");

describe("a sequence whose first step goes first, with or without a reason beside it", () => {
  it("reads 'X first then Y' as a chain, with no comma and with the reason as an aside", () => {
    expect(said("T001 first then T002 and T003.")).toEqual(["T001>T002", "T001>T003"]);
    expect(said("T001 first since the rest needs its module then T002 T003 T004 T005 together.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
      "T001>T005",
    ]);
    // The reason's own verb no longer takes the steps after "then" as its objects (T002, T003 < T001).
    expect(said("T001 first, since everything else needs it, then T002 and T003.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
  });

  it("chains nothing when the reason names a task: the step before 'then' is unclear", () => {
    expect(said("T002 goes before T004 because T004 needs it then T005 follows")).not.toContain("T004>T005");
  });
});

describe("'so' without a comma before its clause", () => {
  it("starts a clause of its own when a subject follows it", () => {
    expect(said("T003 and T004 read the client so T002 goes before both.")).toEqual([
      "T002>T003",
      "T002>T004",
    ]);
  });

  it("is an adverb of degree, not a boundary, before an adjective", () => {
    expect(said("T004 is so small that it can go with T005.")).toEqual([]);
  });
});

describe("'either' as the subject of its verb", () => {
  it("stands for the two tasks named before, not for an alternative", () => {
    expect(
      said("T003 and T004 both use T002's client, so T002 has to be merged before either starts."),
    ).toEqual(["T002>T003", "T002>T004"]);
  });

  it("still offers an alternative in 'either ... or'", () => {
    expect(said("Either T002 goes before T004 or T004 is dropped.")).toEqual([]);
  });
});

describe("a list after a comma and a conjunction, as the subject of a clause of its own", () => {
  it("is one subject, with its verb written or left out as a dash", () => {
    const expected = ["T001>T003", "T001>T005", "T002>T004"];
    expect(said("T004 needs T002, and T005 and T003 need T001.")).toEqual(expected);
    expect(said("T004 needs T002, and T005 and T003 — T001.")).toEqual(expected);
  });

  it("leaves an object list and a clause after it as they were", () => {
    expect(said("T004 waits for T002 and T003, and T005 cannot be merged before T004 is.")).toEqual([
      "T002>T004",
      "T003>T004",
      "T004>T005",
    ]);
    expect(said("T005 needs T002, T003, and T004.")).toEqual(["T002>T005", "T003>T005", "T004>T005"]);
  });
});

describe("a number of tasks standing for the list named before", () => {
  it("stands for the last list or range of exactly that many tasks", () => {
    const three = ["T002>T005", "T003>T005", "T004>T005"];
    expect(
      said("T005 maps the tables of T002–T004, so it starts once these three migrations are merged."),
    ).toEqual(three);
    expect(
      said("T005 odwzorowuje tabele T002–T004, więc zaczynamy, gdy te trzy migracje są scalone."),
    ).toEqual(three);
  });

  it("stands for nothing when no list of that many was named", () => {
    expect(
      said("T005 maps the tables of T002–T004, so it starts once these two migrations are merged."),
    ).toEqual([]);
  });
});
