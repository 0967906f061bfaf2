import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { fakeRunner } from "../../support/fake-runner.js";
import { makeRemote } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { checkedRequests } from "../../support/github-request-log.js";
import { commentPayload, startApp } from "./app-harness.js";
import { FakeGitHub } from "./fake-github.js";

// A run past the limits GitHub's API description sets on check runs: 600 failed tasks with long,
// multi-byte titles, so 600 annotations (50 per request at most) and a summary and text too long to send
// whole (65,535 characters each). The request guard fails this test if any write breaks a rule.

afterEach(() => {
  nock.cleanAll();
});

const IDS = Array.from({ length: 600 }, (_, i) => `T${String(i + 1).padStart(4, "0")}`);

function longTaskList(): string {
  const title = "Prüfe die Zahlung 💳 und die Rückerstattung, Schritt für Schritt — ".repeat(4);
  const lines = IDS.map((id) => `- [ ] ${id} [P] ${title} in \`src/${id.toLowerCase()}.ts\``);
  return ["# Tasks: limits", "", ...lines, ""].join("\n");
}

describe("requests at GitHub's limits", () => {
  it("600 failed tasks: annotations go out 50 per request, and every request is one GitHub accepts", async () => {
    const network = blockNetwork();
    const remote = makeRemote({ "specs/001-demo/tasks.md": longTaskList() });
    const gh = new FakeGitHub(remote.bare).pull(7, "feature");
    const before = checkedRequests();
    const harness = await startApp({ remote, runner: fakeRunner({ fail: IDS }) });
    await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));

    const [run] = gh.maestroRuns();
    expect(run?.conclusion).toBe("failure");
    const batches = (run?.writes ?? [])
      .map((w) => (w.output as { annotations?: unknown[] } | undefined)?.annotations?.length ?? 0)
      .filter((n) => n > 0);
    expect(batches).toEqual(Array.from({ length: 12 }, () => 50));
    // Every request the stand-in answered was checked against the description (and none was refused,
    // or the guard fails this test).
    expect(checkedRequests() - before).toBe(gh.requests.length);
    expect(gh.unhandled).toEqual([]);
    expect(network.unmatched).toEqual([]);
  });
});
