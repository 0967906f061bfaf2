import { describe, expect, it } from "vitest";
import { orderLeftUnder, saidUnder } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Зависимости" heading.
const said = saidUnder("Фаза 1: Работа", "Зависимости");

describe("Bulgarian words of waiting and going first", () => {
  it.each([
    // depends on, uses, waits for, after, once, until ("не" in the clause of "until" denies nothing)
    ["T004 зависи от T002.", ["T002>T004"]],
    ["T005 ползва модела от T001.", ["T001>T005"]],
    ["T003 чака T001 и T002.", ["T001>T003", "T002>T003"]],
    ["T004 започва след T003.", ["T003>T004"]],
    ["T005 не започва, докато T002 не е готова.", ["T002>T005"]],
    // before, blocks: the subject goes first
    ["T002 трябва да е готова преди T005.", ["T002>T005"]],
    ["T001 блокира T004.", ["T001>T004"]],
    // "после" after a comma is "then"
    ["T001 и T002, после T004.", ["T001>T004", "T002>T004"]],
  ])("orders: %s", (sentence, expected) => {
    expect(said(sentence).sort()).toEqual(expected);
  });

  it.each([
    // a recommendation, "for example", "if"
    "Препоръчвам T005 да върви след T002.",
    "Например T004 може да е след T001.",
    "Ако сте сам, T003 след T002.",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it("keeps the Russian 'после' (after) a preposition", () => {
    expect(said("T004 начинается после T002.")).toEqual(["T002>T004"]);
  });

  it("frees listing order where a task 'не зависи от' another or two go 'паралелно'", () => {
    const orderLeft = orderLeftUnder("Бележки");
    expect(orderLeft("T004 не зависи от T003.")).not.toContain("T003>T004");
    expect(orderLeft("T002 и T003 могат да вървят паралелно.")).not.toContain("T002>T003");
    // Must not fire: a denial about another pair keeps this one.
    expect(orderLeft("T005 не зависи от T001.")).toContain("T003>T004");
  });
});
