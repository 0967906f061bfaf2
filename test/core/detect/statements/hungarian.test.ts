import { describe, expect, it } from "vitest";
import { onePerPhase, saidUnder } from "./plan-helpers.js";

const said = saidUnder("1. fázis: Munka", "Megjegyzések");

/** Setup, foundation, two stories and finishing; `note` is a bullet of the dependency section. */
const phases = onePerPhase(
  [
    "1. fázis: Előkészítés",
    "2. fázis: Alapok",
    "3. fázis: 1. felhasználói történet – Rendelés (prioritás: P1)",
    "4. fázis: 2. felhasználói történet – Szállítás (prioritás: P2)",
    "5. fázis: Véglegesítés",
  ],
  "Függőségek",
);

describe("Hungarian statements", () => {
  it.each([
    [
      "függ (depends on), a case ending on each ID",
      "A T004 a T001-től és a T002-től is függ.",
      ["T001>T004", "T002>T004"],
    ],
    ["vár (waits for)", "A T005 a T003-ra vár.", ["T003>T005"]],
    ["the postposition után (after)", "A T004 csak a T001 után kezdhető.", ["T001>T004"]],
    ["the postposition előtt (before)", "A T002-t a T005 előtt kell befejezni.", ["T002>T005"]],
    ["szüksége van (needs)", "A T005-nek szüksége van a T003-ra.", ["T003>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not fire on denials, suggestions or where a task stands in the list", () => {
    expect(said("A T004 nem függ a T002-től.")).toEqual([]);
    expect(said("A T005-öt érdemes a T001 után csinálni, de ez nem feltétel.")).toEqual([]);
    expect(said("Ha marad idő, a T004 a T003 után.")).toEqual([]);
    expect(said("A T004 a T003 után jöhet, ha marad idő.")).toEqual([]);
    // "in the list, after T003" says where T004 is written.
    expect(said("A T004 a listában a T003 után következik.")).toEqual([]);
  });

  it("reads phases and stories written with the ordinal first", () => {
    const stories = ["T001>T002", "T002>T003", "T002>T004", "T003>T005", "T004>T005"];
    expect(phases("Az Alapok (2. fázis) az 1. fázis után indul.")).toEqual(stories);
    expect(phases("A 2. történet az 1. történet után kezdhető.")).toContain("T003>T004");
    expect(phases("A 4. fázis csak a 3. fázis után indul.")).toContain("T003>T004");
  });
});
