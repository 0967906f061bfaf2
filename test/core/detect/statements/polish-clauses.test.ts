import { describe, expect, it } from "vitest";
import { kiroNotes, kiroPlan, pairs, saidUnder, serial, speckit, statementPairs } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Kolejność" heading.
const said = saidUnder("Phase 1: Work", "Kolejność");

// Five unmarked tasks in one phase (listing order chains them); T005's own text says `words`.
const own = (words: string): string[] =>
  pairs(
    serial(["T001", "T002", "T003", "T004", "T005"], "").replace(/(- \[ \] T005 [^\n]*)/, `$1 ${words}`),
    "order",
  )
    .filter((p) => p.endsWith(">T005"))
    .sort();

describe("Polish clauses", () => {
  it("reads the infinitive 'czekać na' (wait for) as a wait, and its denial as none", () => {
    expect(said("T005 musi czekać na T002.")).toEqual(["T002>T005"]);
    // "need not wait for T002": no edge, and not the Dutch "na" (after) turned round by the negation
    expect(said("T005 nie musi czekać na T002.")).toEqual([]);
  });

  it("ends an object at ', a' opening a clause with its own subject", () => {
    // "T004 goes after them, and T005 is last": T005 is no object of "po" (after)
    expect(said("T004 idzie po nich, a T005 jest ostatnie.")).not.toContain("T005>T004");
  });
});

describe("Polish sequences and relative clauses", () => {
  it("reads 'najpierw ..., potem ...' (first ..., then ...) as a sequence", () => {
    expect(said("Najpierw schemat T002, potem T003 i T004.")).toEqual(["T002>T003", "T002>T004"]);
  });

  it("reads 'który' after an exception as speaking of the excepted task", () => {
    expect(said("Wszystkie mogą iść naraz, z wyjątkiem T004, które wymaga T002.")).toEqual(["T002>T004"]);
    expect(said("Všechny mohou běžet najednou, kromě T004, který potřebuje T002.")).toEqual(["T002>T004"]);
  });

  it("goes on with the sentence's own subject after a relative clause, in the next sentence", () => {
    // Group 3 needs 1.2 as a whole; 3.3 alone needs 2.2.
    const plan = [
      "# Plan",
      "",
      "- Cała grupa 3 nie musi czekać na grupę 2, z wyjątkiem 3.3, który wymaga 2.2. Poza tym potrzebuje jedynie 1.2.",
      "",
      "- [ ] 1. Baza",
      "  - [ ] 1.1 Konfiguracja w src/config.ts",
      "  - [ ] 1.2 Kontrakt w api/openapi.yaml",
      "- [ ] 2. Backend",
      "  - [ ] 2.1 Serwis stanów w src/stock.ts",
      "  - [ ] 2.2 Serwis ruchów w src/moves.ts",
      "- [ ] 3. Panel",
      "  - [ ] 3.1 Klient API w web/client.ts",
      "  - [ ] 3.2 Tabela w web/table.tsx",
      "  - [ ] 3.3 Wykres w web/chart.tsx",
      "",
    ].join("\n");
    expect(statementPairs(plan)).toEqual(["1.2>3.1", "1.2>3.2", "1.2>3.3", "2.2>3.3"]);
  });
});

describe("Polish states and positions", () => {
  it("reads 'green' as a finished state, and the Polish 'na' (on) as no Dutch 'after'", () => {
    expect(said("Dopiero gdy T001, T002 i T003 są zielone na CI, startuje T005.")).toEqual([
      "T001>T005",
      "T002>T005",
      "T003>T005",
    ]);
    expect(said("Only when T001 and T002 are green, T005 starts.")).toEqual(["T001>T005", "T002>T005"]);
    // a green screen is no task's state
    expect(said("Gdy ekran jest zielony, T005 pokazuje wynik.")).toEqual([]);
  });

  it("reads a task that has to be had or done earlier as going first", () => {
    const notes = kiroNotes("Plan", [["1. Praca", ["1.1 Serwis", "1.2 Klasa błędów"]]]);
    expect(notes("1.1", "Klasa powstaje w 1.2, więc 1.2 trzeba mieć wcześniej.")).toEqual(["1.2>1.1"]);
    expect(notes("1.1", "1.2 musi być już gotowe.")).toEqual(["1.2>1.1"]);
    expect(said("T005 korzysta z klasy z T004; T004 musi być już gotowe.")).toEqual(["T004>T005"]);
    // an account to have earlier is no task
    expect(said("Trzeba mieć wcześniej konto w T005.")).toEqual([]);
  });
});

describe("a task's own words denying a wait", () => {
  it("free it from what they name only, not from a name in a clause of its own after a comma", () => {
    // "need not wait for T004, the event is already published by T003"
    expect(own("Nie musi czekać na T004, zdarzenie publikuje już T003.")).toEqual(["T003>T005"]);
    expect(own("It need not wait for T004, the event is published by T003 already.")).toEqual(["T003>T005"]);
    // A list after the comma is still the object.
    expect(own("It need not wait for T004, T003 or T002.")).toEqual(["T001>T005"]);
  });
});

describe("Polish words of need and time", () => {
  it("reads 'potrzebuje' (needs) and 'woła' (calls) as needs", () => {
    expect(said("T005 potrzebuje wyłącznie T002.")).toEqual(["T002>T005"]);
    expect(said("T004 woła T003 przy zapisie.")).toEqual(["T003>T004"]);
    // "blocks the row through the finder of T003": T003 is the means, not what T005 puts after itself
    expect(said("T005 blokuje wiersz przez finder (T003).")).toEqual([]);
    expect(said("T002 blokuje T004.")).toEqual(["T002>T004"]);
  });

  it("reads 'gdy' (when) before an object in a finished state, and not before an event", () => {
    expect(said("T005 zaczynamy dopiero, gdy T002 jest gotowe.")).toEqual(["T002>T005"]);
    expect(said("T005 pokazuje komunikat, gdy T002 zwróci błąd.")).toEqual([]);
  });
});

describe("Polish names of groups and phases", () => {
  // A Kiro plan of three groups and a closing section with one bullet.
  const plan = (note: string): string[] =>
    statementPairs(
      `${kiroPlan("Plan implementacji", [
        ["1. Baza", ["1.1 Migracje w db/v1.sql", "1.2 Encje w src/encje.kt"]],
        ["2. Serwisy", ["2.1 Serwis w src/serwis.kt"]],
        ["3. API", ["3.1 Kontroler w src/api.kt"]],
      ])}\n## Kolejność\n\n- ${note}\n`,
    );

  it("reads 'grupa N' in its cases as the group's tasks", () => {
    expect(plan("Grupę 3 zaczynamy dopiero, gdy grupa 1 jest gotowa w całości.")).toEqual([
      "1.1>3.1",
      "1.2>3.1",
    ]);
  });

  it("reads a dash between a list and a task after 'a' as the verb left out", () => {
    // "2.1 needs 1.1, and 3.1 — 1.2": 3.1 needs 1.2; 1.2 is no range back to 3.1.
    expect(plan("2.1 wymaga 1.1, a 3.1 — 1.2.")).toEqual(["1.1>2.1", "1.2>3.1"]);
  });

  it("reads the phase roles of Polish headings named in prose", () => {
    // Setup, Foundational, one story and a closing phase, headed with the list's own word for a phase.
    const phases = (word: string, roles: readonly string[], note: string): string[] =>
      pairs(
        speckit(
          [
            [`${word} 1: ${roles[0]}`, ["T001"]],
            [`${word} 2: ${roles[1]}`, ["T002"]],
            [`${word} 3: Historia użytkownika 1 — Zamówienie (Priorytet: P1)`, ["T003"]],
            [`${word} 4: ${roles[2]}`, ["T004"]],
          ],
          `## Zależności\n\n- ${note}\n`,
        ),
      );
    const polish = ["Przygotowanie", "Fundamenty", "Dopracowanie"];
    // "Polishing need not wait for Phase 3": the closing phase named by its role word leaves Phase 3.
    expect(phases("Faza", polish, "Dopracowanie nie musi czekać na Fazę 3.").sort()).toEqual([
      "T001>T002",
      "T002>T003",
      "T002>T004",
    ]);
  });
});
