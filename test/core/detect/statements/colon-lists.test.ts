import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

// One phase of five [P] tasks and one sentence about them: only the sentence orders them.
const said = saidUnder("Phase 1: Work", "Order");

describe("a word of time and its object before a colon", () => {
  it("reads the list after the colon as the subject when a word of its own follows it", () => {
    expect(said("After T001: T002, T003 and T004 can run in parallel.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
    ]);
    // A label and its item, and a list with no word after it, as before.
    expect(said("After T001: T002")).toEqual(["T001>T002"]);
    expect(said("After T001: T002, T003")).toEqual(["T001>T002", "T001>T003"]);
  });

  it("leaves a colon after other words alone", () => {
    expect(said("Note on T001: T002 and T003 can run in parallel.")).toEqual([]);
  });
});

describe("a word standing for the list a colon brings", () => {
  it("reads 'these' and 'the following' before a colon as the tasks after it", () => {
    expect(said("After T001, these can start at the same time: T002, T003.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(said("After T001, the following can start: T002, T003.")).toEqual(["T001>T002", "T001>T003"]);
  });

  it("reads nothing from 'these' with no list of tasks after a colon", () => {
    expect(said("After T001, these can start at the same time.")).toEqual([]);
    expect(said("These notes apply: T003 needs T002.")).toEqual(["T002>T003"]);
  });
});
