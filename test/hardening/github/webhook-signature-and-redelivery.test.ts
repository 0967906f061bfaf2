import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import nock from "nock";
import { createNodeMiddleware, Probot, ProbotOctokit } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMaestroApp, type MaestroApp } from "../../../src/app/maestro-app.js";
import { fakeRunner, type FakeRunner } from "../../support/fake-runner.js";
import { makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { APP_PRIVATE_KEY, blockNetwork } from "../../support/github-api.js";
import { commentPayload, frozenTimers, refsOf } from "./app-harness.js";
import { FakeGitHub } from "./fake-github.js";

// The App's real HTTP server on loopback: a webhook is acted on only with a valid signature over its
// exact body and a JSON content type, and one delivery ID starts at most one run however often it comes.

const SECRET = "a-real-webhook-secret";
let server: Server;
let port: number;
let app: MaestroApp;
let runner: FakeRunner;
let remote: RemoteFixture;
let gh: FakeGitHub;
let network: { unmatched: string[] };

beforeEach(async () => {
  network = blockNetwork();
  remote = makeRemote();
  gh = new FakeGitHub(remote.bare).pull(7, "feature");
  runner = fakeRunner();
  app = createMaestroApp({
    settings: {
      workRoot: join(remote.root, "work"),
      agents: { command: null, defaultPreset: "claude", allowedPresets: ["claude"] },
      identity: { name: "maestro[bot]", email: "m@example.com" },
    },
    runner,
    env: { PATH: process.env.PATH },
    timers: frozenTimers(),
  });
  const probot = new Probot({
    appId: 123,
    privateKey: APP_PRIVATE_KEY,
    secret: SECRET,
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((o: Record<string, unknown>) => ({
      ...o,
      throttle: { ...(o.throttle as object), enabled: false },
      retry: { retryAfterBaseValue: 1 },
    })),
  });
  const middleware = await createNodeMiddleware(app.appFn, { probot, webhooksPath: "/api/github/webhooks" });
  server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  expect(gh.unhandled).toEqual([]);
  expect(network.unmatched).toEqual([]);
  nock.cleanAll();
});

function sign(body: string, secret = SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

async function post(body: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: "POST",
    headers: { "x-github-event": "issue_comment", "x-github-delivery": "d-1", ...headers },
    body,
  });
  await response.text();
  return response.status;
}

describe("webhooks maestro must not act on", () => {
  const body = (): string => JSON.stringify(commentPayload(remote, { body: "/maestro implement" }));

  it("a bad signature, a missing one, one over another body, one made with another secret", async () => {
    const refs = refsOf(remote.bare);
    const text = body();
    const statuses = [
      await post(text, { "content-type": "application/json", "x-hub-signature-256": "sha256=00" }),
      await post(text, { "content-type": "application/json" }),
      await post(text, { "content-type": "application/json", "x-hub-signature-256": sign(`${text} `) }),
      await post(text, {
        "content-type": "application/json",
        "x-hub-signature-256": sign(text, "development"),
      }),
      // The legacy SHA-1 header alone is not enough.
      await post(text, {
        "content-type": "application/json",
        "x-hub-signature": `sha1=${createHmac("sha1", SECRET).update(text).digest("hex")}`,
      }),
    ];
    await app.background.idle();
    for (const status of statuses) expect(status).toBeGreaterThanOrEqual(400);
    expect(runner.calls).toHaveLength(0);
    expect(gh.requests).toEqual([]);
    expect(refsOf(remote.bare)).toBe(refs);
  });

  it("a wrong content type, even correctly signed", async () => {
    const text = body();
    const form = `payload=${encodeURIComponent(text)}`;
    const statuses = [
      await post(form, {
        "content-type": "application/x-www-form-urlencoded",
        "x-hub-signature-256": sign(form),
      }),
      await post(text, { "content-type": "text/plain", "x-hub-signature-256": sign(text) }),
    ];
    await app.background.idle();
    for (const status of statuses) expect(status).toBeGreaterThanOrEqual(400);
    expect(runner.calls).toHaveLength(0);
    expect(gh.requests).toEqual([]);
  });
});

describe("the same delivery sent twice", () => {
  it("starts one run, whether the second copy arrives during the run or after it", async () => {
    const text = JSON.stringify(commentPayload(remote, { body: "/maestro implement" }));
    const headers = {
      "content-type": "application/json",
      "x-hub-signature-256": sign(text),
      "x-github-delivery": "same-id",
    };
    const [first, during] = await Promise.all([post(text, headers), post(text, headers)]);
    await app.background.idle();
    const after = await post(text, headers);
    await app.background.idle();
    expect([first, during, after]).toEqual([200, 200, 200]);
    expect(runner.calls).toHaveLength(1);
    expect(gh.maestroRuns()).toHaveLength(1);
    // No "already running" reply either: a redelivery is the same comment, not a second command.
    expect(gh.comments).toEqual([]);
    expect(gh.reactions.map((r) => r.content)).toEqual(["eyes", "rocket"]);
  });
});
