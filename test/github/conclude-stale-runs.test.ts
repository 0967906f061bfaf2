import { afterEach, describe, expect, it } from "vitest";
import { CheckRunSink } from "../../src/adapters/github/check-run-sink.js";
import { concludeStaleRuns } from "../../src/github/conclude-stale-runs.js";
import { expectQuietNetwork, stepFixture, type StepFixture } from "./step-fixture.js";

let f: StepFixture;
afterEach(() => expect(expectQuietNetwork(f)).toEqual([]));

async function checkRun(pr: number): Promise<CheckRunSink> {
  return CheckRunSink.create(
    f.deps.client,
    { owner: "acme", repo: "demo" },
    f.remote.sha,
    { pr, tasks: null },
    new Date(),
  );
}

describe("concluding stale check runs", () => {
  it("concludes the in-progress runs of the same pull request on the head, and only those", async () => {
    f = stepFixture({ instanceId: "b" });
    const stale = await checkRun(7);
    const otherPull = await checkRun(8);
    const own = await checkRun(7);
    await concludeStaleRuns(f.context(), own);
    const byId = new Map(f.gh.maestroRuns().map((r) => [r.id, r]));
    expect(byId.get(stale.id)).toMatchObject({ status: "completed", conclusion: "cancelled" });
    expect(byId.get(stale.id)?.output?.summary).toContain(`runs/${own.id}`);
    expect(byId.get(otherPull.id)?.status).toBe("in_progress");
    expect(byId.get(own.id)?.status).toBe("in_progress");
  });
});
