import { describe, expect, it } from "vitest";
import { classifyPhase } from "../../../../src/core/parse/classify-phase.js";
import { pairs, saidUnder, serial, twoStoriesIn } from "./plan-helpers.js";

// Five [P] tasks, T001 to T005, and one bullet under a Swahili heading ("Utegemezi", dependencies).
const said = saidUnder("Awamu ya 1: Kazi kuu", "Utegemezi");

describe("Swahili phase headings", () => {
  it.each([
    ["Awamu ya 1: Maandalizi ya mradi", "setup", null],
    ["Awamu ya 2: Misingi ya mfumo", "foundational", null],
    ["Awamu ya 3: Hadithi ya Mtumiaji 1 - Kukopa kitabu (Kipaumbele: P1)", "story", "US1"],
    ["Awamu ya 6: Ukamilishaji", "polish", null],
  ])("%s", (heading, kind, story) => {
    expect(classifyPhase(heading)).toEqual({ kind, story });
  });
});

describe("Swahili statements", () => {
  it.each([
    ["T004 inategemea T002.", ["T002>T004"]],
    ["T005 inasubiri T003.", ["T003>T005"]],
    ["T003 inaanza baada ya T001 kukamilika.", ["T001>T003"]],
    ["T002 inazuia T005.", ["T002>T005"]],
    ["T002 lazima ikamilike kabla ya T004.", ["T002>T004"]],
    // Negated, "before" turns round: T004 cannot start before T001 is done.
    ["T004 haiwezi kuanza kabla ya T001 kukamilika.", ["T001>T004"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence)).toEqual(expected);
  });

  it("reads a story by its name", () => {
    const stories = twoStoriesIn(
      [
        "Awamu ya 1: Maandalizi",
        "Awamu ya 2: Hadithi ya Mtumiaji 1 - Kukopa",
        "Awamu ya 3: Hadithi ya Mtumiaji 2 - Kurudisha",
      ],
      "Utegemezi",
    );
    expect(stories("Hadithi ya Mtumiaji 2 inategemea Hadithi ya 1.")).toEqual(
      expect.arrayContaining(["T002>T004", "T003>T005"]),
    );
  });

  it("binds nothing from a suggestion, and frees tasks said to run side by side", () => {
    expect(said("Tunapendekeza T002 kabla ya T004.")).toEqual([]);
    expect(said("Kwa msanidi mmoja, T002 kabla ya T004.")).toEqual([]);
    expect(said("Majaribio kwanza ni sharti, si pendekezo: T004 inasubiri T002.")).toEqual(["T002>T004"]);
    const unmarked = (sentence: string): string =>
      serial(["T001", "T002", "T003", "T004"], `## Utegemezi\n\n- ${sentence}\n`);
    expect(pairs(unmarked("T003 inaweza kufanywa sambamba na T002."), "order")).not.toContain("T002>T003");
    expect(pairs(unmarked("T003 haitegemei T002."), "order")).not.toContain("T002>T003");
  });
});
