import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

// One phase of five [P] tasks and one sentence about them: only the sentence orders them.
const said = saidUnder("Fase 1: Trabalho", "Notas");

describe("a Romance relative clause whose verb ends in its preposition", () => {
  it("is said of the task the pronoun follows, even one excepted from the claim before it", () => {
    expect(said("T003 e T004 rodam em paralelo, exceto T004, que precisa do cliente de T002.")).toEqual([
      "T002>T004",
    ]);
    expect(said("T003 peut avancer en parallèle avec T005, sauf T004, qui dépend de T002.")).toEqual([
      "T002>T004",
    ]);
    expect(said("T003 può procedere in parallelo con T005, tranne T004, che dipende da T002.")).toEqual([
      "T002>T004",
    ]);
  });

  it("still carves the task out when the relative clause relates nothing", () => {
    expect(said("Toda a fase 1 precisa de T001, exceto T004, que é um protótipo.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T005",
    ]);
  });
});

describe("a Romance relative pronoun right before a verb with no preposition", () => {
  it("relates nothing wherever the clause begins: the verb's subject may follow it", () => {
    // "the client that T005 needs" or "the client that needs T005": only agreement tells.
    expect(said("T003 crea el cliente que necesita T005.")).toEqual([]);
    expect(said("T003 cria o cliente que usa T005.")).toEqual([]);
  });
});
