import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run as runAction } from "../../../src/action/run.js";
import { fakeRunner, type FakeRunner } from "../../support/fake-runner.js";
import { makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, refsOf, startApp, type AppHarness } from "./app-harness.js";
import { FakeGitHub } from "./fake-github.js";

// Triggers nobody with write access asked for: nothing runs, nothing is pushed, and where a reply is
// due it says why. Most are dropped before any API call (no reply to bots, to edits, to issues).

let remote: RemoteFixture;
let gh: FakeGitHub;
let runner: FakeRunner;
let harness: AppHarness;
let network: { unmatched: string[] };
let refs: string;

beforeEach(async () => {
  network = blockNetwork();
  remote = makeRemote();
  refs = refsOf(remote.bare);
  gh = new FakeGitHub(remote.bare).pull(7, "feature");
  runner = fakeRunner();
  harness = await startApp({ remote, runner });
});

afterEach(() => {
  // The promise of every case: no run, no check run, nothing pushed, no unexpected request.
  expect(runner.calls).toHaveLength(0);
  expect(gh.maestroRuns()).toEqual([]);
  expect(refsOf(remote.bare)).toBe(refs);
  expect(gh.unhandled).toEqual([]);
  expect(network.unmatched).toEqual([]);
  nock.cleanAll();
});

describe("commenters without write access get a reply saying why", () => {
  for (const role of ["read", "triage", "none"]) {
    it(`permission ${role}`, async () => {
      if (role === "none") gh.permissions.delete("mallory");
      else gh.permissions.set("mallory", role);
      await harness.deliver(commentPayload(remote, { body: "/maestro implement", user: "mallory" }));
      expect(gh.comments).toHaveLength(1);
      expect(gh.comments[0]?.body).toContain("only people with write, maintain or admin access");
      expect(gh.comments[0]?.body).toContain(role);
      expect(gh.reactions.map((r) => r.content)).toEqual(["confused"]);
    });
  }

  it("cancel from someone without write access stops nothing", async () => {
    gh.permissions.set("mallory", "triage");
    await harness.deliver(commentPayload(remote, { body: "/maestro cancel", user: "mallory" }));
    expect(gh.comments[0]?.body).toContain("only people with write, maintain or admin access");
  });
});

describe("ignored without a word or an API call", () => {
  const silent: Array<[string, Parameters<typeof commentPayload>[1]]> = [
    ["a bot", { body: "/maestro implement", user: "dependabot[bot]", userType: "Bot" }],
    ["a bot as sender only", { body: "/maestro implement", senderType: "Bot" }],
    ["an edited comment", { body: "/maestro implement", action: "edited" }],
    ["a deleted comment", { body: "/maestro implement", action: "deleted" }],
    ["the command on the second line", { body: "Thanks!\n/maestro implement" }],
    ["the command quoted", { body: "> /maestro implement\n\nShould we?" }],
    ["the command in a code span", { body: "`/maestro implement`" }],
    ["the command mid-sentence", { body: "please /maestro implement" }],
    ["a comment on an issue", { body: "/maestro implement", onIssue: true }],
    ["a closed pull request", { body: "/maestro implement", state: "closed" }],
  ];
  for (const [name, shape] of silent) {
    it(name, async () => {
      await harness.deliver(commentPayload(remote, shape));
      expect(gh.requests).toEqual([]);
    });
  }

  it("50 of maestro's own comments trigger 0 runs and 0 requests", async () => {
    const own = [
      "🔄 **maestro** · 2/4 tasks done\n\n/maestro implement",
      "/maestro implement\n\nmaestro finished with failures",
      "maestro stopped: the branch was deleted",
      "This is already running: /maestro cancel to stop it",
    ];
    for (let i = 0; i < 50; i++) {
      await harness.deliver(
        commentPayload(remote, {
          body: own[i % own.length] ?? "",
          user: "maestro[bot]",
          userType: "Bot",
          commentId: 5000 + i,
        }),
      );
    }
    expect(gh.requests).toEqual([]);
  });
});

describe("pull requests from forks are refused with a reply", () => {
  for (const [name, headRepo] of [
    ["a fork", "mallory/demo"],
    ["a deleted fork", null],
  ] as const) {
    it(name, async () => {
      gh.pull(7, "feature", { headRepo });
      await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
      expect(gh.comments).toHaveLength(1);
      expect(gh.comments[0]?.body).toContain("does not run on pull requests from forks");
    });
  }

  it("a pull request the webhook says is open but GitHub says is closed", async () => {
    gh.pull(7, "feature", { state: "closed" });
    await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
    expect(gh.writes()).toEqual([]);
  });
});

describe("the Action ignores the same triggers", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  async function action(shape: Parameters<typeof commentPayload>[1]): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "maestro-action-"));
    const event = join(dir, "event.json");
    writeFileSync(event, JSON.stringify(commentPayload(remote, shape)));
    const out = join(dir, "output");
    writeFileSync(out, "");
    process.env.GITHUB_EVENT_NAME = "issue_comment";
    process.env.GITHUB_EVENT_PATH = event;
    process.env.GITHUB_OUTPUT = out;
    process.env["INPUT_GITHUB-TOKEN"] = "ghs_action";
    process.env.INPUT_AGENT = "claude";
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    await runAction({ runner, fetch: globalThis.fetch, throttle: false, retryAfterBaseValue: 1 });
    const { readFileSync } = await import("node:fs");
    return readFileSync(out, "utf8");
  }

  for (const [name, shape] of [
    ["a bot", { body: "/maestro implement", userType: "Bot" }],
    ["an edited comment", { body: "/maestro implement", action: "edited" }],
    ["a closed pull request", { body: "/maestro implement", state: "closed" }],
    ["a comment on an issue", { body: "/maestro implement", onIssue: true }],
    ["the command quoted", { body: "> /maestro implement" }],
  ] as const) {
    it(name, async () => {
      const outputs = await action(shape);
      expect(outputs).toMatch(/status<<.*\n(ignored|refused.*)\n/);
      expect(gh.writes()).toEqual([]);
    });
  }

  it("a triage commenter", async () => {
    gh.permissions.set("mallory", "triage");
    const outputs = await action({ body: "/maestro implement", user: "mallory" });
    expect(outputs).toMatch(/refused: permission/);
    expect(gh.comments[0]?.body).toContain("triage");
  });
});
