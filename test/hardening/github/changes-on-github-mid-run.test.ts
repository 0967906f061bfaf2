import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PullRequestCheckout } from "../../../src/adapters/github/pull-request-checkout.js";
import { BranchDeletedError } from "../../../src/adapters/github/git-errors.js";
import { defaultRunner } from "../../../src/github/default-runner.js";
import { fakeRunner, type FakeRunner } from "../../support/fake-runner.js";
import { git, makeRemote, pushPersonCommit, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, startApp } from "./app-harness.js";
import { FakeGitHub } from "./fake-github.js";

// Someone changes things on GitHub while maestro runs (a list of three waves, T001 | T002 | T003; each
// change happens before wave 2): the run stops cleanly after the wave it is pushing, says why on the
// check run and in a comment, never force-pushes, and never recreates a deleted branch.

const TASKS = [
  "# Tasks",
  "",
  "- [ ] T001 Create `src/a.ts`",
  "- [ ] T002 Extend `src/a.ts` (after T001)",
  "- [ ] T003 Finish `src/a.ts` (after T002)",
  "",
  "## Notes",
  "",
  "Nothing yet.",
  "",
].join("\n");

let remote: RemoteFixture;
let gh: FakeGitHub;
let network: { unmatched: string[] };

beforeEach(() => {
  network = blockNetwork();
  remote = makeRemote({ "specs/001-demo/tasks.md": TASKS });
  gh = new FakeGitHub(remote.bare).pull(7, "feature");
});
afterEach(() => {
  expect(gh.unhandled).toEqual([]);
  expect(network.unmatched).toEqual([]);
  nock.cleanAll();
});

async function runWith(beforeWave2: () => void): Promise<FakeRunner> {
  const runner = fakeRunner({ beforeWave: (wave) => (wave === 2 ? beforeWave2() : undefined) });
  const harness = await startApp({ remote, runner });
  await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
  return runner;
}

function isAncestor(commit: string, of: string): boolean {
  try {
    git(remote.bare, "merge-base", "--is-ancestor", commit, of);
    return true;
  } catch {
    return false;
  }
}

describe("the task list edited on the branch mid-run", () => {
  it("merges the edit, pushes the wave, stops before the next one and says to run again", async () => {
    let theirs = "";
    await runWith(() => {
      // Edited as a person would: on top of what the branch holds now (T001 already ticked).
      const current = `${remote.show("feature", "specs/001-demo/tasks.md")}\n`;
      const edited = current.replace("Nothing yet.", "- [ ] T004 Document it in `docs/usage.md`");
      theirs = pushPersonCommit(remote, "specs/001-demo/tasks.md", edited);
    });
    const [run] = gh.maestroRuns();
    expect(run?.conclusion).toBe("cancelled");
    expect(run?.output?.title).toBe("Stopped: the task list changed on the branch");
    expect(run?.output?.summary).toContain("`specs/001-demo/tasks.md` was changed on `feature`");
    // Their commit is kept (an ancestor: no force-push), wave 2 is on the branch, wave 3 never ran.
    expect(isAncestor(theirs, "feature")).toBe(true);
    const log = remote.log("feature");
    expect(log).toEqual(expect.arrayContaining(["T001: done", "T002: done"]));
    expect(log).not.toContain("T003: done");
    expect(remote.show("feature", "specs/001-demo/tasks.md")).toContain("- [ ] T004 Document it");
    expect(gh.comments.at(-1)?.body).toContain("maestro stopped");
    expect(gh.comments.at(-1)?.body).toContain("Run the command again");
  });
});

describe("the pull request closed mid-run", () => {
  it("stops after pushing the wave in hand, with a clear message", async () => {
    await runWith(() => void gh.pull(7, "feature", { state: "closed" }));
    const [run] = gh.maestroRuns();
    expect(run?.conclusion).toBe("cancelled");
    expect(run?.output?.title).toBe("Stopped: the pull request was closed");
    expect(run?.output?.summary).toContain("Pull request #7 was closed while maestro ran");
    const log = remote.log("feature");
    expect(log).toEqual(expect.arrayContaining(["T001: done", "T002: done"]));
    expect(log).not.toContain("T003: done");
    expect(gh.comments.at(-1)?.body).toContain("was closed while maestro ran");
  });
});

describe("the branch deleted mid-run", () => {
  it("stops and never recreates the branch", async () => {
    await runWith(() => void git(remote.bare, "update-ref", "-d", "refs/heads/feature"));
    const [run] = gh.maestroRuns();
    expect(run?.conclusion).toBe("cancelled");
    expect(run?.output?.title).toBe("Stopped: the branch was deleted");
    expect(gh.branchSha("feature")).toBeNull();
    expect(git(remote.bare, "for-each-ref", "--format=%(refname)", "refs/heads/")).toBe("refs/heads/main");
    expect(gh.comments.at(-1)?.body).toContain("never recreates a deleted branch");
  });

  it("with the real engine: the agent of wave 2 deletes it; the run stops, nothing is recreated", async () => {
    const script = join(remote.root, "deleting-agent.sh");
    writeFileSync(
      script,
      `#!/bin/sh\nset -e\nmkdir -p src\necho "$MAESTRO_TASK_ID" >> src/a.ts\n` +
        `if [ "$MAESTRO_TASK_ID" = T002 ]; then git -C '${remote.bare}' update-ref -d refs/heads/feature; fi\n`,
    );
    chmodSync(script, 0o755);
    const harness = await startApp({
      remote,
      runner: defaultRunner,
      agents: { command: [script], defaultPreset: "claude", allowedPresets: ["claude"] },
    });
    await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
    const [run] = gh.maestroRuns();
    expect(run?.conclusion).toBe("cancelled");
    expect(run?.output?.title).toBe("Stopped: the branch was deleted");
    expect(gh.branchSha("feature")).toBeNull();
    expect(git(remote.bare, "for-each-ref", "--format=%(refname)", "refs/heads/")).toBe("refs/heads/main");
  });

  it("between maestro's fetch and its push: the push is refused instead of recreating it", async () => {
    let calls = 0;
    const checkout = await PullRequestCheckout.clone({
      cloneUrl: remote.bare,
      branch: "feature",
      sha: remote.sha,
      dir: join(remote.root, "clone"),
      // Network operations: 1 clone, 2 fetch, 3 push. The branch goes just before the push.
      token: () => {
        if (++calls === 3) git(remote.bare, "update-ref", "-d", "refs/heads/feature");
        return Promise.resolve(null);
      },
      identity: { name: "maestro", email: "m@example.com" },
      env: { PATH: process.env.PATH },
    });
    git(
      checkout.dir,
      "-c",
      "user.name=m",
      "-c",
      "user.email=m@x",
      "commit",
      "--allow-empty",
      "--quiet",
      "-m",
      "work",
    );
    await expect(checkout.push()).rejects.toBeInstanceOf(BranchDeletedError);
    expect(calls).toBeGreaterThanOrEqual(4);
    expect(gh.branchSha("feature")).toBeNull();
  });
});
