import { describe, expect, it } from "vitest";
import type { RunEvent } from "../../../src/core/model/run-event.js";
import { CHECK_RUN_TEXT_LIMIT, renderCheckRun } from "../../../src/core/render/render-check-run.js";
import { utf8Bytes } from "../../../src/core/render/markdown-text.js";
import { inBatches, taskAnnotations } from "../../../src/core/render/task-annotations.js";
import { renderRegroupComment } from "../../../src/core/render/render-replies.js";
import { at, gridPlan, stateOf } from "../../support/run-state-builder.js";

function midRunEvents(): RunEvent[] {
  const plan = gridPlan(3, 2);
  plan.tasks.unshift({ ...plan.tasks[0]!, id: "T000", title: "Already there", done: true, wave: null });
  plan.warnings.push("tasks.md:4: task T099 is referred to but does not exist");
  return [
    { type: "plan", time: at(0), runId: "r1", plan },
    { type: "wave-start", time: at(1), wave: 1, tasks: ["T001", "T002"] },
    {
      type: "task-start",
      time: at(1),
      task: "T001",
      wave: 1,
      branch: "maestro/r1/T001",
      worktree: "/w/T001",
    },
    {
      type: "task-start",
      time: at(1),
      task: "T002",
      wave: 1,
      branch: "maestro/r1/T002",
      worktree: "/w/T002",
    },
    {
      type: "task-end",
      time: at(61),
      task: "T001",
      wave: 1,
      status: "done",
      files: ["src/part-1.ts"],
      reason: null,
      branch: null,
      log: null,
    },
    {
      type: "task-end",
      time: at(75),
      task: "T002",
      wave: 1,
      status: "failed",
      files: [],
      reason: "agent exited with code 1",
      branch: "maestro/r1/T002",
      log: ".maestro/r1/T002.log",
      tail: "line 1\n```\nError: | pipe <b>html</b>",
    },
    { type: "merge", time: at(76), task: "T001", wave: 1, result: "merged" },
    { type: "wave-end", time: at(77), wave: 1 },
    {
      type: "regroup",
      time: at(78),
      reason: "T002 failed; T004 depends on it and is skipped",
      before: [
        { number: 2, tasks: ["T003", "T004"] },
        { number: 3, tasks: ["T005", "T006"] },
      ],
      after: [
        { number: 2, tasks: ["T003"] },
        { number: 3, tasks: ["T005", "T006"] },
      ],
    },
    { type: "wave-start", time: at(80), wave: 2, tasks: ["T003"] },
    {
      type: "task-start",
      time: at(80),
      task: "T003",
      wave: 2,
      branch: "maestro/r1/T003",
      worktree: "/w/T003",
    },
    {
      type: "task-end",
      time: at(80),
      task: "T004",
      wave: 2,
      status: "skipped",
      files: [],
      reason: "depends on T002, which failed",
      branch: null,
      log: null,
    },
  ];
}

describe("renderCheckRun", () => {
  it("renders a run in progress (snapshot)", () => {
    const output = renderCheckRun(stateOf(midRunEvents()), { now: new Date(at(125)) });
    expect(output.title).toMatchInlineSnapshot(`"Wave 2 of 3 · 3/6 tasks ended (50%)"`);
    expect(output.summary).toMatchSnapshot();
    expect(output.text).toMatchSnapshot();
    expect(output.summary).toContain("elapsed 2m 05s");
    expect(output.summary).toContain("Already done before this run: 1 (T000)");
    // The agent's output cannot close the code fence it is shown in.
    expect(output.summary).toContain("````\nline 1\n```\nError: | pipe <b>html</b>\n````");
  });

  it("titles a finished run by its outcome", () => {
    const plan = gridPlan(1, 2);
    const events: RunEvent[] = [
      { type: "plan", time: at(0), runId: "r", plan },
      {
        type: "task-end",
        time: at(5),
        task: "T001",
        wave: 1,
        status: "done",
        files: [],
        reason: null,
        branch: null,
        log: null,
      },
      {
        type: "task-end",
        time: at(5),
        task: "T002",
        wave: 1,
        status: "done",
        files: [],
        reason: null,
        branch: null,
        log: null,
      },
      { type: "run-end", time: at(9), status: "success", done: 2, failed: 0, skipped: 0, kept: [] },
    ];
    const output = renderCheckRun(stateOf(events), { now: new Date(at(500)) });
    expect(output.title).toBe("2/2 tasks done");
    expect(output.summary).toContain("**100%** · 2/2 tasks ended (2 done) · elapsed 9s");
  });

  it("renders a plan-only run", () => {
    const output = renderCheckRun(
      stateOf([{ type: "plan", time: at(0), runId: "r", plan: gridPlan(2, 2) }]),
      {
        now: new Date(at(0)),
        planOnly: true,
      },
    );
    expect(output.title).toBe("Plan: 4 tasks in 2 waves");
    expect(output.summary).toContain("Nothing was run.");
    expect(output.text).toContain("```mermaid\ngraph TD");
  });

  it("stays under 65,535 bytes on a 600-task list by collapsing finished waves, never cutting a table", () => {
    const plan = gridPlan(200, 3);
    for (const t of plan.tasks)
      t.title = `Ünïcödé task ${t.id} ${"—".repeat(30)} in \`src/deep/path/${t.id}.ts\``;
    const events: RunEvent[] = [{ type: "plan", time: at(0), runId: "big", plan }];
    for (const wave of plan.waves.slice(0, 10)) {
      for (const id of wave.tasks) {
        events.push({
          type: "task-end",
          time: at(wave.number),
          task: id,
          wave: wave.number,
          status: "done",
          files: [],
          reason: null,
          branch: null,
          log: null,
        });
      }
    }
    events.push({ type: "wave-start", time: at(11), wave: 11, tasks: plan.waves[10]!.tasks });
    const state = stateOf(events);
    const output = renderCheckRun(state, { now: new Date(at(300)) });
    expect(utf8Bytes(output.summary)).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT);
    expect(utf8Bytes(output.text)).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT);
    expect(output.summary).toContain("✅ **Waves 1–10** finished: 30 tasks (30 done)");
    expect(output.summary).toContain("Wave 11 · 0%");
    expect(output.summary).toContain("⬜ **Waves 13–200** pending: 564 tasks");
    expect(output.text).toContain("too large to draw");
    // Every table that is shown is whole: a header, a separator, then one row per task of its wave.
    const tables = output.summary.split("\n\n").filter((block) => block.startsWith("| | Task"));
    expect(tables.length).toBe(2);
    for (const table of tables) expect(table.split("\n").length).toBe(2 + 3);
  });

  it("collapses at a lower budget too, and always returns whole tables", () => {
    const state = stateOf(midRunEvents());
    for (const limit of [4000, 2000, 1200, 800]) {
      const { summary } = renderCheckRun(state, { now: new Date(at(100)), limit });
      expect(utf8Bytes(summary), `limit ${limit}`).toBeLessThanOrEqual(limit);
      for (const table of summary.split("\n\n").filter((b) => b.startsWith("| | Task"))) {
        expect(table.split("\n").every((row) => row.startsWith("|") && row.endsWith("|"))).toBe(true);
      }
    }
  });
});

describe("taskAnnotations", () => {
  it("marks failed tasks as failures and skipped ones as warnings on their lines", () => {
    const annotations = taskAnnotations(stateOf(midRunEvents()), "specs/001-demo/tasks.md");
    expect(annotations).toEqual([
      expect.objectContaining({
        path: "specs/001-demo/tasks.md",
        start_line: 12,
        end_line: 12,
        annotation_level: "failure",
        title: "T002 failed",
      }),
      expect.objectContaining({
        start_line: 14,
        annotation_level: "warning",
        title: "T004 skipped",
        message: "depends on T002, which failed",
      }),
    ]);
    expect(annotations[0]?.message).toContain("Branch: maestro/r1/T002\nLog: .maestro/r1/T002.log");
  });

  it("batches by 50", () => {
    expect(inBatches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20]);
  });
});

describe("renderRegroupComment", () => {
  it("shows before and after with the reason", () => {
    expect(
      renderRegroupComment({
        reason: "merge conflict on src/a.ts",
        before: [{ number: 2, tasks: ["T003", "T004"] }],
        after: [
          { number: 2, tasks: ["T003"] },
          { number: 3, tasks: ["T004"] },
        ],
      }),
    ).toMatchSnapshot();
  });
});
