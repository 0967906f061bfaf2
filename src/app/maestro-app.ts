import { randomUUID } from "node:crypto";
import type { ApplicationFunction, Context, Probot } from "probot";
import type { RetryPause } from "../adapters/github/create-once.js";
import type { GitHubClient } from "../adapters/github/github-client.js";
import { systemTimers, type Timers } from "../adapters/github/timers.js";
import { parseCommentCommand } from "../core/command/parse-comment-command.js";
import { withoutSecrets } from "../adapters/agents/agent-environment.js";
import { RunRegistry } from "../github/run-registry.js";
import {
  handleCommentCommand,
  handleRequestedAction,
  type GitHubRunDeps,
  type RepositoryFacts,
  type RunLog,
} from "../github/run-pull-request.js";
import type { Runner } from "../github/runner.js";
import type { AppSettings } from "./app-settings.js";
import { BackgroundRuns } from "./background-runs.js";
import { SeenDeliveries } from "./seen-deliveries.js";

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

/** The App and the runs it started in the background. */
export interface MaestroApp {
  appFn: ApplicationFunction;
  background: BackgroundRuns;
  registry: RunRegistry;
}

/**
 * The Probot App: `/maestro` commands in new PR comments and the check run's buttons. Webhooks are
 * answered at once; the work runs in the background (GitHub gives a webhook 10 s and does not retry).
 */
export function createMaestroApp(options: MaestroAppOptions): MaestroApp {
  const registry = new RunRegistry();
  const deliveries = new SeenDeliveries();
  // Tells this process's runs from those of a process that was killed (same work root, maybe same pid).
  const instanceId = randomUUID();
  let log: RunLog = console;
  const background = new BackgroundRuns((error) => log.error(`maestro run crashed: ${String(error)}`));
  const appFn = (app: Probot): void => {
    log = {
      info: (m) => app.log.info(m),
      warn: (m) => app.log.warn(m),
      error: (m) => app.log.error(m),
    };
    const depsFor = (context: Context): GitHubRunDeps => {
      const client: GitHubClient = context.octokit;
      return {
        client,
        runner: options.runner,
        // A new installation token is minted for each network git command: a cached one may expire during
        // a long run (tokens last an hour and git cannot refresh them).
        gitToken: async () => {
          const auth = (await context.octokit.auth({ type: "installation", refresh: true })) as {
            token?: string;
          };
          return auth.token ?? null;
        },
        workRoot: options.settings.workRoot,
        agents: options.settings.agents,
        overrides: {},
        registry,
        timers: options.timers ?? systemTimers,
        agentEnv: withoutSecrets(options.env),
        gitEnv: withoutSecrets(options.env),
        identity: options.settings.identity,
        commentFallback: false,
        instanceId,
        log,
        ...(options.updateIntervalMs === undefined ? {} : { updateIntervalMs: options.updateIntervalMs }),
        ...(options.keepWorkDirs === undefined ? {} : { keepWorkDirs: options.keepWorkDirs }),
        ...(options.retryPause === undefined ? {} : { retryPause: options.retryPause }),
      };
    };
    const repositoryOf = (repository: {
      owner: { login: string };
      name: string;
      default_branch: string;
      clone_url: string;
    }): RepositoryFacts => ({
      owner: repository.owner.login,
      repo: repository.name,
      defaultBranch: repository.default_branch,
      cloneUrl: repository.clone_url,
    });

    app.on("issue_comment.created", (context) => {
      if (!deliveries.firstTime(context.id)) return;
      const { comment, issue, repository, sender } = context.payload;
      // Issues, closed PRs, bots (this App included) and non-commands are dropped before any API call.
      if (!issue.pull_request || issue.state !== "open") return;
      if (sender.type === "Bot" || comment.user?.type === "Bot" || context.isBot) return;
      if (parseCommentCommand(comment.body) === null) return;
      background.add(
        handleCommentCommand(depsFor(context), repositoryOf(repository), {
          id: comment.id,
          body: comment.body,
          user: comment.user?.login ?? sender.login,
          pullNumber: issue.number,
        }),
      );
    });

    app.on("check_run.requested_action", (context) => {
      if (!deliveries.firstTime(context.id)) return;
      const { check_run, requested_action, repository, sender } = context.payload;
      if (sender.type === "Bot" || !requested_action) return;
      background.add(
        handleRequestedAction(depsFor(context), repositoryOf(repository), {
          identifier: requested_action.identifier ?? "",
          user: sender.login,
          externalId: check_run.external_id ?? null,
        }),
      );
    });
  };
  return { appFn, background, registry };
}
