import { describe, expect, it } from "vitest";
import { speckit, statementPairs, twoStories } from "./plan-helpers.js";

describe("a clause under a label that opens with a task", () => {
  it.each([
    "**Story 2**: T005 puts the reminder into the loan view, so it waits for T003.",
    "**Story 2**: it meets Story 1 at one point: T005 puts the reminder into the view made in T003, so it waits for T003.",
    // Hungarian, the subject dropped in the second clause: "so it waits for T003"
    "**Story 2**: A T005 a T003-ban készülő nézetbe teszi az emlékeztetőt, ezért a T003-ra vár.",
  ])("speaks of that task, not of the label: %s", (sentence) => {
    expect(twoStories(sentence)).toEqual(["T003>T005"]);
  });

  it("leaves the label the subject when the clause opens with no task", () => {
    // Every task of the story waits (the helper marks them all [P]).
    expect(twoStories("**Story 2**: Setup only; it also waits for T003.")).toEqual([
      "T003>T004",
      "T003>T005",
    ]);
  });
});

describe("two openings of time joined by 'and', then the subject", () => {
  it.each([
    "T003 and T004 can go in parallel. Once the index (T002) is published and the view (T003) is mounted, T005 comes in.",
    // Portuguese, absolute participles: "Published the index (T002) and mounted the view (T003), in comes T005."
    "T003 e T004 podem andar em paralelo. Publicado o índice (T002) e montada a tela (T003), entra a T005.",
  ])("relate both to that subject, not to the sentence before's: %s", (sentence) => {
    const pairs = twoStories(sentence);
    expect(pairs).toEqual(expect.arrayContaining(["T002>T005", "T003>T005"]));
    expect(pairs).not.toContain("T002>T003");
    expect(pairs).not.toContain("T002>T004");
  });
});

describe("an item that is only a bold label", () => {
  const under = (notes: string): string[] =>
    statementPairs(
      speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005"]]], `## Notes\n\n${notes}`),
    );

  it("heads the items nested under it", () => {
    expect(under("- **T005**\n  - waits for T002.\n  - hard dependency on T003.\n")).toEqual([
      "T002>T005",
      "T003>T005",
    ]);
  });

  it("heads nothing when it says more than its name", () => {
    expect(under("- **T005** ships on Friday\n  - waits for T002.\n")).toEqual([]);
  });
});
