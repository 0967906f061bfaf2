import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { readLegend, withMeanings } from "../../../src/core/detect/list-legend.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const detect = (text: string) => detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
const pairs = (text: string): string[] =>
  detect(text)
    .edges.map((e) => `${e.from}>${e.to}`)
    .sort();

// A hand-edited list whose lead keeps a legend of signs; `rule` is one more legend line, or none.
const list = (rule: string): string => `# Tasks: Kiosk

## Legend

- \`⊘ T0xx\` : waits until T0xx is merged
- \`⤴\` : after the line above
- \`≈ T0xx\` : in parallel with T0xx
${rule}

## Phase 1: Screens

- [ ] T001 Keypad in src/keypad.ts
- [ ] T002 Receipt printer in src/printer.ts ⊘ T001
- [ ] T003 Drawer sensor in src/drawer.ts ≈ T001–T002
- [ ] T004 Refund screen in src/refund.ts ⤴
`;

describe("a list's own legend", () => {
  it("reads the signs it defines, with a task ID, a range or nothing after them", () => {
    const legend = readLegend(parseTaskList({ kind: "file", path: "tasks.md", text: list("") }).notes ?? []);
    expect(legend.map((e) => e.sign)).toEqual(["⊘ T0xx", "⤴", "≈ T0xx"]);
    expect(withMeanings("Printer ⊘ T001; sensor ≈ T001–T002 ⤴", legend)).toBe(
      "Printer (waits until T001 is merged); sensor (in parallel with T001–T002) ⤴ (after the line above)",
    );
  });

  it("reads task lines through it, and says so", () => {
    const text = list("");
    // T002 waits for T001 by its sign; T003 runs beside both; T004 follows the line above (and the order).
    expect(pairs(text)).toEqual(["T001>T002", "T002>T004", "T003>T004"]);
    expect(detect(text).warnings.join("\n")).toContain(
      "task lines read with the list's own legend: ⊘ T0xx = waits",
    );
  });

  it("reads no legend from a list of words, markers or a section of another name", () => {
    const notes = parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: "# Tasks\n\n## Format\n\n- `⊘ T0xx` : waits until T0xx is merged\n\n## Legend\n\n- `[P]` : parallel\n- Tests : written first\n\n- [ ] T001 Keypad in src/keypad.ts\n",
    }).notes;
    expect(readLegend(notes ?? [])).toEqual([]);
  });
});

describe("a legend saying only a line without a note follows the one above", () => {
  it("lets a task whose note names what it waits for wait only for that", () => {
    const rule = "- A line with no note at all follows the line above.";
    // T003 is beside T001 and T002 by its sign; T004's "after the line above" keeps the listing order.
    expect(pairs(list(rule))).toEqual(["T001>T002", "T001>T004", "T002>T004", "T003>T004"]);
    const serial = `# Tasks

Notation: a line with no note at all comes after the line above.

## Phase 1: Screens

- [ ] T001 Keypad in src/keypad.ts
- [ ] T002 Receipt printer in src/printer.ts
- [ ] T003 Drawer sensor in src/drawer.ts — needs T001
- [ ] T004 Refund screen in src/refund.ts
`;
    // T003 waits for T001 only, not for T002; T004, with no note, follows both lines before it.
    expect(pairs(serial)).toEqual(["T001>T002", "T001>T003", "T002>T004", "T003>T004"]);
    expect(detect(serial).warnings.join("\n")).toContain("T003 wait only for what their own notes name");
  });

  it("keeps the listing order without such a sentence, and for a note naming only the line above", () => {
    const serial = (notes: string, note: string) => `# Tasks

${notes}

## Phase 1: Screens

- [ ] T001 Keypad in src/keypad.ts
- [ ] T002 Receipt printer in src/printer.ts
- [ ] T003 Drawer sensor in src/drawer.ts — ${note}
`;
    expect(pairs(serial("Lines are listed in the order we like.", "needs T001"))).toEqual([
      "T001>T002",
      "T001>T003",
      "T002>T003",
    ]);
    expect(
      pairs(serial("Notation: a line with no note follows the line above.", "needs the task above")),
    ).toEqual(["T001>T002", "T002>T003"]);
  });
});
