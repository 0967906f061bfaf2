import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createNodeMiddleware, createProbot } from "probot";
import type { Timers } from "../../../src/adapters/github/timers.js";
import { appOctokit } from "../../../src/app/app-octokit.js";
import { createMaestroApp, type MaestroApp } from "../../../src/app/maestro-app.js";
import type { AgentPolicy } from "../../../src/github/agent-policy.js";
import type { Runner } from "../../../src/github/runner.js";
import type { RemoteFixture } from "../../support/git-fixture.js";
import { APP_PRIVATE_KEY } from "../../support/github-api.js";
import { frozenTimers } from "./app-harness.js";

const SECRET = "app-server-test-secret";

/** One App process as GitHub sees it: a real Probot HTTP server that webhooks are signed and posted to. */
export interface AppServer {
  app: MaestroApp;
  workRoot: string;
  /** Posts a signed webhook; resolves with the HTTP status once the server answered. */
  post(event: string, payload: object, delivery: string): Promise<number>;
  close(): Promise<void>;
}

/** What a test may change; `gheHost` switches Probot to GitHub Enterprise Server (GHE_PROTOCOL=http). */
export interface AppServerOptions {
  remote: RemoteFixture;
  runner: Runner;
  agents?: AgentPolicy;
  workRoot?: string;
  timers?: Timers;
  gheHost?: string;
}

/** Starts maestro's App behind Probot's own middleware on a loopback port, configured from the environment. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const workRoot = options.workRoot ?? join(options.remote.root, "work");
  const app = createMaestroApp({
    settings: {
      workRoot,
      agents: options.agents ?? { command: null, defaultPreset: "claude", allowedPresets: ["claude"] },
      identity: { name: "maestro[bot]", email: "maestro@example.com" },
    },
    runner: options.runner,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_TOKEN: "ghp_must_not_leak" },
    timers: options.timers ?? frozenTimers(),
    updateIntervalMs: 3000,
    retryPause: () => Promise.resolve(),
  });
  // As `npm start` reads them: the App's ID, key and secret, and GHE_HOST / GHE_PROTOCOL for Enterprise.
  const probot = createProbot({
    env: {
      APP_ID: "123",
      PRIVATE_KEY: APP_PRIVATE_KEY,
      WEBHOOK_SECRET: SECRET,
      LOG_LEVEL: "fatal",
      ...(options.gheHost ? { GHE_HOST: options.gheHost, GHE_PROTOCOL: "http" } : {}),
    },
    defaults: { Octokit: appOctokit({ throttle: { enabled: false }, retry: { retryAfterBaseValue: 1 } }) },
  });
  const middleware = await createNodeMiddleware(app.appFn, { probot, webhooksPath: "/api/github/webhooks" });
  const server: Server = createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    app,
    workRoot,
    post: async (event, payload, delivery) => {
      const body = JSON.stringify(payload);
      const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": event,
          "x-github-delivery": delivery,
          "x-hub-signature-256": `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`,
        },
        body,
      });
      return response.status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
