import { describe, expect, it } from "vitest";
import { kiroNotes, orderLeftUnder, saidUnder } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under an "Ovisnosti" heading.
const said = saidUnder("Faza 1: Rad", "Ovisnosti");

// A Kiro plan: group 2 makes things, the note is written under 3.1 or 2.1.
const notes = kiroNotes("Plan", [
  ["1. Osnova", ["1.1 Konfiguracija", "1.2 Red poruka"]],
  ["2. Modeli", ["2.1 Kupac", "2.2 Narudžba", "2.3 Stavka"]],
  ["3. Servisi", ["3.1 Rezervacija", "3.2 Otkazivanje"]],
]);
const note = (words: string): string[] => notes("3.1", words).filter((p) => p.endsWith(">3.1"));

describe("Croatian words of waiting and going first", () => {
  it.each([
    // depends on, waits for, needs, after, once done (an object in a finished state)
    ["T004 ovisi o T002.", ["T002>T004"]],
    ["T005 ovisi o T001 i o T003.", ["T001>T005", "T003>T005"]],
    ["T003 čeka na T001.", ["T001>T003"]],
    ["T005 treba T002.", ["T002>T005"]],
    ["T004 ide nakon T003.", ["T003>T004"]],
    ["T005 kreće tek kad je T004 gotov.", ["T004>T005"]],
    ["T004 kreće kad su T001 i T002 spojeni.", ["T001>T004", "T002>T004"]],
    // before, blocks: the subject goes first
    ["T002 mora biti gotov prije T005.", ["T002>T005"]],
    ["T001 blokira T003.", ["T001>T003"]],
  ])("orders: %s", (sentence, expected) => {
    expect(said(sentence).sort()).toEqual(expected);
  });

  it.each([
    // "treba" before an infinitive is "should": no need
    "T004 treba ažurirati dokumentaciju, a T002 testove.",
    // a suggestion, "if", "for example"
    "Predlažem da T005 ide nakon T002, ali to nije obavezno.",
    "Ako netko radi sam, T004 nakon T001.",
    "Na primjer, T003 može ići nakon T002.",
    // "kad" (when) with no finished state says when something happens, not what it waits for
    "T004 šalje e-mail kad T002 zaprimi narudžbu.",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });
});

describe("Croatian notes under a sub-task", () => {
  it("reads the sub-task's own needs, what it takes 'iz' (from) another, and a plain 'nakon'", () => {
    expect(note("Ovisi o 2.1.")).toEqual(["2.1>3.1"]);
    expect(note("Koristi model iz 2.2 i validaciju iz 1.1.")).toEqual(["1.1>3.1", "2.2>3.1"]);
    expect(note("Nakon 2.3.")).toEqual(["2.3>3.1"]);
    // Must not fire: "neovisno iz" (apart from) takes nothing from it.
    expect(note("Radi neovisno iz 2.2 podataka.")).toEqual([]);
  });

  it("reads 'ovo' (this) at a clause's end as the sub-task a later one waits for", () => {
    expect(notes("2.1", "3.2 čeka na ovo – treba tablicu kupaca.")).toContain("2.1>3.2");
  });

  it("frees listing order where a task 'ne ovisi o' another or the two go 'paralelno'", () => {
    const orderLeft = orderLeftUnder("Bilješke");
    expect(orderLeft("T004 ne ovisi o T003.")).not.toContain("T003>T004");
    expect(orderLeft("T002 i T003 mogu paralelno.")).not.toContain("T002>T003");
    // Must not fire: a denial about another pair keeps this one.
    expect(orderLeft("T005 ne ovisi o T001.")).toContain("T003>T004");
  });
});
