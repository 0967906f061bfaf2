import { describe, expect, it } from "vitest";
import { pairs, serial, twoStoriesIn } from "./plan-helpers.js";

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
