import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

const said = saidUnder("Phase 1: Work", "Dependencies");

describe("a relative clause set off by commas inside a list of tasks", () => {
  it("is an aside about the task before it: the list goes on after it", () => {
    expect(said("Once T001 is merged, T003, which draws the chart, and T004 start.")).toEqual([
      "T001>T003",
      "T001>T004",
    ]);
    expect(said("T005 needs T002, who owns the fixtures, and T003.")).toEqual(["T002>T005", "T003>T005"]);
    expect(said("Après T001, T003, qui dessine le graphique, et T004 peuvent commencer.")).toEqual([
      "T001>T003",
      "T001>T004",
    ]);
  });

  it("does not join a task that starts a clause of its own after it", () => {
    expect(said("T005 needs T002, which owns the fixtures, and T003 goes after T004.")).toEqual([
      "T002>T005",
      "T004>T003",
    ]);
    expect(said("T005 needs T002, which owns the fixtures, and T003 can start at any time.")).toEqual([
      "T002>T005",
    ]);
  });

  it("keeps a clause naming a task of its own apart", () => {
    // The pronoun's clause names T001: "T003, which T001 feeds," is no aside between list items.
    expect(said("T005 needs T003, which T001 feeds, and T004.")).not.toContain("T001>T005");
  });
});
