import { describe, expect, it } from "vitest";
import { saidUnder, speckit, statementPairs } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Dependency" heading.
const said = saidUnder("Phase 1: Work", "Dependency");

describe("English as a second language", () => {
  it("reads 'depend' with another preposition or none as 'depends on'", () => {
    expect(said("T004 depend T002.")).toEqual(["T002>T004"]);
    expect(said("T005 depends to T001 and T003.")).toEqual(["T001>T005", "T003>T005"]);
    expect(said("T003 depends of T002.")).toEqual(["T002>T003"]);
    // Must not fire: "depends" before no task, or "of course".
    expect(said("It depends how T002 goes.")).toEqual([]);
    expect(said("Which one first depends of course on the team.")).toEqual([]);
  });

  it("reads 'no' right before a verb of need or waiting as its negation", () => {
    const stories = (note: string): string[] =>
      statementPairs(
        speckit(
          [
            ["Phase 1: Setup", ["T001"]],
            ["Phase 2: User Story 1 - Roster (P1)", ["T002"]],
            ["Phase 3: User Story 2 - Swaps (P2)", ["T003"]],
          ],
          `## Dependency\n\n- ${note}\n`,
        ),
      );
    expect(stories("US2 is alone, no need anything from US1.")).toEqual([]);
    expect(said("T004 no need wait T002.")).toEqual([]);
    expect(said("T004 need wait until T001 done.")).toEqual(["T001>T004"]);
    // Without "no" the need stands.
    expect(stories("US2 need the roster of US1.")).toEqual(["T002>T003"]);
  });
});
