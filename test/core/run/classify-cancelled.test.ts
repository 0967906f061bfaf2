import { describe, expect, it } from "vitest";
import type { RunEvent } from "../../../src/core/model/run-event.js";
import { createCancelClassifier } from "../../../src/core/run/classify-cancelled.js";
import { renderCheckRun } from "../../../src/core/render/render-check-run.js";
import { renderRunSummary } from "../../../src/core/render/render-progress.js";
import { taskAnnotations } from "../../../src/core/render/task-annotations.js";
import { at, gridPlan, stateOf } from "../../support/run-state-builder.js";

const end = (task: string, time: number): Extract<RunEvent, { type: "task-end" }> => ({
  type: "task-end",
  time: at(time),
  task,
  wave: 1,
  status: "failed",
  files: [],
  reason: `${task}'s agent stopped: run cancelled`,
  branch: `maestro/r1/${task}`,
  log: `/w/${task}.log`,
});

/** A wave of three: T001 fails on its own, then the run is cancelled and T002, T003 are stopped. */
function cancelledRun(): RunEvent[] {
  const classify = createCancelClassifier();
  const events: Array<[RunEvent, boolean]> = [
    [{ type: "plan", time: at(0), runId: "r1", plan: gridPlan(1, 3) }, false],
    [{ ...end("T001", 5), reason: "agent exited with code 1" }, false],
    [end("T002", 9), true],
    [end("T003", 9), true],
    [{ type: "run-end", time: at(10), status: "cancelled", done: 0, failed: 3, skipped: 0, kept: [] }, true],
  ];
  return events.map(([event, cancelled]) => classify(event, cancelled));
}

describe("tasks stopped by a cancel", () => {
  it("are cancelled, not failed, and the run's end counts them apart", () => {
    const events = cancelledRun();
    expect(events.filter((e) => e.type === "task-end").map((e) => e.type === "task-end" && e.status)).toEqual(
      ["failed", "cancelled", "cancelled"],
    );
    expect(events.at(-1)).toMatchObject({ failed: 1, cancelled: 2 });
  });

  it("show ⏹️ in the check run, are counted apart, and annotated as notices, not failures", () => {
    const state = stateOf(cancelledRun());
    const output = renderCheckRun(state, { now: new Date(at(10)) });
    expect(output.title).toBe("Cancelled · 0/3 done");
    expect(output.summary).toContain("3/3 tasks ended (1 failed, 2 cancelled)");
    expect(output.summary).toContain("| ⏹️ | T002 |");
    expect(output.summary).not.toContain("❌ T002");
    expect(taskAnnotations(state, "tasks.md").map((a) => [a.title, a.annotation_level])).toEqual([
      ["T001 failed", "failure"],
      ["T002 cancelled", "notice"],
      ["T003 cancelled", "notice"],
    ]);
    expect(renderRunSummary(state, [])[1]).toMatch(/1 failed, 2 cancelled, 0 skipped/);
  });

  it("a failure while the run goes on stays a failure", () => {
    const classify = createCancelClassifier();
    expect(classify(end("T001", 1), false)).toMatchObject({ status: "failed" });
    const runEnd: RunEvent = {
      type: "run-end",
      time: at(2),
      status: "failure",
      done: 0,
      failed: 1,
      skipped: 0,
      kept: [],
    };
    expect(classify(runEnd, false)).toBe(runEnd);
  });
});
