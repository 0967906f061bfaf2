import { describe, expect, it } from "vitest";
import { onePerPhase, pairs, saidUnder } from "./plan-helpers.js";

const said = saidUnder("Vaihe 1: Työ", "Huomiot");

/** Setup, foundation, two stories and finishing touches; `note` is a bullet of the dependency section. */
const phases = onePerPhase(
  [
    "Vaihe 1: Valmistelu",
    "Vaihe 2: Perusta",
    "Vaihe 3: Käyttäjätarina 1 - Varasto (prioriteetti: P1)",
    "Vaihe 4: Käyttäjätarina 2 - Keräily (prioriteetti: P2)",
    "Vaihe 5: Viimeistely",
  ],
  "Riippuvuudet",
);

describe("Finnish statements", () => {
  it.each([
    [
      "riippuu (depends on), a case ending on each ID",
      "T004 riippuu T001:stä ja T002:sta.",
      ["T001>T004", "T002>T004"],
    ],
    ["tarvitsee (needs)", "T005 tarvitsee T003:n tulokset.", ["T003>T005"]],
    ["odottaa (waits for)", "T005 odottaa T002:ta.", ["T002>T005"]],
    ["the postposition jälkeen (after)", "T004 tehdään T001:n jälkeen.", ["T001>T004"]],
    ["valmistuttua (once finished)", "T005 aloitetaan T003:n valmistuttua.", ["T003>T005"]],
    ["ennen (before)", "T002 valmistuu ennen T005:tä.", ["T002>T005"]],
    [
      "ei voi ... ennen kuin (cannot ... before)",
      "T004:ää ei voi aloittaa ennen kuin T001 on valmis.",
      ["T001>T004"],
    ],
    ["estää (blocks)", "T001 estää T004:n ja T005:n.", ["T001>T004", "T001>T005"]],
  ])("reads %s", (_, sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("does not fire on denials, suggestions or a postposition whose object is no task", () => {
    expect(said("T004 ei riipu T002:sta.")).toEqual([]);
    expect(said("Jos aikaa on, T004 kannattaa tehdä T003:n jälkeen.")).toEqual([]);
    expect(said("Mieluiten T005 T001:n jälkeen, mutta se ei ole ehdoton vaatimus.")).toEqual([]);
    // "after the pages": the word right before "jälkeen" is what the tests wait for, not T003.
    expect(said("T003:n testit tehdään vasta sivujen jälkeen.")).toEqual([]);
    expect(said("T004 riippuu T001:stä. T003:n testit tehdään vasta sivujen jälkeen.")).toEqual([
      "T001>T004",
    ]);
  });

  it("reads phases, stories and roles from the headings and the prose", () => {
    const stories = ["T001>T002", "T002>T003", "T002>T004", "T003>T005", "T004>T005"];
    expect(phases("Vaihe 2 alkaa vaiheen 1 jälkeen ja estää kaikki käyttäjätarinat.")).toEqual(stories);
    // "Vaihe 4 can start only when Vaihe 3 is done": the second story waits for the first.
    expect(phases("Vaihe 4 alkaa vasta, kun vaihe 3 on valmis.")).toContain("T003>T004");
    expect(phases("Kun vaihe 3 on valmis, US2 voidaan aloittaa.")).toContain("T003>T004");
  });

  it("reads a colon glued to an ID as its case ending, not as a stop", () => {
    const twoAtOnce = pairs(
      "# Tehtävät\n\n## Vaihe 1: Työ\n\n- [ ] T001 a src/a.kt\n- [ ] T002 b src/b.kt\n- [ ] T003 c src/c.kt\n\n## Rinnakkaisuus\n\n- T003 rinnakkain T002:n kanssa.\n",
    );
    expect(twoAtOnce).not.toContain("T002>T003");
    expect(twoAtOnce).toContain("T001>T003");
    // With a space after it, the colon still ends the object.
    expect(said("US1 odottaa: T004 tarvitsee T002:n.")).toEqual(["T002>T004"]);
  });
});
