import { describe, expect, it } from "vitest";
import { pairs, saidUnder, serial } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Kolejność" heading.
const said = saidUnder("Phase 1: Work", "Kolejność");

// Five unmarked tasks in one phase (listing order chains them); T005's own text says `words`.
const own = (words: string): string[] =>
  pairs(
    serial(["T001", "T002", "T003", "T004", "T005"], "").replace(/(- \[ \] T005 [^\n]*)/, `$1 ${words}`),
    "order",
  )
    .filter((p) => p.endsWith(">T005"))
    .sort();

describe("Polish clauses", () => {
  it("reads the infinitive 'czekać na' (wait for) as a wait, and its denial as none", () => {
    expect(said("T005 musi czekać na T002.")).toEqual(["T002>T005"]);
    // "need not wait for T002": no edge, and not the Dutch "na" (after) turned round by the negation
    expect(said("T005 nie musi czekać na T002.")).toEqual([]);
  });

  it("ends an object at ', a' opening a clause with its own subject", () => {
    // "T004 goes after them, and T005 is last": T005 is no object of "po" (after)
    expect(said("T004 idzie po nich, a T005 jest ostatnie.")).not.toContain("T005>T004");
  });
});

describe("a task's own words denying a wait", () => {
  it("free it from what they name only, not from a name in a clause of its own after a comma", () => {
    // "need not wait for T004, the event is already published by T003"
    expect(own("Nie musi czekać na T004, zdarzenie publikuje już T003.")).toEqual(["T003>T005"]);
    expect(own("It need not wait for T004, the event is published by T003 already.")).toEqual(["T003>T005"]);
    // A list after the comma is still the object.
    expect(own("It need not wait for T004, T003 or T002.")).toEqual(["T001>T005"]);
  });
});
