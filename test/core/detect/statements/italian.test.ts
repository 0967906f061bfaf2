import { describe, expect, it } from "vitest";
import { detect, kiroNotes, kiroPlan, pairs, serial, twoStoriesIn } from "./plan-helpers.js";

// Setup (T001), then two stories of [P] tasks (US1: T002, T003; US2: T004, T005), headed in Italian.
const said = twoStoriesIn(
  [
    "Fase 1: Setup",
    "Fase 2: User Story 1 - Prestito (Priorità: P1)",
    "Fase 3: User Story 2 - Resa (Priorità: P2)",
  ],
  "Dipendenze",
);

describe("Italian statements", () => {
  it("reads the pronoun 'si' before a verb as no condition", () => {
    expect(said("La US2 si apre quando la US1 è chiusa.")).toEqual([
      "T002>T004",
      "T002>T005",
      "T003>T004",
      "T003>T005",
    ]);
    expect(said("T005 dipende da T002, poi si rilascia.")).toEqual(["T002>T005"]);
  });

  it("still reads the French 'si' (if) as a condition", () => {
    expect(said("T005 après T002 si besoin.")).toEqual([]);
    expect(said("T005 après T002, si vous êtes seul.")).toEqual([]);
  });

  it("reads a participle opening a sentence as what is done first", () => {
    expect(said("Chiusa la US1, si apre T004.")).toEqual(["T002>T004", "T003>T004"]);
    expect(said("Finito T002, parte T005.")).toEqual(["T002>T005"]);
    // Inside a clause, with no object after it, the participle says nothing of order.
    expect(said("T005 usa il client completo, come T002.")).toEqual([]);
  });

  it("reads a preference or advice as binding nothing", () => {
    expect(said("Meglio se T005 entra prima di T004, ma non è bloccante.")).toEqual([]);
    expect(said("È consigliabile fare T005 dopo T002; non è però un obbligo.")).toEqual([]);
  });

  it("reads 'non dipendono l'uno dall'altro' as two tasks side by side", () => {
    const notes = (note: string): string => serial(["T001", "T002", "T003"], `## Note\n\n- ${note}\n`);
    expect(pairs(notes("T002 e T003 non dipendono l'uno dall'altro."), "order").sort()).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(pairs(notes("T002 e T003 usano lo stesso stile."), "order").sort()).toEqual([
      "T001>T002",
      "T002>T003",
    ]);
  });
});

// A numbered (Kiro) plan in Italian: two groups of three sub-tasks.
const groups: Array<[string, string[]]> = [
  [
    "1. Dati",
    ["1.1 Schema in db/schema.sql", "1.2 Store in internal/store.go", "1.3 Cache in internal/cache.go"],
  ],
  ["2. API", ["2.1 Handler in api/a.go", "2.2 Router in api/router.go", "2.3 Client in web/client.ts"]],
];
const notes = kiroNotes("Piano di implementazione", groups);

describe("Italian in a numbered plan", () => {
  it("reads a number followed by a unit as a quantity, not a sub-task", () => {
    expect(notes("2.1", "Il client riprova con un intervallo di 1.2 secondi")).toEqual([]);
    expect(notes("2.1", "Riprova dopo 1.2 secondi")).toEqual([]);
    expect(notes("2.1", "Retry after 1.2 seconds, at most 1.3 times")).toEqual([]);
    // Must not fire: a sub-task number followed by other words, and a section of a document.
    expect(notes("2.1", "Riprova dopo 1.2, ogni 5 secondi")).toEqual(["1.2>2.1"]);
    expect(notes("2.1", "Gli schemi si copiano dalla sezione 1.2 di design.md")).toEqual([]);
  });

  it("reads 'presuppone' as a need", () => {
    expect(notes("2.2", "Presuppone che gli handler (2.1) e lo store (1.2) siano pronti")).toEqual([
      "1.2>2.2",
      "2.1>2.2",
    ]);
  });

  it("names a group with 'gruppo' and takes the next sentence's 'Fa eccezione' as its exception", () => {
    const plan = (note: string) =>
      detect(`${kiroPlan("Piano", groups)}\n## Note\n\n- ${note}\n`)
        .edges.filter((e) => e.origin === "statement")
        .map((e) => `${e.from}>${e.to}`)
        .sort();
    const all = [
      "1.1>2.1",
      "1.1>2.2",
      "1.1>2.3",
      "1.2>2.1",
      "1.2>2.2",
      "1.2>2.3",
      "1.3>2.1",
      "1.3>2.2",
      "1.3>2.3",
    ];
    expect(plan("Il gruppo 2 comincia solo quando il gruppo 1 è chiuso.")).toEqual(all);
    expect(
      plan("Il gruppo 2 comincia solo quando il gruppo 1 è chiuso. Fa eccezione 2.3, che non usa i dati."),
    ).toEqual(all.filter((p) => !p.endsWith(">2.3")));
    // Must not fire: a sentence that only mentions an exception in passing.
    expect(plan("Il gruppo 2 comincia solo quando il gruppo 1 è chiuso. Nessuna eccezione.")).toEqual(all);
  });
});

describe("Italian words of waiting", () => {
  it("reads 'aspetta', 'deve aspettare' and 'ha bisogno di' as needs", () => {
    expect(said("T005 aspetta T002.")).toEqual(["T002>T005"]);
    expect(said("T004 deve aspettare T002 e T003.")).toEqual(["T002>T004", "T003>T004"]);
    expect(said("T005 ha bisogno di T003.")).toEqual(["T003>T005"]);
  });

  it("reads 'ha' (has) after a subject as no condition: it is the Hungarian 'if' only where a clause opens", () => {
    expect(said("T005 ha il [P], ma dipende da T003.")).toEqual(["T003>T005"]);
  });

  it("reads 'non deve aspettare X, Y né Z' as a denial about the subject only, not among X, Y and Z", () => {
    const unmarked = ["T001", "T002", "T003", "T004", "T005"];
    // T005 leaves the listing-order chain; T002, T003 and T004 stay chained among themselves.
    expect(
      pairs(serial(unmarked, "## Note\n\n- T005 non deve aspettare T002, T003 né T004.\n")).sort(),
    ).toEqual(["T001>T002", "T001>T005", "T002>T003", "T003>T004"]);
  });
});
