import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyRunEvent } from "../../src/core/model/run-state.js";
import { checkOutTarget } from "../../src/github/check-out-target.js";
import { keepFailedWork } from "../../src/github/keep-failed-work.js";
import { openProgress } from "../../src/github/open-progress.js";
import { resolveRunSettings } from "../../src/github/resolve-run-settings.js";
import type { RunResult } from "../../src/github/run-result.js";
import { git } from "../support/git-fixture.js";
import { at, gridPlan } from "../support/run-state-builder.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

const EARLIER = "7-0000000-abc-a1b2c3";

/** A run whose T003 failed with a commit on its branch and a log; T001 is done. */
async function failedRun(): Promise<{ keep: () => Promise<RunResult>; branch: string; runId: string }> {
  const run = f.context();
  const checkout = await checkOutTarget(run);
  const branch = `maestro/${run.runId}/T003`;
  git(checkout.dir, "checkout", "--quiet", "-b", branch);
  writeFileSync(join(checkout.dir, "view-draft.txt"), "draft\n");
  git(checkout.dir, "add", ".");
  git(checkout.dir, "commit", "--quiet", "-m", "T003: what the agent left");
  git(checkout.dir, "checkout", "--quiet", "feature");
  const log = join(run.dirs.work, "logs", "T003.log");
  mkdirSync(join(run.dirs.work, "logs"), { recursive: true });
  writeFileSync(log, `${"noise\n".repeat(5000)}error: src/view.ts does not compile\n`);
  const progress = await openProgress(run);
  applyRunEvent(progress.state, { type: "plan", time: at(0), runId: run.runId, plan: gridPlan(1, 3) });
  applyRunEvent(progress.state, {
    type: "task-end",
    time: at(5),
    task: "T003",
    wave: 1,
    status: "failed",
    files: [],
    reason: "agent exited with code 1",
    branch,
    log,
  });
  const settings = await resolveRunSettings(run);
  const result: RunResult = {
    conclusion: "failure",
    summary: { status: "failure", done: ["T001"], failed: ["T003"], skipped: ["T002"], waves: 1, kept: [] },
    cancelled: [],
    pushError: null,
  };
  return { keep: () => keepFailedWork(run, checkout, progress, settings, result), branch, runId: run.runId };
}

describe("keeping a failed task's work", () => {
  it("pushes its branch under maestro/<run>/<task>, reads its log's end, and removes what earlier runs kept for tasks now done", async () => {
    f = stepFixture();
    for (const kept of [`${EARLIER}/T001`, `${EARLIER}/T009`, "8-0000000-abc-a1b2c3/T001"]) {
      git(f.remote.bare, "update-ref", `refs/heads/maestro/${kept}`, f.remote.sha);
    }
    const { keep, runId } = await failedRun();
    const { kept } = await keep();
    const work = kept?.get("T003");
    expect(work).toMatchObject({
      branch: `maestro/${runId}/T003`,
      url: `https://github.com/acme/demo/compare/feature...maestro/${runId}/T003`,
      missing: null,
    });
    expect(work?.logEnd).toMatch(/error: src\/view\.ts does not compile\n$/);
    expect(f.remote.show(`maestro/${runId}/T003`, "view-draft.txt")).toBe("draft");
    const branches = git(f.remote.bare, "branch", "--list", "maestro/*").split("\n");
    expect(branches.map((b) => b.trim()).sort()).toEqual(
      [`maestro/${runId}/T003`, `maestro/${EARLIER}/T009`, "maestro/8-0000000-abc-a1b2c3/T001"].sort(),
    );
    // The pull request's branch is untouched.
    expect(f.remote.log("feature")[0]).toBe("Add the spec");
  });

  it("keeps no branch when the repository says so, and says why", async () => {
    f = stepFixture();
    f.gh.config = "keep-failed-branches: false\n";
    const { keep } = await failedRun();
    const work = (await keep()).kept?.get("T003");
    expect(work).toMatchObject({ branch: null, url: null });
    expect(work?.missing).toContain("keep-failed-branches: false");
    expect(work?.logEnd).toContain("does not compile");
    expect(git(f.remote.bare, "branch", "--list", "maestro/*")).toBe("");
  });

  it("a push the remote refuses: no branch named, the reason said, the run goes on", async () => {
    f = stepFixture();
    const hook = join(f.remote.bare, "hooks", "pre-receive");
    writeFileSync(hook, "#!/bin/sh\necho 'maestro branches are not welcome here' >&2\nexit 1\n");
    chmodSync(hook, 0o755);
    const { keep } = await failedRun();
    const work = (await keep()).kept?.get("T003");
    expect(work).toMatchObject({ branch: null, url: null });
    expect(work?.missing).toMatch(/could not be pushed/);
  });
});
