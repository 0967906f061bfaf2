import { describe, expect, it } from "vitest";
import { detect, orderLeftUnder, saidUnder, speckit } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Dependencies" heading.
const said = saidUnder("Phase 1: Trabaho", "Dependencies");

describe("Tagalog and Taglish words of waiting and going first", () => {
  it.each([
    // depends on, follows, wait for first, after, until ("as long as ... not yet")
    ["Ang T004 ay depende sa T002.", ["T002>T004"]],
    ["T003 kasunod ng T001.", ["T001>T003"]],
    ["Ang T005 ay kailangang hintayin muna ang T002.", ["T002>T005"]],
    ["Ang T004 ay pagkatapos ng T003.", ["T003>T004"]],
    ["T005: huwag munang simulan hangga't hindi pa merged ang T001.", ["T001>T005"]],
    // before: the subject goes first
    ["Tapusin ang T002 bago simulan ang T005.", ["T002>T005"]],
    // the particle "na" (already) is no Dutch "na" (after)
    ["Kailangang tapos na ang T002 bago ang T005.", ["T002>T005"]],
  ])("orders: %s", (sentence, expected) => {
    expect(said(sentence).sort()).toEqual(expected);
  });

  it.each([
    // if you are alone, for example, it is better if
    "Kung mag-isa ka lang, T004 pagkatapos ng T001.",
    "Halimbawa, pwedeng unahin ang T003 bago ang T005.",
    "Mas maganda kung tapos na ang T002 bago simulan ang T004.",
    // the adjective "bago" (new) is no "before"
    "Gumawa ang T004 ng bagong table para sa T002.",
  ])("binds nothing: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });

  it("frees listing order where a task 'hindi nakadepende sa' another or two go 'sabay'", () => {
    const orderLeft = orderLeftUnder("Mga tala");
    expect(orderLeft("Hindi nakadepende ang T004 sa T003.")).not.toContain("T003>T004");
    expect(orderLeft("Pwedeng sabay ang T002 at T003.")).not.toContain("T002>T003");
    // Must not fire: a claim about another pair keeps this one.
    expect(orderLeft("Pwedeng sabay ang T001 at T005.")).toContain("T003>T004");
  });

  it("binds nothing under a heading of suggestions", () => {
    const list = speckit(
      [["Phase 1: Trabaho", ["T001", "T002"]]],
      "## Mga Mungkahi\n\n- T002 pagkatapos ng T001.\n",
    );
    expect(detect(list).edges.filter((e) => e.origin === "statement")).toEqual([]);
  });
});
