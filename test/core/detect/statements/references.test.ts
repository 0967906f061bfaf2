import { describe, expect, it } from "vitest";
import { detect, speckit, statementPairs } from "./plan-helpers.js";

const board = (notes: string, extra: Array<[string, string[]]> = []): string =>
  speckit(
    [
      ["Phase 1: Setup", ["T001"]],
      ["Phase 2: Foundational", ["T002"]],
      ["Phase 3: User Story 1 - Post a card (Priority: P1)", ["T003"]],
      ["Phase 4: User Story 2 - Move a card (Priority: P1)", ["T004"]],
      ["Phase 5: User Story 3 - Archive a card (Priority: P2)", ["T005"]],
      ...extra,
      ["Phase 6: Polish", ["T006"]],
    ],
    notes,
  );

describe("what statements name", () => {
  it("reads ranges written with a hyphen, an en dash or two dots", () => {
    const six = (notes: string): string =>
      speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005", "T006"]]], notes);
    for (const range of ["T001-T003", "T001–T003", "T001..T003"])
      expect(statementPairs(six(`## Order\n\n- ${range} before T006\n`)), range).toEqual([
        "T001>T006",
        "T002>T006",
        "T003>T006",
      ]);
  });

  it("reads 'a' between two IDs as 'to' where the list says 'and' with another word", () => {
    const six = (notes: string): string =>
      speckit([["Fase 1: Trabalho", ["T001", "T002", "T003", "T004", "T005", "T006"]]], notes);
    const portuguese = "## Ordem\n\n- T004 e T005 não se tocam.\n- A T006 só entra depois de T001 a T003.\n";
    expect(statementPairs(six(portuguese))).toEqual(["T001>T006", "T002>T006", "T003>T006"]);
  });

  it("reads 'a' between two IDs as 'and' where the list ends a series with it (Czech, Slovak)", () => {
    const six = (notes: string): string =>
      speckit([["Fáze 1: Práce", ["T001", "T002", "T003", "T004", "T005", "T006"]]], notes);
    const czech = "## Pořadí\n\n- T002, T004 a T005 jdou souběžně.\n- T006 čeká na T001 a T003.\n";
    expect(statementPairs(six(czech))).toEqual(["T001>T006", "T003>T006"]);
    // With no word for "and" between IDs at all, "a" is not read as a range either.
    expect(statementPairs(six("## Pořadí\n\n- T006 čeká na T001 a T003.\n"))).toEqual([
      "T001>T006",
      "T003>T006",
    ]);
  });

  it("reads stories as US3, User Story 3, Story 3, and story lists", () => {
    expect(statementPairs(board("## Deps\n\n- User Story 3 depends on User Story 1 and US2\n"))).toEqual([
      "T003>T005",
      "T004>T005",
    ]);
    expect(statementPairs(board("## Deps\n\n- Story 3 builds on story 2\n"))).toEqual(["T004>T005"]);
    expect(statementPairs(board("## Deps\n\n- US3 needs US1's sign-in form\n"))).toEqual(["T003>T005"]);
  });

  it("reads phases by number, lists and open ranges", () => {
    expect(statementPairs(board("## Deps\n\n- Phase 5 waits for Phases 3 and 4\n"))).toEqual([
      "T003>T005",
      "T004>T005",
    ]);
    expect(statementPairs(board("## Deps\n\n- Phase 6 is blocked by Phase 3+\n"))).toEqual([]);
  });

  it("reads priority groups when stories carry priorities", () => {
    expect(statementPairs(board("## Deps\n\n- P2 stories need the P1 stories first\n"))).toEqual([
      "T003>T005",
      "T004>T005",
    ]);
  });

  it("reads 'all user stories' and 'all other phases'", () => {
    const text = board("## Deps\n\n- Phase 5: waits for all other phases\n");
    expect(statementPairs(text)).toEqual(["T001>T005", "T003>T005", "T004>T005"]);
    expect(statementPairs(board("## Deps\n\n- Phase 6 needs all user stories\n"))).toEqual([]);
  });

  it("reads 'no story can start until' as every story waiting", () => {
    const tasks =
      "## Phase 1: Work\n\n- [ ] T001 [P] Platform\n- [ ] T002 [P] [US1] Lend\n- [ ] T003 [P] [US2] Return\n";
    expect(statementPairs(`${tasks}\n## Notes\n\n- No user story can start until T001 is merged.\n`)).toEqual(
      ["T001>T002", "T001>T003"],
    );
    expect(statementPairs(`${tasks}\n## Notes\n\n- No user story may start until T001 is merged.\n`)).toEqual(
      [],
    );
  });

  it("reads role names only when written as names", () => {
    expect(statementPairs(board("## Deps\n\n- US2 needs Setup\n"))).toEqual(["T001>T004"]);
    const roles = board("## Deps\n\n- US2 needs the developer setup script\n");
    expect(statementPairs(roles)).toEqual([]);
  });

  it("prefers the task IDs written in parentheses over the phase they restate", () => {
    const text = speckit(
      [["Phase 1: Setup", ["T001", "T002"]]],
      "## Deps\n\n- T002 depends on Setup (T001)\n",
    );
    expect(statementPairs(text)).toEqual(["T001>T002"]);
  });

  it("keeps the name before a parenthesis whose IDs open a remark of their own", () => {
    // "(T004 also keeps a log)" says something of T004, which is not a task of User Story 1: the remark
    // restates nothing, and names nothing the story needs.
    expect(
      statementPairs(board("## Deps\n\n- US3 depends on User Story 1 (T004 also keeps a log of moves)\n")),
    ).toEqual(["T003>T005"]);
    // Must not fire: IDs alone, or followed by a comma, are the author's enumeration and win.
    expect(statementPairs(board("## Deps\n\n- US3 depends on User Story 1 (T004, the move)\n"))).toEqual([
      "T004>T005",
    ]);
    expect(statementPairs(board("## Deps\n\n- US3 depends on User Story 1 (T004)\n"))).toEqual(["T004>T005"]);
    // A short title after the ID still restates.
    expect(statementPairs(board("## Deps\n\n- US3 depends on User Story 1 (T004 move flow)\n"))).toEqual([
      "T004>T005",
    ]);
  });

  it("keeps the name before a parenthesis that only restates it", () => {
    expect(
      statementPairs(board("## Deps\n\n- User Story 3 (Phase 5) depends on User Story 2 (Phase 4)\n")),
    ).toEqual(["T004>T005"]);
  });

  it("reads IDs in parentheses after a colon as the items they gloss, not as restating what came before", () => {
    const text = speckit(
      [["Phase 1: Work", ["T001", "T002", "T003", "T004", "T005"]]],
      "## Deps\n\n- After T001 completes: the UI tests (T002–T003) and the API tests (T004–T005) can start.\n",
    );
    expect(statementPairs(text)).toEqual(["T001>T002", "T001>T003", "T001>T004", "T001>T005"]);
    // A colon right after a name still opens its title: "US3: Archive (Phase 5)" restates US3.
    expect(statementPairs(board("## Deps\n\n- US3: Archive (Phase 5) depends on US2\n"))).toEqual([
      "T004>T005",
    ]);
  });

  it("reads a note inside a phase as speaking of that phase", () => {
    const text = board("").replace(
      "## Phase 5: User Story 3 - Archive a card (Priority: P2)\n",
      "## Phase 5: User Story 3 - Archive a card (Priority: P2)\n\n**Depends on**: US1\n",
    );
    expect(statementPairs(text)).toEqual(["T003>T005"]);
  });

  it("warns about an ID the list does not have", () => {
    const { warnings } = detect(board("## Deps\n\n- T006 depends on T099\n"));
    expect(warnings).toContain("tasks.md:29: T099 is not a task in this list");
  });

  it("warns about a dependency statement it cannot read, and not about plain prose", () => {
    const { warnings } = detect(
      board("## Deps\n\n- T006 depends on every endpoint being documented\n- The board looks good.\n"),
    );
    expect(warnings.filter((w) => w.includes("cannot tell"))).toHaveLength(1);
  });
});

describe("sentences as they are written in a sub-task's notes", () => {
  const kiro = (note: string[]): string =>
    [
      "# Implementation plan",
      "",
      "- [ ] 1. Data",
      "  - [ ] 1.1 Orders repository in app/orders_repo.py",
      "  - [ ] 1.2 Orders service in app/orders_service.py",
      "  - [ ] 1.3 Audit log in app/audit.py",
      "  - [ ] 1.4 Orders API in app/orders_api.py",
      ...note.map((line) => `    ${line}`),
      "",
    ].join("\n");
  const into = (note: string[]): string[] =>
    detect(kiro(note))
      .edges.filter((e) => (e.origin === "statement" || e.origin === "task") && e.to === "1.4")
      .map((e) => `${e.from}>${e.to}`)
      .sort();

  it("reads a sentence wrapped onto the next line whole", () => {
    expect(into(["- Has to wait until the service of", "  1.2 is merged"])).toEqual(["1.2>1.4"]);
    // A new item is a new sentence.
    expect(
      into(["- Has to wait until the service is ready", "- 1.2 keeps its own review checklist"]),
    ).toEqual([]);
  });
});
