import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet of notes.
const said = saidUnder("Phase 1: Catalogue", "Notes");

describe("a sentence naming the exceptions to the one before it", () => {
  it.each([
    "T003, T004 and T005 wait for T001. The only exception is T004, which reads nothing of it.",
    "T003, T004 and T005 wait for T001. The one exception: T004.",
    "T003, T004 and T005 wait for T001. T004 is the only exception.",
    "T003, T004 and T005 wait for T001. Task T004 is the exception: it reads nothing of it.",
  ])("carves the tasks it names out of that rule: %s", (notes) => {
    expect(said(notes).sort()).toEqual(["T001>T003", "T001>T005"]);
  });

  it("takes every task its clause names, a word or two between them", () => {
    const notes =
      "T003, T004 and T005 wait for T001. The only exceptions are T003 and its check T005, which read nothing.";
    expect(said(notes)).toEqual(["T001>T004"]);
  });

  it.each([
    // exceptions of another kind: error handling, a phase
    "T003, T004 and T005 wait for T001. Exception handling for T004 lives in its own module.",
    "T003, T004 and T005 wait for T001. Phase 6 is the only exception.",
    // the exception sentence before the rule says nothing of it
    "The only exception is T004. T003, T004 and T005 wait for T001.",
  ])("leaves the rule whole: %s", (notes) => {
    expect(said(notes)).toEqual(expect.arrayContaining(["T001>T003", "T001>T004", "T001>T005"]));
  });
});
