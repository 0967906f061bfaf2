import { describe, expect, it } from "vitest";
import { speckit, statementPairs } from "./plan-helpers.js";

const work = (notes: string): string => speckit([["Phase 1: Work", ["T001", "T002", "T003", "T004"]]], notes);

describe("tables with a dependency column", () => {
  it("reads the subject column and what it depends on", () => {
    const table =
      "| Task | Title | Depends on |\n|---|---|---|\n| T003 | Report | T001, T002 |\n| T004 | Export | None |\n";
    expect(statementPairs(work(`## Dependencies\n\n${table}`))).toEqual(["T001>T003", "T002>T003"]);
  });

  it("reads a column of what waits for the subject", () => {
    const table = "| Step | Unblocks |\n|------|----------|\n| T001 | T003, T004 |\n";
    expect(statementPairs(work(`## Graph\n\n${table}`))).toEqual(["T001>T003", "T001>T004"]);
  });

  it("reads headers in other languages", () => {
    const table = "| 任务 | 前置任务 |\n|---|---|\n| T004 | T002 |\n";
    expect(statementPairs(work(`## 依赖\n\n${table}`))).toEqual(["T002>T004"]);
  });

  it("reads nothing from a row whose strength column calls its order soft or optional", () => {
    const table =
      "| Task | Needs | Strength | Note |\n|---|---|---|---|\n| T003 | T001 | optional | warmer cache |\n| T004 | T002 | required | schema |\n";
    expect(statementPairs(work(`## Dependencies\n\n${table}`))).toEqual(["T002>T004"]);
  });

  it("reads nothing from a row whose note opens by calling its order soft", () => {
    const table =
      "| Task | Needs | Notes |\n|---|---|---|\n| T003 | T001 | soft / optional: nicer with it, but don't wait |\n| T004 | T002 | softer edges in the chart |\n";
    expect(statementPairs(work(`## Dependencies\n\n${table}`))).toEqual(["T002>T004"]);
  });

  it("keeps the hard part of a row that calls one of its tasks soft", () => {
    const table =
      "| Task | Needs | Kind |\n|---|---|---|\n| T004 | T001, T003 | hard (T001) / soft (T003) |\n";
    expect(statementPairs(work(`## Dependencies\n\n${table}`))).toEqual(["T001>T004"]);
    // "soft" in a note that is no strength column leaves the row binding.
    const noted = "| Task | Needs | Why |\n|---|---|---|\n| T004 | T002 | the soft-delete flag |\n";
    expect(statementPairs(work(`## Dependencies\n\n${noted}`))).toEqual(["T002>T004"]);
  });

  it("reads nothing from a table without a dependency column", () => {
    const table = "| Task | Owner | Estimate |\n|---|---|---|\n| T003 | Ana | T001 + 2d |\n";
    expect(statementPairs(work(`## Plan\n\n${table}`))).toEqual([]);
  });

  it("reads nothing from a cell offering an alternative", () => {
    const table = "| Task | Prerequisites |\n|---|---|\n| T004 | T001 or a mock |\n";
    expect(statementPairs(work(`## Dependencies\n\n${table}`))).toEqual([]);
  });

  it("reads a part of a cell that is a sentence of its own as that sentence, not as the row's prerequisite", () => {
    const phases = speckit(
      [
        ["Phase 1: User Story 1 - Browse", ["T001", "T002"]],
        ["Phase 2: User Story 2 - Borrow", ["T003", "T004"]],
      ],
      "## Dependencies\n\n| Story | Needs |\n|---|---|\n| US2 | T004 by itself also waits for T001; T002 |\n",
    );
    expect(statementPairs(phases)).toEqual(["T001>T004", "T002>T003", "T002>T004"]);
  });

  it("reads a story after a cell's tasks as where they are, not as one more prerequisite", () => {
    const stories = (cell: string): string =>
      speckit(
        [
          ["Phase 1: User Story 1 - Browse", ["T001", "T002"]],
          ["Phase 2: User Story 2 - Borrow", ["T003", "T004"]],
        ],
        `## Dependencies\n\n| Story | Needs |\n|---|---|\n| US2 | ${cell} |\n`,
      );
    expect(statementPairs(stories("T001 from US1"))).toEqual(["T001>T003", "T001>T004"]);
    // Must not fire: a story after words that are no task is the prerequisite itself.
    expect(statementPairs(stories("the catalogue from US1"))).toEqual(statementPairs(stories("US1")));
    expect(statementPairs(stories("US1"))).toContain("T002>T003");
  });

  it("keeps a part with no relation word of its own as the row's prerequisite", () => {
    const table = "| Task | Depends on |\n|---|---|\n| T004 | T001; T002 (needs its schema) |\n";
    expect(statementPairs(work(`## Dependencies\n\n${table}`))).toEqual(["T001>T004", "T002>T004"]);
  });
});

describe("a table of steps and when each may start", () => {
  // A plan of numbered steps under "## Step N" headings, with no parent task lines, and `extra` notes.
  const steps = (table: string, extra = ""): string =>
    [
      "# Plan",
      "",
      table,
      "",
      "## Step 1: Base",
      "",
      "- [ ] 1.1 Add the crates",
      "  - files: `Cargo.toml`",
      "- [ ] 1.2 Settings",
      "  - files: `src/settings.rs`",
      "",
      "## Step 2: Tables",
      "",
      "- [ ] 2.1 Migration",
      "  - files: `migrations/0001_jobs.sql`",
      "- [ ] 2.2 Repository",
      "  - files: `src/jobs/repo.rs`",
      "  - after: 2.1",
      "",
      "## Step 3: Uploads",
      "",
      "- [ ] 3.1 Upload client",
      "  - files: `src/upload.rs`",
      "",
      extra,
    ].join("\n");
  const grid = (rows: string[]): string =>
    ["| Step | Can start when | Lanes |", "| --- | --- | --- |", ...rows].join("\n");
  const stated = (text: string): string[] => statementPairs(text);

  it("reads a 'Can start when' column, rows titled with their step's number, and an aside that denies", () => {
    const table = grid([
      "| 1. Base | right away | all |",
      "| 2. Tables | Step 1 merged | 2.1 first |",
      "| 3. Uploads | Step 1 merged (does not wait for Step 2) | one lane |",
    ]);
    expect(stated(steps(table))).toEqual(["1.1>2.1", "1.1>2.2", "1.1>3.1", "1.2>2.1", "1.2>2.2", "1.2>3.1"]);
  });

  it("reads a step's bare number under a header naming steps, in English and Chinese", () => {
    const bare = (rows: string[], header = "| Step | Prerequisite steps | Notes |"): string =>
      [header, "| --- | --- | --- |", ...rows].join("\n");
    const both = ["1.1>2.1", "1.1>2.2", "1.2>2.1", "1.2>2.2"];
    expect(stated(steps(bare(["| 2 | Step 1 | |"])))).toEqual(both);
    expect(stated(steps(bare(["| 2 | 步骤 1 | |"], "| 步骤 | 前置步骤 | 说明 |")))).toEqual(both);
    // A number under a header that names no steps ("| Order |") is no step.
    expect(stated(steps(bare(["| 2 | Step 1 | |"], "| Order | Prerequisite steps | Notes |")))).toEqual([]);
  });

  it("reads cells of bare step numbers in a table of steps, in Russian too", () => {
    const ru = (rows: string[], header = "| Шаг | Зависит от | Можно параллельно с |"): string =>
      [header, "| --- | --- | --- |", ...rows].join("\n");
    // Step 3 waits for step 1 only ("1"), step 2 for step 1; "3, 2*" names both, a footnote mark aside.
    expect(stated(steps(ru(["| 2 | 1 | 3 |", "| 3 | 1 | 2 |"])))).toEqual([
      "1.1>2.1",
      "1.1>2.2",
      "1.1>3.1",
      "1.2>2.1",
      "1.2>2.2",
      "1.2>3.1",
    ]);
    expect(stated(steps(ru(["| 3 | 1, 2\\* | — |"])))).toContain("2.2>3.1");
    // A header that names tasks, not steps: a bare number is no step.
    expect(stated(steps(ru(["| 3.1 | 1 | — |"], "| Задача | Зависит от | Заметки |")))).toEqual([]);
  });

  it("reads a cell's sentence whose relation takes its object first as the row's own", () => {
    // "步骤 1 合并后即可，不必等步骤 2": step 1 merged is enough, no need to wait for step 2.
    const cell = (text: string) =>
      stated(steps(["| 步骤 | 前置步骤 |", "| --- | --- |", `| 3 | ${text} |`].join("\n")));
    expect(cell("步骤 1 合并后即可，不必等步骤 2")).toEqual(["1.1>3.1", "1.2>3.1"]);
    // An English cell opening with its own scope speaks of that scope, not of the row.
    expect(cell("from 2.2 on it also needs 1.2")).not.toContain("1.2>3.1");
  });

  it("reads nothing from a row whose title names no step, nor from a column that says no order", () => {
    expect(stated(steps(grid(["| Base work | Step 1 merged | all |"])))).toEqual([]);
    const lanes = "| Step | Lanes |\n| --- | --- |\n| 2. Tables | Step 1 merged |";
    expect(stated(steps(lanes))).toEqual([]);
  });
});
