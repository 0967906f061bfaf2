import { describe, expect, it } from "vitest";
import { pairs, serial } from "./plan-helpers.js";

/** The order edges of four unmarked tasks (listing order chains them) with one note. */
const order = (note: string): string[] =>
  pairs(serial(["T001", "T002", "T003", "T004"], `## Notes\n\n- ${note}\n`), "order");

describe("an 'or' between two ways of running that both deny an order", () => {
  it.each([
    "T002 and T003 touch different tables and can go in either order or at the same time.",
    "T002 and T003 can be built in parallel or in any order.",
    "T002 and T003 can go in either order.",
    "T002 and T003 have no inter-dependencies.",
  ])("sets the tasks side by side: %s", (note) => {
    expect(order(note)).not.toContain("T002>T003");
    expect(order(note)).toEqual(expect.arrayContaining(["T001>T003", "T002>T004"]));
  });

  it.each([
    // One branch orders them: a real alternative.
    "T002 and T003 can run sequentially or in parallel.",
    "T002 and T003 can run in parallel or T003 can wait for T002.",
    "Either T002 or T003 can be done first.",
    "T002 and T003 have interdependencies.",
  ])("keeps the listing order when an alternative orders them: %s", (note) => {
    expect(order(note)).toContain("T002>T003");
  });
});
