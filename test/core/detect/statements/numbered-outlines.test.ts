import { describe, expect, it } from "vitest";
import { parseTaskList } from "../../../../src/core/parse/parse-task-list.js";
import { detect } from "./plan-helpers.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
// What the list's words say: statements and the tasks' own text, not the order of its numbers.
const edges = (text: string): string[] =>
  detect(text)
    .edges.filter((e) => e.origin === "statement" || e.origin === "task")
    .map((e) => `${e.from}>${e.to}`)
    .sort();

// Sections as headings over items numbered under them, as OpenSpec writes a change's tasks.md.
const outline = (notes: string): string =>
  [
    "# Tasks: add-exports",
    "",
    "## 1. Schema",
    "- [ ] 1.1 Add the table in db/schema.sql",
    "- [ ] 1.2 Add the seed in db/seed.sql",
    "## 2. Service",
    "- [ ] 2.1 Export service in src/export.ts",
    "## 3. UI",
    "- [ ] 3.1 Export button in web/Export.tsx",
    "",
    "## Notes",
    "",
    notes,
    "",
  ].join("\n");

describe("numbered sections written as headings", () => {
  it("reads 'section N' as every item numbered under it, 'or' in such a list as 'and'", () => {
    const read = edges(
      outline(
        "Nothing in sections 2 or 3 starts until all of section 1 is merged, because they read the schema or the seed.",
      ),
    );
    expect(read).toEqual(expect.arrayContaining(["1.1>2.1", "1.2>2.1", "1.1>3.1", "1.2>3.1"]));
  });

  it("takes the subject after a colon when the words after it name their own", () => {
    const read = edges(outline("Section 1 goes first: section 3 starts once all of section 1 is merged."));
    expect(read).toEqual(expect.arrayContaining(["1.1>3.1", "1.2>3.1"]));
    expect(read).not.toContain("1.1>2.1");
  });

  it("still reads an 'or' between two sections named each with its word as an alternative", () => {
    expect(edges(outline("Section 3 waits for section 1 or section 2."))).toEqual([]);
  });
});

describe("tasks labelled with a word and a number", () => {
  const story = (note: string): string =>
    [
      "# Story 3.2: Promo codes",
      "",
      "## Tasks / Subtasks",
      "",
      "- [ ] Task 1: Persist promotions (AC: 1, 2)",
      "  - [ ] Subtask 1.1: Add the model in prisma/schema.prisma",
      "  - [ ] Subtask 1.2: Add the repository in src/promotions/repo.ts",
      "- [ ] Task 2: Apply a code (AC: 3)",
      "  - [ ] Subtask 2.1: Add the apply hook in web/usePromo.ts",
      `  - [ ] Subtask 2.2: Add the code field in web/PromoField.tsx; ${note}`,
      "",
    ].join("\n");

  it("keys a task by its number: 'Task 1:' is group 1, 'Subtask 1.1:' its sub-task 1.1", () => {
    const list = parse(story("styled like the rest"));
    expect(list.format).toBe("numbered");
    expect(list.tasks.map((t) => `${t.id}${t.group ? "*" : ""}`)).toEqual([
      "1*",
      "1.1",
      "1.2",
      "2*",
      "2.1",
      "2.2",
    ]);
  });

  it("reads an earlier sub-task named with its word as a need", () => {
    expect(edges(story("removing goes through the hook of Subtask 2.1"))).toContain("2.1>2.2");
  });

  it("reads 'there is no need to wait for' a sub-task as a denial", () => {
    expect(edges(story("the hook is copied, so there is no need to wait for 2.1"))).not.toContain("2.1>2.2");
    // Must still bind: a need that is no "no need"
    expect(edges(story("the hook is not copied, so it needs the hook from 2.1"))).toContain("2.1>2.2");
  });

  it.each([
    // a number without the word may be a section of a document, an acceptance criterion or a version
    "as section 4.2 of the design doc says",
    // a later sub-task named is foreshadowing
    "Subtask 2.3 will restyle it",
  ])("makes no need of: %s", (note) => {
    expect(edges(story(note))).not.toContain("2.1>2.2");
  });

  it("leaves a checklist whose items open with another word as a checklist", () => {
    const list = parse("# Plan\n\n- [ ] Phase 2: move the data\n- [ ] Phase 3: switch reads\n");
    expect(list.format).toBe("checklist");
  });
});

describe("an exception sentence after a rule about whole groups", () => {
  const plan = (notes: string): string =>
    [
      "# Plan",
      "",
      "- [ ] Task 1: Schema",
      "  - [ ] Subtask 1.1: Add the table in db/schema.sql",
      "- [ ] Task 2: Web",
      "  - [ ] Subtask 2.1: Page in web/Page.tsx",
      "  - [ ] Subtask 2.2: Stories in web/Page.stories.tsx",
      "",
      "## Notes",
      "",
      `- ${notes}`,
      "",
    ].join("\n");

  it("leaves the named sub-task out of the group the rule names", () => {
    const read = edges(
      plan("Do not start Task 2 until Task 1 is merged. Subtask 2.2 is the exception: it uses mock data."),
    );
    expect(read).toContain("1.1>2.1");
    expect(read).not.toContain("1.1>2.2");
  });
});
