import { describe, expect, it } from "vitest";
import { detect, kiroPlan, saidUnder } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet of notes.
const said = saidUnder("Phase 1: Catalogue", "Notes");

describe("a sentence naming the exceptions to the one before it", () => {
  it.each([
    "T003, T004 and T005 wait for T001. The only exception is T004, which reads nothing of it.",
    "T003, T004 and T005 wait for T001. The one exception: T004.",
    "T003, T004 and T005 wait for T001. T004 is the only exception.",
    "T003, T004 and T005 wait for T001. Task T004 is the exception: it reads nothing of it.",
  ])("carves the tasks it names out of that rule: %s", (notes) => {
    expect(said(notes).sort()).toEqual(["T001>T003", "T001>T005"]);
  });

  it("takes every task its clause names, a word or two between them", () => {
    const notes =
      "T003, T004 and T005 wait for T001. The only exceptions are T003 and its check T005, which read nothing.";
    expect(said(notes)).toEqual(["T001>T004"]);
  });

  it("ends the exceptions at the exception's own relation word: what it does without is no exception", () => {
    // T002 is what T004 does without, not a second exception to the rule.
    const notes = "T003, T004 and T005 wait for T001 and T002. Exception: T004 uses nothing from T002.";
    expect(said(notes)).toEqual(expect.arrayContaining(["T001>T003", "T002>T003", "T002>T005"]));
  });

  it.each([
    // exceptions of another kind: error handling, a phase
    "T003, T004 and T005 wait for T001. Exception handling for T004 lives in its own module.",
    "T003, T004 and T005 wait for T001. Phase 6 is the only exception.",
    // the exception sentence before the rule says nothing of it
    "The only exception is T004. T003, T004 and T005 wait for T001.",
  ])("leaves the rule whole: %s", (notes) => {
    expect(said(notes)).toEqual(expect.arrayContaining(["T001>T003", "T001>T004", "T001>T005"]));
  });
});

describe("an exception after a dash, or opening the sentence after the rule", () => {
  it.each([
    "T003, T004 and T005 wait for T001 – except T004, which reads nothing of it.",
    "T003, T004 und T005 warten auf T001 – mit Ausnahme von T004: es liest nichts davon.",
    "T003, T004 and T005 wait for T001. Except T004, which reads nothing of it.",
  ])("carves its tasks out of the rule before it: %s", (notes) => {
    expect(said(notes).sort()).toEqual(["T001>T003", "T001>T005"]);
  });

  it("leaves the rule before it whole when the exception opens a rule of its own", () => {
    // ... also when a relative clause comes later in it
    expect(
      said("T003 and T004 wait for T001. Except T004, every task waits for T002, which is the parser."),
    ).toEqual(expect.arrayContaining(["T001>T003", "T001>T004"]));
    // ("every task" is read as the sentence before's tasks, less the exception)
    expect(said("T003 and T004 wait for T001. Except T004, every task waits for T002.").sort()).toEqual([
      "T001>T003",
      "T001>T004",
      "T002>T003",
    ]);
  });

  it("takes a sub-task out of the numbered group a rule names", () => {
    const plan = `${kiroPlan("Plan", [
      ["1. Base", ["1.1 Schema in db/schema.sql"]],
      ["2. Services", ["2.1 Client in src/client.kt", "2.2 Rates in src/rates.kt"]],
      ["3. Screens", ["3.1 List in ui/list.tsx", "3.2 Form in ui/form.tsx"]],
    ])}\n## Order\n\n- Group 3 waits for 2.1 and 2.2, except 3.2.\n`;
    const read = detect(plan)
      .edges.filter((e) => e.origin === "statement")
      .map((e) => `${e.from}>${e.to}`);
    expect(read.sort()).toEqual(["2.1>3.1", "2.2>3.1"]);
  });
});

describe("a sentence saying the rule before does not apply to some tasks", () => {
  it.each([
    "T003, T004 and T005 wait for T001. This does not apply to T004, which reads nothing of it.",
    "T003, T004 and T005 wait for T001. However, that doesn't hold for T004.",
    "T003, T004 a T005 čakajú na T001. Neplatí to pre T004, tá od neho nezávisí.",
    "T003, T004 und T005 warten auf T001. Das gilt nicht für T004.",
    "T003, T004 a T005 čekají na T001. Výjimkou je T004.",
  ])("carves them out of it: %s", (notes) => {
    expect(said(notes).sort()).toEqual(["T001>T003", "T001>T005"]);
  });

  it("leaves the rule whole where the words apply it, or name no task", () => {
    expect(said("T003, T004 and T005 wait for T001. This applies to T004 as well.").sort()).toEqual([
      "T001>T003",
      "T001>T004",
      "T001>T005",
    ]);
    expect(said("T003 and T004 wait for T001. This does not apply to hotfixes.").sort()).toEqual([
      "T001>T003",
      "T001>T004",
    ]);
  });

  it("keeps the Serbian 'pre' (before) a relation where no 'platí' stands before it", () => {
    expect(said("T002 mora biti gotov pre T004.")).toEqual(["T002>T004"]);
  });
});
