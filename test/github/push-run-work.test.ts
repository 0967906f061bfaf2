import { afterEach, describe, expect, it } from "vitest";
import { BranchDeletedError } from "../../src/adapters/github/git-errors.js";
import { checkOutTarget } from "../../src/github/check-out-target.js";
import { pushRunWork } from "../../src/github/push-run-work.js";
import type { RunSummary } from "../../src/runner/implement-options.js";
import { git } from "../support/git-fixture.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

const cancelled: RunSummary = {
  status: "cancelled",
  done: ["T001"],
  failed: [],
  skipped: ["T002"],
  waves: 1,
  kept: [],
};

describe("pushing a run's work", () => {
  it("pushes what was merged, also when the run was cancelled, and concludes as the engine says", async () => {
    f = stepFixture();
    const checkout = await checkOutTarget(f.context());
    git(checkout.dir, "commit", "--quiet", "--allow-empty", "-m", "maestro: merge T001");
    const result = await pushRunWork(checkout, { summary: cancelled, cancelled: [], pushError: null });
    expect(result).toEqual({ conclusion: "cancelled", summary: cancelled, cancelled: [], pushError: null });
    expect(f.remote.log("feature")[0]).toBe("maestro: merge T001");
  });

  it("a deleted branch stops the push: cancelled, nothing recreated", async () => {
    f = stepFixture();
    const checkout = await checkOutTarget(f.context());
    git(f.remote.bare, "update-ref", "-d", "refs/heads/feature");
    const result = await pushRunWork(checkout, {
      summary: { ...cancelled, status: "success" },
      cancelled: [],
      pushError: null,
    });
    expect(result.conclusion).toBe("cancelled");
    expect(result.pushError).toBeInstanceOf(BranchDeletedError);
    expect(git(f.remote.bare, "branch", "--list", "feature")).toBe("");
  });

  it("does not push again after a wave's push already stopped the run", async () => {
    f = stepFixture();
    const checkout = await checkOutTarget(f.context());
    git(checkout.dir, "commit", "--quiet", "--allow-empty", "-m", "not to be pushed");
    const stop = new Error("the push of wave 1 failed");
    const result = await pushRunWork(checkout, { summary: cancelled, cancelled: [], pushError: stop });
    expect(result).toMatchObject({ conclusion: "failure", pushError: stop });
    expect(f.remote.log("feature")[0]).toBe("Add the spec");
  });
});
