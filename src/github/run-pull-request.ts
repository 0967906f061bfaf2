import { randomBytes } from "node:crypto";
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { readRepositoryContext } from "../adapters/fs/read-repository-context.js";
import { readTaskListInput } from "../adapters/fs/read-task-list-input.js";
import { readRunRecords, tryRemoveRunFolder, writeRunRecord } from "../adapters/fs/run-records.js";
import {
  CHECK_RUN_NAME,
  CheckRunSink,
  decodeMemo,
  REQUESTED_ACTIONS,
} from "../adapters/github/check-run-sink.js";
import { canWrite, readPermission } from "../adapters/github/collaborator-permission.js";
import { tryReact, type CommandReaction } from "../adapters/github/comment-reactions.js";
import { CommentSink } from "../adapters/github/comment-sink.js";
import { createCommentOnce, type RetryPause } from "../adapters/github/create-once.js";
import { BranchDeletedError, BranchMovedConflictError } from "../adapters/github/git-errors.js";
import { httpStatusOf, type GitHubClient, type RepoRef } from "../adapters/github/github-client.js";
import { listPullRequestFiles } from "../adapters/github/list-pull-request-files.js";
import type { ProgressSink, RunConclusion } from "../adapters/github/progress-sink.js";
import {
  PullRequestCheckout,
  runDirectories,
  type GitTokenSource,
} from "../adapters/github/pull-request-checkout.js";
import { CONFIG_PATH, readRepositoryConfig } from "../adapters/github/read-repository-config.js";
import { ThrottledWriter } from "../adapters/github/throttled-writer.js";
import type { Timers } from "../adapters/github/timers.js";
import { chooseTaskList } from "../core/command/choose-task-list.js";
import { parseCommentCommand } from "../core/command/parse-comment-command.js";
import { applyRunEvent, emptyRunState } from "../core/model/run-state.js";
import { parseTaskList } from "../core/parse/parse-task-list.js";
import { buildPlan } from "../core/plan/build-plan.js";
import { toPlanJson } from "../core/render/plan-json.js";
import { renderCheckRun, type CheckRunOutput } from "../core/render/render-check-run.js";
import {
  renderAlreadyRunning,
  renderForkRefusal,
  renderHelpReply,
  renderPermissionDenied,
  renderRegroupComment,
  renderTaskListChoice,
} from "../core/render/render-replies.js";
import { taskAnnotations } from "../core/render/task-annotations.js";
import type { RunSummary } from "../runner/implement-options.js";
import { resolveAgent, type AgentPolicy } from "./agent-policy.js";
import { runKey, type RunRegistry, type RunTicket } from "./run-registry.js";
import type { Runner } from "./runner.js";

/** The repository a command arrived for. */
export interface RepositoryFacts extends RepoRef {
  defaultBranch: string;
  /** From the webhook payload: git talks to exactly this URL (GHE, or a bare repository in tests). */
  cloneUrl: string;
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

/** What happened to a command. */
export type GitHubRunOutcome =
  | { kind: "ignored" }
  | { kind: "replied"; reason: string }
  | { kind: "run"; conclusion: RunConclusion; summary: RunSummary | null; output: CheckRunOutput };

/** A new PR comment, as the entry points see it. */
export interface CommentFacts {
  id: number;
  body: string;
  user: string;
  pullNumber: number;
}

/** What is run: a branch at a pinned commit, for a pull request or a workflow_dispatch. */
export interface RunTarget {
  branch: string;
  sha: string;
  pullNumber: number | null;
  commandPath: string | null;
  planOnly: boolean;
  only: string[] | null;
  /** The comment to react to and answer, if the run was asked for in one. */
  commentId: number | null;
}

const DEFAULT_TASK_TIMEOUT_MS = 30 * 60_000;

/**
 * Handles a new comment on a pull request: parses the command, checks the commenter's permission and
 * the fork rule, answers help and cancel, and runs implement/plan (at most one run per PR).
 */
export async function handleCommentCommand(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  comment: CommentFacts,
): Promise<GitHubRunOutcome> {
  const command = parseCommentCommand(comment.body);
  if (command === null) return { kind: "ignored" };
  const ref = { owner: repo.owner, repo: repo.repo };
  const reply = (body: string): Promise<void> => postComment(deps, ref, comment.pullNumber, body);
  const refuse = async (body: string, reason: string): Promise<GitHubRunOutcome> => {
    await tryReact(deps.client, ref, comment.id, "confused");
    await reply(body);
    return { kind: "replied", reason };
  };

  const permission = await readPermission(deps.client, ref, comment.user);
  if (!canWrite(permission)) return refuse(renderPermissionDenied(comment.user, permission), "permission");
  if (command.kind === "help") {
    await reply(renderHelpReply(command.problem));
    return { kind: "replied", reason: "help" };
  }
  const key = runKey(repo.owner, repo.repo, comment.pullNumber);
  if (command.kind === "cancel") {
    const ticket = deps.registry.get(key);
    if (!ticket)
      return refuse("There is no maestro run going on for this pull request.", "nothing-to-cancel");
    await tryReact(deps.client, ref, comment.id, "eyes");
    ticket.controller.abort();
    await reply(`Cancelling: running agents are stopped, merged work is kept and pushed.`);
    return { kind: "replied", reason: "cancel" };
  }

  const { data: pr } = await deps.client.rest.pulls.get({ ...ref, pull_number: comment.pullNumber });
  if (pr.state !== "open") return { kind: "ignored" };
  const headRepo = pr.head.repo?.full_name ?? "(a deleted fork)";
  if (headRepo !== pr.base.repo.full_name) return refuse(renderForkRefusal(headRepo), "fork");

  const ticket = deps.registry.claim(key);
  if (ticket === null) {
    // The run may have started a moment ago: wait for its check run so the reply can link to it.
    const link = (await deps.registry.get(key)?.linked) ?? null;
    return refuse(renderAlreadyRunning(link), "already-running");
  }
  const planOnly = command.kind === "plan" || (command.kind === "implement" && command.dryRun);
  return runClaimed(deps, repo, ticket, {
    branch: pr.head.ref,
    // Pinned now: whatever is pushed later is merged in, never run unseen.
    sha: pr.head.sha,
    pullNumber: comment.pullNumber,
    commandPath: command.path,
    planOnly,
    only: command.kind === "implement" ? command.only : null,
    commentId: comment.id,
  });
}

/** Handles a click on one of the check run's buttons ("Retry failed", "Cancel"). */
export async function handleRequestedAction(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  action: { identifier: string; user: string; externalId: string | null },
): Promise<GitHubRunOutcome> {
  const memo = decodeMemo(action.externalId);
  if (memo === null || memo.pr === null) return { kind: "ignored" };
  const ref = { owner: repo.owner, repo: repo.repo };
  if (!canWrite(await readPermission(deps.client, ref, action.user))) return { kind: "ignored" };
  const key = runKey(repo.owner, repo.repo, memo.pr);
  if (action.identifier === REQUESTED_ACTIONS.cancel.identifier) {
    deps.registry.get(key)?.controller.abort();
    return { kind: "replied", reason: "cancel" };
  }
  if (action.identifier !== REQUESTED_ACTIONS.retryFailed.identifier) return { kind: "ignored" };
  const { data: pr } = await deps.client.rest.pulls.get({ ...ref, pull_number: memo.pr });
  if (pr.state !== "open" || pr.head.repo?.full_name !== pr.base.repo.full_name) return { kind: "ignored" };
  const ticket = deps.registry.claim(key);
  if (ticket === null) {
    const link = (await deps.registry.get(key)?.linked) ?? null;
    await postComment(deps, ref, memo.pr, renderAlreadyRunning(link));
    return { kind: "replied", reason: "already-running" };
  }
  // Done tasks are ticked on the branch, so running the list again runs exactly the failed and skipped ones.
  return runClaimed(deps, repo, ticket, {
    branch: pr.head.ref,
    sha: pr.head.sha,
    pullNumber: memo.pr,
    commandPath: memo.tasks,
    planOnly: false,
    only: null,
    commentId: null,
  });
}

/** Runs on a branch without a pull request (workflow_dispatch). */
export async function handleBranchRun(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  target: Omit<RunTarget, "pullNumber" | "commentId">,
): Promise<GitHubRunOutcome> {
  const key = runKey(repo.owner, repo.repo, target.branch);
  const ticket = deps.registry.claim(key);
  if (ticket === null) return { kind: "replied", reason: "already-running" };
  return runClaimed(deps, repo, ticket, { ...target, pullNumber: null, commentId: null });
}

/** A failure found before or around the engine, reported on the check run and in a reply. */
class RunStopped extends Error {
  constructor(
    readonly title: string,
    message: string,
    readonly conclusion: RunConclusion = "failure",
  ) {
    super(message);
  }
}

/** How a run that stopped at a push ends: a change someone made on GitHub is a cancel, anything else a failure. */
function stopConclusion(error: unknown): RunConclusion {
  if (error instanceof RunStopped) return error.conclusion;
  return error instanceof BranchDeletedError ? "cancelled" : "failure";
}

function stopTitle(error: unknown): string {
  if (error instanceof BranchDeletedError) return "Stopped: the branch was deleted";
  if (error instanceof BranchMovedConflictError) return "Stopped: the branch moved and conflicts";
  return "Stopped: could not push";
}

async function runClaimed(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  ticket: RunTicket,
  target: RunTarget,
): Promise<GitHubRunOutcome> {
  const ref = { owner: repo.owner, repo: repo.repo };
  const now = (): Date => new Date(deps.timers.now());
  const react = async (content: CommandReaction): Promise<void> => {
    if (target.commentId !== null) await tryReact(deps.client, ref, target.commentId, content);
  };
  // The random part keeps two runs apart even when the clock repeats itself (restarts, injected clocks).
  const runId = `${target.pullNumber ?? "run"}-${target.sha.slice(0, 7)}-${deps.timers.now().toString(36)}-${randomBytes(3).toString("hex")}`;
  const dirs = runDirectories(deps.workRoot, runId);
  let checkout: PullRequestCheckout | null = null;
  let sink: ProgressSink | null = null;
  const pending: Array<Promise<void>> = [];
  try {
    await react("eyes");
    sink = await openSink(deps, ref, target, now());
    ticket.setLink(sink.url);
    if (deps.instanceId !== undefined && sink instanceof CheckRunSink) {
      await writeRunRecord(dirs.root, {
        ...ref,
        pullNumber: target.pullNumber,
        checkRunId: sink.id,
        instance: deps.instanceId,
      });
      await concludeStaleRuns(deps, repo, target, sink).catch((error: unknown) =>
        deps.log.warn(`could not conclude stale check runs: ${String(error)}`),
      );
    }
    const state = emptyRunState();
    const render = (): CheckRunOutput => renderCheckRun(state, { now: now(), planOnly: target.planOnly });
    const writer = new ThrottledWriter(
      () => (sink as ProgressSink).show(render()),
      deps.timers,
      deps.updateIntervalMs ?? 3000,
      (error) => deps.log.warn(`progress update failed: ${String(error)}`),
    );

    const config = await readRepositoryConfig(deps.client, ref, repo.defaultBranch);
    const agent = resolveAgent(deps.agents, config, CONFIG_PATH);
    checkout = await PullRequestCheckout.clone({
      cloneUrl: repo.cloneUrl,
      branch: target.branch,
      sha: target.sha,
      dir: dirs.clone,
      token: deps.gitToken,
      identity: deps.identity,
      env: deps.gitEnv,
    });
    const changed =
      target.pullNumber === null ? [] : await listPullRequestFiles(deps.client, ref, target.pullNumber);
    const choice = chooseTaskList({
      commandPath: target.commandPath ?? deps.overrides.tasks ?? null,
      configPath: config.tasks,
      changedFiles: changed,
      treeFiles: await checkout.listFiles(),
    });
    if (choice.kind === "ambiguous")
      throw new RunStopped("Which task list?", renderTaskListChoice(choice.candidates));
    const tasksPath = choice.path;
    if (sink instanceof CheckRunSink) sink.remember({ pr: target.pullNumber, tasks: tasksPath });
    if (!(await exists(join(checkout.dir, tasksPath)))) {
      throw new RunStopped(
        "Task list not found",
        `\`${tasksPath}\` does not exist at ${target.sha.slice(0, 7)}.`,
      );
    }

    let summary: RunSummary | null = null;
    let conclusion: RunConclusion;
    let pushError: unknown = null;
    if (target.planOnly) {
      const input = await readTaskListInput(join(checkout.dir, tasksPath));
      const list = parseTaskList(input.kind === "file" ? { ...input, path: tasksPath } : input);
      // Planned as `implement` plans it: paths leaving the clone through a link are reported and left
      // out, and imports between the files tasks name are edges.
      const context = await readRepositoryContext(checkout.dir, list);
      const plan = toPlanJson(buildPlan(context.list, { imports: context.imports }));
      applyRunEvent(state, { type: "plan", time: now().toISOString(), runId, plan });
      conclusion = "neutral";
    } else {
      const work = checkout;
      summary = await deps.runner({
        repo: work.dir,
        tasksPath,
        agent,
        ...((deps.overrides.verify ?? config.verify)
          ? { verify: deps.overrides.verify ?? config.verify ?? [] }
          : {}),
        ...((deps.overrides.setup ?? config.setup)
          ? { setup: deps.overrides.setup ?? config.setup ?? [] }
          : {}),
        taskTimeoutMs: deps.overrides.taskTimeoutMs ?? config.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS,
        maxParallel: 3,
        dryRun: false,
        failFast: false,
        ...(target.only ? { only: target.only } : {}),
        runId,
        workDir: dirs.work,
        env: deps.agentEnv,
        onEvent: (event) => {
          applyRunEvent(state, event);
          writer.changed();
          if (event.type === "regroup" && target.pullNumber !== null) {
            pending.push(postComment(deps, ref, target.pullNumber, renderRegroupComment(event)));
          }
        },
        onWaveMerged: async ({ wave }) => {
          try {
            const pushed = await work.push();
            // A list edited on the branch no longer says what the remaining waves should do.
            const edited = pushed.theirFiles.filter((f) => f === tasksPath || f.startsWith(`${tasksPath}/`));
            if (edited.length > 0) {
              throw new RunStopped(
                "Stopped: the task list changed on the branch",
                `\`${tasksPath}\` was changed on \`${target.branch}\` while maestro ran. maestro merged the change, ` +
                  `pushed the work of waves 1–${wave} and stopped, so the remaining tasks are not run from an ` +
                  "outdated list. Run the command again to continue with the new list.",
                "cancelled",
              );
            }
            if (target.pullNumber !== null) {
              const { data: pr } = await deps.client.rest.pulls.get({
                ...ref,
                pull_number: target.pullNumber,
              });
              if (pr.state !== "open") {
                throw new RunStopped(
                  "Stopped: the pull request was closed",
                  `Pull request #${target.pullNumber} was closed while maestro ran. The work of waves 1–${wave} ` +
                    "was pushed to its branch; nothing more will run.",
                  "cancelled",
                );
              }
            }
          } catch (error) {
            pushError = error;
            throw error;
          }
        },
        signal: ticket.controller.signal,
        now,
      });
      // Whatever was merged is pushed, cancelled runs included; never over someone else's commits.
      if (pushError === null) await work.push().catch((error: unknown) => (pushError = error));
      conclusion = pushError === null ? summary.status : stopConclusion(pushError);
    }
    await Promise.all(pending);
    let output = render();
    if (pushError !== null) {
      output = {
        ...output,
        title: pushError instanceof RunStopped ? pushError.title : stopTitle(pushError),
        summary: `**${errorText(pushError)}**\n\n${output.summary}`,
      };
    }
    const finalSink = sink;
    await writer.flush(() =>
      finalSink.finish(
        conclusion,
        output,
        taskAnnotations(state, tasksPath),
        (summary?.failed.length ?? 0) > 0,
      ),
    );
    await deps.onFinalOutput?.(output);
    if (conclusion === "failure") {
      await react("confused");
      if (target.pullNumber !== null && target.commentId !== null) {
        await postComment(
          deps,
          ref,
          target.pullNumber,
          `maestro finished with failures: ${output.title}.${sink.url ? ` [Details](${sink.url})` : ""}`,
        );
      }
    } else if (conclusion !== "cancelled") {
      await react("rocket");
    } else if (pushError !== null && target.pullNumber !== null) {
      // Stopped by a change on GitHub (branch deleted, PR closed, list edited): say so where people look.
      await postComment(deps, ref, target.pullNumber, `maestro stopped: ${errorText(pushError)}`);
    }
    if (target.planOnly && target.pullNumber !== null && sink instanceof CheckRunSink) {
      await postComment(deps, ref, target.pullNumber, planComment(output));
    }
    return { kind: "run", conclusion, summary, output };
  } catch (error) {
    await Promise.allSettled(pending);
    const stopped = error instanceof RunStopped || error instanceof BranchDeletedError;
    const title = error instanceof RunStopped ? error.title : stopped ? stopTitle(error) : titleOf(error);
    const message = errorText(error);
    // A change someone made on GitHub (branch deleted, PR closed, list edited) cancels; the rest fails.
    const conclusion = stopConclusion(error);
    if (!stopped)
      deps.log.error(
        `run ${runId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    const output: CheckRunOutput = { title, summary: message, text: "" };
    if (sink) {
      await sink
        .finish(conclusion, output, [], false)
        .catch((e: unknown) => deps.log.warn(`could not conclude: ${String(e)}`));
    }
    await deps.onFinalOutput?.(output);
    await react("confused");
    if (target.pullNumber !== null && (target.commentId !== null || stopped)) {
      await postComment(
        deps,
        ref,
        target.pullNumber,
        conclusion === "cancelled" ? `maestro stopped: ${message}` : message,
      );
    }
    return { kind: "run", conclusion, summary: null, output };
  } finally {
    deps.registry.release(ticket);
    // The whole run folder goes, also when the clone itself failed half-way (it used to stay behind).
    if (!deps.keepWorkDirs) {
      if (checkout) await checkout.tryRemove();
      await rm(dirs.root, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/**
 * Concludes the maestro check runs of this pull request that a killed App process left `in_progress`:
 * those its run folders still record (on whatever commit), and those on the pinned head (when the work
 * root was lost too). Their folders (clone, worktrees, lock files) are removed. Runs of this process are
 * never touched: the registry gives one run per pull request, and this one holds it.
 */
async function concludeStaleRuns(
  deps: GitHubRunDeps,
  repo: RepositoryFacts,
  target: RunTarget,
  own: CheckRunSink,
): Promise<void> {
  const ref = { owner: repo.owner, repo: repo.repo };
  const stale = new Map<number, string | null>();
  for (const { dir, record } of await readRunRecords(deps.workRoot)) {
    if (record.owner !== repo.owner || record.repo !== repo.repo) continue;
    if (record.pullNumber !== target.pullNumber || record.instance === deps.instanceId) continue;
    stale.set(record.checkRunId, dir);
  }
  const { data } = await deps.client.rest.checks.listForRef({
    ...ref,
    ref: target.sha,
    check_name: CHECK_RUN_NAME,
    status: "in_progress",
  });
  for (const run of data.check_runs) {
    if (run.id !== own.id && decodeMemo(run.external_id)?.pr === target.pullNumber && !stale.has(run.id)) {
      stale.set(run.id, null);
    }
  }
  for (const [id, dir] of stale) {
    if (id === own.id) continue;
    // One check run that cannot be read (deleted with its commit) must not keep the others open.
    const run = await deps.client.rest.checks.get({ ...ref, check_run_id: id }).then(
      (r) => r.data,
      () => null,
    );
    if (run !== null && run.status !== "completed") {
      await deps.client.rest.checks.update({
        ...ref,
        check_run_id: id,
        status: "completed",
        conclusion: "cancelled",
        output: {
          title: "Interrupted",
          summary:
            "This run was interrupted: the maestro App stopped while it ran. Work merged before that is on " +
            `the branch. A new run has started${own.url ? `: [maestro](${own.url})` : ""}.`,
        },
        actions: [],
      });
      deps.log.warn(`concluded the stale check run ${id} of ${repo.owner}/${repo.repo}`);
    }
    if (dir !== null) await tryRemoveRunFolder(dir);
  }
}

async function openSink(
  deps: GitHubRunDeps,
  ref: RepoRef,
  target: RunTarget,
  startedAt: Date,
): Promise<ProgressSink> {
  try {
    return await CheckRunSink.create(
      deps.client,
      ref,
      target.sha,
      { pr: target.pullNumber, tasks: target.commandPath },
      startedAt,
      deps.retryPause,
    );
  } catch (error) {
    // The workflow token without `checks: write` gets 403; the Action then keeps a PR comment instead.
    if (!deps.commentFallback || httpStatusOf(error) !== 403 || target.pullNumber === null) throw error;
    deps.log.warn("the token cannot create check runs; showing progress in a comment instead");
    return new CommentSink(deps.client, ref, target.pullNumber, deps.retryPause);
  }
}

async function postComment(
  deps: GitHubRunDeps,
  ref: RepoRef,
  pullNumber: number,
  body: string,
): Promise<void> {
  try {
    await createCommentOnce(deps.client, ref, pullNumber, body, deps.retryPause);
  } catch (error) {
    deps.log.warn(`could not comment on #${pullNumber}: ${String(error)}`);
  }
}

function planComment(output: CheckRunOutput): string {
  const body = `📋 **maestro plan** · ${output.title}\n\n${output.summary}\n\n${output.text}`;
  return body.length <= 65_000
    ? body
    : `📋 **maestro plan** · ${output.title}\n\n${output.summary}`.slice(0, 65_000);
}

function titleOf(error: unknown): string {
  if (error instanceof Error) {
    switch (error.name) {
      case "ConfigError":
        return "Configuration error";
      case "TaskListError":
      case "CycleError":
        return "The task list cannot be planned";
      case "BranchMovedConflictError":
        return "Stopped: the branch moved and conflicts";
      default:
        return "maestro failed";
    }
  }
  return "maestro failed";
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
