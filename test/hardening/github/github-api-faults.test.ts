import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeRunner } from "../../support/fake-runner.js";
import { makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, startApp } from "./app-harness.js";
import { FakeGitHub } from "./fake-github.js";

// GitHub's API failing under maestro: 5xx on check-run and comment writes (also after GitHub stored the
// write), secondary rate limits with retry-after, and installation tokens that must be fresh for every
// network git command. Each run still ends with exactly one concluded check run and no duplicate comment.

let remote: RemoteFixture;
let gh: FakeGitHub;
let network: { unmatched: string[] };

beforeEach(() => {
  network = blockNetwork();
  remote = makeRemote();
  gh = new FakeGitHub(remote.bare).pull(7, "feature");
});
afterEach(() => {
  expect(gh.unhandled).toEqual([]);
  expect(network.unmatched).toEqual([]);
  nock.cleanAll();
});

const CREATE_CHECK_RUN = /\/check-runs$/;
const UPDATE_CHECK_RUN = /\/check-runs\/\d+$/;
const CREATE_COMMENT = /\/issues\/7\/comments$/;

async function implement(): Promise<void> {
  const harness = await startApp({ remote, runner: fakeRunner() });
  await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
}

function expectOneSuccessfulRun(): void {
  const runs = gh.maestroRuns();
  expect(runs.map((r) => [r.status, r.conclusion])).toEqual([["completed", "success"]]);
  expect(remote.show("feature", "specs/001-demo/tasks.md")).toContain("- [x] T004");
}

describe("5xx on check-run writes", () => {
  it("a 502 on the create is retried: one check run", async () => {
    gh.fail({ method: "POST", path: CREATE_CHECK_RUN, status: 502, times: 1 });
    await implement();
    expectOneSuccessfulRun();
    expect(gh.seen("POST", CREATE_CHECK_RUN).map((r) => r.status)).toEqual([502, 201]);
  });

  it("a 502 after GitHub stored the check run: found again, not created twice", async () => {
    gh.fail({ method: "POST", path: CREATE_CHECK_RUN, status: 502, times: 1, applied: true });
    await implement();
    expectOneSuccessfulRun();
    expect(gh.seen("POST", CREATE_CHECK_RUN)).toHaveLength(1);
  });

  it("three 502s in a row on the create, the last one stored: still one check run", async () => {
    gh.fail({ method: "POST", path: CREATE_CHECK_RUN, status: 502, times: 2 });
    gh.fail({ method: "POST", path: CREATE_CHECK_RUN, status: 504, times: 1, applied: true });
    await implement();
    expectOneSuccessfulRun();
  });

  it("503s on the updates are retried and the final state is written", async () => {
    gh.fail({ method: "PATCH", path: UPDATE_CHECK_RUN, status: 503, times: 3 });
    await implement();
    expectOneSuccessfulRun();
    expect(gh.seen("PATCH", UPDATE_CHECK_RUN).filter((r) => r.status === 503)).toHaveLength(3);
    expect(gh.maestroRuns()[0]?.output?.title).toBe("4/4 tasks done");
  });
});

describe("5xx on comment writes", () => {
  async function refusal(): Promise<void> {
    gh.permissions.set("mallory", "read");
    const harness = await startApp({ remote, runner: fakeRunner() });
    await harness.deliver(commentPayload(remote, { body: "/maestro implement", user: "mallory" }));
  }

  it("a 500 before storing: the reply is posted once", async () => {
    gh.fail({ method: "POST", path: CREATE_COMMENT, status: 500, times: 1 });
    await refusal();
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toContain("only people with write, maintain or admin access");
  });

  it("a 502 after GitHub stored the reply: no second copy", async () => {
    gh.fail({ method: "POST", path: CREATE_COMMENT, status: 502, times: 1, applied: true });
    await refusal();
    expect(gh.comments).toHaveLength(1);
  });

  it("replies of a failed run survive a stored 5xx too", async () => {
    gh.config = "agent: gpt\n";
    gh.fail({ method: "POST", path: CREATE_COMMENT, status: 502, times: 1, applied: true });
    await implement();
    expect(gh.maestroRuns().map((r) => r.conclusion)).toEqual(["failure"]);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toContain("`agent`");
  });
});

describe("secondary rate limit", () => {
  it("waits retry-after before retrying, then creates one check run", async () => {
    const UNIT = 50;
    gh.fail({
      method: "POST",
      path: CREATE_CHECK_RUN,
      status: 403,
      times: 1,
      headers: { "retry-after": "3" },
      message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
    });
    // Octokit's throttling as Probot configures it, with its write spacing switched off and 50 ms per
    // retry-after second so the test stays fast.
    const passThrough = {
      key: () => ({ schedule: (_o: unknown, fn: (...a: unknown[]) => unknown, ...a: unknown[]) => fn(...a) }),
    };
    const harness = await startApp({
      remote,
      runner: fakeRunner(),
      throttle: {
        enabled: true,
        retryAfterBaseValue: UNIT,
        write: passThrough,
        notifications: passThrough,
        global: passThrough,
        auth: passThrough,
        search: passThrough,
      },
    });
    await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
    const [limited, retried, ...more] = gh.seen("POST", CREATE_CHECK_RUN);
    expect(more).toEqual([]);
    expect(limited?.status).toBe(403);
    expect(retried?.status).toBe(201);
    // A lower bound only: the retry came no sooner than retry-after said.
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(3 * UNIT);
    expectOneSuccessfulRun();
  });
});

describe("installation tokens", () => {
  it("every network git command gets a freshly minted token, so a long run never pushes with an expired one", async () => {
    // A git wrapper first on the PATH maestro gives git: it logs which token each command carried.
    const bin = join(remote.root, "bin");
    const log = join(remote.root, "git-tokens.log");
    mkdirSync(bin);
    const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(
      join(bin, "git"),
      `#!/bin/sh\nif [ -n "$GIT_CONFIG_VALUE_0" ]; then echo "$1 $GIT_CONFIG_VALUE_0" >> '${log}'; fi\nexec '${realGit}' "$@"\n`,
    );
    chmodSync(join(bin, "git"), 0o755);
    writeFileSync(log, "");
    const harness = await startApp({
      remote,
      runner: fakeRunner(),
      env: { PATH: `${bin}:${process.env.PATH ?? ""}`, HOME: process.env.HOME },
    });
    await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
    expectOneSuccessfulRun();

    const used = readFileSync(log, "utf8")
      .trim()
      .split("\n")
      .map((line) => {
        const [command = "", , , basic = ""] = line.split(" ");
        const token = Buffer.from(basic, "base64")
          .toString("utf8")
          .replace(/^x-access-token:/, "");
        return { command, token };
      });
    const pushes = used.filter((u) => u.command === "push");
    expect(used[0]?.command).toBe("clone");
    expect(pushes.length).toBeGreaterThanOrEqual(2);
    // Each network command carried its own token, each one minted for it.
    expect(new Set(used.map((u) => u.token)).size).toBe(used.length);
    for (const { token } of used) expect(gh.tokens).toContain(token);
    for (let i = 1; i < pushes.length; i++) expect(pushes[i]?.token).not.toBe(pushes[i - 1]?.token);
  });
});
