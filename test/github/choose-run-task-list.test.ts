import { afterEach, describe, expect, it } from "vitest";
import { decodeMemo } from "../../src/adapters/github/check-run-memo.js";
import { CheckRunSink } from "../../src/adapters/github/check-run-sink.js";
import { EMPTY_CONFIG } from "../../src/core/config/maestro-config.js";
import { checkOutTarget } from "../../src/github/check-out-target.js";
import { chooseRunTaskList } from "../../src/github/choose-run-task-list.js";
import { DEMO_TASKS } from "../support/git-fixture.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

async function sink(): Promise<CheckRunSink> {
  return CheckRunSink.create(
    f.deps.client,
    { owner: "acme", repo: "demo" },
    { headSha: f.remote.sha, memo: { pr: 7, tasks: null }, startedAt: new Date() },
  );
}

describe("choosing the task list", () => {
  it("takes the one the pull request changes, and the check run remembers it for a retry", async () => {
    f = stepFixture();
    const run = f.context();
    const progress = await sink();
    const path = await chooseRunTaskList(run, await checkOutTarget(run), EMPTY_CONFIG, progress);
    expect(path).toBe("specs/001-demo/tasks.md");
    await progress.show({ title: "t", summary: "s", text: "" });
    expect(decodeMemo(f.gh.maestroRuns()[0]?.external_id)?.tasks).toBe(path);
  });

  it("stops with the candidates when several lists could be meant", async () => {
    f = stepFixture({}, { "specs/001-a/tasks.md": DEMO_TASKS, "specs/002-b/tasks.md": DEMO_TASKS });
    const run = f.context();
    await expect(
      chooseRunTaskList(run, await checkOutTarget(run), EMPTY_CONFIG, await sink()),
    ).rejects.toMatchObject({
      title: "Which task list?",
    });
  });

  it("stops when the named list does not exist at the pinned commit", async () => {
    f = stepFixture();
    const run = f.context({ commandPath: "specs/009-none/tasks.md" });
    await expect(
      chooseRunTaskList(run, await checkOutTarget(run), EMPTY_CONFIG, await sink()),
    ).rejects.toMatchObject({
      title: "Task list not found",
    });
  });
});
