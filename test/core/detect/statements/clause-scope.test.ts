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

// One phase of unmarked tasks, so listing order chains them unless the words say otherwise.
const chain = (note: string): string =>
  [
    "# Tasks",
    "",
    "## Phase 1: Catalogue",
    "",
    ...["T001", "T002", "T003", "T004", "T005", "T006"].map((id) => `- [ ] ${id} Part ${id} in src/${id}.ts`),
    "",
    "## Notes",
    "",
    note,
    "",
  ].join("\n");
const edgesOf = (text: string): string[] =>
  detect(text)
    .edges.map((e) => `${e.from}>${e.to}:${e.kind}`)
    .sort();

describe("clauses around a comma, a colon and a parallel claim", () => {
  it("reads an opening clause after which a comma follows a plain word: its object goes before the next clause's subject", () => {
    const got = edgesOf(
      chain("- After the scanner in T002 is merged, T003 and T004 are independent of each other."),
    );
    expect(got).toContain("T002>T003:explicit");
    expect(got).toContain("T002>T004:explicit");
    expect(got.some((e) => /^T003>T004/.test(e))).toBe(false);
  });

  it("keeps a comma between two references a list separator", () => {
    const got = edgesOf(chain("- T004 depends on T001, T002 and blocks T006."));
    expect(got).toEqual(
      expect.arrayContaining(["T001>T004:explicit", "T002>T004:explicit", "T004>T006:explicit"]),
    );
  });

  it("reads 'independent of each other and of …' as both claims", () => {
    const got = edgesOf(chain("- T005 and T006 are independent of each other and of T003-T004."));
    expect(got.filter((e) => /^T00[3-6]>T00[5-6]/.test(e))).toEqual([]);
  });

  it("reads several tasks taken 'at once' as parallel, and one task started 'at once' as nothing", () => {
    expect(edgesOf(chain("- T002, T003 and T004 can be picked up by three people at once."))).not.toContain(
      "T002>T003:order",
    );
    expect(edgesOf(chain("- Start T003 at once."))).toContain("T002>T003:order");
  });

  it("ends an object at a colon that a relation of its own follows", () => {
    const got = edgesOf(chain("- T006 depends on T001: T005 needs T003."));
    expect(got).toContain("T001>T006:explicit");
    expect(got).toContain("T003>T005:explicit");
    expect(got).not.toContain("T005>T006:explicit");
  });

  it("reads the list after 'depends on:' as its object", () => {
    expect(edgesOf(chain("- T006 depends on: T001, T002."))).toEqual(
      expect.arrayContaining(["T001>T006:explicit", "T002>T006:explicit"]),
    );
  });
});

describe("an arrow before a predicate", () => {
  it("reads an arrow followed by a few plain words and a parallel or relation word as a colon, in any language", () => {
    expect(statementPairs(library("## Notes\n\n- **US3** → pode rodar em paralelo com US1-2\n"))).toEqual([]);
    expect(statementPairs(library("## Notes\n\n- US3 → peut démarrer après US2\n"))).toEqual([
      "T004>T006",
      "T005>T006",
    ]);
  });

  it("keeps an arrow between names a chain", () => {
    expect(statementPairs(library("## Notes\n\n- US1 → US3\n"))).toEqual(["T003>T006"]);
  });
});

describe("words standing for the tasks named just before", () => {
  it("reads 'both' and 'them' as the list of task IDs the sentence before named together", () => {
    expect(edgesOf(chain("- T002 and T003 are independent of each other. T005 needs both."))).toEqual(
      expect.arrayContaining(["T002>T005:explicit", "T003>T005:explicit"]),
    );
    expect(edgesOf(chain("- T002 and T003 can run at the same time; T006 follows them."))).toEqual(
      expect.arrayContaining(["T002>T006:explicit", "T003>T006:explicit"]),
    );
  });

  it("does not read 'both files' or a 'them' after a sentence that names no two tasks", () => {
    const got = edgesOf(chain("- T002 and T003 share nothing. T005 reads both files."));
    expect(got.filter((e) => e.endsWith(":explicit"))).toEqual([]);
    expect(
      edgesOf(chain("- Keep the fixtures small. T005 needs them.")).filter((e) => e.endsWith(":explicit")),
    ).toEqual([]);
  });
});
