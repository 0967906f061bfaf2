import { describe, expect, it } from "vitest";
import { ordinalNumber } from "../../../../src/core/detect/statements/words/ordinal-words.js";
import { detect, kiroPlan, speckit, statementPairs } from "./plan-helpers.js";

// Four phases of one task each: T001 (Phase 1) ... T004 (Phase 4), all [P].
const phases = (start: number, notes: string): string =>
  speckit(
    ["T001", "T002", "T003", "T004"].map((id, i) => [`Phase ${start + i}: Work ${i + 1}`, [id]]),
    `## Dependencies\n\n- ${notes}\n`,
  );

describe("an ordinal before a phase word names the phase in that place", () => {
  it.each([
    ["English", "The fourth phase waits for the second phase.", ["T002>T004"]],
    ["Spanish", "La cuarta fase depende de la segunda fase.", ["T002>T004"]],
    ["German", "Die vierte Phase wartet auf die zweite Phase.", ["T002>T004"]],
    ["Polish", "Czwarta faza zależy od drugiej fazy.", ["T002>T004"]],
    ["Russian", "Четвёртый этап зависит от второго этапа.", ["T002>T004"]],
  ])("in %s", (_, sentence, expected) => {
    expect(statementPairs(phases(1, sentence))).toEqual(expected);
  });

  it("counts places, not numbers, where the phases are numbered from 0", () => {
    expect(statementPairs(phases(0, "The third phase needs the first phase."))).toEqual(["T001>T003"]);
  });

  it("reads 'a second phase' (one more) and 'the second phase 3 task' as no ordinal reference", () => {
    expect(statementPairs(phases(1, "T004 waits for a second phase of review."))).toEqual([]);
    expect(statementPairs(phases(1, "T004 waits for the second phase."))).toEqual(["T002>T004"]);
    expect(statementPairs(phases(1, "The fourth phase depends on T001."))).toEqual(["T001>T004"]);
    expect(statementPairs(phases(1, "Phase 4 waits for the first phase 2 review."))).not.toContain(
      "T001>T004",
    );
  });

  it("names a story by its ordinal", () => {
    const list = speckit(
      [
        ["Phase 1: Setup", ["T001"]],
        ["Phase 2: User Story 1 - Borrow (Priority: P1)", ["T002"]],
        ["Phase 3: User Story 2 - Return (Priority: P2)", ["T003"]],
      ],
      "## Dependencies\n\n- The second user story depends on the first user story.\n",
    );
    expect(statementPairs(list)).toEqual(["T002>T003"]);
  });
});

describe("an ordinal before a group word names a numbered list's parent task", () => {
  const plan = (note: string): string =>
    `${kiroPlan("Plan", [
      ["1. Base", ["1.1 Project in `app/build.gradle`"]],
      ["2. Schema", ["2.1 Table in `db/v1.sql`", "2.2 Table in `db/v2.sql`"]],
      ["3. Screens", ["3.1 List in `web/list.tsx`", "3.2 Detail in `web/detail.tsx`"]],
    ])}\nThe numbering is only for reference; order comes from the notes below.\n\n## Dependencies\n\n${note}\n`;
  const said = (note: string): string[] =>
    detect(plan(note))
      .edges.filter((e) => e.origin === "statement")
      .map((e) => `${e.from}>${e.to}`)
      .sort();

  it("in English and Slovak", () => {
    const third = ["3.1", "3.2"];
    expect(said("The third group starts only after the second group.")).toEqual(
      third.flatMap((t) => [`2.1>${t}`, `2.2>${t}`]).sort(),
    );
    expect(said("Tretia skupina nadväzuje na celú druhú skupinu.")).toEqual(
      third.flatMap((t) => [`2.1>${t}`, `2.2>${t}`]).sort(),
    );
  });

  it("does not name a group by 'first task' or a group word with its own number", () => {
    expect(said("3.2 waits for the first task of group 2.")).not.toContain("1.1>3.2");
    expect(said("The third group 2 review is done by hand.")).toEqual([]);
  });
});

describe("ordinal words", () => {
  it("stand for their numbers, in their inflected forms", () => {
    expect(["third", "tercera", "dritten", "tretej", "trzeciej", "третьего"].map(ordinalNumber)).toEqual([
      3, 3, 3, 3, 3, 3,
    ]);
    expect(["tenth", "desiata", "zehnte"].map(ordinalNumber)).toEqual([10, 10, 10]);
    expect(["phase", "second-hand", "drugs", "patch"].map(ordinalNumber)).toEqual([null, null, null, null]);
  });
});
