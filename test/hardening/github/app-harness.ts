import { chmodSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Probot } from "probot";
import type { Timers } from "../../../src/adapters/github/timers.js";
import { appOctokit } from "../../../src/app/app-octokit.js";
import { createMaestroApp, type MaestroApp } from "../../../src/app/maestro-app.js";
import type { AgentPolicy } from "../../../src/github/agent-policy.js";
import type { Runner } from "../../../src/github/runner.js";
import { git, type RemoteFixture } from "../../support/git-fixture.js";
import { APP_PRIVATE_KEY } from "../../support/github-api.js";
import { issueCommentEvent, type CommentScenario } from "../../support/webhook-examples.js";

/** A started App, fed webhooks in-process through `probot.receive` (signatures are the HTTP test's business). */
export interface AppHarness {
  probot: Probot;
  app: MaestroApp;
  workRoot: string;
  /** Delivers one event and waits for every background run to end. */
  deliver(payload: object, name?: string, id?: string): Promise<void>;
  /** Delivers one event without waiting for the runs it starts. */
  receive(payload: object, name?: string, id?: string): Promise<void>;
}

/** What a test may change about the App. */
export interface AppHarnessOptions {
  remote: RemoteFixture;
  runner: Runner;
  agents?: AgentPolicy;
  timers?: Timers;
  env?: Record<string, string | undefined>;
  workRoot?: string;
  /** Octokit's throttle options (default: off, so writes are not spaced a second apart). */
  throttle?: Record<string, unknown>;
  /** Milliseconds per retry-after unit for Octokit's retry plugin. */
  retryAfterBaseValue?: number;
}

/** No wait between attempts of a create: the fake answers at once. */
const noPause = (): Promise<void> => Promise.resolve();

let deliveries = 0;

/** Starts maestro's Probot App against the fake GitHub. */
export async function startApp(options: AppHarnessOptions): Promise<AppHarness> {
  const workRoot = options.workRoot ?? join(options.remote.root, "work");
  const app = createMaestroApp({
    settings: {
      workRoot,
      agents: options.agents ?? { command: null, defaultPreset: "claude", allowedPresets: ["claude"] },
      identity: { name: "maestro[bot]", email: "maestro@example.com" },
    },
    runner: options.runner,
    env: options.env ?? {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_TOKEN: "ghp_must_not_leak",
    },
    timers: options.timers ?? frozenTimers(),
    updateIntervalMs: 3000,
    retryPause: noPause,
  });
  const probot = new Probot({
    appId: 123,
    privateKey: APP_PRIVATE_KEY,
    secret: "test-secret",
    logLevel: "fatal",
    // The App's own Octokit (rate limits retried), with the throttle off unless a test turns it on.
    Octokit: appOctokit({
      throttle: { enabled: false, ...options.throttle },
      retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1 },
    }),
  });
  await probot.load(app.appFn);
  const receive = async (payload: object, name = "issue_comment", id?: string): Promise<void> => {
    await probot.receive({ id: id ?? `delivery-${++deliveries}`, name, payload } as never);
  };
  return {
    probot,
    app,
    workRoot,
    receive,
    async deliver(payload, name, id) {
      await receive(payload, name, id);
      await app.background.idle();
    },
  };
}

/** Time that never moves: throttled progress writes then happen only when forced. */
export function frozenTimers(): Timers {
  return { now: () => Date.UTC(2025, 0, 1, 12), setTimeout: () => 0, clearTimeout: () => {} };
}

/** What a comment event may vary. */
export type CommentShape = CommentScenario;

/** GitHub's issue_comment example for the fake repository, its clone URL the bare remote. */
export function commentPayload(remote: RemoteFixture, shape: CommentShape): Record<string, unknown> {
  return issueCommentEvent({ cloneUrl: remote.bare }, shape);
}

/** Every ref of a repository with its SHA: compare before and after to prove nothing was pushed. */
export function refsOf(bare: string): string {
  return git(bare, "for-each-ref", "--format=%(refname) %(objectname)");
}

/**
 * A fake agent that only leaves a mark: if the mark file exists afterwards, an agent ran. The script
 * lives outside every repository.
 */
export function markingAgent(dir: string): { command: string[]; mark: string } {
  const mark = join(dir, "agent-ran.mark");
  const script = join(dir, "marking-agent.sh");
  writeFileSync(script, `#!/bin/sh\necho "$MAESTRO_TASK_ID" >> '${mark}'\n`);
  chmodSync(script, 0o755);
  return { command: [script], mark };
}

/** Run folders left under the work root (each run's clone and work folder are removed when it ends). */
export function leftoverRunDirs(workRoot: string): string[] {
  return existsSync(workRoot) ? readdirSync(workRoot) : [];
}
