import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { createActionOctokit } from "../adapters/github/create-action-octokit.js";
import type { RetryPause } from "../adapters/github/create-once.js";
import { systemTimers, type Timers } from "../adapters/github/timers.js";
import { withoutSecrets } from "../adapters/agents/agent-environment.js";
import { defaultRunner } from "../github/default-runner.js";
import { RunRegistry } from "../github/run-registry.js";
import type { GitHubRunDeps, RepositoryFacts } from "../github/github-run-deps.js";
import { handleBranchRun } from "../github/handle-branch-run.js";
import { handleCommentCommand } from "../github/handle-comment-command.js";
import { repositoryFacts, type PayloadRepository } from "../github/repository-facts.js";
import type { GitHubRunOutcome } from "../github/run-target.js";
import type { Runner } from "../github/runner.js";
import { readActionInputs } from "./action-inputs.js";

/** What tests inject; production uses the defaults. */
export interface ActionRunOptions {
  runner?: Runner;
  timers?: Timers;
  /** Octokit's fetch (tests pass globalThis.fetch so nock sees the requests). */
  fetch?: typeof fetch;
  /** Milliseconds per retry-after unit. */
  retryAfterBaseValue?: number;
  updateIntervalMs?: number;
  /** Tests switch Octokit's throttling off (its write limiter spaces POSTs a second apart). */
  throttle?: boolean;
  /** The wait before a create is tried again after a 5xx. */
  retryPause?: RetryPause;
}

interface EventPayload {
  action?: string;
  repository?: PayloadRepository;
  issue?: { number: number; state: string; pull_request?: unknown };
  comment?: { id: number; body: string; user: { login: string; type: string } };
  sender?: { login: string; type: string };
}

/** The Action: reads inputs and the event, runs the shared flow, sets outputs and the job summary. */
export async function run(options: ActionRunOptions = {}): Promise<void> {
  try {
    const outcome = await runAction(options, process.env);
    if (outcome.kind === "run") {
      core.setOutput("status", outcome.conclusion);
      core.setOutput("done", String(outcome.summary?.done.length ?? 0));
      core.setOutput("failed", String(outcome.summary?.failed.length ?? 0));
      core.setOutput("cancelled", String(outcome.cancelled.length));
      core.setOutput("skipped", String(outcome.summary?.skipped.length ?? 0));
      core.setOutput("waves", String(outcome.summary?.waves ?? 0));
      if (outcome.conclusion === "failure") core.setFailed(`maestro: ${outcome.output.title}`);
    } else {
      core.setOutput("status", outcome.kind === "ignored" ? "ignored" : `refused: ${outcome.reason}`);
      for (const name of ["done", "failed", "cancelled", "skipped", "waves"]) core.setOutput(name, "0");
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

async function runAction(options: ActionRunOptions, env: NodeJS.ProcessEnv): Promise<GitHubRunOutcome> {
  const inputs = readActionInputs((name) => core.getInput(name));
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) throw new Error("GITHUB_EVENT_PATH is not set: run maestro's Action inside a workflow");
  const payload = JSON.parse(await readFile(eventPath, "utf8")) as EventPayload;
  const repository = payload.repository;
  if (!repository) throw new Error(`the ${eventName} event has no repository`);
  const repo = repositoryFacts(repository);
  core.setSecret(inputs.token);
  // Cancelling the workflow run sends SIGINT, then SIGTERM: stop the agents, keep and push merged work.
  const registry = new RunRegistry();
  const stop = (): void => registry.abortAll();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const client = createActionOctokit(inputs.token, {
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retryAfterBaseValue === undefined
      ? {}
      : { retryAfterBaseValue: options.retryAfterBaseValue }),
    log: { warn: (m) => core.warning(m) },
    ...(options.throttle === undefined ? {} : { throttle: options.throttle }),
  });
  const deps: GitHubRunDeps = {
    client,
    runner: options.runner ?? defaultRunner,
    gitToken: () => Promise.resolve(inputs.token),
    workRoot: join(env.RUNNER_TEMP || tmpdir(), "maestro"),
    agents: inputs.agents,
    overrides: inputs.overrides,
    registry,
    timers: options.timers ?? systemTimers,
    agentEnv: withoutSecrets(env),
    gitEnv: withoutSecrets(env),
    identity: { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" },
    // Clicks on check-run buttons go to the App that made the check run (GitHub Actions), not to this job.
    buttons: false,
    commentFallback: true,
    log: { info: (m) => core.info(m), warn: (m) => core.warning(m), error: (m) => core.error(m) },
    ...(options.updateIntervalMs === undefined ? {} : { updateIntervalMs: options.updateIntervalMs }),
    ...(options.retryPause === undefined ? {} : { retryPause: options.retryPause }),
    onFinalOutput: async (output) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary
        .addRaw(`## maestro · ${output.title}\n\n${output.summary}\n\n${output.text}\n`)
        .write();
    },
  };
  try {
    return await dispatch(deps, repo, payload, eventName, inputs.command, env);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}

async function dispatch(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  payload: EventPayload,
  eventName: string,
  command: "implement" | "plan",
  env: NodeJS.ProcessEnv,
): Promise<GitHubRunOutcome> {
  switch (eventName) {
    case "issue_comment": {
      const { issue, comment, sender } = payload;
      if (
        payload.action !== "created" ||
        !issue ||
        !comment ||
        !issue.pull_request ||
        issue.state !== "open"
      ) {
        core.info("not a new comment on an open pull request: nothing to do");
        return { kind: "ignored" };
      }
      if (sender?.type === "Bot" || comment.user.type === "Bot") {
        core.info("comment by a bot: nothing to do");
        return { kind: "ignored" };
      }
      return handleCommentCommand(deps, repo, {
        id: comment.id,
        body: comment.body,
        user: comment.user.login,
        pullNumber: issue.number,
      });
    }
    case "workflow_dispatch": {
      const ref = env.GITHUB_REF ?? "";
      if (!ref.startsWith("refs/heads/") || !env.GITHUB_SHA) {
        throw new Error(`workflow_dispatch must run on a branch (got ${ref || "no ref"})`);
      }
      return handleBranchRun(deps, repo, {
        branch: ref.slice("refs/heads/".length),
        sha: env.GITHUB_SHA,
        commandPath: null,
        planOnly: command === "plan",
        only: null,
      });
    }
    default:
      throw new Error(
        `maestro handles issue_comment and workflow_dispatch events, not ${eventName || "(none)"}`,
      );
  }
}
