import { describe, expect, it } from "vitest";
import { twoStories } from "./plan-helpers.js";

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
