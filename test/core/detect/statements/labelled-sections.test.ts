import { describe, expect, it } from "vitest";
import { parseTaskList } from "../../../../src/core/parse/parse-task-list.js";
import { labelledSectionsOf } from "../../../../src/core/detect/statements/labelled-sections.js";
import { statementPairs } from "./plan-helpers.js";

// A keyed plan in three sections the list labels with a word of its own choosing.
const plan = (word: string, note: string): string =>
  [
    "# Cutover",
    "",
    `## ${word} A — Copy`,
    "",
    "- [ ] A1 Dump in ops/dump.sh",
    "- [ ] A2 Restore in ops/restore.sh",
    "",
    `## ${word} B — Checks`,
    "",
    "- [ ] B1 Row counts in ops/counts.sql",
    "- [ ] B2 Report in ops/report.md",
    "",
    `## ${word} C — Switch`,
    "",
    "- [ ] C1 Runbook in ops/runbook.md",
    "- [ ] C2 Flip in ops/flip.sh",
    "",
    "## Notes",
    "",
    note,
    "",
  ].join("\n");

describe("sections a list labels with its own word", () => {
  it("learns the word from two headings or more, with the tasks under each label", () => {
    const list = parseTaskList({ kind: "file", path: "plan.md", text: plan("Stage", "") });
    expect(labelledSectionsOf(list).get("stage")?.get("B")).toEqual(["B1", "B2"]);
    // One heading alone teaches nothing: "Part 1" may be any title.
    const single = "# Plan\n\n## Part 1\n\n- [ ] A1 One in a.ts\n- [ ] A2 Two in b.ts\n";
    expect(labelledSectionsOf(parseTaskList({ kind: "file", path: "p.md", text: single })).size).toBe(0);
  });

  it("reads the sections the prose names by that word, in any language", () => {
    const after = ["B1>C1", "B1>C2", "B2>C1", "B2>C2"];
    expect(statementPairs(plan("Block", "Block C starts after Block B."))).toEqual(after);
    expect(
      statementPairs(
        plan("Bloque", "Ninguna tarea del Bloque C empieza hasta que el Bloque B esté cerrado."),
      ),
    ).toEqual(after);
    expect(statementPairs(plan("Block", "Blocks B and C wait for A2."))).toEqual([
      "A2>B1",
      "A2>B2",
      "A2>C1",
      "A2>C2",
    ]);
  });

  it("takes the word inside a section's name for the name, not for a verb ('Block', 'bloque')", () => {
    expect(statementPairs(plan("Block", "Block C waits for B2."))).toEqual(["B2>C1", "B2>C2"]);
    // Must not fire: with no such sections the verb still relates, and a label the list lacks names nothing.
    expect(statementPairs(plan("Part", "B2 blocks C1."))).toEqual(["B2>C1"]);
    expect(statementPairs(plan("Block", "C1 starts after Block Z."))).toEqual([]);
  });
});

describe("sections named by their bare letters", () => {
  const A_FIRST = ["A1>B1", "A1>B2", "A1>C1", "A1>C2", "A2>B1", "A2>B2", "A2>C1", "A2>C2"];

  it("reads a list or a range of labels, and one label next to a word of relation", () => {
    expect(statementPairs(plan("Part", "B and C both wait for A."))).toEqual(A_FIRST);
    expect(
      statementPairs(plan("Part", "Part C is last: nothing in it starts until A to B are merged.")),
    ).toEqual(["A1>C1", "A1>C2", "A2>C1", "A2>C2", "B1>C1", "B1>C2", "B2>C1", "B2>C2"]);
    expect(statementPairs(plan("Part", "C depends on B."))).toEqual(["B1>C1", "B1>C2", "B2>C1", "B2>C2"]);
  });

  it("reads 'none of them' as the things named before, negated", () => {
    expect(
      statementPairs(plan("Part", "B and C read the dump, so none of them starts before A is merged.")),
    ).toEqual(A_FIRST);
    expect(
      statementPairs(plan("Part", "B1 and C1 read the dump, so none of them starts before A1 is merged.")),
    ).toEqual(["A1>B1", "A1>C1"]);
    // "nothing" alone names no subject of its own.
    expect(statementPairs(plan("Part", "B and C read the dump, but nothing starts before A2."))).toEqual([]);
  });

  it("does not take an article or another label's letter for a section", () => {
    expect(statementPairs(plan("Part", "A later change may touch B."))).toEqual([]);
    expect(statementPairs(plan("Part", "Plan A is to ship B early."))).toEqual([]);
    // "I" is the pronoun even where a section is labelled I.
    expect(
      statementPairs(plan("Part", "I can start once A is merged.").replace("## Part B", "## Part I")),
    ).toEqual([]);
    // Sections labelled by numbers have no letters to name.
    const numbered = plan("Part", "C and B wait for A.").replace(
      /Part ([ABC])/g,
      (_, l: string) => `Part ${" ABC".indexOf(l)}`,
    );
    expect(statementPairs(numbered)).toEqual([]);
  });
});
