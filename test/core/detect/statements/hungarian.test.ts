import { describe, expect, it } from "vitest";
import { detect, onePerPhase, saidUnder } from "./plan-helpers.js";

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
    // "megvárja" (waits for), the object after it, also as "X's completion"
    ["megvárja (waits for)", "A T005 megvárja a T003-at.", ["T003>T005"]],
    ["megvárja ... lezárását (waits for ... to close)", "A T004 megvárja a T002 lezárását.", ["T002>T004"]],
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

describe("Hungarian suggestions and exceptions", () => {
  it("binds nothing in 'szerintem' (in my view) or under a heading opening with 'Ha' (if)", () => {
    expect(said("Szerintem a T005 a T003 után jöjjön.")).toEqual([]);
    const under = saidUnder("1. fázis: Munka", "Ha egyedül dolgozol");
    expect(under("A T005 csak a T003 után jön.")).toEqual([]);
    // Must not fire: the same sentence under a heading of rules binds.
    expect(said("A T005 csak a T003 után jön.")).toEqual(["T003>T005"]);
  });

  it("leaves out every task an 'Ez alól viszont kivétel ...' sentence names, commas and all", () => {
    // US2 (T003, T004, T005 [P]) waits for US1 (T002), except T003 and T004.
    const list = (notes: string) => `# Feladatok

## 1. fázis: 1. felhasználói történet – Keresés (P1)

- [ ] T001 [P] [US1] Keresés itt: app/search.py
- [ ] T002 [P] [US1] Szűrők itt: app/filters.py

## 2. fázis: 2. felhasználói történet – Kölcsönzés (P2)

- [ ] T003 [P] [US2] Tesztek itt: tests/test_loans.py
- [ ] T004 [P] [US2] Levelező itt: app/mailer.py
- [ ] T005 [P] [US2] Kölcsönzés itt: app/loans.py

## Függőségek

- ${notes}
`;
    const waiting = (notes: string) =>
      detect(list(notes))
        .edges.filter((e) => e.origin === "statement" && e.from === "T002")
        .map((e) => e.to)
        .sort();
    const rule = "Az US2 megvárja az US1 lezárását.";
    expect(waiting(`${rule} Ez alól viszont kivétel T003, T004: ezek a tesztek és a levelező.`)).toEqual([
      "T005",
    ]);
    // Must not fire: without the exception sentence all of US2 waits.
    expect(waiting(rule)).toEqual(["T003", "T004", "T005"]);
  });
});
