import { describe, expect, it } from "vitest";
import { detect, speckit, statementPairs } from "./plan-helpers.js";

const stories = (note: string): string[] =>
  statementPairs(
    speckit(
      [
        ["Phase 1: User Story 1 - Catalogue (Priority: P1)", ["T001"]],
        ["Phase 2: User Story 2 - Loans (Priority: P2)", ["T002"]],
        ["Phase 3: User Story 3 - Fines (Priority: P3)", ["T003"]],
      ],
      `## Notes\n\n- ${note}\n`,
    ),
  );

describe("a subject opened by a negative quantifier and a longer noun phrase", () => {
  it("negates the word of time, which turns round", () => {
    expect(stories("None of the tasks in US2 and US3 can start before US1 is merged.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
    expect(stories("Ninguna sub-tarea de US2 y US3 arranca antes de que US1 esté fusionada.")).toEqual([
      "T001>T002",
      "T001>T003",
    ]);
  });

  it("does not reach over a comma", () => {
    expect(stories("No later than Friday, US3 waits for US2.")).toEqual(["T002>T003"]);
  });
});

describe("a Kiro group named only to say where its sub-tasks are", () => {
  const reading = (intro: string): string[] =>
    statementPairs(
      [
        "# Plan",
        "",
        "- [ ] 1. Base",
        "  - [ ] 1.1 Types in src/types.ts",
        "  - [ ] 1.2 Rules in firestore.rules",
        "  - [ ] 1.3 Indexes in firestore.indexes.json",
        "- [ ] 2. App",
        "  - [ ] 2.1 Screen in lib/screen.dart",
        "  - [ ] 2.2 Dialog in lib/dialog.dart",
        "",
        "## Notes",
        "",
        `- ${intro}`,
        "",
      ].join("\n"),
    );

  it("is no object of its own: 'needs 1.1 and 1.2 of group 1' needs those two", () => {
    const pairs = ["1.1>2.1", "1.1>2.2", "1.2>2.1", "1.2>2.2"];
    expect(reading("Group 2 needs 1.1 and 1.2 of group 1.")).toEqual(pairs);
    expect(reading("El grupo 2 necesita 1.1 y 1.2 del grupo 1.")).toEqual(pairs);
  });

  it("is no object when a sub-task is named 'of task 1', or the clause opens with 'Of task 1,'", () => {
    expect(reading("2.2 only needs 1.3 of task 1.")).toEqual(["1.3>2.2"]);
    expect(reading("Of task 1, 2.2 only needs 1.3.")).toEqual(["1.3>2.2"]);
    expect(reading("Parmi le groupe 1, 2.2 n'attend que 1.3.")).toEqual(["1.3>2.2"]);
    // Must not fire: the group is the object, and a sub-task named after it takes nothing from it.
    expect(reading("2.2 needs task 1, of which 1.3 is the largest part.")).toEqual([
      "1.1>2.2",
      "1.2>2.2",
      "1.3>2.2",
    ]);
  });

  it("is an object when it is named as one: 'needs 2.1 and group 1'", () => {
    expect(reading("2.2 needs 2.1 and group 1.")).toEqual(["1.1>2.2", "1.2>2.2", "1.3>2.2", "2.1>2.2"]);
  });
});

describe("a relation naming numbered groups, and a sub-task set beside them", () => {
  // Three groups in no stage order (the intro says so); group 3 waits for groups 1 to 2 by a sentence.
  const plan = (notes: string, own = ""): string =>
    [
      "# Plan",
      "",
      "The numbers are for reference only; they are not an execution order.",
      "",
      "- [ ] 1. Schema",
      "  - [ ] 1.1 Tables in db/schema.sql",
      "- [ ] 2. Service",
      "  - [ ] 2.1 Reader in src/reader.py",
      "  - [ ] 2.2 Writer in src/writer.py",
      "- [ ] 3. Jobs",
      `  - [ ] 3.1 Cleanup job in jobs/cleanup.py${own}`,
      "  - [ ] 3.2 Export job in jobs/export.py",
      "",
      "## Notes",
      "",
      `- ${notes}`,
      "",
    ].join("\n");
  const into = (text: string, id: string): string[] =>
    detect(text)
      .edges.filter((e) => e.to === id)
      .map((e) => e.from)
      .sort();

  it("takes a range ending at a group to hold that group's sub-tasks", () => {
    expect(into(plan("Group 3 begins when groups 1 to 2 are merged."), "3.2")).toEqual(["1.1", "2.1", "2.2"]);
  });

  it("leaves out of it a sub-task whose own words set it beside a group", () => {
    const text = plan("Group 3 begins when groups 1 to 2 are merged.", "; does not wait for group 2");
    expect(into(text, "3.1")).toEqual(["1.1"]);
    expect(into(text, "3.2")).toEqual(["1.1", "2.1", "2.2"]);
  });
});
