import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CheckRunSink } from "../../src/adapters/github/check-run-sink.js";
import { CommentSink } from "../../src/adapters/github/comment-sink.js";
import { openProgress } from "../../src/github/open-progress.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

describe("opening a run's progress", () => {
  it("creates the in-progress check run on the pinned commit and links the ticket to it", async () => {
    f = stepFixture();
    const run = f.context();
    const progress = await openProgress(run);
    const [created] = f.gh.maestroRuns();
    expect(progress.sink).toBeInstanceOf(CheckRunSink);
    expect(created).toMatchObject({ head_sha: f.remote.sha, status: "in_progress" });
    expect(await run.ticket.linked).toBe(`https://github.com/acme/demo/runs/${created?.id}`);
    // The Action (no instance ID) leaves no record in the run folder.
    expect(existsSync(run.dirs.root)).toBe(false);
    expect(progress.render().title).toBe("Preparing");
  });

  it("in the App, records the run in its folder for the process after a crash", async () => {
    f = stepFixture({ instanceId: "instance-a" });
    const run = f.context();
    const progress = await openProgress(run);
    const record = JSON.parse(readFileSync(join(run.dirs.root, "run.json"), "utf8")) as object;
    expect(record).toEqual({
      owner: "acme",
      repo: "demo",
      pullNumber: 7,
      checkRunId: (progress.sink as CheckRunSink).id,
      instance: "instance-a",
    });
  });

  it("falls back to a progress comment when the token may not create check runs (the Action)", async () => {
    f = stepFixture({ commentFallback: true });
    f.gh.fail({ method: "POST", path: /\/check-runs$/, status: 403, times: 1 });
    const progress = await openProgress(f.context());
    expect(progress.sink).toBeInstanceOf(CommentSink);
    expect(f.gh.maestroRuns()).toEqual([]);
  });

  it("without the fallback, a 403 stops the run", async () => {
    f = stepFixture();
    f.gh.fail({ method: "POST", path: /\/check-runs$/, status: 403, times: 1 });
    await expect(openProgress(f.context())).rejects.toMatchObject({ status: 403 });
  });
});
