import { afterEach, describe, expect, it } from "vitest";
import { concludeRun } from "../../src/github/conclude-run.js";
import { openProgress } from "../../src/github/open-progress.js";
import { RunStopped } from "../../src/github/run-stopped.js";
import type { RunSummary } from "../../src/runner/implement-options.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

const failed: RunSummary = { status: "failure", done: [], failed: ["T001"], skipped: [], waves: 1, kept: [] };

describe("concluding a run", () => {
  it("a failure: the check run offers Retry failed, the comment gets 😕 and a reply linking it", async () => {
    f = stepFixture();
    const run = f.context();
    const progress = await openProgress(run);
    const outcome = await concludeRun(run, progress, "specs/001-demo/tasks.md", {
      conclusion: "failure",
      summary: failed,
      cancelled: [],
      pushError: null,
    });
    const [checkRun] = f.gh.maestroRuns();
    expect(outcome).toMatchObject({ kind: "run", conclusion: "failure" });
    expect(checkRun).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(checkRun?.writes[0]?.actions).toEqual([expect.objectContaining({ identifier: "cancel" })]);
    expect(checkRun?.writes.at(-1)?.actions).toEqual([
      expect.objectContaining({ identifier: "retry-failed" }),
    ]);
    expect(f.gh.reactions.map((r) => r.content)).toEqual(["confused"]);
    expect(f.gh.comments[0]?.body).toContain(`[Details](https://github.com/acme/demo/runs/${checkRun?.id})`);
  });

  it("where nothing answers clicks (the Action), the check run shows no button, from start to end", async () => {
    f = stepFixture({ buttons: false });
    const run = f.context();
    await concludeRun(run, await openProgress(run), "tasks.md", {
      conclusion: "failure",
      summary: failed,
      cancelled: [],
      pushError: null,
    });
    const writes = f.gh.maestroRuns()[0]?.writes ?? [];
    expect(writes[0]?.actions).toEqual([]);
    expect(writes.at(-1)).toMatchObject({ conclusion: "failure", actions: [] });
  });

  it("a stop caused on GitHub: the reason heads the summary and is said on the pull request", async () => {
    f = stepFixture();
    const run = f.context();
    const stop = new RunStopped(
      "Stopped: the pull request was closed",
      "Pull request #7 was closed.",
      "cancelled",
    );
    const outcome = await concludeRun(run, await openProgress(run), "tasks.md", {
      conclusion: "cancelled",
      summary: { ...failed, status: "cancelled", failed: [] },
      cancelled: [],
      pushError: stop,
    });
    expect(outcome).toMatchObject({ conclusion: "cancelled", output: { title: stop.title } });
    expect(f.gh.maestroRuns()[0]?.output?.summary).toMatch(/^\*\*Pull request #7 was closed\.\*\*/);
    expect(f.gh.comments.map((c) => c.body.split("\n")[0])).toEqual([
      "maestro stopped: Pull request #7 was closed.",
    ]);
    expect(f.gh.reactions).toEqual([]);
  });

  it("a plan: 🚀 and the plan posted as a comment", async () => {
    f = stepFixture();
    const run = f.context({ planOnly: true });
    await concludeRun(run, await openProgress(run), "tasks.md", {
      conclusion: "neutral",
      summary: null,
      cancelled: [],
      pushError: null,
    });
    expect(f.gh.reactions.map((r) => r.content)).toEqual(["rocket"]);
    expect(f.gh.comments[0]?.body).toMatch(/^📋 \*\*maestro plan\*\*/);
  });
});
