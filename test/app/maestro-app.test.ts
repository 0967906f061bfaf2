import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Timers } from "../../src/adapters/github/timers.js";
import { createMaestroApp, type MaestroApp } from "../../src/app/maestro-app.js";
import type { Runner } from "../../src/github/runner.js";
import { fakeRunner, gate, type FakeRunner } from "../support/fake-runner.js";
import { fixture, git, makeRemote, pushPersonCommit, type RemoteFixture } from "../support/git-fixture.js";
import {
  API,
  APP_PRIVATE_KEY,
  blockNetwork,
  CONFIG_URL,
  permissionReply,
  record,
  REPO_PATH,
  type Recorded,
  type RequestBody,
} from "../support/github-api.js";
import { issueCommentEvent, requestedActionEvent } from "../support/webhook-examples.js";

/** The parts of the payloads the tests change. */
interface User {
  login: string;
  id: number;
  type: string;
}
interface CommentEvent {
  action: string;
  issue: { number: number; state: string; pull_request?: unknown };
  comment: { id: number; body: string; user: User; author_association: string };
  repository: { clone_url: string };
  sender: User;
}
interface PullRequest {
  head: { ref: string; sha: string; repo: { full_name: string; fork: boolean } };
}

/** GitHub's own issue_comment example, on PR 7 of acme/demo, cloned from the test's remote. */
function commentEvent(remote: RemoteFixture, body: string): CommentEvent {
  return issueCommentEvent({ cloneUrl: remote.bare }, { body }) as unknown as CommentEvent;
}

/** Time that never moves unless a test says so: throttled writes then happen only when forced. */
function frozenTimers(): Timers {
  return { now: () => Date.UTC(2025, 0, 1, 12), setTimeout: () => 0, clearTimeout: () => {} };
}

let network: { unmatched: string[] };
let remote: RemoteFixture;
let probot: Probot;
let app: MaestroApp;
let calls: Recorded;

async function start(runner: Runner, timers?: Timers): Promise<void> {
  app = createMaestroApp({
    settings: {
      workRoot: join(remote.root, "work"),
      agents: { command: null, defaultPreset: "claude", allowedPresets: ["claude"] },
      identity: { name: "maestro[bot]", email: "maestro@example.com" },
    },
    runner,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_TOKEN: "ghp_must_not_leak", GH_TOKEN: "x" },
    ...(timers ? { timers } : {}),
    updateIntervalMs: 3000,
  });
  probot = new Probot({
    appId: 123,
    privateKey: APP_PRIVATE_KEY,
    secret: "test-secret",
    logLevel: "fatal",
    // Probot always passes its own throttle options, so ours go in last; the write limiter (one POST a
    // second) would only slow the tests down. Retries stay on, with 1 ms per retry-after unit.
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      throttle: { ...(options.throttle as object), enabled: false },
      retry: { retryAfterBaseValue: 1 },
    })),
  });
  await probot.load(app.appFn);
}

async function deliver(
  payload: CommentEvent | Record<string, unknown>,
  name = "issue_comment",
): Promise<void> {
  await probot.receive({ id: `d-${Math.random()}`, name, payload } as never);
  await app.background.idle();
}

function api() {
  return nock(API);
}

/** The token exchange Probot does for installation 42 (cached after the first call). */
function installationToken(): void {
  api()
    .post("/app/installations/42/access_tokens")
    .reply(201, { token: "ghs_installation_token", expires_at: "2099-01-01T00:00:00Z", permissions: {} })
    .persist();
}

/**
 * The App looks for other runs' claims on the head (in-progress maestro check runs) twice per run: before
 * creating its own check run, and after it (create-then-verify); none is there.
 */
function noStaleRuns(): void {
  api()
    .get(/\/repos\/acme\/demo\/commits\/[0-9a-f]{40}\/check-runs/)
    .query(true)
    .times(2)
    .reply(200, { total_count: 0, check_runs: [] });
}

function acceptedCommand(pr: Partial<PullRequest> = {}): void {
  installationToken();
  api().get(`${REPO_PATH}/collaborators/alice/permission`).reply(200, permissionReply("write"));
  const pull = fixture<PullRequest>("pull_request.get.json");
  pull.head.sha = remote.sha;
  // Read once when the command arrives, then after each pushed wave (was the PR closed meanwhile?).
  api()
    .get(`${REPO_PATH}/pulls/7`)
    .reply(200, { ...pull, ...pr })
    .persist();
}

function checkRunCalls(): Recorded {
  return calls.filter((c) => c.path.includes("/check-runs"));
}

function lastCheckRun(): RequestBody {
  const last = checkRunCalls().at(-1);
  if (!last) throw new Error("no check-run request was made");
  return last.body;
}

beforeEach(() => {
  network = blockNetwork();
  remote = makeRemote();
  calls = [];
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(network.unmatched).toEqual([]);
  expect(pending).toEqual([]);
});

describe("the App ignores what is not a command for it", () => {
  it("ignores bot comments, including its own", async () => {
    const runner = fakeRunner();
    await start(runner);
    const payload = commentEvent(remote, "/maestro implement");
    payload.comment.user = { login: "maestro[bot]", id: 99, type: "Bot" };
    payload.sender = { login: "maestro[bot]", id: 99, type: "Bot" };
    await deliver(payload);
    expect(runner.calls).toHaveLength(0);
  });

  it("ignores edited comments, issues, closed PRs and ordinary comments", async () => {
    const runner = fakeRunner();
    await start(runner);
    await deliver({
      ...commentEvent(remote, "/maestro implement"),
      action: "edited",
      changes: { body: { from: "x" } },
    });
    await deliver({ ...commentEvent(remote, "/maestro implement"), action: "deleted" });
    const issue = commentEvent(remote, "/maestro implement");
    delete issue.issue.pull_request;
    await deliver(issue);
    const closed = commentEvent(remote, "/maestro implement");
    closed.issue.state = "closed";
    await deliver(closed);
    await deliver(commentEvent(remote, "Looks good to me"));
    expect(runner.calls).toHaveLength(0);
  });
});

describe("the App refuses politely", () => {
  it("refuses someone without write access, checked with the permissions API", async () => {
    const runner = fakeRunner();
    await start(runner);
    installationToken();
    api().get(`${REPO_PATH}/collaborators/alice/permission`).reply(200, permissionReply("triage"));
    api()
      .post(`${REPO_PATH}/issues/comments/1001/reactions`)
      .reply(record(calls, "react", {}, 201));
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .reply(record(calls, "comment", { id: 1 }, 201));
    // author_association says MEMBER; the permissions API is what counts.
    const payload = commentEvent(remote, "/maestro implement");
    payload.comment.author_association = "MEMBER";
    await deliver(payload);
    expect(runner.calls).toHaveLength(0);
    expect(calls[0]?.body).toEqual({ content: "confused" });
    expect(calls[1]?.body.body).toContain("only people with write, maintain or admin access");
    expect(calls[1]?.body.body).toContain("triage");
  });

  it("refuses a pull request from a fork", async () => {
    const runner = fakeRunner();
    await start(runner);
    acceptedCommand({
      head: { ref: "feature", sha: remote.sha, repo: { full_name: "mallory/demo", fork: true } },
    });
    api()
      .post(`${REPO_PATH}/issues/comments/1001/reactions`)
      .reply(record(calls, "react", {}, 201));
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .reply(record(calls, "comment", { id: 1 }, 201));
    await deliver(commentEvent(remote, "/maestro implement"));
    expect(runner.calls).toHaveLength(0);
    expect(calls.map((c) => c.body.content ?? "comment")).toEqual(["confused", "comment"]);
    expect(calls[1]?.body.body).toContain("does not run on pull requests from forks");
    expect(calls[1]?.body.body).toContain("mallory/demo");
  });

  it("answers help for an unknown command, naming the problem", async () => {
    await start(fakeRunner());
    installationToken();
    api().get(`${REPO_PATH}/collaborators/alice/permission`).reply(200, permissionReply("admin"));
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .reply(record(calls, "comment", { id: 1 }, 201));
    await deliver(commentEvent(remote, "/maestro deploy --now"));
    expect(calls[0]?.body.body).toContain("I did not understand that: unknown command `deploy`");
    expect(calls[0]?.body.body).toContain("/maestro implement");
  });
});

describe("the App reports problems on the check run", () => {
  function preparation(): void {
    acceptedCommand();
    api()
      .post(`${REPO_PATH}/issues/comments/1001/reactions`)
      .times(2)
      .reply(record(calls, "react", {}, 201));
    noStaleRuns();
    api()
      .post(`${REPO_PATH}/check-runs`)
      .reply(record(calls, "create", { id: 9001, html_url: "https://github.com/acme/demo/runs/9001" }, 201));
  }

  it("names the wrong key of a bad .github/maestro.yml read from the default branch", async () => {
    const runner = fakeRunner();
    await start(runner);
    preparation();
    api()
      .get(CONFIG_URL)
      .query({ ref: "main" })
      .reply(200, {
        type: "file",
        encoding: "base64",
        content: Buffer.from("agent: claude\ntask_timeout: 5m\n").toString("base64"),
      });
    api()
      .patch(`${REPO_PATH}/check-runs/9001`)
      .reply(record(calls, "update", { id: 9001 }));
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .reply(record(calls, "comment", { id: 1 }, 201));
    await deliver(commentEvent(remote, "/maestro implement"));
    expect(runner.calls).toHaveLength(0);
    const final = lastCheckRun();
    expect(final.conclusion).toBe("failure");
    expect(final.output?.title).toBe("Configuration error");
    expect(final.output?.summary).toContain("`task_timeout`: unknown key");
    expect(calls.filter((c) => c.method === "react").map((c) => c.body.content)).toEqual([
      "eyes",
      "confused",
    ]);
  });

  it("lists the candidates when the task list is ambiguous", async () => {
    remote = makeRemote({
      "specs/001-a/tasks.md": "- [ ] T001 a\n",
      "specs/002-b/tasks.md": "- [ ] T001 b\n",
    });
    const runner = fakeRunner();
    await start(runner);
    preparation();
    api().get(CONFIG_URL).query(true).reply(404, { message: "Not Found" });
    api()
      .get(`${REPO_PATH}/pulls/7/files`)
      .query(true)
      .reply(200, [{ filename: "README.md" }]);
    api()
      .patch(`${REPO_PATH}/check-runs/9001`)
      .reply(record(calls, "update", { id: 9001 }));
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .reply(record(calls, "comment", { id: 1 }, 201));
    await deliver(commentEvent(remote, "/maestro implement"));
    expect(runner.calls).toHaveLength(0);
    const reply = calls.find((c) => c.method === "comment")?.body.body as string;
    expect(reply).toContain("Which task list?");
    expect(reply).toContain("`specs/001-a/tasks.md`");
    expect(reply).toContain("`specs/002-b/tasks.md`");
    expect(lastCheckRun().conclusion).toBe("failure");
  });
});

describe("a full run", () => {
  function happyPath(options: { updates?: number } = {}): void {
    acceptedCommand();
    api()
      .post(`${REPO_PATH}/issues/comments/1001/reactions`)
      .times(2)
      .reply(record(calls, "react", {}, 201));
    noStaleRuns();
    api()
      .post(`${REPO_PATH}/check-runs`)
      .reply(record(calls, "create", { id: 9001, html_url: "https://github.com/acme/demo/runs/9001" }, 201));
    api().get(CONFIG_URL).query({ ref: "main" }).reply(404, { message: "Not Found" });
    api()
      .get(`${REPO_PATH}/pulls/7/files`)
      .query(true)
      .reply(200, [{ filename: "specs/001-demo/tasks.md" }]);
    api()
      .patch(`${REPO_PATH}/check-runs/9001`)
      .times(options.updates ?? 2)
      .reply(record(calls, "update", { id: 9001 }));
  }

  it("pushes every merged wave to the PR branch and concludes the check run", async () => {
    const remoteTipBeforeWave: string[] = [];
    const mergedHeads: string[] = [];
    const runner: FakeRunner = fakeRunner({
      beforeWave: (_wave, options) => {
        remoteTipBeforeWave.push(git(remote.bare, "rev-parse", "feature"));
        if (mergedHeads.length === 0) {
          const inner = options.onWaveMerged!;
          options.onWaveMerged = async (info) => {
            mergedHeads.push(info.head);
            await inner(info);
          };
        }
      },
    });
    await start(runner, frozenTimers());
    happyPath();
    await deliver(commentEvent(remote, "/maestro implement"));

    expect(runner.calls).toHaveLength(1);
    // Before each wave, the remote already holds the previous wave's merged head: progress is on the PR.
    expect(remoteTipBeforeWave[0]).toBe(remote.sha);
    expect(remoteTipBeforeWave.slice(1)).toEqual(mergedHeads.slice(0, -1));
    expect(git(remote.bare, "rev-parse", "feature")).toBe(mergedHeads.at(-1));
    expect(mergedHeads.length).toBeGreaterThanOrEqual(2);
    expect(remote.log("feature").slice(0, 4).sort()).toEqual([
      "T001: done",
      "T002: done",
      "T003: done",
      "T004: done",
    ]);
    expect(remote.show("feature", "specs/001-demo/tasks.md")).toContain("- [x] T004 Wire it up");

    const [create, firstUpdate, final] = checkRunCalls().map((c) => c.body) as [
      RequestBody,
      RequestBody,
      RequestBody,
    ];
    expect(create).toMatchObject({ name: "maestro", head_sha: remote.sha, status: "in_progress" });
    expect(JSON.parse(create.external_id ?? "")).toMatchObject({ pr: 7, tasks: null });
    expect(firstUpdate.status).toBe("in_progress");
    expect(final).toMatchObject({ status: "completed", conclusion: "success", actions: [] });
    expect(final.output?.title).toBe("4/4 tasks done");
    expect(final.output?.summary).toContain("**100%** · 4/4 tasks ended (4 done)");
    expect(final.output?.text).toContain("```mermaid");
    expect(JSON.parse(final.external_id ?? "")).toEqual({ pr: 7, tasks: "specs/001-demo/tasks.md" });
    expect(calls.filter((c) => c.method === "react").map((c) => c.body.content)).toEqual(["eyes", "rocket"]);

    // The engine got no GitHub token, and the token never reached the clone's config.
    const env = runner.calls[0]!.env;
    expect(env.GITHUB_TOKEN).toBeUndefined();
    expect(env.GH_TOKEN).toBeUndefined();
    expect(runner.calls[0]!.tasksPath).toBe("specs/001-demo/tasks.md");
    // The clone is removed after the run.
    expect(
      existsSync(join(remote.root, "work"))
        ? readdirSync(join(remote.root, "work")).flatMap((d) => readdirSync(join(remote.root, "work", d)))
        : [],
    ).not.toContain("repo");
  });

  it("merges commits pushed meanwhile instead of force-pushing, so nobody's commit is lost", async () => {
    const runner = fakeRunner({
      beforeWave: (wave) => void (wave === 2 && pushPersonCommit(remote, "docs/notes.md", "by a person\n")),
    });
    await start(runner, frozenTimers());
    happyPath();
    await deliver(commentEvent(remote, "/maestro implement"));
    const log = remote.log("feature");
    expect(log).toContain("Person edits docs/notes.md");
    expect(log).toContain("T004: done");
    expect(log.some((s) => s.startsWith("Merge the new commits of feature"))).toBe(true);
    expect(remote.show("feature", "docs/notes.md")).toBe("by a person");
    expect(lastCheckRun().conclusion).toBe("success");
  });

  it("stops and says so when the moved branch conflicts", async () => {
    const runner = fakeRunner({
      beforeWave: (wave) =>
        void (wave === 2 && pushPersonCommit(remote, "specs/001-demo/tasks.md", "rewritten\n")),
    });
    await start(runner, frozenTimers());
    happyPath();
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .reply(record(calls, "comment", { id: 1 }, 201));
    // The fake engine reports the failed push as a crash, as a rejected onWaveMerged is allowed to.
    await deliver(commentEvent(remote, "/maestro implement"));
    const final = lastCheckRun();
    expect(final.conclusion).toBe("failure");
    expect(final.output?.summary).toContain("moved while maestro ran");
    expect(final.output?.summary).toContain("specs/001-demo/tasks.md");
    expect(remote.show("feature", "specs/001-demo/tasks.md")).toBe("rewritten");
    expect(calls.find((c) => c.method === "comment")?.body.body).toContain("moved while maestro ran");
  });

  it("throttles progress: a burst of events inside the interval gives one update plus the final one", async () => {
    const runner = fakeRunner();
    await start(runner, frozenTimers());
    happyPath({ updates: 2 });
    await deliver(commentEvent(remote, "/maestro implement"));
    // Some 20 events arrived, with the (frozen) clock never reaching the next 3-second slot.
    expect(checkRunCalls().map((c) => c.body.status)).toEqual(["in_progress", "in_progress", "completed"]);
  });

  it("retries a check-run update that fails with a 5xx", async () => {
    const runner = fakeRunner();
    await start(runner, frozenTimers());
    happyPath({ updates: 1 });
    api().patch(`${REPO_PATH}/check-runs/9001`).reply(502, { message: "Bad Gateway" });
    api()
      .patch(`${REPO_PATH}/check-runs/9001`)
      .reply(record(calls, "update", { id: 9001 }));
    await deliver(commentEvent(remote, "/maestro implement"));
    expect(lastCheckRun().conclusion).toBe("success");
  });

  it("posts one PR comment for a re-grouping and annotates failed and skipped tasks", async () => {
    const runner = fakeRunner({ fail: ["T002"], regroup: true });
    await start(runner, frozenTimers());
    happyPath();
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .times(2)
      .reply(record(calls, "comment", { id: 1 }, 201));
    await deliver(commentEvent(remote, "/maestro implement"));
    const comments = calls.filter((c) => c.method === "comment").map((c) => c.body.body as string);
    expect(comments[0]).toContain("re-grouped the remaining waves");
    expect(comments[0]).toContain("a merge changed files that later tasks touch");
    expect(comments[1]).toContain("finished with failures");
    const final = lastCheckRun();
    expect(final.conclusion).toBe("failure");
    expect(final.actions).toEqual([
      expect.objectContaining({ identifier: "retry-failed", label: "Retry failed" }),
    ]);
    expect(final.output?.annotations).toEqual([
      expect.objectContaining({
        path: "specs/001-demo/tasks.md",
        start_line: 4,
        annotation_level: "failure",
        title: "T002 failed",
      }),
    ]);
    expect(final.output?.summary).toContain("Error: could not compile");
  });
});

describe("one run per pull request", () => {
  it("answers a second command with 'already running' and a link, and cancels on /maestro cancel", async () => {
    const hold = gate();
    let reachedWave2: () => void = () => {};
    const atWave2 = new Promise<void>((resolve) => (reachedWave2 = resolve));
    const runner = fakeRunner({
      beforeWave: async (wave) => {
        if (wave === 2) {
          reachedWave2();
          await hold.promise;
        }
      },
    });
    await start(runner, frozenTimers());
    installationToken();
    const pull = fixture<PullRequest>("pull_request.get.json");
    pull.head.sha = remote.sha;
    api().get(`${REPO_PATH}/collaborators/alice/permission`).times(3).reply(200, permissionReply("maintain"));
    api().get(`${REPO_PATH}/pulls/7`).reply(200, pull).persist();
    api()
      .post(`${REPO_PATH}/issues/comments/1001/reactions`)
      .times(3)
      .reply(record(calls, "react", {}, 201));
    noStaleRuns();
    api()
      .post(`${REPO_PATH}/check-runs`)
      .reply(record(calls, "create", { id: 9001, html_url: "https://github.com/acme/demo/runs/9001" }, 201));
    api().get(CONFIG_URL).query(true).reply(404, {});
    api()
      .get(`${REPO_PATH}/pulls/7/files`)
      .query(true)
      .reply(200, [{ filename: "specs/001-demo/tasks.md" }]);
    api()
      .patch(`${REPO_PATH}/check-runs/9001`)
      .times(2)
      .reply(record(calls, "update", { id: 9001 }));
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .times(2)
      .reply(record(calls, "comment", { id: 1 }, 201));

    const first = probot.receive({
      id: "1",
      name: "issue_comment",
      payload: commentEvent(remote, "/maestro implement"),
    } as never);
    await first;
    await atWave2;
    await probot.receive({
      id: "2",
      name: "issue_comment",
      payload: commentEvent(remote, "/maestro.implement"),
    } as never);
    await probot.receive({
      id: "3",
      name: "issue_comment",
      payload: commentEvent(remote, "/maestro cancel"),
    } as never);
    // Let the two replies go out before the held run continues.
    while (calls.filter((c) => c.method === "comment").length < 2)
      await new Promise((r) => setTimeout(r, 10));
    hold.open();
    await app.background.idle();

    const comments = calls.filter((c) => c.method === "comment").map((c) => c.body.body as string);
    // The two replies race each other; each is there once.
    expect(
      comments.filter(
        (c) => c.includes("already running") && c.includes("https://github.com/acme/demo/runs/9001"),
      ),
    ).toHaveLength(1);
    expect(comments.filter((c) => c.startsWith("Cancelling"))).toHaveLength(1);
    expect(runner.calls).toHaveLength(1);
    const final = lastCheckRun();
    expect(final.conclusion).toBe("cancelled");
    // Wave 1 was merged before the cancel and is on the PR branch.
    expect(remote.log("feature")).toContain("T001: done");
    expect(remote.log("feature")).not.toContain("T004: done");
    expect(app.registry.size).toBe(0);
  });
});

describe("requested actions", () => {
  it("'Retry failed' runs the task list again on the PR head", async () => {
    const runner = fakeRunner();
    await start(runner, frozenTimers());
    acceptedCommand();
    noStaleRuns();
    api()
      .post(`${REPO_PATH}/check-runs`)
      .reply(record(calls, "create", { id: 9002, html_url: "https://github.com/acme/demo/runs/9002" }, 201));
    api().get(CONFIG_URL).query(true).reply(404, {});
    api().get(`${REPO_PATH}/pulls/7/files`).query(true).reply(200, []);
    api()
      .patch(`${REPO_PATH}/check-runs/9002`)
      .times(2)
      .reply(record(calls, "update", { id: 9002 }));
    const payload = requestedActionEvent(
      { cloneUrl: remote.bare },
      { identifier: "retry-failed", externalId: '{"pr":7,"tasks":"specs/001-demo/tasks.md"}' },
    );
    await deliver(payload, "check_run");
    expect(runner.calls[0]?.tasksPath).toBe("specs/001-demo/tasks.md");
    expect(lastCheckRun().conclusion).toBe("success");
    expect(readFileSync(join(remote.bare, "HEAD"), "utf8")).toContain("main");
  });
});

describe("plan only", () => {
  it("/maestro plan concludes neutral, posts the plan and runs nothing", async () => {
    const runner = fakeRunner();
    await start(runner, frozenTimers());
    acceptedCommand();
    api()
      .post(`${REPO_PATH}/issues/comments/1001/reactions`)
      .times(2)
      .reply(record(calls, "react", {}, 201));
    noStaleRuns();
    api()
      .post(`${REPO_PATH}/check-runs`)
      .reply(record(calls, "create", { id: 9003, html_url: "https://github.com/acme/demo/runs/9003" }, 201));
    api().get(CONFIG_URL).query(true).reply(404, {});
    api().get(`${REPO_PATH}/pulls/7/files`).query(true).reply(200, []);
    api()
      .patch(`${REPO_PATH}/check-runs/9003`)
      .reply(record(calls, "update", { id: 9003 }));
    api()
      .post(`${REPO_PATH}/issues/7/comments`)
      .reply(record(calls, "comment", { id: 1 }, 201));
    await deliver(commentEvent(remote, "/maestro plan specs/001-demo/tasks.md"));
    expect(runner.calls).toHaveLength(0);
    const final = lastCheckRun();
    expect(final.conclusion).toBe("neutral");
    // The number of waves is the planner's business; this test is about the plan-only flow.
    expect(final.output?.title).toMatch(/^Plan: 4 tasks in \d+ waves$/);
    expect(final.output?.text).toContain("```mermaid");
    const plan = calls.find((c) => c.method === "comment")?.body.body ?? "";
    expect(plan).toMatch(/^📋 \*\*maestro plan\*\* · Plan: 4 tasks in \d+ waves/);
    expect(plan).toContain("Nothing was run.");
    expect(remote.log("feature")).toHaveLength(2);
  });

  it("passes --only to the engine", async () => {
    const runner = fakeRunner();
    await start(runner, frozenTimers());
    acceptedCommand();
    api()
      .post(`${REPO_PATH}/issues/comments/1001/reactions`)
      .times(2)
      .reply(record(calls, "react", {}, 201));
    noStaleRuns();
    api()
      .post(`${REPO_PATH}/check-runs`)
      .reply(record(calls, "create", { id: 9004, html_url: "https://github.com/acme/demo/runs/9004" }, 201));
    api().get(CONFIG_URL).query(true).reply(404, {});
    api().get(`${REPO_PATH}/pulls/7/files`).query(true).reply(200, []);
    api()
      .patch(`${REPO_PATH}/check-runs/9004`)
      .times(2)
      .reply(record(calls, "update", { id: 9004 }));
    await deliver(commentEvent(remote, "/maestro implement --only T001,T004"));
    expect(runner.calls[0]?.only).toEqual(["T001", "T004"]);
    expect(runner.calls[0]?.dryRun).toBe(false);
  });
});
