import { describe, expect, it } from "vitest";
import { onePerPhase, pairs, saidUnder } from "./plan-helpers.js";

const said = saidUnder("Fase 1: Arbejde", "Noter");

/** Setup, two stories and a clean-up phase; `note` is a bullet of the dependency section. */
const phases = onePerPhase(
  [
    "Fase 1: Opsætning",
    "Fase 2: Brugerhistorie 1 - Lager (Prioritet: P1)",
    "Fase 3: Brugerhistorie 2 - Pluk (Prioritet: P2)",
    "Fase 4: Oprydning",
  ],
  "Afhængigheder",
);

describe("Danish statements", () => {
  it.each([
    ["afhænger af (depends on), with og (and)", "T004 afhænger af T001 og T002.", ["T001>T004", "T002>T004"]],
    ["kræver (requires)", "T005 kræver T003.", ["T003>T005"]],
    ["venter på (waits for)", "T005 venter på T002.", ["T002>T005"]],
    ["blokerer (blocks)", "T002 blokerer T004 og T005.", ["T002>T004", "T002>T005"]],
    ["før (before)", "T003 skal være færdig før T005.", ["T003>T005"]],
    ["kan ikke starte før (cannot start before)", "T004 kan ikke starte før T001 er færdig.", ["T001>T004"]],
    ["først efter (only after)", "T005 kan først begynde efter T002.", ["T002>T005"]],
    ["a relative clause (som: which)", "Undtagelsen er T005, som afhænger af T003.", ["T003>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not fire on denials, suggestions, comparisons or 'inden for' (within)", () => {
    expect(said("T004 afhænger ikke af T002.")).toEqual([]);
    expect(said("Hvis I har tid, så tag T004 efter T003.")).toEqual([]);
    expect(said("Gerne T005 efter T001, men det er ikke et krav.")).toEqual([]);
    expect(said("T004 bruger samme format som T002.")).toEqual([]);
    expect(said("Inden for hver fase tager vi T004 og T005 sidst.")).toEqual([]);
    // English "for" is not "før".
    expect(said("T004 is a template for T002.")).toEqual([]);
  });

  it("reads an opening 'når' (when) with a finished object as 'once'", () => {
    const once = ["T001>T002", "T001>T003", "T002>T004", "T003>T004"];
    expect(phases("Når Fase 1 er færdig, kan US1 og US2 startes parallelt.")).toEqual(once);
    expect(phases("When Phase 1 is done, US1 and US2 can start in parallel.")).toEqual(once);
  });
});

describe("'when' in any sentence", () => {
  it("is no word of time where it does not open the sentence or its object is not finished", () => {
    expect(said("T004 shows a toast when the user clicks T002's button.")).toEqual([]);
    expect(said("When T002 lands the banner turns green, see T004.")).toEqual([]);
  });
});

describe("a story named right after one of its tasks", () => {
  const stories = (note: string): string[] =>
    pairs(
      `# Opgaver\n\n## Fase 1: Brugerhistorie 1 - Lager (Prioritet: P1)\n\n- [ ] T001 [P] a i src/a.go\n- [ ] T002 [P] b i src/b.go\n\n## Fase 2: Brugerhistorie 2 - Pluk (Prioritet: P2)\n\n- [ ] T003 [P] c i src/c.go\n- [ ] T004 [P] d i src/d.go\n\n## Afhængigheder\n\n- ${note}\n`,
    ).sort();

  it("only says where the task is", () => {
    expect(stories("T004 blokerer T001 i US1.")).toEqual(["T004>T001"]);
    expect(stories("T001 venter på T003 fra US2.")).toEqual(["T003>T001"]);
  });

  it("is still a thing related when it does not hold the task ('i' is Polish 'and')", () => {
    expect(stories("T002 blokuje T001 i US2.")).toEqual(["T002>T001", "T002>T003", "T002>T004"]);
  });
});
