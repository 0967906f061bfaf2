import { describe, expect, it } from "vitest";
import { kiroNotes, saidUnder, speckit, statementPairs, twoStories } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under an "Order" heading.
const said = saidUnder("Phase 1: Work", "Order");

describe("an opening word of time whose object is a list", () => {
  it.each([
    ["Once T001, T002 and T003 are merged, T004 can start."],
    ["When T001, T002 and T003 are done, T004 can start."],
    ["Only after T001, T002 and T003 are merged can T004 start."],
    ["Nach T001, T002 und T003 kann T004 beginnen."],
    ["Wenn T001, T002 und T003 fertig sind, kann T004 beginnen."],
    ["När T001, T002 och T003 är klara kan T004 börja."],
    ["Först när T001, T002 och T003 är klara kan T004 göras."],
  ])("waits for the whole list: %s", (sentence) => {
    expect(said(sentence)).toEqual(["T001>T004", "T002>T004", "T003>T004"]);
  });

  it("still reads a list after the comma as the subject when no state follows it", () => {
    expect(said("After T001, T002 and T003 can start.")).toEqual(["T001>T002", "T001>T003"]);
    expect(said("Once T001 is merged, T002 and T003 can start.")).toEqual(["T001>T002", "T001>T003"]);
  });
});

describe("the subject after an opening word of time, with words before it", () => {
  it.each([
    ["After T001, both T002 and T003 start."],
    ["After T001 both T002 and T003 can start."],
    ["Efter T001 kan både T002 och T003 börja."],
    ["Etter T001 kan både T002 og T003 begynne."],
    ["Nach T001 können beide T002 und T003 starten."],
  ])("takes a word of both as part of the subject: %s", (sentence) => {
    expect(said(sentence)).toEqual(["T001>T002", "T001>T003"]);
  });

  it.each([
    ["Only when T001 and T002 are done can the release step T004 go out."],
    ["Först när T001 och T002 är klara kan utrullningen T004 göras."],
    ["Erst wenn T001 und T002 fertig sind, kann die Freigabe T004 erfolgen."],
  ])("takes a few naming words after the verb as part of the subject: %s", (sentence) => {
    expect(said(sentence)).toEqual(["T001>T004", "T002>T004"]);
  });

  it("reads no subject from words of relation or from a reference inside a condition", () => {
    expect(said("Only after T001 can we decide whether T004 is needed.")).toEqual([]);
    expect(said("Only when the user clicks T001 does T004 show.")).toEqual([]);
    expect(said("Both T002 and T003 can run side by side.")).toEqual([]);
  });
});

describe("working through a thing another task makes, in other languages", () => {
  it("puts the maker first", () => {
    expect(said("T005 hämtar listan via klienten från T002.")).toEqual(["T002>T005"]);
    expect(said("T005 holt die Liste über den Client aus T002.")).toEqual(["T002>T005"]);
  });

  it("relates nothing through a thing no task is said to make", () => {
    expect(said("T005 hämtar listan via nätet.")).toEqual([]);
  });
});

describe("Russian word order", () => {
  it("reads a fronted object, a noun of dependency and a verb after its object", () => {
    expect(said("От T001 в фазе зависит только T004.")).toEqual(["T001>T004"]);
    expect(said("Зависимость T004 от T001 жёсткая.")).toEqual(["T001>T004"]);
    expect(said("T004 от T002 зависит.")).toEqual(["T002>T004"]);
    expect(said("T004 ждёт T001, потому что так надо.")).toEqual(["T001>T004"]);
  });

  it("reads no wait whose subject only a case ending shows", () => {
    expect(said("Модель из T001 ждёт лишь T004.")).toEqual([]);
  });

  it("reads the English noun with both sides too", () => {
    expect(said("The dependency of T004 on T001 is hard.")).toEqual(["T001>T004"]);
    expect(said("T001 is a dependency of T004.")).toEqual(["T001>T004"]);
    expect(said("The dependency of T004 on T001 is soft.")).toEqual([]);
  });

  it("names stories by their initials ('ИП2', 'HU2')", () => {
    expect(twoStories("ИП2 можно начинать только после завершения ИП1.")).toEqual([
      "T002>T004",
      "T002>T005",
      "T003>T004",
      "T003>T005",
    ]);
    expect(twoStories("La HU2 depende de la HU1.")).toEqual([
      "T002>T004",
      "T002>T005",
      "T003>T004",
      "T003>T005",
    ]);
  });
});

describe("the list's own title", () => {
  it("is no heading about a way of working, whatever its feature is called", () => {
    const text = speckit(
      [["Phase 1: Work", ["T001", "T002"]]],
      "## Order\n\n- T002 comes after T001.\n",
    ).replace("# Tasks: Lending library", "# Tasks: Incremental Builds");
    expect(statementPairs(text)).toEqual(["T001>T002"]);
  });

  it("still lets a section about incremental delivery silence its sentences", () => {
    expect(saidUnder("Phase 1: Work", "Incremental Delivery")("T004 comes after T001.")).toEqual([]);
  });
});

describe("a task said to have to be finished, in a Kiro plan", () => {
  it("reads Swedish passives of doing as verbs of their own", () => {
    const notes = kiroNotes("Plan", [["1. Work", ["1.1 Store", "1.2 Pilot"]]]);
    expect(notes("1.2", "Nach 1.1 kann 1.2 gemacht werden.")).toEqual(["1.1>1.2"]);
  });
});
