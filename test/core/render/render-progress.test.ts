import { describe, expect, it } from "vitest";
import type { RunEvent } from "../../../src/core/model/run-event.js";
import { applyRunEvent, emptyRunState } from "../../../src/core/model/run-state.js";
import { describeEvent, renderProgress, renderRunSummary } from "../../../src/core/render/render-progress.js";

const t = (s: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, s)).toISOString();
const plan: RunEvent = {
  type: "plan",
  time: t(0),
  runId: "r1",
  plan: {
    source: "specs/001/tasks.md",
    tasks: [
      {
        id: "T001",
        title: "One",
        line: 1,
        phase: null,
        story: null,
        parallel: true,
        done: false,
        files: [],
        wave: 1,
      },
      {
        id: "T002",
        title: "Two",
        line: 2,
        phase: null,
        story: null,
        parallel: true,
        done: false,
        files: [],
        wave: 1,
      },
      {
        id: "T003",
        title: "Three",
        line: 3,
        phase: null,
        story: null,
        parallel: false,
        done: false,
        files: [],
        wave: 2,
      },
    ],
    edges: [],
    waves: [
      { number: 1, tasks: ["T001", "T002"] },
      { number: 2, tasks: ["T003"] },
    ],
    warnings: [],
  },
};
const events: RunEvent[] = [
  plan,
  { type: "wave-start", time: t(0), wave: 1, tasks: ["T001", "T002"] },
  { type: "task-start", time: t(1), task: "T001", wave: 1, branch: "maestro/r1/T001", worktree: "/w/T001" },
  { type: "task-start", time: t(1), task: "T002", wave: 1, branch: "maestro/r1/T002", worktree: "/w/T002" },
  {
    type: "task-end",
    time: t(4),
    task: "T002",
    wave: 1,
    status: "failed",
    files: [],
    reason: "agent exited with code 1",
    branch: "maestro/r1/T002",
    log: "/w/logs/T002.log",
    tail: "boom",
  },
  {
    type: "task-end",
    time: t(4),
    task: "T003",
    wave: 2,
    status: "skipped",
    files: [],
    reason: "depends on T002, which failed",
    branch: null,
    log: null,
  },
];

describe("progress rendering", () => {
  it("shows waves, task states, elapsed time for running tasks and percentages", () => {
    const state = emptyRunState();
    for (const e of events) applyRunEvent(state, e);
    expect(renderProgress(state, new Date(Date.parse(t(9))), 100).join("\n")).toMatchInlineSnapshot(`
      "maestro r1 · specs/001/tasks.md · 66% (2/3 tasks ended)
      Wave 1 · 50% · running
        ▶ T001 One                                               running 8s
        ✗ T002 Two                                               failed: agent exited with code 1
      Wave 2 · 100% · finished
        ↷ T003 Three                                             skipped: depends on T002, which failed"
    `);
  });

  it("prints plain lines for a log, and a summary with kept branches", () => {
    const state = emptyRunState();
    const lines = events.flatMap((e) => describeEvent(e, applyRunEvent(state, e)));
    expect(lines).toContain("[12:00:04] T002 FAILED: agent exited with code 1");
    expect(lines).toContain("    log: /w/logs/T002.log");
    expect(lines).toContain("[12:00:04] T003 skipped: depends on T002, which failed");
    expect(
      renderRunSummary(state, [{ task: "T002", branch: "maestro/r1/T002", log: "/w/logs/T002.log" }]),
    ).toContain("  T002  maestro/r1/T002  log: /w/logs/T002.log");
  });
});
