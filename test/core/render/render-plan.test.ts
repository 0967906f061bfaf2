import { describe, expect, it } from "vitest";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";
import { buildPlan } from "../../../src/core/plan/build-plan.js";
import { toPlanJson } from "../../../src/core/render/plan-json.js";
import { planGraph, renderMermaid } from "../../../src/core/render/render-mermaid.js";
import { renderPlanMarkdown } from "../../../src/core/render/render-plan-markdown.js";
import { renderPlanText } from "../../../src/core/render/render-plan-text.js";

const FIXTURE = `# Tasks: Demo

## Phase 1: Setup

- [x] T001 Create project structure in src/
- [ ] T002 [P] Configure linting in \`.eslintrc.json\`

## Phase 2: Foundational

- [ ] T003 Create model in src/models/user.ts
- [ ] T004 [P] Create service in src/services/user.ts (depends on T003)

## Phase 3: User Story 1 - Sign in

- [ ] T005 [P] [US1] Endpoint in src/api/login.ts | with a pipe
- [ ] T006 [US1] Wire login into src/app.ts (the page from US1, depends on T999)
`;

describe("renderers", () => {
  const plan = buildPlan(parseTaskList({ kind: "file", path: "specs/demo/tasks.md", text: FIXTURE }));

  it("renders text", () => {
    expect(renderPlanText(plan)).toMatchSnapshot();
  });

  it("renders markdown", () => {
    expect(renderPlanMarkdown(plan)).toMatchSnapshot();
  });

  it("renders mermaid with the transitive reduction", () => {
    const mermaid = renderMermaid(planGraph(plan));
    expect(mermaid).toMatchSnapshot();
    expect(mermaid).not.toContain("t0 --> t3");
  });

  it("renders JSON in exactly the documented shape", () => {
    const json = toPlanJson(plan);
    expect(Object.keys(json)).toEqual(["source", "tasks", "edges", "waves", "warnings"]);
    expect(json.tasks[0]).toEqual({
      id: "T001",
      title: "Create project structure in src/",
      line: 5,
      phase: "Phase 1: Setup",
      story: null,
      parallel: false,
      done: true,
      files: ["src/"],
      reads: [],
      addsTo: [],
      creates: ["src/"],
      wave: null,
    });
    expect(json.tasks[4]?.story).toBe("US1");
    expect(json.waves[0]).toEqual({ number: 1, tasks: ["T002"] });
    expect(json.warnings).toEqual(["specs/demo/tasks.md:16: T999 is not a task in this list"]);
    expect(Object.keys(json.edges[0] ?? {})).toEqual([
      "from",
      "to",
      "kind",
      "reason",
      "origin",
      "line",
      "backward",
    ]);
    expect(
      toPlanJson(buildPlan(parseTaskList({ kind: "file", path: "specs/demo/tasks.md", text: FIXTURE }))),
    ).toEqual(json);
  });
});
