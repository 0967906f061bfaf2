import { describe, expect, it } from "vitest";
import { detect, saidUnder } from "./plan-helpers.js";
import { classifyPhase } from "../../../../src/core/parse/classify-phase.js";

// Five [P] tasks, T001 to T005, and one bullet of notes.
const said = saidUnder("Fazė 1: Darbai", "Pastabos");

// Setup (T001), story 1 (T002, T003), story 2 (T004, T005), [P] everywhere; `note` under the list.
const stories = (note: string): string[] =>
  detect(
    `# Užduotys

## Fazė 1: Paruošimas

- [ ] T001 Projektas backend/config/settings.py

## Fazė 2: Vartotojo istorija 1 — Registravimas (P1)

- [ ] T002 [P] [VI1] Modelis backend/apps/a/models.py
- [ ] T003 [P] [VI1] Vaizdas backend/apps/a/views.py

## Fazė 3: Vartotojo istorija 2 — Priėmimas (P2)

- [ ] T004 [P] [VI2] Testai backend/apps/b/tests.py
- [ ] T005 [P] [VI2] Vaizdas backend/apps/b/views.py

## Priklausomybės

- ${note}
`,
  )
    .edges.filter((e) => e.origin === "statement")
    .map((e) => `${e.from}>${e.to}`)
    .sort();

describe("Lithuanian statements", () => {
  it.each([
    ["priklauso nuo (depends on)", "T004 priklauso nuo T002.", ["T002>T004"]],
    ["laukia (waits for)", "T005 laukia T001 ir T003.", ["T001>T005", "T003>T005"]],
    ["reikia (needs)", "T005 reikia T002.", ["T002>T005"]],
    ["po (after)", "T004 daroma tik po T003.", ["T003>T004"]],
    ["prieš (before)", "T001 turi būti baigta prieš T005.", ["T001>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("reads denials, side-by-side words and suggestions as no edge", () => {
    expect(said("T004 nepriklauso nuo T002.")).toEqual([]);
    expect(said("T005 nelaukia T003.")).toEqual([]);
    expect(said("T004 daromas kartu su T002.")).toEqual([]);
    expect(said("Patarimas: T005 po T004.")).toEqual([]);
  });

  it("names stories as 'Vartotojo istorija 2' and 'VI2', and carves out exceptions after a dash", () => {
    expect(classifyPhase("Fazė 3: Vartotojo istorija 2 — Priėmimas (P2)")).toEqual({
      kind: "story",
      story: "US2",
    });
    expect(classifyPhase("Fazė 1: Paruošimas")?.kind).toBe("setup");
    expect(classifyPhase("Fazė 2: Pagrindai")?.kind).toBe("foundational");
    expect(classifyPhase("Fazė 7: Poliravimas")?.kind).toBe("polish");
    expect(stories("VI2 laukia visos VI1: tik tai, kas jau paruošta.")).toEqual([
      "T002>T004",
      "T002>T005",
      "T003>T004",
      "T003>T005",
    ]);
    expect(stories("VI2 laukia visos VI1. Išimtys — T004 (testai): jos nelaukia.")).toEqual([
      "T002>T005",
      "T003>T005",
    ]);
  });

  it("keeps the Finnish 'tai' (or) a hedge, and the Nordic 'vi' (we) no story", () => {
    expect(said("T005 laukia T002 tai T003.")).toEqual([]);
    expect(said("T005 väntar på T002 om vi 2 är klara.")).not.toContain("T002>T004");
  });
});

describe("an exception after a dash, in English too", () => {
  it("carves the tasks after 'Exception —' out of the rule before", () => {
    expect(stories("US2 waits for all of US1. Exception — T004 (the tests).")).toEqual([
      "T002>T005",
      "T003>T005",
    ]);
  });
});

describe("the Portuguese 'trava' (locks)", () => {
  const dito = saidUnder("Fase 1: Trabalho", "Ordem");
  it("reads 'X trava Y' as X before Y, never the noun 'trava' (a lock)", () => {
    expect(dito("T001 trava T004 e T005.")).toEqual(["T001>T004", "T001>T005"]);
    expect(dito("T004 adiciona trava otimista em T002.")).toEqual([]);
  });
});
