import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeRunner, gate } from "../../support/fake-runner.js";
import { git, makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, startApp } from "./app-harness.js";
import { FakeGitHub } from "./fake-github.js";

// Concurrency on GitHub: commands racing on one pull request give exactly one run; two pull requests of
// one repository run side by side without touching each other's clone, check run or branch.

let remote: RemoteFixture;
let gh: FakeGitHub;
let network: { unmatched: string[] };

beforeEach(() => {
  network = blockNetwork();
});
afterEach(() => {
  expect(gh.unhandled).toEqual([]);
  expect(network.unmatched).toEqual([]);
  nock.cleanAll();
});

/** Waits until `check` holds, polling the event loop (the runs progress in the background). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("one pull request, several commands at once", () => {
  it("two /maestro implement comments and a redelivery of the first: one run, one 'already running'", async () => {
    remote = makeRemote();
    gh = new FakeGitHub(remote.bare).pull(7, "feature");
    const hold = gate();
    const runner = fakeRunner({ beforeWave: (wave) => (wave === 1 ? hold.promise : undefined) });
    const harness = await startApp({ remote, runner });
    const first = commentPayload(remote, { body: "/maestro implement", commentId: 2001 });
    const second = commentPayload(remote, { body: "/maestro.implement", commentId: 2002, user: "bob" });
    gh.permissions.set("bob", "maintain");
    // All three arrive before any of them got an answer from GitHub.
    await Promise.all([
      harness.receive(first, "issue_comment", "delivery-A"),
      harness.receive(second, "issue_comment", "delivery-B"),
      harness.receive(first, "issue_comment", "delivery-A"),
    ]);
    await until(() => gh.comments.length >= 1 && runner.calls.length >= 1);
    hold.open();
    await harness.app.background.idle();

    expect(runner.calls).toHaveLength(1);
    const runs = gh.maestroRuns();
    expect(runs.map((r) => r.conclusion)).toEqual(["success"]);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toContain("already running");
    expect(gh.comments[0]?.body).toContain(`https://github.com/acme/demo/runs/${runs[0]?.id}`);
    // The redelivery of the first comment neither ran nor answered: its only reactions are the run's.
    expect(gh.reactions.filter((r) => r.commentId === 2001).map((r) => r.content)).toEqual([
      "eyes",
      "rocket",
    ]);
    expect(gh.reactions.filter((r) => r.commentId === 2002).map((r) => r.content)).toEqual(["confused"]);
    expect(harness.app.registry.size).toBe(0);
  });

  it("ten commands at once still give one run", async () => {
    remote = makeRemote();
    gh = new FakeGitHub(remote.bare).pull(7, "feature");
    const hold = gate();
    const runner = fakeRunner({ beforeWave: (wave) => (wave === 1 ? hold.promise : undefined) });
    const harness = await startApp({ remote, runner });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        harness.receive(commentPayload(remote, { body: "/maestro implement", commentId: 3000 + i })),
      ),
    );
    await until(() => gh.comments.length >= 9);
    hold.open();
    await harness.app.background.idle();
    expect(runner.calls).toHaveLength(1);
    expect(gh.maestroRuns()).toHaveLength(1);
    expect(gh.comments.filter((c) => c.body.includes("already running"))).toHaveLength(9);
  });
});

describe("two pull requests of one repository at once", () => {
  it("run fully isolated: own clone, own check run, each pushes only its own branch", async () => {
    remote = makeRemote();
    // A second PR branch from main with its own task list.
    git(remote.scratch, "checkout", "--quiet", "-b", "feature-b", "main");
    mkdirSync(join(remote.scratch, "specs", "002-b"), { recursive: true });
    writeFileSync(
      join(remote.scratch, "specs", "002-b", "tasks.md"),
      "- [ ] T101 Add `src/b1.ts`\n- [ ] T102 Add `src/b2.ts` (after T101)\n",
    );
    git(remote.scratch, "add", ".");
    git(remote.scratch, "commit", "--quiet", "-m", "Spec B");
    git(remote.scratch, "push", "--quiet", "origin", "feature-b");
    const mainBefore = git(remote.bare, "rev-parse", "main");
    const shaB = git(remote.bare, "rev-parse", "feature-b");
    gh = new FakeGitHub(remote.bare).pull(7, "feature").pull(8, "feature-b");

    // Each run waits in its first wave until the other one has started too: they really overlap.
    const started = { a: gate(), b: gate() };
    const runner = fakeRunner({
      beforeWave: async (wave, options) => {
        if (wave !== 1) return;
        const mine = options.tasksPath.includes("002-b") ? "b" : "a";
        started[mine].open();
        await started[mine === "a" ? "b" : "a"].promise;
      },
    });
    const harness = await startApp({ remote, runner });
    await Promise.all([
      harness.receive(commentPayload(remote, { body: "/maestro implement", number: 7, commentId: 4001 })),
      harness.receive(commentPayload(remote, { body: "/maestro implement", number: 8, commentId: 4002 })),
    ]);
    await harness.app.background.idle();

    expect(runner.calls).toHaveLength(2);
    const [repoA, repoB] = runner.calls.map((c) => c.repo);
    expect(repoA).not.toBe(repoB);
    const runs = gh.maestroRuns();
    expect(runs.map((r) => r.conclusion)).toEqual(["success", "success"]);
    expect(new Set(runs.map((r) => r.head_sha))).toEqual(new Set([remote.sha, shaB]));
    expect(runs.map((r) => (JSON.parse(r.external_id ?? "{}") as { pr: number }).pr).sort()).toEqual([7, 8]);
    const logA = remote.log("feature");
    const logB = remote.log("feature-b");
    expect(logA.filter((s) => s.endsWith(": done")).sort()).toEqual([
      "T001: done",
      "T002: done",
      "T003: done",
      "T004: done",
    ]);
    expect(logB.filter((s) => s.endsWith(": done")).sort()).toEqual(["T101: done", "T102: done"]);
    expect(git(remote.bare, "rev-parse", "main")).toBe(mainBefore);
    expect(git(remote.bare, "for-each-ref", "--format=%(refname)", "refs/heads/").split("\n").sort()).toEqual(
      ["refs/heads/feature", "refs/heads/feature-b", "refs/heads/main"],
    );
  });
});
