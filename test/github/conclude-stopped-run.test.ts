import { afterEach, describe, expect, it } from "vitest";
import { BranchDeletedError } from "../../src/adapters/github/git-errors.js";
import { ConfigError } from "../../src/core/config/config-error.js";
import { concludeStoppedRun } from "../../src/github/conclude-stopped-run.js";
import { openProgress } from "../../src/github/open-progress.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

describe("concluding a run that threw", () => {
  it("a bad config fails the check run with the problem, logs it, and answers the comment", async () => {
    const errors: string[] = [];
    f = stepFixture({ log: { info: () => {}, warn: () => {}, error: (m) => errors.push(m) } });
    const run = f.context();
    const progress = await openProgress(run);
    const error = new ConfigError(".github/maestro.yml", "agent", "is not allowed here");
    const outcome = await concludeStoppedRun(run, progress.sink, error);
    expect(outcome).toMatchObject({ conclusion: "failure", output: { title: "Configuration error" } });
    expect(f.gh.maestroRuns()[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(f.gh.comments[0]?.body).toContain("is not allowed here");
    expect(f.gh.reactions.map((r) => r.content)).toEqual(["confused"]);
    // Only the stops maestro foresaw (a change on GitHub) go unlogged; a config error is logged with its stack.
    expect(errors).toHaveLength(1);
  });

  it("a deleted branch before any check run: cancelled, said on the pull request even without a comment", async () => {
    f = stepFixture();
    const outcome = await concludeStoppedRun(
      f.context({ commentId: null }),
      null,
      new BranchDeletedError("feature"),
    );
    expect(outcome).toMatchObject({
      conclusion: "cancelled",
      output: { title: "Stopped: the branch was deleted" },
    });
    expect(f.gh.comments[0]?.body).toMatch(/^maestro stopped: the branch feature was deleted/);
    expect(f.gh.maestroRuns()).toEqual([]);
  });
});
