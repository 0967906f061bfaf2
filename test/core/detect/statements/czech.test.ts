import { describe, expect, it } from "vitest";
import { saidUnder, detect, speckit, twoStoriesIn } from "./plan-helpers.js";

const said = saidUnder("Fáze 1: Práce", "Poznámky");

describe("Czech statements", () => {
  it.each([
    ["závisí na (depends on)", "T004 závisí na T001.", ["T001>T004"]],
    ["potřebuje (needs), a list joined by 'a'", "T005 potřebuje T002 a T003.", ["T002>T005", "T003>T005"]],
    [
      "two relations joined by 'a zároveň'",
      "T003 čeká na T001 a zároveň blokuje T005.",
      ["T001>T003", "T003>T005"],
    ],
    ["po dokončení (after the completion of)", "T004 lze začít až po dokončení T002.", ["T002>T004"]],
    [
      "jakmile je hotová (once ... is done)",
      "T004 a T005 můžou běžet, jakmile je hotová T003.",
      ["T003>T004", "T003>T005"],
    ],
    ["před (before)", "T002 musí být hotová před T005.", ["T002>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not fire on denials, suggestions or a test that is red until the work lands", () => {
    expect(said("T004 nezávisí na T001.")).toEqual([]);
    expect(said("T005 nečeká na T002, stačí mu konfigurace.")).toEqual([]);
    expect(said("Bylo by fajn udělat T005 až po T003, ale nebudu na tom trvat.")).toEqual([]);
    expect(said("Doporučuji T004 před T002.")).toEqual([]);
    expect(said("Testy v T001 budou červené, dokud nebude hotová T004, to nevadí.")).toEqual([]);
  });

  it("frees tasks said to run side by side, and keeps a phase heading 'Fáze'", () => {
    const text = speckit(
      [
        ["Fáze 1: Příprava", ["T001"]],
        ["Fáze 2: Model", ["T002", "T003", "T004"]],
      ],
      "## Závislosti\n\n- T003 a T004 lze dělat souběžně, nezávisle na sobě.\n",
      { parallel: false },
    );
    const edges = detect(text).edges.map((e) => `${e.from}>${e.to}`);
    expect(edges).toContain("T001>T002");
    expect(edges).not.toContain("T003>T004");
  });
});

describe("a test that stays red until the work lands (any language)", () => {
  it("gives no relation word before it an object inside it", () => {
    const text = `## Phase 1: API

- [ ] T001 API tests for a refund after the deadline, in tests/api.py (fail until T003 is done, that is fine)
- [ ] T002 [P] Serializers in api/serializers.py
- [ ] T003 [P] Router in api/urls.py
`;
    expect(detect(text).edges.filter((e) => e.from === "T003" && e.to === "T001")).toEqual([]);
  });

  it("still lets a task that is parked until another lands wait for it", () => {
    expect(said("T005 stays parked until T002 ships.")).toEqual(["T002>T005"]);
  });
});

describe("the Czech 'a' (and) beside the Portuguese article 'a'", () => {
  // Setup (T001), US1 (T002, T003) and US2 (T004, T005), phase headings in Portuguese.
  const said = twoStoriesIn(
    [
      "Fase 1: Configuração",
      "Fase 2: História de Usuário 1 - Empréstimo (Prioridade: P1)",
      "Fase 3: História de Usuário 2 - Devolução (Prioridade: P2)",
    ],
    "Dependências",
  );

  it("does not split a clause at the article after a preposition", () => {
    // Split there, "US1, exceto T005, que precisa de T003" made US1 wait for T003.
    const pairs = said("A US2 pode rodar em paralelo com a US1, exceto T005, que precisa de T003.");
    expect(pairs).not.toContain("T003>T002");
    expect(said("T005 depende da T003 e roda em paralelo com a T004.")).toEqual(["T003>T005"]);
  });

  it("still joins two Czech clauses", () => {
    expect(said("T004 závisí na T002 a T005 na T003.")).toEqual(["T002>T004", "T003>T005"]);
  });
});

describe("Slovak words of time and need", () => {
  it("reads 'hneď, ako' and 'len čo' (as soon as) and 'volá' (calls)", () => {
    expect(said("T004 sa dá písať hneď, ako je hotová T002.")).toEqual(["T002>T004"]);
    expect(said("Len čo je T001 zlúčená, T005 môže začať.")).toEqual(["T001>T005"]);
    expect(said("T003 volá službu z úlohy T001.")).toEqual(["T001>T003"]);
  });

  it("keeps the Croatian 'ako' (if) a hedge everywhere else", () => {
    expect(said("Ako treba, T004 potrebuje T002.")).toEqual([]);
  });
});
