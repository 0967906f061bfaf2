import { describe, expect, it } from "vitest";
import { detect } from "./plan-helpers.js";

/** A numbered plan of three groups whose intro disclaims the listing order, then says `rule`. */
const plan = (rule: string): string => `# Implementation Plan

The task numbers are not an execution order. ${rule}

- [ ] 1. Foundations
- [ ] 1.1 Settings loader in \`core/settings.ts\`
- [ ] 1.2 Event bus in \`core/bus.ts\`
- [ ] 2. Features
- [ ] 2.1 Reminder scheduler in \`features/reminders.ts\`
- [ ] 2.2 Digest mailer in \`features/digest.ts\`
- [ ] 3. Release
- [ ] 3.1 Feature flag in \`release/flag.ts\`
- [ ] 3.2 Release notes in \`docs/release.md\`
`;

const pairsOf = (rule: string): string[] =>
  detect(plan(rule))
    .edges.map((e) => `${e.from}>${e.to}`)
    .sort();

const GROUP_1_FIRST = [
  "1.1>2.1",
  "1.1>2.2",
  "1.1>3.1",
  "1.1>3.2",
  "1.2>2.1",
  "1.2>2.2",
  "1.2>3.1",
  "1.2>3.2",
];
const GROUP_3_LAST = ["1.1>3.1", "1.1>3.2", "1.2>3.1", "1.2>3.2", "2.1>3.1", "2.1>3.2", "2.2>3.1", "2.2>3.2"];

describe("group rules in the intro of a numbered list without phases", () => {
  it("puts a group said to go first or last before or after every other task", () => {
    expect(pairsOf("Group 1 comes first.")).toEqual(GROUP_1_FIRST);
    expect(pairsOf("Group 3 goes last.")).toEqual(GROUP_3_LAST);
  });

  it("reads 'everything above it' as the tasks listed before", () => {
    expect(pairsOf("Group 3 is the rollout, after everything above it is merged.")).toEqual(GROUP_3_LAST);
  });

  it("reads 'any other ... work' as every other task, whatever qualifies it", () => {
    expect(pairsOf("Group 1 has to be merged before any other backend work starts.")).toEqual(GROUP_1_FIRST);
  });

  it("reads a checklist's items by what they are ('every other box', 'all other items') the same way", () => {
    expect(pairsOf("Group 3 happens after every other box in this file is ticked.")).toEqual(GROUP_3_LAST);
    expect(pairsOf("Group 1 is merged before all other items start.")).toEqual(GROUP_1_FIRST);
    // Must not fire: "everything else" also routes or lists things ("everything else to billing").
    expect(pairsOf("Group 3 is the rollout; route everything else to the old queue.")).toEqual([]);
  });

  it("relates nothing when the words name no order", () => {
    expect(pairsOf("Group 1 is the largest; group 3 is small.")).toEqual([]);
    expect(pairsOf("Group 3 could go last if time is short.")).toEqual([]);
  });
});

describe("an aside naming members of a group the sentence names", () => {
  const GROUP_1_BEFORE_2 = ["1.1>2.1", "1.1>2.2", "1.2>2.1", "1.2>2.2"];

  it("restates the group: its sub-tasks are no further objects", () => {
    expect(pairsOf("Group 1 is merged before group 2 starts, 1.1 and 1.2 included.")).toEqual(
      GROUP_1_BEFORE_2,
    );
    expect(
      pairsOf("Tout le groupe 1 est fusionné avant de commencer le groupe 2, 1.1 et 1.2 comprises."),
    ).toEqual(GROUP_1_BEFORE_2);
    expect(pairsOf("Group 2 starts once group 1 is merged, including 1.2.")).toEqual(GROUP_1_BEFORE_2);
  });

  it("keeps a task that belongs to no group the sentence names", () => {
    expect(pairsOf("Group 1 is merged before group 2 starts, 3.1 included.")).toEqual([
      "1.1>2.1",
      "1.1>2.2",
      "1.1>3.1",
      "1.2>2.1",
      "1.2>2.2",
      "1.2>3.1",
    ]);
  });
});

describe("'any other work' in a list with phases", () => {
  it("is left unread, with a warning, since its scope is not said", () => {
    const text = `# Tasks

## Phase 1: Setup

- [ ] T001 Create the project in package.json
- [ ] T002 [P] Lint config in eslint.config.js

## Phase 2: Core

- [ ] T003 [P] Parser in src/parse.ts
- [ ] T004 [P] Printer in src/print.ts

## Notes

- T003 must be merged before any other core work starts.
`;
    const { edges, warnings } = detect(text);
    expect(edges.filter((e) => e.origin === "statement")).toEqual([]);
    expect(warnings.join("\n")).toMatch(/any other core work/);
  });
});

describe("a start set by another's end", () => {
  it("reads 'begins when' as waiting for what follows", () => {
    expect(pairsOf("Group 3 begins when groups 1 to 2 are completely merged.")).toEqual(GROUP_3_LAST);
    expect(pairsOf("Group 3 can start only when group 1 is merged.")).toEqual([
      "1.1>3.1",
      "1.1>3.2",
      "1.2>3.1",
      "1.2>3.2",
    ]);
  });

  it("relates nothing when no task stands after it", () => {
    expect(pairsOf("Group 3 begins when you are ready.")).toEqual([]);
  });
});

describe("a sub-task's note that opens with another sub-task's number", () => {
  it("speaks of that sub-task", () => {
    const text = `# Implementation Plan

- [ ] 1. Core
- [ ] 1.1 Query layer in \`core/query.ts\`
  - 2.1 builds its table on the rows this produces and is held until this lands
- [ ] 2. Screens
- [ ] 2.1 Table screen in \`ui/table.tsx\`
- [ ] 2.2 Chart screen in \`ui/chart.tsx\`
  - Version 2.1 of the chart library is enough
`;
    const into = (id: string): string[] =>
      detect(text)
        .edges.filter((e) => e.to === id && e.origin !== "structure")
        .map((e) => e.from);
    expect(into("2.1")).toEqual(["1.1"]);
    expect(into("2.2")).toEqual([]);
  });
});

describe("bare sub-task numbers in a numbered plan's own notes", () => {
  it("name tasks where a relation word governs them", () => {
    expect(pairsOf("Group 3 starts after 1.2 and 2.1.")).toEqual([
      "1.2>3.1",
      "1.2>3.2",
      "2.1>3.1",
      "2.1>3.2",
    ]);
    expect(pairsOf("Gruppe 3 hängt von 1.1 ab.")).toEqual(["1.1>3.1", "1.1>3.2"]);
  });

  it("stay numbers elsewhere, or when the list has no such task", () => {
    expect(pairsOf("Version 1.2 of the SDK ships the event bus.")).toEqual([]);
    expect(pairsOf("Group 3 needs Node 18.2.")).toEqual([]);
  });
});

describe("sub-tasks named by bare number in the intro", () => {
  it("reads a clause that opens with 'only' and the sub-task, also after a semicolon", () => {
    expect(pairsOf("Only 2.2 waits for 2.1.")).toEqual(["2.1>2.2"]);
    expect(pairsOf("The features may be built at once; nur 2.2 wartet auf 2.1.")).toEqual(["2.1>2.2"]);
  });

  it("takes the list right before a relation word, after a comma and a conjunction, as that word's subject", () => {
    expect(pairsOf("2.1 ships first, and 3.2 only after 1.1 and 2.2 are merged.")).toEqual([
      "1.1>3.2",
      "2.2>3.2",
    ]);
    expect(pairsOf("2.1 wird zuerst gebaut, und 3.1 erst, nachdem 1.2 gemergt ist.")).toEqual(["1.2>3.1"]);
  });

  it("leaves a list after a conjunction that stands further from the relation word to the clause before", () => {
    expect(pairsOf("3.1 reuses the bus of 1.2, and 2.2 as well, after 2.1 lands.")).not.toContain("2.1>2.2");
  });

  it("reads no sub-task in a number that only follows a word ('version 3.1 of the SDK')", () => {
    expect(pairsOf("Version 3.1 of the SDK is required before 2.1.")).toEqual([]);
  });

  it("takes the bare numbers right after an opening verb of work as the tasks the relation is about", () => {
    expect(pairsOf("Don't merge 3.1 until 2.2 is merged.")).toEqual(["2.2>3.1"]);
    expect(pairsOf("Ship 2.1 only after 1.2 is in.")).toEqual(["1.2>2.1"]);
    expect(pairsOf("Please finish 1.1 before 2.2.")).toEqual(["1.1>2.2"]);
    expect(pairsOf("Commencer 3.2 après 2.1.")).toEqual(["2.1>3.2"]);
  });

  it("reads no task in a number that only follows a verb of no work, or the verb's other object", () => {
    expect(pairsOf("Version 3.1 after 2.2 is out.")).toEqual([]);
    expect(pairsOf("Run the 3.1 migration after 2.2.")).toEqual([]);
  });

  it("puts a sub-task said to be the last merge after every other task", () => {
    const last = ["1.1>3.2", "1.2>3.2", "2.1>3.2", "2.2>3.2", "3.1>3.2"];
    expect(pairsOf("3.2 is the last merge of the feature.")).toEqual(last);
    expect(pairsOf("3.2 is merged last.")).toEqual(last);
    // Must not fire: "last" of something else.
    expect(pairsOf("3.2 is the last file to review.")).toEqual([]);
  });
});
