import { describe, expect, it } from "vitest";
import type { RunEvent } from "../../../src/core/model/run-event.js";
import type { KeptWork } from "../../../src/core/render/kept-work.js";
import { renderCheckRun } from "../../../src/core/render/render-check-run.js";
import { utf8Bytes } from "../../../src/core/render/markdown-text.js";
import { taskAnnotations } from "../../../src/core/render/task-annotations.js";
import { at, gridPlan, stateOf } from "../../support/run-state-builder.js";

const failedRun = (): RunEvent[] => [
  { type: "plan", time: at(0), runId: "r1", plan: gridPlan(1, 2) },
  ...["T001", "T002"].map((task): RunEvent => ({
    type: "task-end",
    time: at(5),
    task,
    wave: 1,
    status: "failed",
    files: [],
    reason: "agent exited with code 1",
    branch: `maestro/r1/${task}`,
    log: `/tmp/maestro-app/r1/work/logs/${task}.log`,
    tail: "Error: does not compile",
  })),
];

const pushed: KeptWork = {
  branch: "maestro/7-abc/T001",
  url: "https://github.com/acme/demo/compare/feature...maestro/7-abc/T001",
  missing: null,
  logEnd: "step 1\nstep 2\nerror: src/part-1.ts does not compile\n",
};
const notPushed: KeptWork = {
  branch: null,
  url: null,
  missing: "its branch could not be pushed (denied)",
  logEnd: null,
};

describe("what the check run says is kept of failed tasks", () => {
  it("names and links the pushed branch, says why another was not kept, and never names the deleted log file", () => {
    const state = stateOf(failedRun());
    const kept = new Map([
      ["T001", pushed],
      ["T002", notPushed],
    ]);
    const output = renderCheckRun(state, { now: new Date(at(9)), kept });
    expect(output.summary).toContain(
      "**Kept for inspection**: branch [`maestro/7-abc/T001`](https://github.com/acme/demo/compare/feature...maestro/7-abc/T001) · the end of its log is in the details below",
    );
    expect(output.summary).toContain("**Not kept**: its branch could not be pushed (denied)");
    expect(output.summary).not.toContain("/tmp/maestro-app");
    expect(output.summary).not.toContain("maestro/r1/");
    expect(output.text).toContain("### End of the logs of failed tasks");
    expect(output.text).toContain("error: src/part-1.ts does not compile");
    const messages = taskAnnotations(state, "tasks.md", kept).map((a) => a.message);
    expect(messages[0]).toContain("Branch: maestro/7-abc/T001");
    expect(messages[1]).not.toContain("Branch");
  });

  it("without kept work (the CLI), the local branch and log as before", () => {
    const output = renderCheckRun(stateOf(failedRun()), { now: new Date(at(9)) });
    expect(output.summary).toContain(
      "branch `maestro/r1/T001` · log `/tmp/maestro-app/r1/work/logs/T001.log`",
    );
  });

  it("a huge log: its end, within GitHub's limit, beside the graph", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i} ${"é".repeat(20)}`);
    const kept = new Map([["T001", { ...pushed, logEnd: `${lines.join("\n")}\nthe last line\n` }]]);
    const limit = 12_000;
    const output = renderCheckRun(stateOf(failedRun()), { now: new Date(at(9)), kept, limit });
    expect(utf8Bytes(output.text)).toBeLessThanOrEqual(limit);
    expect(output.text).toContain("### Dependency graph");
    expect(output.text).toMatch(/the last line\n`{3}$/);
    expect(output.text).not.toContain("line 0 ");
  });
});
