import { describe, expect, it } from "vitest";
import { TaskListError } from "../../../src/core/errors.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";
import { buildPlan } from "../../../src/core/plan/build-plan.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "todo.md", text });
const ids = (text: string) => parse(text).tasks.map((t) => t.id);
const pairs = (text: string) =>
  buildPlan(parse(text), { all: true })
    .edges.map((e) => `${e.from}>${e.to}`)
    .sort();

describe("sub-task IDs (T001.1)", () => {
  const NESTED = [
    "- [ ] T010 Importer",
    "  - [x] T010.1 Read rows in lib/rows.py",
    "  - [ ] T010.2 Map rows to records in lib/records.py",
    "- [ ] T011 Report on the import (depends on T010)",
  ].join("\n");

  it("makes the parent a group of its sub-tasks, done only when they all are", () => {
    const parent = parse(NESTED).tasks[0];
    expect(parent).toMatchObject({ id: "T010", group: true, children: ["T010.1", "T010.2"], done: false });
    const allDone = parse(NESTED.replace("- [ ] T010.2", "- [x] T010.2")).tasks[0];
    expect(allDone?.done).toBe(true);
  });

  it("expands a dependency on the parent to each sub-task, and gives the parent no wave", () => {
    const plan = buildPlan(parse(NESTED), { all: true });
    expect(pairs(NESTED)).toEqual(expect.arrayContaining(["T010.1>T011", "T010.2>T011"]));
    expect(plan.edges.some((e) => e.from === "T010" || e.to === "T010")).toBe(false);
    expect(plan.waveOf.has("T010")).toBe(false);
  });

  it("reads sub-tasks written after the parent without indentation, and in task headings", () => {
    expect(
      parse("- [ ] T020 Parent\n- [ ] T020.1 First part\n- [ ] T020.2 Second part\n").tasks[0]?.children,
    ).toEqual(["T020.1", "T020.2"]);
    const headings = parse(
      "### T030: Parent\n\n### T030.1: Child\n\n**Depends**: T029.9\n\n### T029.9: Other\n",
    );
    expect(headings.tasks.map((t) => [t.id, t.group])).toEqual([
      ["T030", true],
      ["T030.1", false],
      ["T029.9", false],
    ]);
  });

  it("does not fire for a dot that ends the ID, a longer number, or a sub-task whose parent is absent", () => {
    expect(ids("- [ ] T040. Prepare the data\n- [ ] T0401 Another task\n")).toEqual(["T040", "T0401"]);
    expect(parse("- [ ] T040 Prepare\n- [ ] T0401 Another\n").tasks[0]?.group).toBe(false);
    const orphan = parse("- [ ] T050.1 Lone sub-task\n- [ ] T051 Next\n").tasks;
    expect(orphan.map((t) => [t.id, t.group])).toEqual([
      ["T050.1", false],
      ["T051", false],
    ]);
  });

  it("a reference to a sub-task names that sub-task only", () => {
    expect(pairs(NESTED.replace("(depends on T010)", "(depends on T010.2)"))).toContain("T010.2>T011");
    expect(pairs(NESTED.replace("(depends on T010)", "(depends on T010.2)"))).not.toContain("T010.1>T011");
  });
});

describe("IDs with an upper-case tag (T005-DOCS)", () => {
  const TAGGED = [
    "- [ ] T005-DOCS [P] Document the parser in docs/parser.md",
    "- [ ] T005 Write the parser in lib/parser.ts",
    "- [ ] T006 Ship it (after T005-DOCS)",
  ].join("\n");

  it("is a task of its own next to the untagged ID, not a duplicate", () => {
    expect(ids(TAGGED)).toEqual(["T005-DOCS", "T005", "T006"]);
    expect(parse(TAGGED).tasks[0]?.title).toBe("Document the parser in docs/parser.md");
    expect(pairs(TAGGED)).toContain("T005-DOCS>T006");
  });

  it("does not fire for a range, a lower-case word after the hyphen, or a tag glued to more letters", () => {
    expect(ids("- [ ] T007-add the parser\n")).toEqual(["T007"]);
    expect(ids("### T008-TESTing: odd\n")).toEqual(["T008"]);
    const ranged = "- [ ] T001 a\n- [ ] T002 b\n- [ ] T003 c\n- [ ] T004 d (depends on T001-T003)\n";
    expect(pairs(ranged)).toEqual(expect.arrayContaining(["T001>T004", "T002>T004", "T003>T004"]));
  });

  it("reads a tagged reference to a task that has no tag as a reference to that task", () => {
    const text = "- [ ] T009 Build\n- [ ] T010 Check (after T009-READY)\n";
    expect(pairs(text)).toContain("T009>T010");
    expect(buildPlan(parse(text)).warnings).toEqual([]);
  });

  it("keeps letter suffixes and numbering that restarts at a higher block", () => {
    expect(ids("- [ ] T045 a\n- [ ] T045b b\n- [ ] T300 c\n- [ ] T301 d\n- [ ] T046 e\n")).toEqual([
      "T045",
      "T045b",
      "T300",
      "T301",
      "T046",
    ]);
  });

  it("reads an ID set off as code or in bold, and its title after it", () => {
    const list = parse("- [ ] `T001` [P] Config in app/config.py\n- [ ] **T002** Routes in app/routes.py\n");
    expect(list.format).toBe("speckit");
    expect(list.tasks.map((t) => [t.id, t.parallel, t.title])).toEqual([
      ["T001", true, "Config in app/config.py"],
      ["T002", false, "Routes in app/routes.py"],
    ]);
  });
});

describe("duplicate IDs", () => {
  it("plans a task written twice word for word once, warning with both lines", () => {
    const list = parse("- [ ] T001 Set up the repo\n- [ ] T002 Add CI\n- [ ] T001 Set up the repo\n");
    expect(list.tasks.map((t) => t.id)).toEqual(["T001", "T002"]);
    expect(list.warnings).toEqual([
      "todo.md:3: T001 repeats the task at line 1 word for word; planned once, where it is first listed",
    ]);
  });

  it("still refuses a shared ID whose tasks differ in title, checkbox or phase, or whose ID is disguised", () => {
    const refused = (text: string) => expect(() => parse(text)).toThrow(TaskListError);
    refused("- [ ] T001 Set up the repo\n- [ ] T001 Set up the repository\n");
    refused("- [ ] T001 Set up the repo\n- [x] T001 Set up the repo\n");
    refused("## Phase 1: Setup\n- [ ] T001 Same\n## Phase 2: Core\n- [ ] T001 Same\n");
    refused("- [ ] T001 Same\n- [ ] T\uff10\uff10\uff11 Same\n");
  });
});

describe("an ID the list split into lettered halves", () => {
  const LIST = (dep: string) => `## Phase 1: Setup

- [ ] T001 Config loader in src/config.ts
- [ ] T002a [P] Reader half in src/io/read.ts
- [ ] T002b [P] Writer half in src/io/write.ts
- [ ] T010 [P] Linter settings in .eslintrc
- [ ] T011 [P] Formatter settings in .prettierrc
- [ ] T012 [P] CLI entry in src/cli.ts (depends on ${dep})
`;

  it("reads the old ID (T002) as both halves", () => {
    expect(pairs(LIST("T002")).filter((p) => p.endsWith(">T012"))).toEqual(["T002a>T012", "T002b>T012"]);
  });

  it("never reads a shorter number as the numbers it begins (T010 is not T0100-T0109)", () => {
    const four = LIST("T010").replace("T010 [P] Linter", "T0100 [P] Linter").replace("T011 [P]", "T0101 [P]");
    expect(() => pairs(four)).toThrow(TaskListError);
  });
});
