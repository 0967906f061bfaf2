import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeRunner, gate } from "../../support/fake-runner.js";
import { git, makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { LEASE_MS } from "../../../src/github/run-claims.js";
import { commentPayload, frozenTimers, startApp } from "./app-harness.js";
import { FakeGitHub } from "./fake-github.js";

// An App process killed mid-run leaves its check run `in_progress` forever (and its clone on disk).
// "Killed" here: App A's run is held inside its first wave and never resumed, so none of its cleanup
// runs, exactly as after SIGKILL; App B is a new process (new App instance, new registry) sharing the
// work root. When B handles the pull request again, A's check run must be concluded and its folder gone.

let remote: RemoteFixture;
let gh: FakeGitHub;
let network: { unmatched: string[] };

beforeEach(() => {
  network = blockNetwork();
  remote = makeRemote();
  gh = new FakeGitHub(remote.bare).pull(7, "feature").pull(8, "feature-b");
});
afterEach(() => {
  expect(gh.unhandled).toEqual([]);
  expect(network.unmatched).toEqual([]);
  nock.cleanAll();
});

/** Starts App A, lets its run push wave 1, then freezes it in wave 2 for good. */
async function killedRun(workRoot: string): Promise<void> {
  const inWave2 = gate();
  const never = gate();
  const a = await startApp({
    remote,
    workRoot,
    runner: fakeRunner({
      beforeWave: async (wave) => {
        if (wave === 2) {
          inWave2.open();
          await never.promise;
        }
      },
    }),
  });
  await a.receive(commentPayload(remote, { body: "/maestro implement" }));
  await inWave2.promise;
}

/** The harness's frozen clock, `ms` later. */
function laterTimers(ms: number): ReturnType<typeof frozenTimers> {
  const frozen = frozenTimers();
  return { ...frozen, now: () => frozen.now() + ms };
}

describe("a check run left in progress by a killed App", () => {
  it("is concluded when the restarted App handles the pull request again, and its folder removed", async () => {
    const workRoot = join(remote.root, "work");
    await killedRun(workRoot);
    const [stale] = gh.maestroRuns();
    expect(stale?.status).toBe("in_progress");
    // Wave 1 was pushed, so the stale run sits on a commit that is no longer the head.
    expect(gh.branchSha("feature")).not.toBe(stale?.head_sha);
    expect(readdirSync(workRoot)).toHaveLength(1);

    const b = await startApp({ remote, workRoot, runner: fakeRunner() });
    await b.deliver(commentPayload(remote, { body: "/maestro implement", commentId: 1002 }));

    const [old, fresh, ...more] = gh.maestroRuns();
    expect(more).toEqual([]);
    expect(old).toMatchObject({ id: stale?.id, status: "completed", conclusion: "cancelled" });
    expect(old?.output?.title).toBe("Interrupted");
    expect(old?.output?.summary).toContain(`https://github.com/acme/demo/runs/${fresh?.id}`);
    expect(fresh).toMatchObject({ status: "completed", conclusion: "success" });
    // A's folder (clone, worktrees, lock files) is gone; B's own folder went when B's run ended.
    expect(existsSync(workRoot) ? readdirSync(workRoot) : []).toEqual([]);
  });

  it("is found on the head commit even when the work root was lost with the process", async () => {
    const workRoot = join(remote.root, "work");
    await killedRun(workRoot);
    const [stale] = gh.maestroRuns();
    rmSync(workRoot, { recursive: true, force: true });
    // The killed run had not pushed yet in this story: its check run is on the current head.
    gh.pull(7, "feature", { sha: stale?.head_sha ?? "" });

    // Without a record on this machine, B cannot tell a dead run from a live one of another App process
    // but by its heartbeat: once A has been silent for longer than the lease, its claim is dead.
    const b = await startApp({
      remote,
      workRoot: join(remote.root, "work-b"),
      runner: fakeRunner(),
      timers: laterTimers(LEASE_MS + 1000),
    });
    await b.deliver(commentPayload(remote, { body: "/maestro plan", commentId: 1002 }));
    expect(gh.maestroRuns().map((r) => [r.status, r.conclusion])).toEqual([
      ["completed", "cancelled"],
      ["completed", "neutral"],
    ]);
  });

  it("leaves alone the runs of other pull requests", async () => {
    const workRoot = join(remote.root, "work");
    await killedRun(workRoot);
    const [other] = gh.maestroRuns();
    // Another pull request: its run must not conclude the run of #7 (which may be alive elsewhere).
    git(remote.bare, "update-ref", "refs/heads/feature-b", remote.sha);
    const b = await startApp({ remote, workRoot, runner: fakeRunner() });
    await b.deliver(commentPayload(remote, { body: "/maestro plan", number: 8, commentId: 1003 }));
    expect(gh.maestroRuns().find((r) => r.id === other?.id)?.status).toBe("in_progress");
    const concluding = gh
      .seen("PATCH", new RegExp(`/check-runs/${other?.id}$`))
      .filter((r) => r.body.status === "completed" || r.body.conclusion !== undefined);
    expect(concluding).toEqual([]);
  });
});
