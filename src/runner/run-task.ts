import { existsSync } from "node:fs";
import { mkdir, open, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { agentEnvironment } from "../adapters/agents/agent-environment.js";
import { agentInvocation } from "../adapters/agents/agent-invocation.js";
import { runProcess, type ProcessResult } from "../adapters/agents/run-process.js";
import type { GitHost, GitRepository } from "../adapters/git/git-repository.js";
import type { Task } from "../core/model/task.js";
import { findForbiddenChanges, type BranchChange } from "../core/run/find-forbidden-changes.js";
import { renderAgentPrompt } from "../core/render/render-agent-prompt.js";
import type { ImplementOptions } from "./implement-options.js";
import { readAgentReport, type AgentReport } from "./read-agent-report.js";
import { captureWorktreeLink, worktreeLinkChanges } from "./worktree-link.js";

/** Where one attempt of one task lives. */
export interface TaskPaths {
  branch: string;
  worktree: string;
  log: string;
  prompt: string;
  report: string;
  script: string;
  taskDir: string;
}

/** Names the branch and files of an attempt (attempt 1: `maestro/<run>/<id>`; later: `.../attempt-N`). */
export function taskPaths(workDir: string, runId: string, id: string, attempt: number): TaskPaths {
  const name = attempt > 1 ? `${id}.attempt-${attempt}` : id;
  return {
    branch: attempt > 1 ? `maestro/${runId}/${id}/attempt-${attempt}` : `maestro/${runId}/${id}`,
    worktree: join(workDir, "worktrees", name),
    log: join(workDir, "logs", `${name}.log`),
    prompt: join(workDir, "prompts", `${name}.md`),
    report: join(workDir, "reports", `${name}.json`),
    script: join(workDir, "scripts", `${name}.sh`),
    taskDir: join(workDir, "tasks", name),
  };
}

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
  /**
   * Checks (and puts back) what the agent could have changed outside its worktree; called once the agent and
   * everything it started are gone, before maestro runs git in the worktree. Returns one line per change.
   */
  checkRepository: () => Promise<string[]>;
}

function describeFailure(what: string, result: ProcessResult, timeoutMs: number): string | null {
  if (result.aborted) return `${what} stopped: run cancelled`;
  if (result.timedOut) return `${what} timed out after ${formatMs(timeoutMs)}`;
  if (result.spawnError !== null) return `${what} could not start: ${result.spawnError}`;
  if (result.exitCode !== 0) {
    return result.exitCode === null
      ? `${what} was killed by ${result.signal ?? "a signal"}`
      : `${what} exited with code ${result.exitCode}`;
  }
  return null;
}

/** `90000` -> `1m30s`. */
export function formatMs(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
}

/** A tail's bounds: it goes into events, terminal lines and check runs, whatever the agent printed. */
const TAIL_LINE_CHARS = 300;
const TAIL_CHARS = 4_000;

/**
 * The last lines of a log, for a failed task's summary: at most `lines` lines of at most 300 characters (a
 * longer line keeps its end) and 4,000 characters in all, read from the last 16 KiB of the file only.
 */
export async function readTail(path: string, lines = 20): Promise<string> {
  try {
    const file = await open(path, "r");
    try {
      const { size } = await file.stat();
      const length = Math.min(size, 16_384);
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, size - length);
      const kept = buffer
        .toString("utf8")
        .trimEnd()
        .split("\n")
        .slice(-lines)
        .map((line) => (line.length > TAIL_LINE_CHARS ? `…${line.slice(-(TAIL_LINE_CHARS - 1))}` : line));
      while (kept.length > 1 && kept.join("\n").length > TAIL_CHARS) kept.shift();
      return kept.join("\n");
    } finally {
      await file.close();
    }
  } catch {
    return "";
  }
}

/**
 * Runs one attempt of a task: a worktree on its own branch from the wave base, the optional setup, the
 * agent, then a commit of whatever it left. The worktree is removed afterwards; the branch stays.
 */
export async function runTaskAttempt(task: Task, ctx: TaskAttemptContext): Promise<TaskAttemptResult> {
  const { options, paths } = ctx;
  const notes: string[] = [];
  const empty: AgentReport = { dependsOn: [], files: [] };
  await Promise.all(
    [paths.log, paths.prompt, paths.report, paths.script].map((p) => mkdir(dirname(p), { recursive: true })),
  );
  await mkdir(paths.taskDir, { recursive: true });
  await writeFile(paths.log, `[maestro] ${task.id}: ${task.title}\n`);
  let worktreeCreated = false;
  let linkIntact = true;
  try {
    await ctx.main.addWorktree(paths.worktree, paths.branch, ctx.base);
    worktreeCreated = true;
    const link = await captureWorktreeLink(paths.worktree);
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
    const env = agentEnvironment(options.env, {
      MAESTRO_TASK_ID: task.id,
      MAESTRO_TASK_TITLE: task.title,
      MAESTRO_PROMPT_FILE: paths.prompt,
      MAESTRO_WAVE: String(ctx.wave),
      MAESTRO_RUN_ID: options.runId,
      MAESTRO_REPORT_FILE: paths.report,
    });
    let failure: string | null = null;
    if (options.setup && options.setup.length > 0) {
      const [command, ...args] = options.setup as [string, ...string[]];
      const setup = await runProcess({
        command,
        args,
        cwd: paths.worktree,
        env,
        logFile: paths.log,
        stdinFile: null,
        timeoutMs: options.taskTimeoutMs,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      failure = describeFailure("setup", setup, options.taskTimeoutMs);
    }
    if (failure === null) {
      const isScript = "preset" in options.agent && options.agent.preset === "script";
      if (isScript && (task.script === null || task.script.trim() === "")) {
        failure = "the script agent needs a fenced code block under the task, and it has none";
      } else {
        if (isScript) await writeFile(paths.script, `${task.script ?? ""}\n`);
        const invocation = agentInvocation(options.agent, {
          promptFile: paths.prompt,
          scriptFile: paths.script,
          taskDir: paths.taskDir,
        });
        const agent = await runProcess({
          command: invocation.command,
          args: invocation.args,
          cwd: paths.worktree,
          env,
          logFile: paths.log,
          stdinFile: invocation.stdin === "prompt" ? paths.prompt : null,
          timeoutMs: options.taskTimeoutMs,
          ...(options.signal ? { signal: options.signal } : {}),
          onSpawn: () => options.onStep?.(`agent-running:${task.id}`),
        });
        failure = describeFailure("agent", agent, options.taskTimeoutMs);
      }
    }
    // Before any git command runs in the worktree or the repository: a rewritten link or a planted config,
    // attribute or hook would make that command run the agent's code under maestro's name.
    const linkProblems = await worktreeLinkChanges(link);
    if (linkProblems.length > 0) {
      linkIntact = false;
      await ctx.checkRepository();
      return {
        ok: false,
        reason: `the agent rewrote its worktree's .git link (${linkProblems.join("; ")}): maestro ran no git command in it and deleted it`,
        files: [],
        report: empty,
        notes,
        hasCommits: false,
      };
    }
    const outside = await ctx.checkRepository();
    if (outside.length > 0) {
      failure = `the agent changed the repository outside its worktree (${outside.join("; ")}); reverted where maestro could, not merged${failure === null ? "" : `; also: ${failure}`}`;
    }
    const wt = ctx.host.open(paths.worktree);
    const branchNow = await wt.currentBranch();
    if (branchNow !== paths.branch) {
      return {
        ok: false,
        reason: `the agent left its worktree on ${branchNow ?? "a detached HEAD"} instead of ${paths.branch}`,
        files: [],
        report: empty,
        notes,
        hasCommits: true,
      };
    }
    await wt.commitAll(
      `${task.id}: ${task.title}${failure === null ? "" : " (failed, kept for inspection)"}`,
      [`Maestro-Task: ${task.id}`],
    );
    const head = await wt.revParse("HEAD");
    const files = head === ctx.base ? [] : await wt.changedFiles(ctx.base, head);
    if (failure === null && head !== ctx.base) {
      const forbidden = await forbiddenChanges(ctx, wt, head);
      if (forbidden.length > 0) {
        failure = `its commits reach outside the repository, so they are not merged: ${forbidden.join("; ")}`;
      }
    }
    const { report, problem } = await readAgentReport(paths.report);
    if (problem !== null) notes.push(problem);
    if (failure === null && ctx.tasksRel !== "" && files.includes(ctx.tasksRel)) {
      notes.push(`${task.id} changed ${ctx.tasksRel} itself; maestro ticks tasks when they are merged`);
    }
    return { ok: failure === null, reason: failure, files, report, notes, hasCommits: head !== ctx.base };
  } catch (error) {
    const message = error instanceof Error ? error.message.trim() : String(error);
    return {
      ok: false,
      reason: `maestro error: ${message}`,
      files: [],
      report: empty,
      notes,
      hasCommits: false,
    };
  } finally {
    if (!linkIntact) await ctx.main.tryDeleteWorktreeFolder(paths.worktree);
    else if (worktreeCreated || existsSync(paths.worktree)) await ctx.main.tryRemoveWorktree(paths.worktree);
  }
}

/** What the task's commits bring that must never reach the target branch (see findForbiddenChanges). */
async function forbiddenChanges(ctx: TaskAttemptContext, wt: GitRepository, head: string): Promise<string[]> {
  const withTargets = async (entries: Awaited<ReturnType<GitRepository["diffEntries"]>>) =>
    Promise.all(
      entries.map(async (e): Promise<BranchChange> => ({
        path: e.path,
        mode: e.mode,
        target: e.mode === "120000" ? await wt.readBlob(e.object) : null,
      })),
    );
  const changes: BranchChange[] = [];
  for (const commit of await wt.commitsBetween(ctx.base, head)) {
    changes.push(...(await withTargets(await wt.commitChanges(commit))));
  }
  const final = await withTargets(await wt.diffEntries(ctx.base, head));
  return findForbiddenChanges(changes, final, ctx.tasksRel === "" ? [] : [ctx.tasksRel]);
}

/** `path` relative to the repository, with forward slashes. */
export function repoRelative(top: string, path: string): string {
  return relative(top, path).split("\\").join("/");
}
