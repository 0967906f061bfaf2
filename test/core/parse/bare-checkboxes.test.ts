import { describe, expect, it } from "vitest";
import { TaskListError } from "../../../src/core/errors.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "work.md", text });
const refusal = (text: string): string => {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof TaskListError) return error.message;
    throw error;
  }
  throw new Error("expected the list to be refused");
};

describe("checkbox lines without a list bullet", () => {
  const BARE = [
    "## Phase 1: Setup",
    "",
    "- [ ] T001 Create the workspace",
    "",
    "### Storage",
    "",
    "[x] T002 [P] Add the schema in db/schema.sql",
    "[ ] T003 Seed the tables in db/seed.sql",
    "",
    "- [ ] T004 Wire storage into the app",
  ].join("\n");

  it("are tasks, with their checkbox and markers, in the phase and section they sit in", () => {
    const list = parse(BARE);
    expect(list.tasks.map((t) => [t.id, t.done, t.parallel, t.section, t.files])).toEqual([
      ["T001", false, false, null, []],
      ["T002", true, true, "Storage", ["db/schema.sql"]],
      ["T003", false, false, "Storage", ["db/seed.sql"]],
      ["T004", false, false, "Storage", []],
    ]);
  });

  it("get one warning for the list, at the first such line", () => {
    expect(parse(BARE).warnings).toEqual([
      "work.md:7: T002 and 1 more tasks have a checkbox but no list bullet; read as tasks, but Markdown shows " +
        "such lines as plain text, not as checkboxes: write `- [ ] T002 ...`",
    ]);
  });

  it("are tasks after a blank line below a list item, and right below a paragraph of prose", () => {
    expect(parse("- [ ] T001 First\n\n[ ] T002 Second\n").tasks.map((t) => t.id)).toEqual(["T001", "T002"]);
    expect(parse("Work left for the release:\n[ ] T001 First\n[ ] T002 Second\n").tasks).toHaveLength(2);
  });

  it("work in numbered lists too", () => {
    const list = parse("- [ ] 1. Prepare\n\n[ ] 2. Build\n[x] 2.1 Compile\n");
    expect(list.tasks.map((t) => [t.id, t.done])).toEqual([
      ["1", false],
      ["2", true], // a group: done because its one sub-task is
      ["2.1", true],
    ]);
  });

  it("are refused when they continue a list item with no blank line between: Markdown joins them to it", () => {
    expect(refusal("- [ ] T001 First\n[ ] T002 Second\n")).toBe(
      "work.md:2: T002 has a checkbox but no list bullet, and no blank line separates it from T001 (line 1), " +
        "so Markdown reads it as part of T001: write it as `- [ ] T002 Title`",
    );
    expect(refusal("- [ ] T001 First\n\n  more about the first task\n[ ] T002 Second\n")).toMatch(
      /^work\.md:4: /,
    );
  });

  it("are refused when the checkbox itself is written wrong", () => {
    expect(refusal("- [ ] T001 First\n\n[y] T002 Second\n")).toMatch(
      /^work\.md:3: `\[y\]` is not a checkbox/,
    );
    expect(refusal("- [ ] T001 First\n\n[ ]T002 Second\n")).toMatch(
      /^work\.md:3: T002 is glued to its checkbox/,
    );
  });

  it("do not fire without an ID, inside a task heading's body, or in a code block", () => {
    const checklist = parse("- [ ] Write the notes\n\n[ ] an aside in brackets\n");
    expect(checklist.tasks.map((t) => t.title)).toEqual(["Write the notes"]);
    const headings = parse("### T001: Report\n\n[ ] T001 renders totals\n[x] T001 handles empty input\n");
    expect(headings.tasks.map((t) => t.id)).toEqual(["T001"]);
    expect(headings.warnings).toEqual([]);
    expect(parse("- [ ] T001 First\n\n```\n[ ] T002 example\n```\n").tasks).toHaveLength(1);
  });
});
