import { afterEach, describe, expect, it } from "vitest";
import { checkOutTarget } from "../../src/github/check-out-target.js";
import { openProgress } from "../../src/github/open-progress.js";
import { planRun } from "../../src/github/plan-run.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

describe("planning a run", () => {
  it("puts the waves into the progress state, runs nothing and concludes neutral", async () => {
    f = stepFixture();
    const run = f.context({ planOnly: true });
    const progress = await openProgress(run);
    const result = await planRun(run, await checkOutTarget(run), "specs/001-demo/tasks.md", progress);
    expect(result).toEqual({ conclusion: "neutral", summary: null, cancelled: [], pushError: null });
    expect(progress.state.waves.flatMap((w) => w.tasks).sort()).toEqual(["T001", "T002", "T003", "T004"]);
    expect(progress.render().title).toMatch(/^Plan: 4 tasks in \d waves$/);
    expect(f.remote.log("feature")).toHaveLength(2);
  });
});
