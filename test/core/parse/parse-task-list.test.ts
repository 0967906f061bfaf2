import { describe, expect, it } from "vitest";
import { TaskListError } from "../../../src/core/errors.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string, path = "tasks.md") => parseTaskList({ kind: "file", path, text });
const errorOf = (fn: () => unknown): TaskListError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TaskListError) return error;
    throw error;
  }
  throw new Error("expected a TaskListError");
};

const SPECKIT = `# Tasks: Login

## Phase 1: Setup

- [x] T001 Create project structure in src/
- [ ] T002 [P] Configure linting in \`.eslintrc.json\`

## Phase 3: User Story 1 - Sign in (Priority: P1)

### Tests for User Story 1

- [ ] T010 [P] [US1] Contract test in tests/contract/test_login.py
- [X] T010a [US1] Fix fixture (depends on T010)
  \`\`\`sh
  npm test
  \`\`\`

\`\`\`
- [ ] T099 inside a code block is not a task
\`\`\`

## Dependencies & Execution Order

- T010 blocks T010a
`;

describe("parseTaskList: spec-kit", () => {
  const list = parse(SPECKIT);

  it("reads IDs, checkboxes, [P], story labels, phases and sections", () => {
    expect(list.format).toBe("speckit");
    expect(list.tasks.map((t) => [t.id, t.done, t.parallel, t.stories, t.phase, t.section, t.line])).toEqual([
      ["T001", true, false, [], 0, null, 5],
      ["T002", false, true, [], 0, null, 6],
      ["T010", false, true, ["US1"], 1, "Tests for User Story 1", 12],
      ["T010a", true, false, ["US1"], 1, "Tests for User Story 1", 13],
    ]);
    expect(list.phases.map((p) => [p.title, p.kind, p.story])).toEqual([
      ["Phase 1: Setup", "setup", null],
      ["Phase 3: User Story 1 - Sign in (Priority: P1)", "story", "US1"],
    ]);
  });

  it("keeps titles without markers, files, and a shell fence under a task as its script", () => {
    expect(list.tasks[2]?.title).toBe("Contract test in tests/contract/test_login.py");
    expect(list.tasks[1]?.files).toEqual([".eslintrc.json"]);
    expect(list.tasks[3]?.script).toBe("npm test");
    expect(list.tasks.some((t) => t.id === "T099")).toBe(false);
  });

  it("keeps every line outside the tasks, with its headings, for detection", () => {
    expect(list.notes?.find((n) => n.line === 24)?.text).toContain("T010 blocks T010a");
  });
});

describe("parseTaskList: other formats", () => {
  it("reads tasks as headings with File(s) and Depends fields; body checkboxes are criteria", () => {
    const list = parse(`## Phase 1: Setup

### T001: Create module

**File(s)**: \`src/mod.rs\`, \`src/lib.rs\`
**Depends**: None
**Acceptance**:
- [ ] Compiles

### T002 [DONE] [US5] Add parser

**File**: \`src/parser.rs\`
**Depends**: T001, T003
`);
    expect(list.format).toBe("heading");
    expect(list.tasks.map((t) => [t.id, t.done, t.files, t.declared.map((d) => d.id)])).toEqual([
      ["T001", false, ["src/mod.rs", "src/lib.rs"], []],
      ["T002", true, ["src/parser.rs"], ["T001", "T003"]],
    ]);
    expect(list.tasks[1]?.stories).toEqual(["US5"]);
  });

  it("reads Kiro numbered tasks: groups, optional markers, requirement links kept in the body", () => {
    const list = parse(`# Implementation Plan

- [x] 1. Set up API
  - [x] 1.1 Add endpoints
    - Implement GET /api/items
    - _Requirements: 9.1_
  - [ ] 1.2 Add cost endpoint
    - Depends on 1.1
- [ ]* 2. Write property tests
`);
    expect(list.format).toBe("numbered");
    expect(list.tasks.map((t) => [t.id, t.group, t.children, t.done])).toEqual([
      ["1", true, ["1.1", "1.2"], false],
      ["1.1", false, [], true],
      ["1.2", false, [], false],
      ["2", false, [], false],
    ]);
    expect(list.tasks[1]?.body).toContain("_Requirements: 9.1_");
    expect(list.tasks[1]?.files).toEqual([]);
  });

  it("gives plain checklist items positional IDs C001, C002, ...", () => {
    const list = parse("# Todo\n\n- [ ] Write `docs/a.md`\n- [x] Ship it\n  - [ ] nested item\n");
    expect(list.format).toBe("checklist");
    expect(list.tasks.map((t) => [t.id, t.title, t.done])).toEqual([
      ["C001", "Write `docs/a.md`", false],
      ["C002", "Ship it", true],
      ["C003", "nested item", false],
    ]);
  });

  it("reads a GSD phase directory: one task per plan, from the YAML frontmatter", () => {
    const plan = (n: string, wave: number, deps: string, files: string) =>
      `---\nphase: 01-core\nplan: ${n}\nwave: ${wave}\ndepends_on: ${deps}\nfiles_modified:\n${files}\n---\n\n<objective>\nPlan ${n} objective.\n</objective>\n`;
    const list = parseTaskList({
      kind: "directory",
      path: "phase",
      files: [
        { path: "phase/01-02-PLAN.md", text: plan("02", 2, '["01-01"]', "  - src/b.rs") },
        { path: "phase/01-01-PLAN.md", text: plan("01", 1, "[]", "  - src/a.rs") },
      ],
    });
    expect(list.format).toBe("gsd");
    expect(
      list.tasks.map((t) => [t.id, t.title, t.authorWave, t.files, t.declared.map((d) => d.id), t.line]),
    ).toEqual([
      ["01-01", "Plan 01 objective.", 1, ["src/a.rs"], [], 11],
      ["01-02", "Plan 02 objective.", 2, ["src/b.rs"], ["01-01"], 11],
    ]);
  });
});

describe("parseTaskList: errors", () => {
  it("refuses a list without tasks", () => {
    const error = errorOf(() => parse("# Notes\n\nNothing to do.\n```\n- [ ] T001 in code\n```\n"));
    expect(error.message).toMatch(/^tasks\.md: no tasks found/);
  });

  it("names both lines of a duplicate ID", () => {
    expect(errorOf(() => parse("- [ ] T001 a\n- [ ] T002 b\n- [ ] T001 c\n")).message).toBe(
      "tasks.md:3: duplicate task ID T001: T001 is already at line 1",
    );
  });

  it("catches duplicates written with full-width digits or zero-width characters", () => {
    expect(errorOf(() => parse("- [ ] T001 a\n- [ ] T００１ b\n")).message).toBe(
      "tasks.md:2: duplicate task ID T001 (written with look-alike or invisible characters): T001 is already at line 1",
    );
    expect(errorOf(() => parse("- [ ] T001 a\n- [ ] T0\u200B01 b\n")).line).toBe(2);
  });

  it("refuses unresolved merge-conflict markers at the first marker's line, but not inside code", () => {
    const text =
      "- [ ] T001 a\n```\n<<<<<<< in code\n```\n<<<<<<< HEAD\n- [ ] T002 b\n=======\n- [ ] T002 c\n>>>>>>> main\n";
    const error = errorOf(() => parse(text));
    expect(error.line).toBe(5);
    expect(error.message).toContain('unresolved merge-conflict marker "<<<<<<< HEAD"');
    expect(parse("Title\n=======\n\n- [ ] T001 a\n").tasks).toHaveLength(1);
  });

  it("names the plan file and line of bad GSD frontmatter", () => {
    const error = errorOf(() =>
      parseTaskList({
        kind: "directory",
        path: "p",
        files: [{ path: "p/01-01-PLAN.md", text: "---\nwave: [1\n---\n" }],
      }),
    );
    expect(error.file).toBe("p/01-01-PLAN.md");
    expect(error.message).toMatch(/invalid YAML frontmatter/);
  });
});
