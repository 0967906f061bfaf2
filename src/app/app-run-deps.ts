import type { Context } from "probot";
import { withoutSecrets } from "../adapters/agents/agent-environment.js";
import type { RetryPause } from "../adapters/github/create-once.js";
import type { GitHubClient } from "../adapters/github/github-client.js";
import { systemTimers, type Timers } from "../adapters/github/timers.js";
import type { GitHubRunDeps, RunLog } from "../github/github-run-deps.js";
import type { RunRegistry } from "../github/run-registry.js";
import type { Runner } from "../github/runner.js";
import type { AppSettings } from "./app-settings.js";

/** What the App is built from; tests inject the runner, the clock and a short update interval. */
export interface MaestroAppOptions {
  settings: AppSettings;
  runner: Runner;
  /** The environment agents start from (GitHub tokens and the App's secrets are removed from it). */
  env: Record<string, string | undefined>;
  timers?: Timers;
  updateIntervalMs?: number;
  keepWorkDirs?: boolean;
  /** The wait before a create is tried again after a 5xx (default 1 s, 4 s, 9 s). */
  retryPause?: RetryPause;
}

/** What every run of one App process shares. */
export interface AppShared {
  registry: RunRegistry;
  /** Tells this process's runs from those of a process that was killed (same work root, maybe same pid). */
  instanceId: string;
  log: RunLog;
}

/** The flow's dependencies for one webhook: its installation's Octokit, the App's settings. */
export function appRunDeps(options: MaestroAppOptions, shared: AppShared, context: Context): GitHubRunDeps {
  const client: GitHubClient = context.octokit;
  return {
    client,
    runner: options.runner,
    gitToken: installationTokenSource(context),
    workRoot: options.settings.workRoot,
    agents: options.settings.agents,
    overrides: {},
    registry: shared.registry,
    timers: options.timers ?? systemTimers,
    agentEnv: withoutSecrets(options.env),
    gitEnv: withoutSecrets(options.env),
    identity: options.settings.identity,
    buttons: true,
    commentFallback: false,
    instanceId: shared.instanceId,
    log: shared.log,
    ...(options.updateIntervalMs === undefined ? {} : { updateIntervalMs: options.updateIntervalMs }),
    ...(options.keepWorkDirs === undefined ? {} : { keepWorkDirs: options.keepWorkDirs }),
    ...(options.retryPause === undefined ? {} : { retryPause: options.retryPause }),
  };
}

/**
 * A new installation token for each network git command: a cached one may expire during a long run
 * (tokens last an hour and git cannot refresh them). Minted through the installation's own Octokit, so the
 * request goes where its REST calls go: `octokit.auth({ type: "installation", refresh: true })` asks
 * api.github.com even on GitHub Enterprise Server (Probot gives its auth strategy no base URL).
 */
function installationTokenSource(context: Context): () => Promise<string | null> {
  const installation = (context.payload as { installation?: { id: number } }).installation;
  return async () => {
    if (installation === undefined) return null;
    // The App's JWT signs this request (the auth hook knows the route); the answer is a fresh token.
    const { data } = await context.octokit.request(
      "POST /app/installations/{installation_id}/access_tokens",
      {
        installation_id: installation.id,
      },
    );
    return data.token;
  };
}
