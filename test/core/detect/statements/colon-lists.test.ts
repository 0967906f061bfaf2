import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";

// One phase of five [P] tasks and one sentence about them: only the sentence orders them.
const said = saidUnder("Phase 1: Work", "Order");

describe("a word of time and its object before a colon", () => {
  it("reads the list after the colon as the subject when a word of its own follows it", () => {
    expect(said("After T001: T002, T003 and T004 can run in parallel.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T004",
    ]);
    // A label and its item, and a list with no word after it, as before.
    expect(said("After T001: T002")).toEqual(["T001>T002"]);
    expect(said("After T001: T002, T003")).toEqual(["T001>T002", "T001>T003"]);
  });

  it("leaves a colon after other words alone", () => {
    expect(said("Note on T001: T002 and T003 can run in parallel.")).toEqual([]);
  });
});

describe("a word standing for the list a colon brings", () => {
  it("reads 'these' and 'the following' before a colon as the tasks after it", () => {
    expect(said("After T001, these can start at the same time: T002, T003.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(said("After T001, the following can start: T002, T003.")).toEqual(["T001>T002", "T001>T003"]);
  });

  it("reads nothing from 'these' with no list of tasks after a colon", () => {
    expect(said("After T001, these can start at the same time.")).toEqual([]);
    expect(said("These notes apply: T003 needs T002.")).toEqual(["T002>T003"]);
  });
});

describe("a sentence's opening word of time with no comma after its object", () => {
  it("ends the opening where a reference follows its object, or the state it waits for", () => {
    expect(said("After T001 these can run side by side: T002 and T003.")).toEqual(["T001>T002", "T001>T003"]);
    expect(said("Once T001 is merged T002 and T003 can start in parallel.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(said("After T001 and T004 are done T002 and T003 can start side by side.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T004>T002",
      "T004>T003",
    ]);
  });

  it("keeps a list of IDs with spaces between them whole when the author's comma closes it", () => {
    expect(said("After T001 T002 T003, T004 can start.")).toEqual(["T001>T004", "T002>T004", "T003>T004"]);
  });
});

describe("a clause whose subject a colon brings, in languages that drop the pronoun", () => {
  it("reads the list after the colon as the subject of the words of parallel work before it", () => {
    expect(said("Depois de T001, podem começar ao mesmo tempo: T002 e T003.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(said("Tras T001, pueden empezar a la vez: T002 y T003.")).toEqual(["T001>T002", "T001>T003"]);
  });

  it("reads the words standing for that list in Portuguese, French and German", () => {
    expect(said("Depois de T001, estas podem começar ao mesmo tempo: T002 e T003.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(said("Après T001, les tâches suivantes peuvent démarrer en parallèle : T002 et T003.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(said("Nach T001 können folgende Aufgaben parallel starten: T002 und T003.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
  });

  it("orders nothing when the sentence opens with no word of time", () => {
    expect(said("Além de T001, podem rodar em paralelo: T002 e T003.")).toEqual([]);
    expect(said("Besides T001, in parallel: T002 and T003.")).toEqual([]);
  });
});
