import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run as runAction } from "../../../src/action/run.js";
import { defaultRunner } from "../../../src/github/default-runner.js";
import { makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, startApp } from "./app-harness.js";
import { FakeGitHub, type FakeCheckRun } from "./fake-github.js";

// A task whose agent is stopped because the run was cancelled (`/maestro cancel` in the App, the workflow
// run's Cancel button, i.e. SIGINT, in the Action) is cancelled, not failed: ⏹️ not ❌, a notice not a
// failure annotation, and in the Action's outputs `cancelled`, not `failed`, so a workflow branching on
// `failed` does not take a cancel for a failure.

let remote: RemoteFixture;
let gh: FakeGitHub;
let network: { unmatched: string[] };
let started: string;

beforeEach(() => {
  network = blockNetwork();
  remote = makeRemote();
  gh = new FakeGitHub(remote.bare).pull(7, "feature");
  started = join(remote.root, "agent-started");
});
afterEach(() => {
  expect(gh.unhandled).toEqual([]);
  expect(network.unmatched).toEqual([]);
  nock.cleanAll();
});

/** An agent that says it started, then works for a minute (long enough to be cancelled). */
function slowAgent(): string[] {
  const script = join(remote.root, "slow-agent.sh");
  writeFileSync(script, `#!/bin/sh\ntouch '${started}'\nexec sleep 60\n`);
  chmodSync(script, 0o755);
  return [script];
}

async function untilStarted(): Promise<void> {
  while (!existsSync(started)) await new Promise((resolve) => setTimeout(resolve, 20));
}

function expectCancelledNotFailed(run: FakeCheckRun | undefined): void {
  expect(run).toMatchObject({ status: "completed", conclusion: "cancelled" });
  const summary = run?.output?.summary ?? "";
  expect(summary).toContain("| ⏹️ | T001 |");
  expect(summary).toMatch(/tasks ended \(3 cancelled, 1 skipped\)/);
  expect(summary).not.toContain("❌");
  expect(summary).not.toContain("Failed tasks");
  const annotations = run?.writes.flatMap(
    (w) => (w.output as { annotations?: object[] } | undefined)?.annotations ?? [],
  );
  expect(annotations).toContainEqual(
    expect.objectContaining({ title: "T001 cancelled", annotation_level: "notice" }),
  );
}

describe("cancelled is not failed", () => {
  it("the App: /maestro cancel stops the agent; its task shows cancelled", async () => {
    const harness = await startApp({
      remote,
      runner: defaultRunner,
      agents: { command: slowAgent(), defaultPreset: "claude", allowedPresets: ["claude"] },
    });
    await harness.receive(commentPayload(remote, { body: "/maestro implement" }));
    await untilStarted();
    await harness.deliver(commentPayload(remote, { body: "/maestro cancel", commentId: 1002 }));
    expectCancelledNotFailed(gh.maestroRuns()[0]);
  });

  it("the Action: SIGINT (the workflow's Cancel) stops the agent; outputs cancelled=3, failed=0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "maestro-action-"));
    const event = join(dir, "event.json");
    const out = join(dir, "output");
    writeFileSync(event, JSON.stringify(commentPayload(remote, { body: "/maestro implement" })));
    writeFileSync(out, "");
    vi.stubEnv("GITHUB_EVENT_NAME", "issue_comment");
    vi.stubEnv("GITHUB_EVENT_PATH", event);
    vi.stubEnv("GITHUB_OUTPUT", out);
    vi.stubEnv("RUNNER_TEMP", dir);
    vi.stubEnv("INPUT_GITHUB-TOKEN", "ghs_action");
    vi.stubEnv("INPUT_AGENT-COMMAND", JSON.stringify(slowAgent()));
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const before = new Set(process.listeners("SIGINT"));
    try {
      const done = runAction({
        runner: defaultRunner,
        fetch: globalThis.fetch,
        throttle: false,
        retryAfterBaseValue: 1,
      });
      await untilStarted();
      // What the runner does when the workflow run is cancelled: SIGINT to the Action's process.
      for (const listener of process.listeners("SIGINT")) if (!before.has(listener)) listener("SIGINT");
      await done;
    } finally {
      stdout.mockRestore();
      vi.unstubAllEnvs();
    }
    const outputs = readFileSync(out, "utf8");
    expect(outputs).toMatch(/status<<\S+\ncancelled\n/);
    expect(outputs).toMatch(/failed<<\S+\n0\n/);
    expect(outputs).toMatch(/cancelled<<\S+\n3\n/);
    expectCancelledNotFailed(gh.maestroRuns()[0]);
  });
});
