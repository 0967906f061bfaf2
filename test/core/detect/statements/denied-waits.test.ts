import { describe, expect, it } from "vitest";
import { detect, pairs, serial, speckit } from "./plan-helpers.js";

/** Five unmarked tasks in one phase (listing order chains them) and one bullet of notes. */
const chained = (sentence: string): string[] =>
  pairs(serial(["T001", "T002", "T003", "T004", "T005"], `## Notes\n\n- ${sentence}\n`)).sort();

describe("a sentence of the notes denying that a task waits", () => {
  it.each([
    "T005 does not have to wait for T004.",
    "T005 need not wait for T004; the two touch different shelves.",
    "T005 doesn't need to wait for T004.",
  ])("takes back the listing order between the two: %s", (sentence) => {
    const edges = chained(sentence);
    expect(edges).not.toContain("T004>T005");
    // T005 still follows what is listed before T004.
    expect(edges).toContain("T003>T005");
  });

  it.each([
    "T004 does not need to wait: the label printer is already there.",
    "T004 doesn't have to wait for anything else in its phase.",
    "T004 needs nothing.",
    "T004 is not marked [P], but it does not wait for the other tasks of its phase.",
    "T004 does not wait for the other ones.",
    // German puts an adverb between the verb and its preposition: "but waits for nothing from this phase".
    "T004 wartet aber auf nichts aus dieser Phase.",
    // Finnish: "T004 need not wait: it can start at once."
    "T004:ää ei tarvitse odottaa: sen voi aloittaa heti.",
  ])("with nothing for its object, frees the task from the listing order: %s", (sentence) => {
    const edges = chained(sentence);
    expect(edges.filter((p) => p.endsWith(">T004"))).toEqual([]);
    // The tasks listed after it still wait for it.
    expect(edges).toContain("T004>T005");
  });

  it("does not free a task from a thing it names that is not a task, nor take back an affirmed need", () => {
    expect(chained("T004 does not wait for the catalogue design.")).toContain("T003>T004");
    expect(chained("T004 does not wait for the other catalogue designs.")).toContain("T003>T004");
    expect(chained("T005 needs not only T004 but also T001.")).toEqual(
      expect.arrayContaining(["T001>T005", "T004>T005"]),
    );
    expect(chained("T005 doesn't just need T004; it needs T002 too.")).toEqual(
      expect.arrayContaining(["T002>T005", "T004>T005"]),
    );
    // Words of time "at once" hold "once": they deny nothing.
    expect(chained("T002 and T005 at once.")).toContain("T004>T005");
  });

  it("ends the object of a denial at a colon that follows it", () => {
    const list = speckit(
      [
        ["Phase 1: Setup", ["T001"]],
        ["Phase 2: Foundational", ["T002", "T003"]],
        ["Phase 3: User Story 1 - Borrow (Priority: P1)", ["T004", "T005"]],
      ],
      "## Notes\n\n- T005 does not depend on T004: it only reads the shelf index from Phase 2.\n",
      { parallel: false },
    );
    const edges = pairs(list);
    expect(edges).not.toContain("T004>T005");
    expect(edges).toContain("T003>T004");
    expect(edges.some((p) => p.startsWith("T003>") && p.endsWith("T005"))).toBe(true);
  });
});

/** Setup and two stories; US2's first task is T004. `notes` go under a Dependencies heading. */
const stories = (notes: string): string =>
  speckit(
    [
      ["Phase 1: Setup", ["T001"]],
      ["Phase 2: User Story 1 - Borrow (Priority: P1)", ["T002", "T003"]],
      ["Phase 3: User Story 2 - Return (Priority: P2)", ["T004", "T005"]],
    ],
    `## Dependencies\n\n${notes}\n`,
    { parallel: false },
  );

describe("a denial that turns to what the task does wait for", () => {
  // Five [P] tasks in one phase, so only the sentence orders them.
  const said = (sentence: string): string[] =>
    pairs(
      speckit(
        [["Phase 1: Shelves", ["T001", "T002", "T003", "T004", "T005"]]],
        `## Notes\n\n- ${sentence}\n`,
      ),
    ).sort();

  it.each([
    "T005 does not wait for T004, only for T002 and T003.",
    "T005 doesn't depend on T004, only on T002 and T003.",
    "T005 venter ikke på T004, bare på T002 og T003.",
    "T005 hängt nicht von T004 ab, nur von T002 und T003.",
    // A denial corrected by "but (only)", with or without the comma, or by a correcting conjunction.
    "T005 does not wait for the shelf code (T004) but only for T002 and T003.",
    "T005 does not wait for T004, but only for T002 and T003.",
    "T005 wartet nicht auf T004, sondern nur auf T002 und T003.",
    "T005 ei odota T004:ää vaan pelkästään T002:ta ja T003:a.",
    // Spanish says its negation as a word of its own before the verb ("no depende de").
    "T005 no depende de T004, solo de T002 y T003.",
    "T005 no espera a T004, sino solo a T002 y T003.",
  ])("waits for what follows 'only': %s", (sentence) => {
    expect(said(sentence)).toEqual(["T002>T005", "T003>T005"]);
  });

  it("still frees the listing order from what the Spanish denial names before the turn", () => {
    const edges = chained("T005 no depende de T004, solo de T002.");
    expect(edges).not.toContain("T004>T005");
    expect(edges).toContain("T002>T005");
    // Must not fire: without a denial "solo de" adds nothing.
    expect(said("T005 depende de T004, solo de vez en cuando.")).toEqual(["T004>T005"]);
  });

  it("waits for what the turn names when the denied part names no task", () => {
    expect(said("T005 does not depend on the shelf labels, only on the codes from T002.")).toEqual([
      "T002>T005",
    ]);
    expect(said("T005 wartet nicht auf die Etiketten, nur auf die Codes aus T002.")).toEqual(["T002>T005"]);
    // Must not fire: with no "only" after the comma the sentence denies T002 (the labels are named first).
    expect(said("T005 does not depend on the shelf labels, nor on the codes from T002.")).toEqual([]);
  });

  it("keeps a contrast whose words after 'but' are a clause of their own", () => {
    // Must not fire: "for the labels" names no task, and a clause with its own verb stays one.
    expect(said("T005 needs T004, but for the labels T003 is enough.")).toEqual(["T004>T005"]);
    expect(said("T005 needs T004, but T003 waits for T001.")).toEqual(["T001>T003", "T004>T005"]);
  });

  it("turns nothing without a denial or without the comma", () => {
    // Must not fire: "only" beside a parallel claim, or inside the denied list.
    expect(said("T005 runs beside T004, only beside T002.")).toEqual([]);
    expect(said("T005 does not wait for T004 only.")).toEqual([]);
  });
});

describe("a story said not to wait for another", () => {
  it("takes back a relation between the two stories read elsewhere, with a warning", () => {
    const { edges, warnings } = detect(
      stories("- US2 reuses the loan model from US1.\n- US2 does not wait for US1."),
    );
    expect(edges.filter((e) => e.origin === "statement")).toEqual([]);
    expect(warnings.some((w) => w.includes("another sentence of the list lets"))).toBe(true);
  });

  it("keeps the relation the other way, and a relation that names a task", () => {
    expect(
      pairs(stories("- US1 comes after US2.\n- US2 does not wait for US1.")).filter((p) =>
        p.startsWith("T005>"),
      ),
    ).toEqual(["T005>T002"]);
    expect(pairs(stories("- T003 unblocks US2.\n- US2 does not wait for US1."))).toContain("T003>T004");
  });

  it("is not read from a claim without a direction", () => {
    expect(
      pairs(stories("- US2 reuses the loan model from US1.\n- US1 and US2 can run in parallel.")),
    ).toContain("T003>T004");
  });
});

describe("a denial whose object opens with a negative determiner", () => {
  it.each([
    "T005 needs none of T002 to T004.",
    // German, verb second: "T005 needs, however, none of the tasks T002 to T004."
    "T005 braucht aber keine der Aufgaben T002 bis T004.",
  ])("sets the task apart from the tasks it lists: %s", (sentence) => {
    const edges = chained(sentence);
    expect(edges.filter((p) => p.endsWith(">T005"))).toEqual(["T001>T005"]);
  });

  it.each([
    "T005 depends on no task but T003.",
    "T005 needs no task except T002.",
    "T005 depends on nothing other than T002.",
    // German: "T005 needs no task except T002."
    "T005 braucht keine Aufgabe außer T002.",
  ])("still needs the task an exception names: %s", (sentence) => {
    const need = /T00[23]/.exec(sentence)?.[0] ?? "";
    expect(chained(sentence)).toContain(`${need}>T005`);
  });

  it("keeps the older exception case", () => {
    expect(chained("T005 depends on no task but T003.")).toContain("T003>T005");
  });
});

/** A phase of unmarked tasks; T005 is a test whose own text says what state it is in until T004 lands. */
const testNote = (note: string): string[] =>
  pairs(
    `# Tasks: Shelf\n\n## Phase 1: Catalogue\n\n- [ ] T004 Shelf index in src/index.ts\n- [ ] T005 [P] Index tests in tests/index.test.ts (${note})\n`,
  );

describe("a test's own words on its expected state", () => {
  it.each([
    "write first; they stay red until T004 is merged",
    // German: "write first; they stay red until T004 is merged"
    "zuerst schreiben; sie bleiben rot, bis T004 gemergt ist",
  ])("do not make it wait for the work: %s", (note) => {
    expect(testNote(note)).not.toContain("T004>T005");
  });

  it("still make it wait when it names the work as a need", () => {
    expect(testNote("runs against the index from T004")).toContain("T004>T005");
    expect(testNote("nutzt den Index aus T004")).toContain("T004>T005");
  });
});

/** A numbered list; 1.2's own note speaks of the two tasks after it. */
const numbered = (note: string): string[] =>
  pairs(`# Implementation Plan

- [ ] 1. Loans
  - [ ] 1.1 Loan model in src/model.ts
  - [ ] 1.2 Loan contract in src/contract.ts
    - ${note}
  - [ ] 1.3 Loan producer in src/producer.ts
  - [ ] 1.4 Loan worker in src/worker.ts
`).sort();

describe("a note naming the tasks that import this one", () => {
  it("puts this task before each of them", () => {
    const edges = numbered(
      "1.3 and 1.4 both import this, so it has to be merged before either of them starts",
    );
    expect(edges).toEqual(expect.arrayContaining(["1.2>1.3", "1.2>1.4"]));
  });

  it("does not read a bare 'this' without tasks before it, nor an import written as a noun", () => {
    expect(numbered("1.3 relates to it; that's why we need this")).not.toContain("1.3>1.2");
    expect(numbered("1.3 enqueues by name, so there is no import of this module")).toEqual([]);
  });
});

describe("a task said to need only certain tasks", () => {
  it.each([
    "T004 needs only T001.",
    "T004 depends only on T001.",
    "T004 only needs T001's shelf codes.",
    // Finnish: "T004 needs only T001's enums."
    "T004 tarvitsee ainoastaan T001:n enumit.",
  ])("waits for those and not for the listing order: %s", (sentence) => {
    const edges = chained(sentence);
    expect(edges.filter((p) => p.endsWith(">T004"))).toEqual(["T001>T004"]);
    expect(edges).toContain("T004>T005");
  });

  it("reads the same in a task's own note", () => {
    const list = serial(["T001", "T002", "T003", "T004"], "").replace(
      "Work item T004 in src/t004.ts",
      "Work item T004 in src/t004.ts. It reads the shelf codes, so it needs only T001's table",
    );
    expect(pairs(list).filter((p) => p.endsWith(">T004"))).toEqual(["T001>T004"]);
  });

  it("is not read from 'only' with a word of time, before the subject, or from English 'so'", () => {
    expect(chained("T004 can only start after T002.")).toContain("T003>T004");
    expect(chained("Only T004 needs T001.")).toContain("T003>T004");
    expect(chained("T004 builds on the spike, so T002 has to be finished before T004 starts.")).toContain(
      "T003>T004",
    );
  });
});

describe("a denial with an exception or a limit", () => {
  // Setup, Foundational and two stories, every task [P]; `note` under Dependencies.
  const planned = (note: string): string[] =>
    pairs(
      speckit(
        [
          ["Phase 1: Setup", ["T001"]],
          ["Phase 2: Foundational", ["T002", "T003"]],
          ["Phase 3: User Story 1 - Roster (Priority: P1)", ["T004", "T005"]],
          ["Phase 4: User Story 2 - Swaps (Priority: P2)", ["T006", "T007"]],
        ],
        `## Dependencies\n\n- ${note}\n`,
      ),
    );

  it.each([
    "T007 doesn't need anything from US1 beyond what Phase 2 gives it.",
    "T007 needs nothing from US1 other than the Foundational phase.",
    "T007 needs nothing beyond Phase 2.",
  ])("still needs what the exception names: %s", (note) => {
    const edges = planned(note);
    expect(edges).toContain("T002>T007");
    expect(edges).toContain("T003>T007");
  });

  it("still frees what it names before an exception that names nothing", () => {
    const edges = chained("T005 does not need to wait for T004, except on release day.");
    expect(edges).not.toContain("T004>T005");
    expect(edges).toContain("T003>T005");
  });
});
