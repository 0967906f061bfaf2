import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { defaultRunner } from "../../../src/github/default-runner.js";
import { writeFailingAgent } from "../../support/failing-agent.js";
import { git, makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload } from "./app-harness.js";
import { startAppServer, type AppServer } from "./app-server.js";
import { FakeGitHub } from "./fake-github.js";
import { startStandInApi, type StandInApi } from "./stand-in-api-server.js";

// The App end to end, as `npm start` runs it (Probot configured from its environment, a real HTTP server,
// signed webhooks), with the real engine and an agent that fails one task, in both API layouts:
// github.com (https://api.github.com, behind nock) and GitHub Enterprise Server (GHE_HOST=127.0.0.1:<port>,
// GHE_PROTOCOL=http, the API under /api/v3 on a real stand-in server). Nothing may reach api.github.com
// in the Enterprise layout: every installation token, for the REST calls and for each git command, is
// minted by the Enterprise host.

let remote: RemoteFixture;
let server: AppServer | null = null;
let api: StandInApi | null = null;

afterEach(async () => {
  await server?.close();
  await api?.close();
  server = null;
  api = null;
  nock.cleanAll();
});

describe.each([
  { layout: "github.com", enterprise: false },
  { layout: "GitHub Enterprise Server", enterprise: true },
])("the App on $layout", ({ enterprise }) => {
  it("runs a command end to end, keeps the failed task's branch and log where the check run says; every token from this host", async () => {
    const network = blockNetwork();
    remote = makeRemote();
    // T003's agent fails while this file exists.
    const failT003 = join(remote.root, "fail-T003");
    writeFileSync(failT003, "");
    const agent = writeFailingAgent(remote.root, { task: "T003", whileExists: failT003 });
    const gh = new FakeGitHub(remote.bare, "acme/demo", !enterprise).pull(7, "feature");
    api = enterprise ? await startStandInApi(gh) : null;
    server = await startAppServer({
      remote,
      runner: defaultRunner,
      agents: { command: [agent], defaultPreset: "claude", allowedPresets: ["claude"] },
      ...(api ? { gheHost: api.host } : {}),
    });

    const web = enterprise ? `http://${api?.host ?? ""}/acme/demo` : "https://github.com/acme/demo";
    const comment = (id: number): object => {
      const payload = commentPayload(remote, { body: "/maestro implement", commentId: id });
      (payload.repository as { html_url: string }).html_url = web;
      return payload;
    };
    expect(await server.post("issue_comment", comment(1001), "d-1")).toBe(200);
    await server.app.background.idle();

    const [run, ...more] = gh.maestroRuns();
    expect(more).toEqual([]);
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run?.output?.summary).toContain("T003");
    // T001 and T002 were merged and pushed with installation tokens this host minted.
    expect(remote.show("feature", "specs/001-demo/tasks.md")).toMatch(/- \[X\] T001[\s\S]*- \[X\] T002/);
    // T003's work is on the remote, and the check run links to it and shows its log's end.
    const [kept, ...others] = git(remote.bare, "branch", "--list", "maestro/*/T003")
      .split("\n")
      .map((b) => b.trim());
    expect(others).toEqual([]);
    expect(kept).toMatch(/^maestro\/7-[0-9a-f]{7}-[0-9a-z]+-[0-9a-f]{6}\/T003$/);
    expect(remote.show(kept ?? "", "view-draft.txt")).toBe("draft");
    expect(run?.output?.summary).toContain(`[\`${kept}\`](${web}/compare/feature...${kept})`);
    expect(run?.output?.text).toContain("error: src/view.ts does not compile");
    expect(JSON.stringify(run?.writes.at(-1))).not.toContain(server.workRoot);

    // Once T003 succeeds in a later run, the branch kept for it goes.
    rmSync(failT003);
    expect(await server.post("issue_comment", comment(1002), "d-2")).toBe(200);
    await server.app.background.idle();
    expect(gh.maestroRuns().map((r) => r.conclusion)).toEqual(["failure", "success"]);
    expect(git(remote.bare, "branch", "--list", "maestro/*")).toBe("");

    expect(gh.tokens.length).toBeGreaterThanOrEqual(3);
    expect(network.unmatched).toEqual([]);
    expect(api?.outsidePrefix ?? []).toEqual([]);
    expect(gh.unhandled).toEqual([]);
  });
});
