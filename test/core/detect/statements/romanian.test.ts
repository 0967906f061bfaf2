import { describe, expect, it } from "vitest";
import { kiroNotes, kiroPlan, saidUnder, pairs, twoStoriesIn } from "./plan-helpers.js";

const said = saidUnder("Faza 1: Lucrări", "Note");

const stories = twoStoriesIn(
  [
    "Faza 1: Pregătire",
    "Faza 2: Povestea 1 - Catalog (Prioritate: P1)",
    "Faza 3: Povestea 2 - Împrumuturi (Prioritate: P2)",
  ],
  "Dependențe",
);

describe("Romanian statements", () => {
  it.each([
    ["depinde de (depends on), with și (and)", "T004 depinde de T001 și T002.", ["T001>T004", "T002>T004"]],
    ["are nevoie de (needs)", "T005 are nevoie de T003.", ["T003>T005"]],
    ["așteaptă (waits for)", "T005 așteaptă după T002.", ["T002>T005"]],
    ["blochează (blocks)", "T002 blochează T004 și T005.", ["T002>T004", "T002>T005"]],
    [
      "după ce (after), two clauses",
      "T005 vine după ce T003 e gata, iar T004 are nevoie de T001.",
      ["T001>T004", "T003>T005"],
    ],
    [
      "nu poate începe înainte (cannot start before)",
      "T004 nu poate începe înainte ca T002 să fie gata.",
      ["T002>T004"],
    ],
    ["an opening word of time", "După T001, T004 și T005 pot începe.", ["T001>T004", "T001>T005"]],
    [
      "a singular participle with one object",
      "Odată terminată T002, T004 și T005 pornesc.",
      ["T002>T004", "T002>T005"],
    ],
    ["a relative clause (care: which)", "Excepția e T005, care depinde de T003.", ["T003>T005"]],
    [
      "a backward need that says where it is listed",
      "T005 apare după T004 în listă, dar blochează T004.",
      ["T005>T004"],
    ],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("reads stories and their phases", () => {
    expect(stories("Povestea 2 depinde de Povestea 1.")).toEqual([
      "T002>T004",
      "T002>T005",
      "T003>T004",
      "T003>T005",
    ]);
  });

  it("does not fire on denials, suggestions, comparisons or a test red until the work lands", () => {
    expect(said("T004 nu depinde de T002.")).toEqual([]);
    expect(said("Comanda din T003 nu blochează T004.")).toEqual([]);
    expect(said("Dacă echipa e mică, faceți T004 după T003.")).toEqual([]);
    expect(said("T004 ar putea aștepta după T001, dar nu e o condiție.")).toEqual([]);
    expect(said("T004 se scrie după același tipar ca T001.")).toEqual([]);
    expect(said("T004 rămâne roșu până când T002 e gata.")).toEqual([]);
    expect(said("T004 pornește imediat după T001, fără să aștepte T002 și T003.")).toEqual(["T001>T004"]);
  });

  it("reads the exception the next sentence names", () => {
    // "T004 and T005 need T001. The exception is T005."
    expect(said("T004 și T005 au nevoie de T001. Excepția e T005.")).toEqual(["T001>T004"]);
  });

  it("leaves the other languages' words as they were", () => {
    // Vietnamese "sau khi" is "after" (Romanian "sau" is "or"); French "si" is "if" (Romanian "și" is
    // "and"); Dutch "nu" is "now" (Romanian "nu" is "not").
    expect(said("T004 chỉ bắt đầu sau khi T002 xong.")).toEqual(["T002>T004"]);
    expect(said("T004 après T002, si l'on veut.")).toEqual([]);
    expect(said("T004 kan nu pas na T002 starten.")).toEqual(["T002>T004"]);
  });

  it("reads a task's own comparison with an earlier task as no need", () => {
    const list = (body: string) =>
      `# Tasks\n\n## Faza 1: Lucrări\n\n- [ ] T001 Maparea TVA în src/tva.ts\n- [ ] T002 [P] Unitățile de măsură în src/um.ts, ${body}\n`;
    expect(pairs(list("după același tipar ca maparea din T001"), "explicit")).toEqual([]);
    // Must not fire: the task uses what the earlier one made.
    expect(pairs(list("folosește maparea din T001"), "explicit")).toEqual(["T001>T002"]);
  });
});

// A Romanian Kiro plan: two groups of two, then the sub-task whose note is read.
const notes = kiroNotes("Plan de implementare", [
  ["1. Baza", ["1.1 Modulul în `go.mod`", "1.2 Configurația în `internal/config/config.go`"]],
  ["2. Date", ["2.1 Migrația în `migrations/0001.up.sql`", "2.2 Store-ul în `internal/store/store.go`"]],
  ["3. API", ["3.1 Rutele în `internal/httpapi/router.go`", "3.2 Testul e2e în `e2e/api_test.go`"]],
]);

describe("Romanian sub-task notes naming groups", () => {
  it.each([
    // "waits for groups 1 and 2 to be complete, plus 3.1": "grupurile" with "și", "așteaptă ca ... să"
    [
      "așteaptă ca grupurile 1 și 2 să fie complete, plus 3.1",
      ["1.1>3.2", "1.2>3.2", "2.1>3.2", "2.2>3.2", "3.1>3.2"],
    ],
    ["după ce grupul 2 este gata", ["2.1>3.2", "2.2>3.2"]],
  ])("%s", (note, expected) => {
    expect(notes("3.2", note)).toEqual(expected);
  });

  it("goes on with the object after 'plus', and nowhere else takes a list after the comma for it", () => {
    expect(said("T005 așteaptă ca T002 să fie gata, plus T003.")).toEqual(["T002>T005", "T003>T005"]);
    // Must not fire: after an opening word of time and its comma stands the subject.
    expect(said("După ce T002 e gata, T004 pornește.")).toEqual(["T002>T004"]);
    expect(notes("3.2", "nu depinde de grupul 2")).toEqual([]);
  });

  it("takes a quantified subject for no task of the label before it", () => {
    // "1.1 and 1.2 come first: any Go code needs 1.1's go.mod, anything in web/ needs 1.2"
    const closing =
      "- 1.1 și 1.2 sunt primele: orice cod Go are nevoie de `go.mod` din 1.1, orice din `web/` are nevoie de 1.2.";
    const plan = `${kiroPlan("Plan", [["1. Baza", ["1.1 Modulul în `go.mod`", "1.2 Aplicația în `web/package.json`"]]])}\n## Note\n\n${closing}\n`;
    expect(pairs(plan, "explicit")).toEqual([]);
  });
});
