import { describe, expect, it } from "vitest";
import { detect, speckit, statementPairs } from "./plan-helpers.js";

// Setup T001, Foundational T002, three independent stories (T003; T004 and T005; T006), Polish T007.
const library = (notes: string): string =>
  speckit(
    [
      ["Phase 1: Setup", ["T001"]],
      ["Phase 2: Foundational", ["T002"]],
      ["Phase 3: User Story 1 - Lend", ["T003"]],
      ["Phase 4: User Story 2 - Return", ["T004", "T005"]],
      ["Phase 5: User Story 3 - Report", ["T006"]],
      ["Phase 6: Polish", ["T007"]],
    ],
    notes,
  );

describe("the scope of a clause", () => {
  it("reads a consequence ('…, so it …') as a clause of its own, whose pronoun is the sentence's subject", () => {
    const got = statementPairs(library("## Notes\n\n- US3 reports on US1, so it starts after US2.\n"));
    expect(got).toEqual(["T004>T006", "T005>T006"]);
  });

  it("keeps 'so that' a purpose, not a consequence", () => {
    const got = statementPairs(library("## Notes\n\n- US3 waits for US2 so that the report has data.\n"));
    expect(got).toEqual(["T004>T006", "T005>T006"]);
  });

  it("takes only the list a clause opens with as the subject, not the names after its verb", () => {
    const got = statementPairs(library("## Notes\n\n- US3 covers US1. It waits for US2.\n"));
    expect(got).toEqual(["T004>T006", "T005>T006"]);
  });

  it("gives no edge from a relation that names the same thing on both sides, and says so", () => {
    const { edges, warnings } = detect(library("## Notes\n\n- Every story depends on all stories.\n"));
    expect(edges.filter((e) => e.origin === "statement")).toEqual([]);
    expect(warnings.some((w) => /relates something to itself; no edge from it/.test(w))).toBe(true);
  });

  it("reads reuse as a dependency, and plain use as none", () => {
    expect(statementPairs(library("## Notes\n\n- US2 reuses the lending client of US1.\n"))).toEqual([
      "T003>T004",
      "T003>T005",
    ]);
    expect(statementPairs(library("## Notes\n\n- US2 uses the same colours as US1.\n"))).toEqual([]);
  });

  it("reads 'as soon as' as a word of time", () => {
    expect(statementPairs(library("## Notes\n\n- T006 can start as soon as T003 is merged.\n"))).toEqual([
      "T003>T006",
    ]);
  });
});

describe("an exception to a relation between groups", () => {
  it("lets a task the author names as independent of a story run alongside it, and keeps the rest bound", () => {
    const got = statementPairs(
      library(
        "## Notes\n\n- US2 reuses US1's loan records, but the reminder job (T005) is independent of US1.\n",
      ),
    );
    expect(got).toEqual(["T003>T004"]);
  });

  it("does not read a parenthesis after a comma as restating the name before the comma", () => {
    const { edges } = detect(
      library(
        "## Notes\n\n- US2 reuses US1's loan records, but the reminder job (T005) is independent of US1.\n",
      ),
    );
    expect(edges.some((e) => e.from === "T003" && e.to === "T004")).toBe(true);
  });

  it("binds the excepted task's successors in its group directly", () => {
    const text = [
      "# Tasks",
      "",
      "## Phase 1: User Story 1 - Lend",
      "",
      "- [ ] T001 [US1] Loan records in src/loans.ts",
      "",
      "## Phase 2: User Story 2 - Remind",
      "",
      "- [ ] T002 [US2] Reminder clock in src/clock.ts",
      "- [ ] T003 [US2] Reminder mails in src/mails.ts",
      "",
      "## Notes",
      "",
      "- US2 builds on US1; T002 is independent of US1.",
      "",
    ].join("\n");
    expect(statementPairs(text)).toEqual(["T001>T003"]);
  });

  it("does not let a claim between two stories undo a relation between them", () => {
    const got = statementPairs(
      library("## Notes\n\n- US2 builds on US1. US1 and US2 can run in parallel.\n"),
    );
    expect(got).toEqual(["T003>T004", "T003>T005"]);
  });
});
