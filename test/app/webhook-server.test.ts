import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { createNodeMiddleware, Probot } from "probot";
import { afterEach, describe, expect, it } from "vitest";
import { webhookSecretProblem } from "../../src/app/app-settings.js";
import { createMaestroApp } from "../../src/app/maestro-app.js";
import { fakeRunner } from "../support/fake-runner.js";
import { APP_PRIVATE_KEY, blockNetwork } from "../support/github-api.js";
import { issueCommentEvent } from "../support/webhook-examples.js";

const SECRET = "a-real-webhook-secret";
let server: Server | null = null;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
  expect(nock.pendingMocks()).toEqual([]);
});

describe("the App's HTTP server", () => {
  it("answers 200 to a signed webhook and 400 to a badly signed one, doing nothing for either", async () => {
    const network = blockNetwork();
    const runner = fakeRunner();
    const app = createMaestroApp({
      settings: {
        workRoot: "/nonexistent",
        agents: { command: null, defaultPreset: "claude", allowedPresets: ["claude"] },
        identity: { name: "m", email: "m@example.com" },
      },
      runner,
      env: {},
    });
    const probot = new Probot({ appId: 123, privateKey: APP_PRIVATE_KEY, secret: SECRET, logLevel: "fatal" });
    const middleware = await createNodeMiddleware(app.appFn, {
      probot,
      webhooksPath: "/api/github/webhooks",
    });
    server = createServer((req, res) => {
      void middleware(req, res, () => {
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;

    // A bot's comment: accepted by the server, ignored by maestro (no API call is mocked or made).
    const payload = issueCommentEvent(
      { cloneUrl: "/nonexistent" },
      { body: "/maestro implement", userType: "Bot" },
    );
    const body = JSON.stringify(payload);
    const post = (signature: string): Promise<Response> =>
      fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "issue_comment",
          "x-github-delivery": "d1",
          "x-hub-signature-256": signature,
        },
        body,
      });
    const good = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
    const bad = `sha256=${createHmac("sha256", "wrong").update(body).digest("hex")}`;
    expect((await post(good)).status).toBe(200);
    expect((await post(bad)).status).toBe(400);
    await app.background.idle();
    expect(runner.calls).toHaveLength(0);
    expect(network.unmatched).toEqual([]);
  });
});

describe("webhookSecretProblem", () => {
  it("refuses an unset secret and Probot's development default", () => {
    expect(webhookSecretProblem(undefined)).toContain("WEBHOOK_SECRET is not set");
    expect(webhookSecretProblem("  ")).toContain("WEBHOOK_SECRET is not set");
    expect(webhookSecretProblem("development")).toContain('default "development"');
    expect(webhookSecretProblem(SECRET)).toBeNull();
  });
});
