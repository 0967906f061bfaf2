import { describe, expect, it } from "vitest";
import { pairs, serial } from "./plan-helpers.js";

// Four unmarked tasks (listing order chains them) and a dependency table with a notes column.
const withTable = (row: string): string[] =>
  pairs(
    serial(
      ["T001", "T002", "T003", "T004"],
      `## Dependencies\n\n| Task | Depends on | Notes |\n|---|---|---|\n${row}\n`,
    ),
  ).sort();

describe("the notes cell of a dependency table's row", () => {
  it("speaks of the row's task: a denial there frees it from the listing order", () => {
    expect(withTable("| T004 | T001 | only needs the parser; it does not wait for T002–T003 |")).toEqual([
      "T001>T002",
      "T001>T004",
      "T002>T003",
    ]);
  });

  it("adds nothing when it names no relation, or names the row's task alone", () => {
    const listing = ["T001>T002", "T001>T004", "T002>T003", "T003>T004"];
    expect(withTable("| T004 | T001 | same module as T002, kept small |")).toEqual(listing);
    expect(withTable("| T004 | T001 | the last task of the phase |")).toEqual(listing);
  });

  it("binds nothing where it names a task the row calls soft", () => {
    const soft =
      "| Task | Depends on | Kind | Notes |\n|---|---|---|---|\n| T004 | T001, T003 | hard (T001) / soft (T003) | the cache only exists after T003 |\n";
    const tasks = ["T001", "T002", "T003", "T004"];
    const list = serial(tasks, `## Dependencies\n\n${soft}`).replace(/- \[ \] T004 /, "- [ ] T004 [P] ");
    expect(pairs(list, "explicit").sort()).toEqual(["T001>T004"]);
  });
});
