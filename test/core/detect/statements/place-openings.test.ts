import { describe, expect, it } from "vitest";
import { detect, twoStories } from "./plan-helpers.js";

// Two stories of two tasks: T002, T003 lend a book (US1); T004, T005 return it (US2).
describe("a clause opening with the story or phase its tasks are in", () => {
  it("says where the tasks are: they, not the story, are the subject", () => {
    expect(twoStories("Within US2 only T005 waits on US1.")).toEqual(["T002>T005", "T003>T005"]);
    expect(twoStories("In User Story 2, T005 needs T003.")).toEqual(["T003>T005"]);
    expect(twoStories("Dentro de la US2 solo T005 depende de T003.")).toEqual(["T003>T005"]);
  });

  it("takes a negative pronoun after the place for the subject, so nothing waits", () => {
    expect(twoStories("In US2 nothing waits for US1.")).toEqual([]);
    expect(twoStories("In US2 nothing else has to wait for T003.")).toEqual([]);
  });

  it("keeps the story as the subject when no task follows it, and other negations as they were", () => {
    const wholeStory = ["T002>T004", "T002>T005", "T003>T004", "T003>T005"];
    expect(twoStories("Within US2, the return form waits on US1.")).toEqual(wholeStory);
    expect(twoStories("US2 waits on US1.")).toEqual(wholeStory);
    expect(twoStories("T005 has no tests yet and waits for T003.")).toEqual(["T003>T005"]);
  });
});

describe("a time called best", () => {
  it("is a preference, not a rule", () => {
    expect(twoStories("T005 is best run after T003, so the numbers line up.")).toEqual([]);
    expect(twoStories("T005 is run after T003.")).toEqual(["T003>T005"]);
  });
});

describe("a story right after a task in the task's own words", () => {
  const list = (words: string): string =>
    [
      "# Tasks",
      "",
      "## Phase 1: User Story 1 - Lend (Priority: P1)",
      "",
      `- [ ] T001 [P] [US1] Loan ledger in src/lend/ledger.ts, ${words}`,
      "",
      "## Phase 2: User Story 2 - Return (Priority: P2)",
      "",
      "- [ ] T002 [P] [US2] Return desk in src/return/desk.ts",
      "- [ ] T003 [P] [US2] Late fees in src/return/fees.ts",
      "",
    ].join("\n");
  const into = (text: string): string[] =>
    detect(text)
      .edges.filter((e) => e.from === "T001")
      .map((e) => `${e.from}>${e.to}`)
      .sort();

  it("says where the task is: 'needed by T003 in US2' binds T003 only", () => {
    expect(into(list("needed by T003 in US2"))).toEqual(["T001>T003"]);
  });

  it("binds the story when no task stands before it", () => {
    expect(into(list("needed by US2"))).toEqual(["T001>T002", "T001>T003"]);
  });
});
