import { describe, expect, it } from "vitest";
import { detect, saidUnder, speckit, statementPairs } from "./plan-helpers.js";

// One phase of five [P] tasks and one sentence about them.
const said = saidUnder("Phase 1: Work", "Notes");

// Setup, Foundational and two stories, one unmarked task each, and one note.
const phased = (note: string): string => `# Tasks

## Phase 1: Setup

- [ ] T001 Init in app/init.py

## Phase 2: Foundational

- [ ] T002 Models in app/models.py

## Phase 3: Roster (US1)

- [ ] T003 [US1] Roster in app/roster.py

## Phase 4: Swaps (US2)

- [ ] T004 [US2] Swaps in app/swaps.py

## Phase 5: Polish

- [ ] T005 Docs in docs/guide.md

## Dependencies

- ${note}
`;
const edges = (note: string): string[] =>
  detect(phased(note))
    .edges.map((e) => `${e.from}>${e.to}`)
    .sort();

describe("whose clause it is", () => {
  it("reads the subject after the verb when an adverb opens a German or Dutch clause", () => {
    expect(said("Außerdem darf T004 erst starten, wenn T002 gemergt ist.")).toEqual(["T002>T004"]);
    expect(said("Danach kann T005 beginnen, sobald T003 fertig ist.")).toEqual(["T003>T005"]);
    // Not a subject: "Außerdem braucht man T004" (one also needs T004) names no task that waits.
    expect(said("Außerdem braucht man T004.")).toEqual([]);
  });

  it("lends the object of a word of need to no later clause", () => {
    expect(said("It needs only T001 and can already run while T002 is in review.")).toEqual([]);
    // A word of time still does.
    expect(said("After T001 is merged, T002 can start.")).toEqual(["T001>T002"]);
  });

  it("keeps what an exception names out of the subject of the clause before it", () => {
    // "Polish only when all stories are done, except T006: it needs only T001 and can run during Phase 2"
    const text = phased(
      "Feinschliff erst, wenn alle Stories fertig sind, außer T006: das braucht nur T001 und kann schon während Phase 2 laufen.",
    ).replace(
      "- [ ] T005 Docs in docs/guide.md",
      "- [ ] T005 Docs in docs/guide.md\n- [ ] T006 [P] Lint rules in setup.cfg",
    );
    const pairs = statementPairs(text);
    expect(pairs).not.toContain("T003>T006");
    // Read wrongly before: the stories put before Phase 2 (the phase the clause after the exception named).
    expect(pairs.filter((p) => p.endsWith(">T002"))).toEqual([]);
    expect(detect(text).warnings.join("\n")).not.toContain('before "Phase 2: Foundational"');
  });

  it("never takes the object of a word of time for a member of the parallel claim after it", () => {
    // The stories run side by side after Phase 2, never beside it.
    for (const note of [
      "After Phase 2 the two stories are independent of each other and can run in parallel.",
      "Nach Phase 2 sind die Stories unabhängig voneinander.",
    ]) {
      expect(edges(note)).toContain("T002>T003");
      expect(edges(note)).toContain("T002>T004");
      expect(edges(note)).not.toContain("T003>T004");
    }
  });

  it("gives a verb joined inside a relative clause the pronoun's subject, and 'it' another task", () => {
    // The relative clause speaks of T004 to its end: "goes after" is T004's, and "it" is what the clause
    // named since (a subject going after itself would be "itself").
    expect(
      said("T001–T005 are independent, except T004, which reads the T002 report and so goes after it."),
    ).toEqual(["T002>T004"]);
    expect(said("T005 needs T001, which builds the schema and must land before T003.")).toEqual([
      "T001>T003",
      "T001>T005",
    ]);
    // Must not fire: a comma closes the relative clause, and the next verb has a subject of its own.
    expect(said("T005 needs T001, which builds the schema, and T002 must land before T003.")).toEqual([
      "T001>T005",
      "T002>T003",
    ]);
    expect(said("Unless T002 is skipped, T005 follows it.")).toEqual(["T002>T005"]);
  });
});

describe("an exception set off by commas", () => {
  const stories = (note: string): string[] =>
    statementPairs(
      speckit(
        [
          ["Phase 1: Setup", ["T001"]],
          ["Phase 2: User Story 1 - Roster (P1)", ["T002", "T003"]],
          ["Phase 3: User Story 2 - Swaps (P2)", ["T004", "T005", "T006"]],
        ],
        `## Dependencies\n\n- ${note}\n`,
      ),
    );
  const without5 = ["T002>T004", "T002>T006", "T003>T004", "T003>T006"];

  it("belongs to the subject: the verb after its closing comma is the subject's own", () => {
    expect(stories("Every task in phase 3, except T005, needs US1.")).toEqual(without5);
    expect(stories("Phase 3, except T005, needs US1.")).toEqual(without5);
    expect(stories("все задачи фазы 3, кроме T005, требуют US1.")).toEqual(without5);
  });

  it("does not swallow a relative clause or a clause of its own after the comma", () => {
    // The relative clause after the exception speaks of T005 only: it does not join US1's need.
    expect(stories("Phase 3 needs US1, apart from T005, which needs only T001.")).toEqual(without5);
  });

  it("gives a relative clause after a list without a verb to the task excepted only", () => {
    // "T001–T005, except T004 which needs T002": the list before the exception states no relation of its
    // own, so the relative clause's need is T004's, not the whole list's.
    expect(said("Batch one: T001–T005, except T004 which needs T002.")).toEqual(["T002>T004"]);
    expect(said("T001 to T005 together, apart from T003, which waits on T001.")).toEqual(["T001>T003"]);
    // Must not fire: a verb of the list's own before the exception still binds the rest.
    expect(said("T003–T005 need T001, except T004, which is a stub.")).toEqual(["T001>T003", "T001>T005"]);
  });
});
