import { describe, expect, it } from "vitest";
import { detect, pairs } from "./plan-helpers.js";

/** Setup, then one story of unmarked tasks; `note` is written under T005. */
const story = (note: string): string => `# Tasks: Reading room

## Phase 1: Setup

- [ ] T001 Create the project in pyproject.toml

## Phase 2: User Story 1 - Borrow (Priority: P1)

- [ ] T002 [US1] Loan model in room/loans.py
- [ ] T003 [US1] Loan service in room/service.py
- [ ] T004 [P] [US1] Shelf labels in room/labels.py
- [ ] T005 [US1] Opening hours page in room/hours.py
  - ${note}
- [ ] T006 [US1] Loan endpoint in room/api.py
`;

const into = (note: string, id = "T005"): string[] =>
  pairs(story(note))
    .filter((p) => p.endsWith(`>${id}`))
    .sort();

describe("a task whose own note denies needing anything", () => {
  it.each([
    ["English", "This task depends on no other task of the story."],
    ["French", "Cette tâche ne dépend d'aucune autre tâche du récit."],
    ["Spanish", "Esta tarea no depende de ninguna otra tarea de la historia."],
    ["a label before it", "Not marked by mistake: this task needs no other task of its story."],
  ])("is free of the listing order (%s)", (_, note) => {
    expect(into(note)).toEqual(["T001>T005"]);
    // The tasks listed after it still wait for it.
    expect(into(note, "T006")).toContain("T005>T006");
  });

  it("reads a negative object as no relation at all, not as one to the other stories", () => {
    const edges = detect(story("This task depends on no other task of the story.")).edges;
    expect(edges.filter((e) => e.to === "T005" && e.kind !== "phase")).toEqual([]);
  });

  it("runs it beside the task named after 'at the same time as'", () => {
    expect(into("It can start at the same time as T004.")).not.toContain("T004>T005");
    expect(into("Elle peut commencer en même temps que T004.")).not.toContain("T004>T005");
  });

  it("does not free a task on an exception, a clause about something else, code, or the [P] marker", () => {
    expect(into("This task depends on no task but T003.")).toContain("T003>T005");
    expect(into("This task depends on no task but T003.")).toContain("T004>T005");
    expect(into("Note: the opening hours service itself does not depend on anything.")).toContain(
      "T004>T005",
    );
    expect(into("Commit: `feat(hours): run checks in parallel`")).toContain("T004>T005");
    expect(into("Done when: a single [P] task runs alone")).toContain("T004>T005");
    expect(into("Parallel rendering of the hours table works")).toContain("T004>T005");
  });
});
