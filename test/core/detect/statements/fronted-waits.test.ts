import { describe, expect, it } from "vitest";
import { pairs, saidUnder, serial } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a "Kolejność" heading.
const said = saidUnder("Phase 1: Work", "Kolejność");

describe("a verb of waiting after its fronted object, its subject after it", () => {
  it.each([
    // Polish, Czech: "only T004 waits for T001"
    ["Na T001 czeka tylko T004.", ["T001>T004"]],
    ["Na T001 čeká jen T004.", ["T001>T004"]],
    // Dutch, Swedish, Danish, German
    ["Op T002 wacht alleen T005.", ["T002>T005"]],
    ["På T002 väntar bara T005.", ["T002>T005"]],
    ["På T003 venter kun T004.", ["T003>T004"]],
    ["Auf T001 und T002 wartet nur T003.", ["T001>T003", "T002>T003"]],
  ])("reads %s", (sentence, pairs) => {
    expect(said(sentence)).toEqual(pairs);
  });

  it("takes a place before the subject for no subject", () => {
    expect(said("Op T002 wacht binnen Fase 1 alleen T005.")).toEqual(["T002>T005"]);
  });

  it("still reads the verb in its usual order, and a fronted time of day as no object", () => {
    expect(said("T004 czeka tylko na T001.")).toEqual(["T001>T004"]);
    expect(said("T005 wacht alleen op T002.")).toEqual(["T002>T005"]);
    expect(said("Op dinsdag wacht T005 op T001.")).toEqual([]);
    // The Dutch "na" (after) still reads before another verb.
    expect(said("Na T001 kan T004 beginnen.")).toEqual(["T001>T004"]);
  });

  it("denies with a negation after the subject", () => {
    const notes = "## Notes\n\n- Auf T003 wartet T004 dagegen nicht.\n";
    const edges = pairs(serial(["T001", "T002", "T003", "T004", "T005"], notes));
    expect(edges).not.toContain("T003>T004");
    expect(edges).toContain("T002>T004");
  });

  it("leaves a verb at the end of its clause to its own subject", () => {
    expect(said("Op T001 en T002 hoeft T004 niet te wachten.")).toEqual([]);
  });
});

describe("Dutch separable verbs and a start set by another's end", () => {
  it("reads 'bouwt op ... voort' and 'begint pas als ... is'", () => {
    expect(said("T004 bouwt op de lezer van T001 voort en begint pas als T002 gemerged is.")).toEqual([
      "T001>T004",
      "T002>T004",
    ]);
    expect(said("T005 hangt van T002 af.")).toEqual(["T002>T005"]);
  });

  it("does not read 'als' of a comparison", () => {
    expect(said("T004 is zo snel als T002.")).toEqual([]);
  });
});

describe("Polish suggestions and a section called non-binding", () => {
  it("binds nothing in a condition or a proposal", () => {
    expect(said("Jeśli pracujesz sam, możesz pisać T004 dopiero po T001.")).toEqual([]);
    expect(said("T004 dopiero po T001 – to tylko propozycja.")).toEqual([]);
    expect(said("T004 dopiero po T001.")).toEqual(["T001>T004"]);
  });

  it.each(["Hints (non-binding)", "Wskazówki (niewiążące)", "Hinweise (unverbindlich)"])(
    "binds nothing under %s",
    (heading) => {
      expect(saidUnder("Phase 1: Work", heading)("T004 comes after T001.")).toEqual([]);
    },
  );

  it("still binds under a heading that only mentions binding", () => {
    expect(saidUnder("Phase 1: Work", "Binding order")("T004 comes after T001.")).toEqual(["T001>T004"]);
  });
});
