import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const orderOf = (sections: Array<[string, string[]]>): string[] => {
  const body = sections
    .map(
      ([heading, ids]) =>
        `### ${heading}\n\n${ids.map((id) => `- [ ] ${id} Work ${id} in src/${id}.ts`).join("\n")}\n`,
    )
    .join("\n");
  const text = `# Tasks: Field inspections\n\n## Phase 1: Foundational\n\n${body}`;
  return detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
    .edges.filter((e) => e.kind === "order")
    .map((e) => `${e.from}>${e.to}`);
};

describe("a phase split into named tracks", () => {
  it("keeps listing order inside each track, not across tracks", () => {
    const order = orderOf([
      ["Track Backend", ["T001", "T002"]],
      ["Track Mobile", ["T003", "T004"]],
    ]);
    expect(order).toEqual(["T001>T002", "T003>T004"]);
  });

  it("orders a section that is no track after every task listed before it", () => {
    const order = orderOf([
      ["Lane A", ["T001"]],
      ["Lane B", ["T002"]],
      ["Wiring", ["T003"]],
    ]);
    expect(order).toEqual(["T001>T003", "T002>T003"]);
  });

  it("keeps listing order across sections that are not tracks", () => {
    const order = orderOf([
      ["Tests for User Story 1", ["T001"]],
      ["Implementation for User Story 1", ["T002"]],
      ["Streaming support", ["T003"]],
    ]);
    expect(order).toEqual(["T001>T002", "T002>T003"]);
  });
});
