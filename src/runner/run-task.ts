import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { agentEnvironment } from "../adapters/agents/agent-environment.js";
import { agentInvocation } from "../adapters/agents/agent-invocation.js";
import { runProcess, type ProcessSpec } from "../adapters/agents/run-process.js";
import type { GitHost, GitRepository } from "../adapters/git/git-repository.js";
import type { Task } from "../core/model/task.js";
import { renderAgentPrompt } from "../core/render/render-agent-prompt.js";
import { describeFailure } from "./describe-failure.js";
import { forbiddenChanges } from "./forbidden-changes.js";
import type { ImplementOptions } from "./implement-options.js";
import { readAgentReport, type AgentReport } from "./read-agent-report.js";
import { readSetupInputs } from "./setup-inputs.js";
import type { Slot, SlotPool } from "./slot-pool.js";
import type { TaskPaths } from "./task-paths.js";
import { worktreeLinkChanges } from "./worktree-link.js";

/** How an attempt ended, before merging. */
export interface TaskAttemptResult {
  ok: boolean;
  reason: string | null;
  /** Files the task changed relative to the wave base. */
  files: string[];
  report: AgentReport;
  /** Problems worth telling the user (an invalid report). */
  notes: string[];
  /** The branch has commits of this task (kept for inspection when it failed). */
  hasCommits: boolean;
}

/** Everything a task attempt needs from the run. */
export interface TaskAttemptContext {
  options: ImplementOptions;
  host: GitHost;
  main: GitRepository;
  repoTop: string;
  tasksRel: string;
  specPath: string | null;
  planPath: string | null;
  base: string;
  wave: number;
  paths: TaskPaths;
  /** The run's worktrees, and the one this attempt runs in. */
  slots: SlotPool;
  slot: Slot;
  /**
   * Checks (and puts back) what the agent could have changed outside its worktree; called once the agent and
   * everything it started are gone, before maestro runs git in the worktree. Returns one line per change.
   */
  checkRepository: () => Promise<string[]>;
}

const NO_REPORT: AgentReport = { dependsOn: [], files: [] };

/**
 * Runs one attempt of a task: its slot's worktree switched to a new branch at the wave base, the setup
 * (when the slot needs it), the agent, then a commit of whatever it left. The branch stays; the slot is
 * left detached for the next task.
 */
export async function runTaskAttempt(task: Task, ctx: TaskAttemptContext): Promise<TaskAttemptResult> {
  const { paths, slot } = ctx;
  await prepareTaskFiles(task, paths);
  let linkIntact = true;
  try {
    const { link, problem } = await ctx.slots.prepare(slot, paths.branch, ctx.base);
    if (problem !== null) await log(paths, `slot-${slot.number}: ${problem}`);
    const failure = await runSetupAndAgent(task, ctx, await writePrompt(task, ctx));
    // Before any git command runs in the worktree or the repository: a rewritten link or a planted config,
    // attribute or hook would make that command run the agent's code under maestro's name.
    const linkProblems = await worktreeLinkChanges(link);
    if (linkProblems.length > 0) {
      linkIntact = false;
      await ctx.checkRepository();
      const what = linkProblems.join("; ");
      return failedAttempt(
        `the agent rewrote its worktree's .git link (${what}): maestro ran no git command in it and deleted it`,
        false,
      );
    }
    return await collectResult(task, ctx, failure);
  } catch (error) {
    const message = error instanceof Error ? error.message.trim() : String(error);
    return failedAttempt(`maestro error: ${message}`, false);
  } finally {
    await ctx.slots.leave(slot, linkIntact);
  }
}

/** Appends one `[maestro]` line to the attempt's log. */
async function log(paths: TaskPaths, line: string): Promise<void> {
  await appendFile(paths.log, `[maestro] ${line}\n`);
}

function failedAttempt(reason: string, hasCommits: boolean): TaskAttemptResult {
  return { ok: false, reason, files: [], report: NO_REPORT, notes: [], hasCommits };
}

/** The attempt's folders, and its log started with the task's title. */
async function prepareTaskFiles(task: Task, paths: TaskPaths): Promise<void> {
  const files = [paths.log, paths.prompt, paths.report, paths.script];
  await Promise.all(files.map((p) => mkdir(dirname(p), { recursive: true })));
  await mkdir(paths.taskDir, { recursive: true });
  await writeFile(paths.log, `[maestro] ${task.id}: ${task.title}\n`);
}

/** Writes the agent's prompt; returns the environment the setup and the agent run with. */
async function writePrompt(task: Task, ctx: TaskAttemptContext): Promise<Record<string, string>> {
  const { options, paths } = ctx;
  const prompt = renderAgentPrompt({
    task,
    tasksPath: ctx.tasksRel,
    specPath: ctx.specPath,
    planPath: ctx.planPath,
    wave: ctx.wave,
    runId: options.runId,
    reportFile: paths.report,
  });
  await writeFile(paths.prompt, prompt);
  return agentEnvironment(options.env, {
    MAESTRO_TASK_ID: task.id,
    MAESTRO_TASK_TITLE: task.title,
    MAESTRO_PROMPT_FILE: paths.prompt,
    MAESTRO_WAVE: String(ctx.wave),
    MAESTRO_RUN_ID: options.runId,
    MAESTRO_REPORT_FILE: paths.report,
  });
}

/** Runs the setup when the slot needs it, then (when that succeeded) the agent; returns why either failed. */
async function runSetupAndAgent(
  task: Task,
  ctx: TaskAttemptContext,
  env: Record<string, string>,
): Promise<string | null> {
  const failure = await runSetupIfNeeded(ctx, env);
  return failure ?? runAgent(task, ctx, env);
}

/**
 * The setup runs when the slot is new, after `--clean-ignored` removed what it installed, or when its
 * inputs (root lockfiles and manifests, see setup-inputs.ts) differ from when it last succeeded here.
 */
async function runSetupIfNeeded(
  ctx: TaskAttemptContext,
  env: Record<string, string>,
): Promise<string | null> {
  const { options, slot } = ctx;
  if (!options.setup || options.setup.length === 0) return null;
  const inputs = await readSetupInputs(slot.path, options.setup);
  if (!options.cleanIgnored && slot.setupInputs === inputs.hash) {
    const files = inputs.files.join(", ") || "none found";
    await log(ctx.paths, `setup skipped: it ran in slot-${slot.number} for the same inputs (${files})`);
    return null;
  }
  slot.setupInputs = null;
  const [command, ...args] = options.setup as [string, ...string[]];
  const setup = await runProcess(processRequest(ctx, env, command, args, null));
  const failure = describeFailure("setup", setup, options.taskTimeoutMs);
  if (failure === null) slot.setupInputs = inputs.hash;
  return failure;
}

async function runAgent(
  task: Task,
  ctx: TaskAttemptContext,
  env: Record<string, string>,
): Promise<string | null> {
  const { options, paths } = ctx;
  const isScript = "preset" in options.agent && options.agent.preset === "script";
  if (isScript && (task.script === null || task.script.trim() === "")) {
    return "the script agent needs a fenced code block under the task, and it has none";
  }
  if (isScript) await writeFile(paths.script, `${task.script ?? ""}\n`);
  const invocation = agentInvocation(options.agent, {
    promptFile: paths.prompt,
    scriptFile: paths.script,
    taskDir: paths.taskDir,
  });
  const stdin = invocation.stdin === "prompt" ? paths.prompt : null;
  const agent = await runProcess({
    ...processRequest(ctx, env, invocation.command, invocation.args, stdin),
    onSpawn: () => options.onStep?.(`agent-running:${task.id}`),
  });
  return describeFailure("agent", agent, options.taskTimeoutMs);
}

function processRequest(
  ctx: TaskAttemptContext,
  env: Record<string, string>,
  command: string,
  args: string[],
  stdinFile: string | null,
): ProcessSpec {
  const { options, paths } = ctx;
  return {
    command,
    args,
    cwd: ctx.slot.path,
    env,
    logFile: paths.log,
    stdinFile,
    timeoutMs: options.taskTimeoutMs,
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

/**
 * After the agent: refuses what it changed outside its worktree or a branch it switched, commits what it
 * left, and refuses commits that reach outside the repository. Then reads its report.
 */
async function collectResult(
  task: Task,
  ctx: TaskAttemptContext,
  agentFailure: string | null,
): Promise<TaskAttemptResult> {
  const { paths } = ctx;
  let failure = agentFailure;
  const outside = await ctx.checkRepository();
  if (outside.length > 0) {
    failure = `the agent changed the repository outside its worktree (${outside.join("; ")}); reverted where maestro could, not merged${failure === null ? "" : `; also: ${failure}`}`;
  }
  const wt = ctx.host.open(ctx.slot.path);
  const branchNow = await wt.currentBranch();
  if (branchNow !== paths.branch) {
    return failedAttempt(
      `the agent left its worktree on ${branchNow ?? "a detached HEAD"} instead of ${paths.branch}`,
      true,
    );
  }
  const kept = failure === null ? "" : " (failed, kept for inspection)";
  await wt.commitAll(`${task.id}: ${task.title}${kept}`, [`Maestro-Task: ${task.id}`]);
  const head = await wt.revParse("HEAD");
  const files = head === ctx.base ? [] : await wt.changedFiles(ctx.base, head);
  if (failure === null && head !== ctx.base) {
    const forbidden = await forbiddenChanges(wt, ctx.base, head, ctx.tasksRel);
    if (forbidden.length > 0) {
      failure = `its commits reach outside the repository, so they are not merged: ${forbidden.join("; ")}`;
    }
  }
  const notes: string[] = [];
  const { report, problem } = await readAgentReport(paths.report);
  if (problem !== null) notes.push(problem);
  if (failure === null && ctx.tasksRel !== "" && files.includes(ctx.tasksRel)) {
    notes.push(`${task.id} changed ${ctx.tasksRel} itself; maestro ticks tasks when they are merged`);
  }
  return { ok: failure === null, reason: failure, files, report, notes, hasCommits: head !== ctx.base };
}
