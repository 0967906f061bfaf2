import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeRunner, gate, type FakeRunner } from "../../support/fake-runner.js";
import { makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload } from "./app-harness.js";
import { startAppServer, type AppServer } from "./app-server.js";
import { FakeGitHub } from "./fake-github.js";

// Two App processes behind one webhook URL (replicas behind a load balancer): two real Probot servers, each
// with its own registry and work root, on one stand-in GitHub. Their only shared state is GitHub itself:
// the in-progress maestro check run on the pull request's head. Whatever process gets which delivery,
// a pull request gets exactly one run at a time.

let remote: RemoteFixture;
let gh: FakeGitHub;
let network: { unmatched: string[] };
let servers: AppServer[] = [];

beforeEach(() => {
  network = blockNetwork();
  remote = makeRemote();
  gh = new FakeGitHub(remote.bare).pull(7, "feature");
  gh.permissions.set("bob", "write");
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  expect(gh.unhandled).toEqual([]);
  expect(network.unmatched).toEqual([]);
  nock.cleanAll();
});

/** Two App processes whose runs wait in wave 1 until `hold` opens. */
async function twoReplicas(
  hold: Promise<void>,
): Promise<{ runners: FakeRunner[]; a: AppServer; b: AppServer }> {
  const runners = [0, 1].map(() => fakeRunner({ beforeWave: (wave) => (wave === 1 ? hold : undefined) }));
  servers = await Promise.all(
    runners.map((runner, i) => startAppServer({ remote, runner, workRoot: join(remote.root, `work-${i}`) })),
  );
  const [a, b] = servers as [AppServer, AppServer];
  return { runners, a, b };
}

/** Waits until the process that did not get the run has finished with the command (fails if both run). */
async function loserDone(a: AppServer, b: AppServer): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const both = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("both processes are still running the command")), 20_000);
  });
  await Promise.race([a.app.background.idle(), b.app.background.idle(), both]).finally(() =>
    clearTimeout(timer),
  );
}

function runsStarted(runners: FakeRunner[]): number {
  return runners.reduce((n, r) => n + r.calls.length, 0);
}

describe("several App processes", () => {
  it("the same comment delivered to both starts one run, and nobody is told 'already running'", async () => {
    const hold = gate();
    const { runners, a, b } = await twoReplicas(hold.promise);
    const payload = commentPayload(remote, { body: "/maestro implement", commentId: 3001 });
    const statuses = await Promise.all([
      a.post("issue_comment", payload, "d-1"),
      b.post("issue_comment", payload, "d-1"),
    ]);
    expect(statuses).toEqual([200, 200]);
    await loserDone(a, b);
    hold.open();
    await Promise.all([a.app.background.idle(), b.app.background.idle()]);

    expect(runsStarted(runners)).toBe(1);
    const runs = gh.maestroRuns();
    expect(runs.filter((r) => r.conclusion === "success")).toHaveLength(1);
    // A process that lost the race after creating its check run concluded it `skipped`, pointing at the winner.
    for (const lost of runs.filter((r) => r.conclusion !== "success")) {
      expect(lost).toMatchObject({ status: "completed", conclusion: "skipped" });
      expect(lost.output?.title).toBe("Already running");
    }
    expect(gh.comments.filter((c) => c.body.includes("already running"))).toEqual([]);
    expect(gh.reactions.map((r) => r.content)).not.toContain("confused");
    expect(remote.show("feature", "specs/001-demo/tasks.md")).toContain("- [x] T004");
  });

  it("two comments on one pull request, one to each process at once: one run, one 'already running'", async () => {
    const hold = gate();
    const { runners, a, b } = await twoReplicas(hold.promise);
    await Promise.all([
      a.post("issue_comment", commentPayload(remote, { body: "/maestro implement", commentId: 3001 }), "d-1"),
      b.post(
        "issue_comment",
        commentPayload(remote, { body: "/maestro implement", commentId: 3002, user: "bob" }),
        "d-2",
      ),
    ]);
    await loserDone(a, b);
    hold.open();
    await Promise.all([a.app.background.idle(), b.app.background.idle()]);

    expect(runsStarted(runners)).toBe(1);
    const winner = gh.maestroRuns().find((r) => r.conclusion === "success");
    expect(winner).toBeDefined();
    const replies = gh.comments.filter((c) => c.body.includes("already running"));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain(`https://github.com/acme/demo/runs/${winner?.id}`);
    expect(gh.reactions.filter((r) => r.content === "confused")).toHaveLength(1);
  });

  it("a second comment to the other process while the run goes on: 'already running', no check run of its own", async () => {
    const hold = gate();
    const { runners, a, b } = await twoReplicas(hold.promise);
    await a.post(
      "issue_comment",
      commentPayload(remote, { body: "/maestro implement", commentId: 3001 }),
      "d-1",
    );
    while (runners[0]?.calls.length !== 1) await new Promise((resolve) => setTimeout(resolve, 10));
    await b.post(
      "issue_comment",
      commentPayload(remote, { body: "/maestro plan", commentId: 3002, user: "bob" }),
      "d-2",
    );
    await b.app.background.idle();
    const [running, ...more] = gh.maestroRuns();
    expect(more).toEqual([]);
    expect(running?.status).toBe("in_progress");
    expect(gh.comments.map((c) => c.body.split("\n")[0])).toEqual([
      expect.stringContaining(`already running`),
    ]);
    hold.open();
    await a.app.background.idle();
    expect(runsStarted(runners)).toBe(1);
    expect(gh.maestroRuns().map((r) => r.conclusion)).toEqual(["success"]);
  });
});
