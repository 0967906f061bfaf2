import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/action/run.js";
import type { Timers } from "../../src/adapters/github/timers.js";
import { fakeRunner } from "../support/fake-runner.js";
import { fixture, git, makeRemote, type RemoteFixture } from "../support/git-fixture.js";
import {
  API,
  blockNetwork,
  CONFIG_URL,
  permissionReply,
  record,
  REPO_PATH,
  type Recorded,
} from "../support/github-api.js";
import { issueCommentEvent, workflowDispatchEvent } from "../support/webhook-examples.js";

let network: { unmatched: string[] };
let remote: RemoteFixture;
let files: { event: string; output: string; summary: string; temp: string };
let calls: Recorded;

const frozen: Timers = { now: () => Date.UTC(2025, 0, 1, 12), setTimeout: () => 0, clearTimeout: () => {} };

function useEvent(name: string, payload: object, extra: Record<string, string> = {}): void {
  writeFileSync(files.event, JSON.stringify(payload));
  vi.stubEnv("GITHUB_EVENT_NAME", name);
  vi.stubEnv("GITHUB_EVENT_PATH", files.event);
  vi.stubEnv("GITHUB_OUTPUT", files.output);
  vi.stubEnv("GITHUB_STEP_SUMMARY", files.summary);
  vi.stubEnv("GITHUB_API_URL", API);
  vi.stubEnv("RUNNER_TEMP", files.temp);
  vi.stubEnv("INPUT_GITHUB-TOKEN", "ghs_workflow_token");
  vi.stubEnv("INPUT_COMMAND", "implement");
  vi.stubEnv("GITHUB_TOKEN", "ghs_workflow_token");
  for (const [key, value] of Object.entries(extra)) vi.stubEnv(key, value);
}

/** Outputs written by @actions/core to $GITHUB_OUTPUT (heredoc format). */
function outputs(): Record<string, string> {
  const text = readFileSync(files.output, "utf8");
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1] as string] = m[3] as string;
  return out;
}

beforeEach(() => {
  network = blockNetwork();
  remote = makeRemote();
  const dir = mkdtempSync(join(tmpdir(), "maestro-action-"));
  files = {
    event: join(dir, "event.json"),
    output: join(dir, "output"),
    summary: join(dir, "summary.md"),
    temp: dir,
  };
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  calls = [];
  process.exitCode = 0;
});

afterEach(() => {
  vi.unstubAllEnvs();
  process.exitCode = 0;
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(network.unmatched).toEqual([]);
  expect(pending).toEqual([]);
});

describe("the Action", () => {
  it("runs on workflow_dispatch, pushes the waves, sets outputs and writes the job summary", async () => {
    const payload = workflowDispatchEvent({ cloneUrl: remote.bare }, "feature");
    useEvent("workflow_dispatch", payload, {
      GITHUB_REF: "refs/heads/feature",
      GITHUB_SHA: remote.sha,
      "INPUT_TASK-TIMEOUT": "10m",
    });
    nock(API)
      .post(`${REPO_PATH}/check-runs`)
      .reply(record(calls, "create", { id: 5, html_url: "https://github.com/acme/demo/runs/5" }, 201));
    nock(API).get(CONFIG_URL).query({ ref: "main" }).reply(404, { message: "Not Found" });
    nock(API)
      .patch(`${REPO_PATH}/check-runs/5`)
      .times(2)
      .reply(record(calls, "update", { id: 5 }));
    const runner = fakeRunner();
    await run({ runner, timers: frozen, fetch: globalThis.fetch, throttle: false });

    expect(process.exitCode).toBe(0);
    expect(outputs()).toMatchObject({ status: "success", done: "4", failed: "0", skipped: "0" });
    expect(Number(outputs().waves)).toBeGreaterThanOrEqual(2);
    expect(readFileSync(files.summary, "utf8")).toContain("## maestro · 4/4 tasks done");
    expect(remote.log("feature")).toContain("T004: done");
    expect(runner.calls[0]?.taskTimeoutMs).toBe(600_000);
    expect(runner.calls[0]?.env.GITHUB_TOKEN).toBeUndefined();
    expect(runner.calls[0]?.env["INPUT_GITHUB-TOKEN"]).toBeUndefined();
    expect(calls.at(-1)?.body).toMatchObject({ status: "completed", conclusion: "success" });
  });

  it("on issue_comment, keeps one progress comment when the token cannot create check runs", async () => {
    const payload = issueCommentEvent(
      { cloneUrl: remote.bare, installationId: null },
      { body: "/maestro implement specs/001-demo/tasks.md" },
    );
    useEvent("issue_comment", payload);
    const pull = fixture<{ head: { sha: string } }>("pull_request.get.json");
    pull.head.sha = remote.sha;
    nock(API).get(`${REPO_PATH}/collaborators/alice/permission`).reply(200, permissionReply("write"));
    nock(API).get(`${REPO_PATH}/pulls/7`).reply(200, pull).persist();
    nock(API)
      .post(`${REPO_PATH}/issues/comments/1001/reactions`)
      .times(2)
      .reply(record(calls, "react", {}, 201));
    nock(API)
      .post(`${REPO_PATH}/check-runs`)
      .reply(403, { message: "Resource not accessible by integration" });
    nock(API).get(CONFIG_URL).query(true).reply(404, {});
    nock(API).get(`${REPO_PATH}/pulls/7/files`).query(true).reply(200, []);
    nock(API)
      .post(`${REPO_PATH}/issues/7/comments`)
      .reply(
        record(
          calls,
          "comment",
          { id: 77, html_url: "https://github.com/acme/demo/pull/7#issuecomment-77" },
          201,
        ),
      );
    nock(API)
      .patch(`${REPO_PATH}/issues/comments/77`)
      .reply(record(calls, "edit", { id: 77 }));
    await run({ runner: fakeRunner(), timers: frozen, fetch: globalThis.fetch, throttle: false });

    expect(outputs().status).toBe("success");
    const progress = calls.filter((c) => c.method === "comment" || c.method === "edit");
    expect(progress.map((c) => c.method)).toEqual(["comment", "edit"]);
    expect(progress[0]?.body.body).toContain("🔄 **maestro**");
    expect(progress[1]?.body.body).toContain("✅ **maestro** · 4/4 tasks done");
    expect(calls.filter((c) => c.method === "react").map((c) => c.body.content)).toEqual(["eyes", "rocket"]);
    expect(git(remote.bare, "log", "-1", "--format=%s", "feature")).toMatch(/T00\d: done/);
  });

  it("ignores comments by bots and edited comments without calling the API", async () => {
    const where = { cloneUrl: remote.bare, installationId: null };
    useEvent("issue_comment", issueCommentEvent(where, { body: "/maestro implement", action: "edited" }));
    await run({ fetch: globalThis.fetch });
    expect(outputs().status).toBe("ignored");
    useEvent("issue_comment", issueCommentEvent(where, { body: "/maestro implement", senderType: "Bot" }));
    writeFileSync(files.output, "");
    await run({ fetch: globalThis.fetch });
    expect(outputs().status).toBe("ignored");
  });

  it("fails with the input's name when an input is invalid", async () => {
    useEvent("workflow_dispatch", workflowDispatchEvent({ cloneUrl: remote.bare }, "feature"), {
      INPUT_VERIFY: "npm test; rm -rf /",
    });
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    await run({ fetch: globalThis.fetch });
    const printed = stdout.mock.calls.map((c) => String(c[0])).join("");
    stdout.mockRestore();
    expect(process.exitCode).toBe(1);
    expect(printed).toContain('::error::action inputs: `verify`: shell operator ";" is not supported');
  });
});
