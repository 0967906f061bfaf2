import { describe, expect, it } from "vitest";
import { detect, statementPairs } from "./plan-helpers.js";

// Two stories after a shared foundation: US1 imports invoices, US2 reconciles them. US2 has one test task
// (under its own "Tests" heading) and two implementation tasks; one of them writes a test helper by name.
const ledger = (note: string, testsHeading = "### Tests for User Story 2"): string =>
  [
    "# Tasks",
    "",
    "## Phase 1: User Story 1 - Import invoices (Priority: P1)",
    "",
    "- [ ] T001 [P] [US1] Invoice importer in src/invoices/importer.rb",
    "- [ ] T002 [P] [US1] Import job in src/invoices/import_job.rb",
    "",
    "## Phase 2: User Story 2 - Reconcile payments (Priority: P2)",
    "",
    testsHeading,
    "",
    "- [ ] T003 [P] [US2] End-to-end reconciliation spec in spec/system/reconcile_spec.rb",
    "",
    "### Implementation for User Story 2",
    "",
    "- [ ] T004 [P] [US2] Matching rules in src/payments/matcher.rb",
    "- [ ] T005 [P] [US2] Test data builder for payments in src/payments/builder.rb",
    "",
    "## Dependencies",
    "",
    `- ${note}`,
    "",
  ].join("\n");

// Every US1 task before every US2 task: the relation left whole.
const WHOLE_STORY = ["T001>T003", "T001>T004", "T001>T005", "T002>T003", "T002>T004", "T002>T005"];

describe("a relation limited to the tests of the side that waits", () => {
  it.each([
    "US2 depends on US1 only for its tests.",
    "US2 needs US1 just for the end-to-end tests: they import real invoices.",
    "US1 is needed by US2 solely for their tests.",
    "US2 dipende da US1 soltanto per i test.",
    "US2 dépend de US1 uniquement pour ses tests.",
    "US2 braucht US1 nur für seine Tests.",
  ])("binds only US2's test tasks: %s", (note) => {
    expect(statementPairs(ledger(note))).toEqual(["T001>T003", "T002>T003"]);
  });

  it("says which tasks stay bound and that the rest are free", () => {
    const warnings = detect(ledger("US2 depends on US1 only for its tests.")).warnings;
    expect(warnings.some((w) => w.includes("only the tests of") && w.includes("(T003)"))).toBe(true);
  });

  it("keeps the whole story when the limit is not testing, or nothing limits it", () => {
    expect(statementPairs(ledger("US2 depends on US1 only for its matching rules."))).toEqual(WHOLE_STORY);
    expect(statementPairs(ledger("US2 depends on US1, tests included."))).toEqual(WHOLE_STORY);
    expect(statementPairs(ledger("US2 depends on US1 for testing and for the rules."))).toEqual(WHOLE_STORY);
  });

  it("keeps the whole story when no task of it is a test", () => {
    const untested = ledger("US2 depends on US1 only for its tests.", "### Checks for User Story 2").replace(
      "spec/system/reconcile_spec.rb",
      "src/payments/reconcile.rb",
    );
    expect(statementPairs(untested)).toEqual(WHOLE_STORY);
  });
});

describe("an object followed by the part of the waiting side that needs it", () => {
  it("binds each object to the part named after 'for'", () => {
    expect(statementPairs(ledger("US2 needs T001 for T004 and T002 for the builder T005."))).toEqual([
      "T001>T004",
      "T002>T005",
    ]);
    expect(statementPairs(ledger("US2 dépend de T002 pour T003."))).toEqual(["T002>T003"]);
  });

  it("leaves the other objects on the whole side", () => {
    expect(statementPairs(ledger("US2 needs T001 for T004, and T002."))).toEqual([
      "T001>T004",
      "T002>T003",
      "T002>T004",
      "T002>T005",
    ]);
  });

  it("changes nothing when what follows 'for' is not part of the waiting side", () => {
    // T002 is in US1, not in the story that waits: "for T002" says why, not who.
    expect(statementPairs(ledger("US2 needs T001 for T002."))).toEqual(WHOLE_STORY);
  });
});
