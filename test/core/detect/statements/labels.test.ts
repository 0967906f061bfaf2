import { describe, expect, it } from "vitest";
import { pairs, serial, speckit, statementPairs } from "./plan-helpers.js";

// Setup, spec-kit's own Foundational heading, three stories, each a task of its own.
const list = (note: string): string[] =>
  statementPairs(
    speckit(
      [
        ["Phase 1: Setup (Shared Infrastructure)", ["T001"]],
        ["Phase 2: Foundational (Blocking Prerequisites)", ["T002"]],
        ["Phase 3: User Story 1 - Search (Priority: P1)", ["T003"]],
        ["Phase 4: User Story 2 - Filters (Priority: P2)", ["T004"]],
        ["Phase 5: User Story 3 - Saved searches (Priority: P3)", ["T005"]],
      ],
      `## Dependencies\n\n- ${note}\n`,
    ),
  );

describe("a label and the clauses under it", () => {
  it("stays the subject after a clause that relates nothing", () => {
    expect(list("**US2 (P2)**: Setup only for its Independent Test to hold; sequenced after US1.")).toEqual([
      "T003>T004",
    ]);
    expect(list("**User Story 3 (P3)**: Setup only - runs after US2 (it lists the saved filters).")).toEqual([
      "T004>T005",
    ]);
  });

  it("reads a name joined to the verb by '+' as one more thing the label needs, not the verb's subject", () => {
    expect(list("**US3 (P3)**: Setup + reuses the result list of US1.")).toEqual(["T003>T005"]);
  });

  it("still lets a clause that relates nothing lend its subject when there is no label", () => {
    expect(list("US3 covers the saved searches. It starts after US2.")).toEqual(["T004>T005"]);
  });
});

describe("spec-kit's words for how a story is checked", () => {
  const ordered = (note: string): string[] =>
    pairs(serial(["T001", "T002", "T003"], `## Notes\n\n- ${note}\n`), "order");

  it("are no claim of parallel work: the listing order stays", () => {
    expect(ordered("T002 and T003 are independently testable.")).toEqual(["T001>T002", "T002>T003"]);
    expect(ordered("T002 and T003 each have an Independent Test.")).toEqual(["T001>T002", "T002>T003"]);
  });

  it("still reads 'independent' alone as one", () => {
    expect(ordered("T002 and T003 are independent.")).toEqual(["T001>T002", "T001>T003"]);
  });
});
