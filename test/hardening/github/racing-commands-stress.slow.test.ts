import nock from "nock";
import { describe, expect, it } from "vitest";
import type { Runner } from "../../../src/github/runner.js";
import { fakeRunner, gate } from "../../support/fake-runner.js";
import { git, makeRemote } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, startApp } from "./app-harness.js";
import { FakeGitHub } from "./fake-github.js";

// 100 rounds of three deliveries racing on one pull request (two comments and a redelivery of the first),
// each round's run held until the race is over: every round exactly one run, one check run and one
// "already running" reply, and the branch only ever moves forward.

describe("racing commands, 100 rounds", () => {
  it("never start two runs on one pull request", async () => {
    const network = blockNetwork();
    const remote = makeRemote();
    const gh = new FakeGitHub(remote.bare).pull(7, "feature");
    const inner = fakeRunner();
    let hold = gate();
    const runner: Runner = async (options) => {
      await hold.promise;
      return inner(options);
    };
    const harness = await startApp({ remote, runner });
    let tip = remote.sha;
    for (let round = 0; round < 100; round++) {
      hold = gate();
      const before = {
        runs: gh.maestroRuns().length,
        comments: gh.comments.length,
        calls: inner.calls.length,
      };
      const first = commentPayload(remote, { body: "/maestro implement", commentId: 10_000 + 2 * round });
      const second = commentPayload(remote, { body: "/maestro implement", commentId: 10_001 + 2 * round });
      await Promise.all([
        harness.receive(first, "issue_comment", `r${round}-a`),
        harness.receive(second, "issue_comment", `r${round}-b`),
        harness.receive(first, "issue_comment", `r${round}-a`),
      ]);
      while (gh.comments.length === before.comments) await new Promise((r) => setTimeout(r, 2));
      hold.open();
      await harness.app.background.idle();
      expect(inner.calls.length - before.calls, `round ${round}`).toBe(1);
      expect(gh.maestroRuns().length - before.runs, `round ${round}`).toBe(1);
      expect(gh.maestroRuns().at(-1)?.conclusion, `round ${round}`).toBe("success");
      const replies = gh.comments.slice(before.comments).map((c) => c.body);
      expect(replies, `round ${round}`).toHaveLength(1);
      expect(replies[0]).toContain("already running");
      expect(harness.app.registry.size).toBe(0);
      const now = gh.branchSha("feature") ?? "";
      // Fast-forward only: the previous tip is an ancestor of the new one (git exits 1 otherwise).
      expect(() => git(remote.bare, "merge-base", "--is-ancestor", tip, now)).not.toThrow();
      tip = now;
    }
    expect(gh.unhandled).toEqual([]);
    expect(network.unmatched).toEqual([]);
    nock.cleanAll();
  });
});
