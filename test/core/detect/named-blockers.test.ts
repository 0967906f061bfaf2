import { describe, expect, it } from "vitest";
import { detect, pairs } from "./statements/plan-helpers.js";

/** Setup, a Foundational phase of four unmarked tasks, two stories and a Polish phase; `intro` under Foundational. */
const library = (intro: string): string => `# Tasks: Lending library

## Phase 1: Setup

- [ ] T001 Create the project skeleton in pyproject.toml

## Phase 2: Foundational

${intro}

- [ ] T002 Database session in lib/db.py
- [ ] T003 [P] Settings loader in lib/settings.py
- [ ] T004 Audit helper in lib/audit.py
- [ ] T005 Money formatting helper in lib/money.py

## Phase 3: User Story 1 - Lend a book (Priority: P1)

- [ ] T006 [US1] Loan service in lib/loans.py

## Phase 4: User Story 2 - Return a book (Priority: P2)

- [ ] T007 [US2] Return service in lib/returns.py

## Phase 5: Polish

- [ ] T008 Changelog entry in CHANGELOG.md
`;

const into = (text: string, id: string): string[] =>
  pairs(text)
    .filter((p) => p.endsWith(`>${id}`))
    .sort();

describe("a Foundational phase whose blockers the list names", () => {
  it("lets only the named tasks block the stories, and keeps the rest before Polish", () => {
    const text = library("Only T002 and T003 block every user story; the helpers after them do not.");
    expect(into(text, "T006")).toEqual(["T002>T006", "T003>T006"]);
    expect(into(text, "T007")).toEqual(["T002>T007", "T003>T007"]);
    expect(into(text, "T008")).toContain("T005>T008");
    expect(detect(text).warnings.join("\n")).toMatch(
      /names what in "Phase 2: Foundational".*blocks the user stories/,
    );
  });

  it("reads a plural subject with the bare verb the same way", () => {
    expect(into(library("T002 and T003 block all user stories."), "T006")).toEqual([
      "T002>T006",
      "T003>T006",
    ]);
  });

  it("keeps the whole phase as blocker when the list also names the phase, or names all its tasks", () => {
    const whole = library("T002 blocks every user story. Phase 2 blocks every user story as a whole.");
    expect(into(whole, "T006")).toContain("T005>T006");
    const all = library("T002, T003, T004 and T005 block every user story.");
    expect(into(all, "T006")).toContain("T005>T006");
  });

  it("does not narrow on a task that blocks only one story", () => {
    expect(into(library("T002 blocks US1."), "T007")).toContain("T005>T007");
    expect(into(library("T002 blocks US1."), "T006")).toContain("T005>T006");
  });
});
