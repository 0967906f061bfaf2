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
