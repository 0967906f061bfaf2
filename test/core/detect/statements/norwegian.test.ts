import { describe, expect, it } from "vitest";
import { saidUnder } from "./plan-helpers.js";
import { readRoleOrders } from "../../../../src/core/detect/read-role-order.js";
import { findMarkers } from "../../../../src/core/detect/statements/find-markers.js";
import { foldText } from "../../../../src/core/detect/statements/fold-text.js";

const said = saidUnder("Fase 1: Arbeid", "Notater");

describe("Norwegian statements", () => {
  it.each([
    ["'must wait for', the infinitive after a modal", "T004 må vente på T002.", ["T002>T004"]],
    ["'needs'", "T005 trenger T001.", ["T001>T005"]],
    ["'after'", "T003 starter etter T001.", ["T001>T003"]],
    ["'blocks'", "T002 blokkerer T005.", ["T002>T005"]],
    ["'at the earliest when', fronted", "Tidligst når T001 er merget, kan T004 begynne.", ["T001>T004"]],
    ["'not before', fronted, the verb second", "Ikke før T002 er ferdig, kan T003 begynne.", ["T002>T003"]],
    [
      "'cannot start, before', the comma before the clause of time",
      "T004 kan ikke starte, før T002 er ferdig.",
      ["T002>T004"],
    ],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("reads a comparison as no need, and 'bortsett fra' as an exception", () => {
    expect(said("T005 er bygget etter mønster fra T002, men uten delt kode.")).toEqual([]);
    expect(said("Alle oppgavene i Fase 1 venter på T001, bortsett fra T004.")).toEqual([
      "T001>T002",
      "T001>T003",
      "T001>T005",
    ]);
  });

  it("reads nothing from 'now', a need denied, or a fronted 'before' that is not negated", () => {
    // Folded, "nå" (now) spells the Dutch "na" (after); a verb after it shows it is no preposition.
    expect(findMarkers(foldText("nå kan historiene starte"))).toEqual([]);
    expect(findMarkers(foldText("T005 na T004")).map((m) => m.type)).toEqual(["relation"]);
    expect(said("T005 trenger ikke T001.")).toEqual([]);
  });

  it("reads the tests-first rule, and 'først' as 'only' before 'when'", () => {
    expect(readRoleOrders("Testene først, og de skal feile")).toEqual([{ first: "test", then: "rest" }]);
    expect(readRoleOrders("Testene skrives før implementeringen").map((o) => [o.first, o.then])).toEqual([
      ["test", "implementation"],
    ]);
    // Must not fire: "implementation starts only when the tests are written".
    expect(readRoleOrders("Implementeringen starter først når testene er skrevet")).toEqual([
      { first: "test", then: "implementation" },
    ]);
  });
});
