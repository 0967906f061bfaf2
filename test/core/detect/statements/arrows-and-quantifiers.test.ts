import { describe, expect, it } from "vitest";
import { pairs, saidUnder, speckit, statementPairs } from "./plan-helpers.js";

/** Setup and three one-phase stories, every task [P]; `note` is a bullet of a Dependencies section. */
const said = (note: string): string[] =>
  statementPairs(
    speckit(
      [
        ["Phase 1: Setup", ["T001"]],
        ["Phase 2: User Story 1 - Catalogue (Priority: P1)", ["T002", "T003"]],
        ["Phase 3: User Story 2 - Loans (Priority: P2)", ["T004", "T005"]],
        ["Phase 4: User Story 3 - Fines (Priority: P3)", ["T006", "T007"]],
      ],
      `## Dependencies\n\n- ${note}\n`,
    ),
  );

const US1_BEFORE_US3 = ["T002>T006", "T002>T007", "T003>T006", "T003>T007"];

describe("a left arrow", () => {
  it("puts what it points from after what it points to", () => {
    expect(said("T005 ← T002, T003")).toEqual(["T002>T005", "T003>T005"]);
    expect(said("T006 <- T004 (the fines read the loans)")).toEqual(["T004>T006"]);
    expect(said("US3 ⟵ US1")).toEqual(US1_BEFORE_US3);
  });

  it("is no comparison and no HTML comment", () => {
    expect(said("T005 caps uploads at size <= 20 MB, like T002.")).toEqual([]);
    expect(said("<!-- T004 and T005 were split from T002 -->")).toEqual([]);
  });
});

describe("an arrow chain followed by a clause of its own", () => {
  it("ends the chain where the new clause starts", () => {
    expect(said("US1 → US3 is binding: nothing in Phase 4 starts before US1.")).toEqual(US1_BEFORE_US3);
    expect(said("T002 → T004, so T006 needs T003.")).toEqual(["T002>T004", "T003>T006"]);
  });

  it("reads the sentence around a chain in parentheses", () => {
    expect(said("US3 is blocked by US1 (T002 → T006).")).toEqual(US1_BEFORE_US3);
  });

  it("keeps a chain of three steps whole", () => {
    expect(said("T002 → T004 → T006")).toEqual(["T002>T004", "T004>T006"]);
  });

  it("ends a chain at words closing its last step before a comma: the name after it opens the next", () => {
    expect(said("T002 → T003 on one side, T004 → T005 → T006 on the other")).toEqual([
      "T002>T003",
      "T004>T005",
      "T005>T006",
    ]);
    expect(said("T002 → T003 de um lado, T004 → T005 do outro")).toEqual(["T002>T003", "T004>T005"]);
    // a list of names, bare or glossed in brackets, stays one step
    expect(said("T002 → T003 (models), T004 (views) → T006")).toEqual([
      "T002>T003",
      "T002>T004",
      "T003>T006",
      "T004>T006",
    ]);
  });
});

describe("a negative quantifier written with its group", () => {
  it("negates a verb of need", () => {
    expect(said("T002 and T003 are groundwork; no story task waits on them.")).toEqual([]);
    expect(said("No story depends on T002.")).toEqual([]);
  });

  it("still orders with a word of time or a limit", () => {
    // T003 is US1's own, so only the other stories wait for it.
    expect(said("No user story work can begin until T003 is complete.")).toEqual([
      "T003>T004",
      "T003>T005",
      "T003>T006",
      "T003>T007",
    ]);
  });
});

describe("the passive 'blocked by' of French, Spanish and Italian", () => {
  it.each([
    ["French", "Le récit 3 est bloqué par le récit 1."],
    ["Spanish", "La US3 está bloqueada por la US1."],
    ["Italian", "US3 è bloccata da US1."],
  ])("waits for its agent (%s)", (_, note) => {
    expect(said(note)).toEqual(US1_BEFORE_US3);
  });

  it("leaves the active verb to put its subject first", () => {
    expect(said("Le récit 1 bloque le récit 3.")).toEqual(US1_BEFORE_US3);
  });
});

describe("a relation between stories held at one point", () => {
  it("relates only the tasks it spells out", () => {
    expect(said("US3 is blocked by US1 at a single point (T006 ← T002).")).toEqual(["T002>T006"]);
    expect(said("Le récit 3 est bloqué par le récit 1 en un seul point (T006 ← T002).")).toEqual([
      "T002>T006",
    ]);
  });

  it("keeps the stories' relation when it spells out nothing", () => {
    expect(said("US3 is blocked by US1 at a single point.")).toEqual(US1_BEFORE_US3);
  });
});

describe("a test that fails until the work lands", () => {
  it("is its state, not a wait", () => {
    expect(said("T004 stays red until T006 lands; that is expected.")).toEqual([]);
    expect(said("T004 fails until T006 is merged.")).toEqual([]);
    expect(said("T004 won't compile until T006 adds the interface, and that is fine.")).toEqual([]);
    expect(said("T004 does not pass until T006 is merged.")).toEqual([]);
  });

  it("is the state of a thing kept until then, not a wait", () => {
    expect(said("T004: the feature flag stays off until T006.")).toEqual([]);
    expect(said("T004's menu entry remains hidden until T006 is merged.")).toEqual([]);
    // a thing lacking something until then, or empty until then
    expect(said("Rows that T004 writes have no tenant id until T006 lands.")).toEqual([]);
    expect(said("The tenant column of T004 is empty until T006 lands.")).toEqual([]);
    // a thing kept where it is until then
    expect(said("T004: the legacy driver stays until T006 removes it.")).toEqual([]);
    expect(said("T004: the old endpoint remains in place until T006.")).toEqual([]);
    // ... in a task's own words, where the task lends its clauses a subject: the driver stays, not the task
    const own = (words: string) =>
      pairs(
        `## Phase 1: Setup\n\n- [ ] T001 [P] Add psycopg to requirements.txt. ${words}\n- [ ] T002 [P] Drop mysqlclient from requirements/base.txt\n`,
        "explicit",
      );
    expect(own("`mysqlclient` stays until T002.")).toEqual([]);
    // Must not fire: the task itself waiting is a wait.
    expect(own("Stays parked until T002 ships.")).toEqual(["T002>T001"]);
  });

  it("does not hide a real wait", () => {
    expect(said("T006 stays parked until T004 ships.")).toEqual(["T004>T006"]);
    expect(said("T006 remains blocked until T004 ships.")).toEqual(["T004>T006"]);
    expect(said("T006 cannot start until T004 compiles.")).toEqual(["T004>T006"]);
    // a task with no work to do until then waits
    expect(said("T006 has no work to do until T004 lands.")).toEqual(["T004>T006"]);
  });
});

describe("a word of sequence inside an arrow chain's step", () => {
  const said = saidUnder("Phase 1: Setup", "Order");

  it("reads 'then' as one more arrow, the parallel word staying with its own part", () => {
    expect(said("Phase 1: T001, T002 and T003 at the same time, then T004 → T005.")).toEqual([
      "T001>T004",
      "T002>T004",
      "T003>T004",
      "T004>T005",
    ]);
    // Korean "이어서" (then)
    expect(said("1단계: T001, T002를 동시에 시작, 이어서 T003 → T004.")).toEqual([
      "T001>T003",
      "T002>T003",
      "T003>T004",
    ]);
  });

  it("leaves a step without such a word whole", () => {
    expect(said("T001 and T002 together → T003.")).toEqual(["T001>T003", "T002>T003"]);
  });
});

describe("two arrow chains in one sentence, each after its own label", () => {
  const said = saidUnder("Phase 1: Setup", "Order");

  it("starts the second chain at its label instead of continuing the first", () => {
    expect(said("Edit order per file: api.ts: T001 → T003, router.ts: T002 → T004.")).toEqual([
      "T001>T003",
      "T002>T004",
    ]);
    // Japanese: a file as the topic ("は") of each chain
    expect(said("`a.ts` は T001 → T003、`b.ts` は T002 → T005 の順に編集する。")).toEqual([
      "T001>T003",
      "T002>T005",
    ]);
  });

  it("leaves a list of names in one step, and a word of sequence, as they were", () => {
    expect(said("T001 (models), T002 [P] → T004")).toEqual(["T001>T004", "T002>T004"]);
    expect(said("T001, T002 and T003 → T005")).toEqual(["T001>T005", "T002>T005", "T003>T005"]);
    expect(said("T001 → T002, finally T004")).toEqual(["T001>T002", "T002>T004"]);
  });
});

describe("an arrow chain naming the product's flow", () => {
  it("orders nothing when a noun of flow opens it or a verb of checking closes it", () => {
    expect(said("Checkpoint: the complete journey US1 → US2 → US3 passes on staging.")).toEqual([]);
    expect(said("US1 → US2 → US3 must work end to end before the demo.")).toEqual([]);
    expect(said("Kontrola: celý tok US1 → US3 funguje.")).toEqual([]);
  });

  it("still orders the stories when the chain is a plan of work", () => {
    expect(said("Order of work: US1 → US3 (the fines read the catalogue).")).toEqual(US1_BEFORE_US3);
    expect(said("US1 → US3, then polish.")).toEqual(US1_BEFORE_US3);
  });
});
