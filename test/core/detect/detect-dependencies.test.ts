import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { CycleError } from "../../../src/core/errors.js";
import type { Edge } from "../../../src/core/model/edge.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const detect = (text: string, imports?: Map<string, string[]>) =>
  detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }), imports ? { imports } : {});
const pairs = (edges: Edge[], kind?: Edge["kind"]) =>
  edges.filter((e) => kind === undefined || e.kind === kind).map((e) => `${e.from}>${e.to}`);

describe("explicit edges", () => {
  it("reads phrases, lists and ranges on the task itself as stated", () => {
    const { edges } = detect(`- [ ] T001 [P] a
- [ ] T002 [P] b
- [ ] T003 [P] c
- [ ] T004 [P] d (depends on T001, T002 and T003)
- [ ] T005 [P] e — after T001-T003
- [ ] T006 [P] f using the client from T005
`);
    expect(pairs(edges, "explicit")).toEqual([
      "T001>T004",
      "T002>T004",
      "T003>T004",
      "T001>T005",
      "T002>T005",
      "T003>T005",
      "T005>T006",
    ]);
    const t4 = edges.find((e) => e.to === "T004");
    expect(t4).toMatchObject({
      stated: true,
      reason: 'explicit "depends on T001, T002 and T003" (tasks.md:4)',
    });
    expect(edges.find((e) => e.to === "T006")?.stated).toBe(false);
  });

  it("treats a phrase inside a sentence about something else as read from prose, not stated", () => {
    const { edges } = detect(
      "- [ ] T001 [P] a\n- [ ] T002 [P] E2E test (the page from US6, depends on T001) later\n",
    );
    expect(edges).toMatchObject([{ from: "T001", to: "T002", kind: "explicit", stated: false }]);
  });

  it("warns about references in prose to tasks that do not exist", () => {
    const { edges, warnings } = detect("- [ ] T001 [P] a (the page from US6, depends on T999)\n");
    expect(edges).toEqual([]);
    expect(warnings).toEqual(["tasks.md:1: T999 is not a task in this list"]);
  });

  it("refuses a stated dependency on a task that does not exist, naming file and line", () => {
    expect(() => detect("- [ ] T001 [P] a\n- [ ] T002 b (depends on T999)\n")).toThrow(
      'tasks.md:2: T002 says "depends on T999", but T999 is not a task in this list',
    );
  });

  it("reads `task 2.1` and `Depends on 2.2` in numbered lists, not requirement links", () => {
    const { edges } = detect(`- [ ] 1. Setup
- [ ] 2. Models
  - _Requirements: 1.1_
- [ ] 3. Service
  - Depends on task 2
  - after task 1
`);
    expect(pairs(edges, "explicit")).toEqual(["1>3", "2>3"]);
    expect(edges.filter((e) => e.kind === "explicit").every((e) => e.stated)).toBe(true);
  });
});

describe("order, file and phase edges", () => {
  it("orders an unmarked task after the tasks before it in its phase; [P] tasks get no such edge", () => {
    const { edges } = detect(
      "- [ ] T001 a\n- [ ] T002 [P] b\n- [ ] T003 [P] c\n- [ ] T004 d\n- [ ] T005 e\n",
    );
    expect(pairs(edges, "order")).toEqual(["T001>T004", "T002>T004", "T003>T004", "T004>T005"]);
  });

  it("chains tasks naming the same file to the nearest earlier one, and folders to their contents", () => {
    const { edges } = detect(`- [ ] T001 [P] Create \`api/\`
- [ ] T002 [P] Edit api/main.py
- [ ] T003 [P] Edit api/main.py again
- [ ] T004 [P] Edit \`docs/x.md\`
`);
    expect(pairs(edges, "file")).toEqual(["T001>T002", "T001>T003", "T002>T003"]);
    expect(edges.find((e) => e.to === "T003" && e.from === "T002")?.reason).toBe(
      "file: both name api/main.py (tasks.md:2, :3)",
    );
  });

  it("applies spec-kit phase semantics: stories are independent, Polish waits for all of them", () => {
    const { edges } = detect(`## Phase 1: Setup
- [ ] T001 a
## Phase 2: Foundational
- [ ] T002 b
## Phase 3: User Story 1 - One
- [ ] T003 c
## Phase 4: User Story 2 - Two
- [ ] T004 d
## Phase 5: Polish
- [ ] T005 e
`);
    expect(pairs(edges, "phase")).toEqual(["T001>T002", "T002>T003", "T002>T004", "T003>T005", "T004>T005"]);
  });

  it("reads the dependency section: task sentences, arrows and phase sentences", () => {
    const { edges } = detect(`## Phase 3: User Story 1 - One
- [ ] T001 [P] a
- [ ] T002 [P] b
## Phase 4: User Story 2 - Two
- [ ] T003 [P] c
- [ ] T004 [P] d

## Dependencies & Execution Order

- T001 → T002
- **User Story 2 (Phase 4)**: Depends on User Story 1 completion
- T003 and T004 can run in parallel
`);
    // Phase ends are taken before the section is read, so both US1 tasks count as its last tasks.
    expect(edges.map((e) => [e.from, e.to, e.kind, e.stated])).toEqual([
      ["T001", "T002", "explicit", false],
      ["T001", "T003", "phase", false],
      ["T002", "T003", "phase", false],
      ["T001", "T004", "phase", false],
      ["T002", "T004", "phase", false],
    ]);
    expect(edges[2]?.reason).toBe(
      'statement "User Story 2 (Phase 4): Depends on User Story 1 completion" (tasks.md:11)',
    );
  });
});

describe("cue and import edges", () => {
  it("applies 'tests before implementation' only when the list states it", () => {
    const body = `## Phase 3: User Story 1 - One
### Tests for User Story 1
- [ ] T001 [P] [US1] Contract test in tests/test_a.py
### Implementation for User Story 1
- [ ] T002 [P] [US1] Implement src/a.py
`;
    expect(pairs(detect(body).edges, "cue")).toEqual([]);
    const stated = detect(`${body}\n## Notes\n- Tests MUST be written and FAIL before implementation\n`);
    expect(pairs(stated.edges, "cue")).toEqual(["T001>T002"]);
  });

  it("adds an edge when a file a task edits imports a file another task edits", () => {
    const { edges } = detect(
      "- [ ] T001 [P] Edit `src/app.ts`\n- [ ] T002 [P] Edit `src/util.ts`\n",
      new Map([["src/app.ts", ["src/util.ts"]]]),
    );
    expect(edges).toMatchObject([{ from: "T002", to: "T001", kind: "import" }]);
  });
});

describe("cycles", () => {
  it("refuses a cycle of stated edges, printing each edge's reason", () => {
    expect(() => detect("- [ ] T004 [P] a (after T009)\n- [ ] T009 [P] b (depends on T004)\n")).toThrow(
      new CycleError(
        ["T004", "T009", "T004"],
        ['explicit "depends on T004" (tasks.md:2)', 'explicit "after T009" (tasks.md:1)'],
      ),
    );
  });

  it("drops the weakest inferred edge of a mixed cycle and warns", () => {
    const { edges, warnings } = detect("- [ ] T001 Edit `a.ts` (after T002)\n- [ ] T002 Edit `a.ts`\n");
    expect(pairs(edges)).toEqual(["T002>T001"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^dependency cycle T001 -> T002 -> T001: dropped the inferred edge T001 -> T002 \(file: /,
    );
  });

  it("expands Kiro groups to their sub-tasks", () => {
    const { edges } = detect("- [ ] 1. Group\n  - [ ] 1.1 a\n  - [ ] 1.2 b\n- [ ] 2. Later (after task 1)\n");
    expect(pairs(edges)).toEqual(["1.1>2", "1.2>2"]);
  });
});
