import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const fileEdges = (tasks: string[]): string[] =>
  detectDependencies(
    parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: ["# Tasks", "", "## Phase 1: Setup", "", ...tasks, ""].join("\n"),
    }),
  )
    .edges.filter((e) => e.kind === "file")
    .map((e) => `${e.from}>${e.to}`);

describe("a build tool's manifest edited without being named", () => {
  it("orders a task configuring a Gradle plugin after the task that edits build.gradle", () => {
    expect(
      fileEdges([
        "- [ ] T001 Add the web and data starters to build.gradle",
        "- [ ] T002 [P] Set up the Protobuf Gradle plugin to compile proto/ into build/generated",
      ]),
    ).toEqual(["T001>T002"]);
  });

  it("orders an npm dependency task before a later task that edits package.json", () => {
    expect(
      fileEdges([
        "- [ ] T001 [P] Add the date-fns npm dependency for the calendar",
        "- [ ] T002 [P] Add the lint and format scripts to package.json",
      ]),
    ).toEqual(["T001>T002"]);
  });

  it("does not fire for a task that only runs or checks the tool, declines it, or writes documents", () => {
    for (const task of [
      "- [ ] T002 [P] Run the Gradle build with all plugins enabled",
      "- [ ] T002 [P] Verify every npm dependency installs",
      "- [ ] T002 [P] Sort the rows by hand rather than with a new npm package, in src/sort.ts",
      "- [ ] T002 [P] Describe the npm scripts in docs/contributing.md",
    ])
      expect(
        fileEdges(["- [ ] T001 Add the lint scripts to package.json and build.gradle", task]),
        task,
      ).toEqual([]);
  });

  it("does not fire when no task of the list names the manifest", () => {
    expect(
      fileEdges(["- [ ] T001 [P] Add the Kotlin Gradle plugin", "- [ ] T002 [P] Write src/App.kt"]),
    ).toEqual([]);
  });
});
