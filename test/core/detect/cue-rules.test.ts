import { describe, expect, it } from "vitest";
import { classifyTask } from "../../../src/core/detect/classify-task.js";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const cueEdges = (text: string) =>
  detectDependencies(parse(text))
    .edges.filter((e) => e.kind === "cue")
    .map((e) => `${e.from}>${e.to}`);

const STORY = `
## Phase 3: User Story 1 - Invoices
- [ ] T010 [P] [US1] Unit test for totals in tests/invoice/total.test.ts
- [ ] T011 [P] [US1] Invoice total in src/invoice/total.ts
`;

describe("cue rules fire only when a sentence binds them", () => {
  it("orders tests first when the list says so in one clause", () => {
    expect(cueEdges(`Write each story's tests before its implementation.\n${STORY}`)).toEqual(["T010>T011"]);
  });

  it("ignores the rule when it is a suggestion, a denial, or split over two clauses", () => {
    expect(cueEdges(`Optionally, write tests before the implementation.\n${STORY}`)).toEqual([]);
    expect(cueEdges(`Tests are not required before implementation.\n${STORY}`)).toEqual([]);
    expect(cueEdges(`Tests live in tests/. Review happens before implementation starts.\n${STORY}`)).toEqual(
      [],
    );
  });

  it("ignores the rule under a heading about delivery strategy", () => {
    const text = `## Delivery strategy\n\nTests before implementation when a pair is free.\n${STORY}`;
    expect(cueEdges(text)).toEqual([]);
  });
});

describe("task roles", () => {
  const task = (title: string, files: string[]) => ({
    ...parse("- [ ] T001 x\n").tasks[0]!,
    title,
    files,
  });

  it("calls a task integration only when integrating is what it does", () => {
    expect(classifyTask(task("Wire the exporter into the scheduler", ["src/scheduler.ts"]))).toBe(
      "integration",
    );
    expect(
      classifyTask(task("Configure vitest projects for unit and integration suites", ["vitest.config.ts"])),
    ).toBe("other");
  });

  it("does not take a source folder named spec for tests", () => {
    expect(classifyTask(task("Parse the OpenAPI document", ["internal/spec/spec.go"]))).toBe("other");
    expect(classifyTask(task("Cover the parser", ["internal/spec/spec_test.go"]))).toBe("test");
  });
});
