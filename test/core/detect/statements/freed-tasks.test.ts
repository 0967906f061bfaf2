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
    ["the [P] marker named first", "Without [P], but it depends on no other task of the story."],
    ["German, the [P] marker named first", "Ohne [P], hängt aber von keiner anderen Aufgabe ab."],
    ["a word of need with nothing for its object", "Depends on nothing in this story."],
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

/** The same story, with `tail` written on T005's own title line. */
const titled = (tail: string): string =>
  story("Open on weekdays.").replace(
    "Opening hours page in room/hours.py",
    `Opening hours page in room/hours.py ${tail}`,
  );
const intoTitled = (tail: string): string[] =>
  pairs(titled(tail))
    .filter((p) => p.endsWith(">T005"))
    .sort();

describe("a note after the title's description", () => {
  it.each([
    ["a dash", "– no [P], but it depends on no other task of this story"],
    ["a bracket", "(does not need to wait for anything)"],
    ["a semicolon, in German", "; hängt von keiner anderen Aufgabe dieser Phase ab"],
  ])("frees the task when it says the task needs nothing (%s)", (_, tail) => {
    expect(intoTitled(tail)).toEqual(["T001>T005"]);
  });

  it.each([
    ["a word of parallel work about the code", "(non-blocking refresh after each save)"],
    ["a negation about something else", "; after this task the other pages no longer change room/api.py"],
    ["a relation naming a task", "– does not depend on T003"],
    ["no separator before it", "that depends on no other service"],
  ])("frees nothing on %s", (_, tail) => {
    expect(intoTitled(tail)).toContain("T004>T005");
  });
});

describe("German 'hängt ... von ... ab' with words between", () => {
  it("relates, and denies with 'nicht'", () => {
    expect(pairs(story("Hängt aber nur von T002 ab."))).toContain("T002>T005");
    const apart = pairs(story("Hängt aber nicht von T004 ab."));
    expect(apart).not.toContain("T004>T005");
    expect(apart).toContain("T003>T005");
  });
});

describe("a task whose own words say it waits for nothing, under a tests-first rule", () => {
  const tdd = (tail: string): string[] =>
    pairs(`# Tasks: Reading room

**Tests**: written first in every story; they must fail before the implementation.

## Phase 1: Setup

- [ ] T001 Create the project in pyproject.toml

## Phase 2: User Story 1 - Borrow (Priority: P1)

- [ ] T002 [P] [US1] Loan tests in tests/test_loans.py
- [ ] T003 [P] [US1] Loan model in room/loans.py
- [ ] T004 [P] [US1] Shelf labels in room/labels.py ${tail}
`);

  it("gets no cue edge from the tests, while the story's other work does", () => {
    expect(tdd("")).toContain("T002>T004");
    const freed = tdd("– depends on no other task of this story");
    expect(freed).not.toContain("T002>T004");
    expect(freed).toContain("T002>T003");
  });
});

describe("a statement outside the tasks that one of them waits for nothing in its own phase", () => {
  /** Setup, Foundational, then one story of unmarked tasks T003 to T006, with a dependencies section. */
  const phaseOf = (sentence: string): string => `# Tasks: Reading room

## Phase 1: Setup

- [ ] T001 Create the project in pyproject.toml

## Phase 2: Foundational

- [ ] T002 Database session in room/db.py

## Phase 3: User Story 1 - Borrow (Priority: P1)

- [ ] T003 [US1] Loan model in room/loans.py
- [ ] T004 [US1] Loan service in room/service.py
- [ ] T005 [US1] Opening hours page in room/hours.py
- [ ] T006 [US1] Loan endpoint in room/api.py

## Dependencies

- ${sentence}
`;
  const orderInto = (sentence: string, id: string): string[] =>
    detect(phaseOf(sentence))
      .edges.filter((e) => e.kind === "order" && e.to === id)
      .map((e) => `${e.from}>${e.to}`)
      .sort();

  it.each([
    ["nothing left to wait for", "Once Phase 2 is merged, T005 has nothing left to wait for."],
    ["nothing to wait for", "T005 has nothing to wait for."],
    ["no upstream dependency inside its story", "T005 has no upstream dependency inside US1."],
    ["any time after an earlier phase", "T005 can be picked up at any time after Phase 2."],
    ["only an earlier phase", "T005 depends only on Phase 2."],
  ])("frees it from the listing order (%s), and the tasks after it still wait for it", (_, sentence) => {
    expect(orderInto(sentence, "T005")).toEqual([]);
    expect(orderInto(sentence, "T006")).toContain("T005>T006");
  });

  it("keeps the listing order where the words say when, or what else it needs", () => {
    expect(orderInto("T005 can only start after Phase 2.", "T005")).toEqual(["T004>T005"]);
    expect(orderInto("T005 has a dependency inside US1.", "T005")).toEqual(["T004>T005"]);
    expect(orderInto("T005 has nothing to do with T006.", "T005")).toEqual(["T004>T005"]);
  });
});

describe("a title whose note says only that the task has no dependencies", () => {
  const titled = (suffix: string): string[] =>
    pairs(
      story("Shows the hours.").replace(
        "- [ ] T005 [US1] Opening hours page in room/hours.py",
        `- [ ] T005 [US1] Opening hours page in room/hours.py ${suffix}`,
      ),
    )
      .filter((p) => p.endsWith(">T005"))
      .sort();

  it.each(["(no deps)", "(deps: none)", "— no prerequisites", "(no blockers)"])(
    "frees the task from the listing order: %s",
    (suffix) => {
      expect(titled(suffix)).toEqual(["T001>T005"]);
    },
  );

  it("keeps the listing order for a note about something else", () => {
    expect(titled("(no deps on the CMS)")).toEqual(["T003>T005", "T004>T005"]);
  });
});
