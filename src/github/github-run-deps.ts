import type { RetryPause } from "../adapters/github/create-once.js";
import type { GitHubClient, RepoRef } from "../adapters/github/github-client.js";
import type { GitTokenSource } from "../adapters/github/pull-request-checkout.js";
import type { Timers } from "../adapters/github/timers.js";
import type { CheckRunOutput } from "../core/render/render-check-run.js";
import type { AgentPolicy } from "./agent-policy.js";
import type { RunRegistry } from "./run-registry.js";
import type { Runner } from "./runner.js";

/** The repository a command arrived for. */
export interface RepositoryFacts extends RepoRef {
  defaultBranch: string;
  /** From the webhook payload: git talks to exactly this URL (GHE, or a bare repository in tests). */
  cloneUrl: string;
  /** The repository's web address (`https://github.com/acme/demo`), for links; null when unknown. */
  htmlUrl: string | null;
}

/** Where messages about runs go (Probot's logger, the Action's core). */
export interface RunLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Settings that take precedence over `.github/maestro.yml` (the Action's inputs). */
export interface RunOverrides {
  tasks?: string;
  verify?: string[];
  setup?: string[];
  taskTimeoutMs?: number;
}

/** Everything the shared flow needs; the App and the Action each build one. */
export interface GitHubRunDeps {
  client: GitHubClient;
  runner: Runner;
  /** A fresh token for each network git operation. */
  gitToken: GitTokenSource;
  /** A fresh directory per run is made under it. */
  workRoot: string;
  agents: AgentPolicy;
  overrides: RunOverrides;
  registry: RunRegistry;
  timers: Timers;
  /** The environment agents run with; GitHub tokens are already removed (see agentEnvironment). */
  agentEnv: Record<string, string | undefined>;
  /** The environment git runs with (no tokens). */
  gitEnv: Record<string, string | undefined>;
  identity: { name: string; email: string };
  /**
   * The check run shows "Cancel" and "Retry failed": only where something answers the clicks
   * (`check_run.requested_action`), i.e. the App; the Action's check runs show none.
   */
  buttons: boolean;
  /** When the token cannot create check runs (403), keep one PR comment up to date instead. */
  commentFallback: boolean;
  log: RunLog;
  /** The least time between two progress writes (3 s). */
  updateIntervalMs?: number;
  /** Keep each run's clone and work folder (logs, failed branches) instead of removing them. */
  keepWorkDirs?: boolean;
  /**
   * The App: this process's ID. When set, a run records itself in its folder, and a new run on a pull
   * request first concludes the `in_progress` maestro check runs a killed process left on it. The Action
   * leaves it unset: another workflow run may legitimately be running on the same pull request.
   */
  instanceId?: string;
  /** The wait before a create (check run, comment) is tried again after a 5xx; tests shorten it. */
  retryPause?: RetryPause;
  /** Called with the final Markdown (the Action writes it to the job summary). */
  onFinalOutput?: (output: CheckRunOutput) => Promise<void> | void;
}
